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
QString curlCommand(const QString& apiBaseUrl, const ServerAddress& server, const QString& method,
                    const QJsonArray& params);

} // namespace btcw
