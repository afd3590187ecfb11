#include "models/CurlCommand.h"

#include "net/TargetGuard.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrl>

namespace btcw {

static QString encoded(const QString& text)
{
    // Everything but unreserved characters is escaped, so no quote can end the shell's single-quoted string.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString curlCommand(const QString& apiBaseUrl, const ServerAddress& server, const QString& method,
                    const QJsonArray& params, const QString& tokenFile, const QString& bitcoinAddress, bool verify)
{
    QString base = apiBaseUrl.isEmpty() ? defaultApiBaseUrl() : apiBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString json = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    QString url =
        QStringLiteral("%1/electrum/query?url=%2&port=%3&ssl=%4&method=%5&params=%6")
            .arg(base, encoded(server.host()), QString::number(server.port()),
                 server.isTls() ? QStringLiteral("true") : QStringLiteral("false"), encoded(method), encoded(json));
    if (!bitcoinAddress.isEmpty())
        url += QStringLiteral("&address=") + encoded(bitcoinAddress);
    if (verify)
        url += QStringLiteral("&verify=true");
    if (tokenFile.isEmpty())
        return QStringLiteral("curl '%1'").arg(url);
    QString quotedPath = tokenFile;
    quotedPath.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("curl -H \"Authorization: Bearer $(cat '%1')\" '%2'").arg(quotedPath, url);
}

bool apiRefusesAsPrivate(const ServerAddress& server, bool apiAllowsPrivateTargets)
{
    if (apiAllowsPrivateTargets)
        return false;
    if (server.host() == QLatin1String("localhost") || server.host().endsWith(QLatin1String(".localhost")))
        return true;
    return server.isIpLiteral() && !isPublicAddress(QHostAddress(server.host()));
}

} // namespace btcw
