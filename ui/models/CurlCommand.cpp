#include "models/CurlCommand.h"

#include <QJsonDocument>
#include <QUrl>

namespace btcw {

static QString encoded(const QString& text)
{
    // Everything but unreserved characters is escaped, so no quote can end the shell's single-quoted string.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString curlCommand(const QString& apiBaseUrl, const ServerAddress& server, const QString& method,
                    const QJsonArray& params, const QString& tokenFile)
{
    QString base = apiBaseUrl.isEmpty() ? defaultApiBaseUrl() : apiBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString json = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    const QString url =
        QStringLiteral("%1/electrum/query?url=%2&port=%3&ssl=%4&method=%5&params=%6")
            .arg(base, encoded(server.host()), QString::number(server.port()),
                 server.isTls() ? QStringLiteral("true") : QStringLiteral("false"), encoded(method), encoded(json));
    if (tokenFile.isEmpty())
        return QStringLiteral("curl '%1'").arg(url);
    QString quotedPath = tokenFile;
    quotedPath.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("curl -H \"Authorization: Bearer $(cat '%1')\" '%2'").arg(quotedPath, url);
}

} // namespace btcw
