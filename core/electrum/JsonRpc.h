// JSON-RPC 2.0 as Electrum speaks it: one object (or batch array) per line.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace btcw::jsonrpc {

// {"jsonrpc":"2.0","id":id,"method":…,"params":[…]}\n
QByteArray encodeRequest(qint64 id, const QString& method, const QJsonArray& params);
QJsonObject requestObject(qint64 id, const QString& method, const QJsonArray& params);

// Parses one line into a JSON object or array; anything else is a protocol error.
Result<QJsonValue> parseLine(const QByteArray& line);

// The id of a reply, or -1 when it has none we could have sent (we only send non-negative integers).
qint64 replyId(const QJsonObject& reply);
bool isNotification(const QJsonObject& message);

// A reply's "result", or its "error" as an Error of kind Rpc (code, message, data kept).
Result<QJsonValue> replyResult(const QJsonObject& reply);

} // namespace btcw::jsonrpc
