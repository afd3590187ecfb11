// The local API call equivalent to an Electrum query, as a curl command line ("Copy as curl").
#pragma once

#include "electrum/ServerAddress.h"

#include <QJsonArray>
#include <QString>

namespace btcw {

inline QString defaultApiBaseUrl()
{
    return QStringLiteral("http://127.0.0.1:5000");
}

// curl 'http://127.0.0.1:5000/electrum/query?url=HOST&port=PORT&ssl=true&method=M&params=URLENCODED_JSON'
// With the API's token file: curl -H "Authorization: Bearer $(cat '/path/api.cookie')" '…' (the token itself is
// never put on a command line that may end up in a shell history or a screenshot).
// With a Bitcoin address, `params` come without the scripthash and the API converts the address (&address=…).
// `verify`: the answer is checked against the verified header chain (&verify=true), as the console's Verify box asks.
QString curlCommand(const QString& apiBaseUrl, const ServerAddress& server, const QString& method,
                    const QJsonArray& params, const QString& tokenFile = {}, const QString& bitcoinAddress = {},
                    bool verify = false);

// Whether an API that refuses private targets (the default) would answer 403 for `server`: a loopback, private or
// otherwise non-public IP literal, or "localhost". Other names are only known after a lookup, so they pass here.
bool apiRefusesAsPrivate(const ServerAddress& server, bool apiAllowsPrivateTargets);

} // namespace btcw
