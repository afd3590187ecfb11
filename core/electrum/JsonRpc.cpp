#include "JsonRpc.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace btcw::jsonrpc {

QJsonObject requestObject(qint64 id, const QString& method, const QJsonArray& params)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("params"), params}};
}

QByteArray encodeRequest(qint64 id, const QString& method, const QJsonArray& params)
{
    QByteArray line = QJsonDocument(requestObject(id, method, params)).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

Result<QJsonValue> parseLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error::make(ErrorKind::Protocol, QStringLiteral("The server sent a line that is not valid JSON."),
                           QStringLiteral("%1 at offset %2: %3")
                               .arg(error.errorString())
                               .arg(error.offset)
                               .arg(QString::fromUtf8(line.left(80))));
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    if (doc.isObject())
        return QJsonValue(doc.object());
    return Error::make(ErrorKind::Protocol,
                       QStringLiteral("The server sent JSON that is neither an object nor an array."));
}

qint64 replyId(const QJsonObject& reply)
{
    const QJsonValue id = reply.value(QLatin1String("id"));
    if (!id.isDouble())
        return -1;
    const double d = id.toDouble();
    if (d < 0 || d > 9007199254740991.0 || d != double(qint64(d)))
        return -1;
    return qint64(d);
}

bool isNotification(const QJsonObject& message)
{
    const QJsonValue id = message.value(QLatin1String("id"));
    return message.value(QLatin1String("method")).isString() && (id.isUndefined() || id.isNull());
}

Result<QJsonValue> replyResult(const QJsonObject& reply)
{
    const auto error = reply.constFind(QLatin1String("error"));
    if (error != reply.constEnd() && !error->isNull()) {
        Error e;
        e.kind = ErrorKind::Rpc;
        if (error->isObject()) {
            const QJsonObject obj = error->toObject();
            e.rpcCode = obj.value(QLatin1String("code")).toInt();
            e.message = obj.value(QLatin1String("message")).toString();
            e.rpcData = obj.value(QLatin1String("data"));
        } else {
            e.message = error->isString()
                            ? error->toString()
                            : QString::fromUtf8(QJsonDocument(QJsonArray{*error}).toJson(QJsonDocument::Compact));
        }
        if (e.message.isEmpty())
            e.message = QStringLiteral("The server returned an error without a message.");
        return e;
    }
    const auto result = reply.constFind(QLatin1String("result"));
    if (result == reply.constEnd()) {
        return Error::make(ErrorKind::Protocol,
                           QStringLiteral("The server's reply has neither \"result\" nor \"error\"."));
    }
    return QJsonValue(*result);
}

} // namespace btcw::jsonrpc
