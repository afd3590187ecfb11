// RFC 9457 problem+json answers: the one mapping from ErrorKind to HTTP status.
#pragma once

#include "HttpReply.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace btcw {

// InvalidArgument/BadAddress 400, NotAllowed 403, NotFound 404, Timeout 504, Busy/TorUnavailable 503,
// Internal 500, every other upstream failure 502.
int httpStatusFor(ErrorKind kind);

// The problem document for an Error: type, title, status, detail, instance, error_kind, stage, rpc_code.
QJsonObject problemJson(const Error& error, const QString& instance);

// The whole reply for an Error (problem+json, Retry-After for Busy).
HttpReply problemReply(const Error& error, const QString& instance);

// A problem that belongs to HTTP itself rather than to core (e.g. 405): no error_kind.
HttpReply httpProblemReply(int status, const QString& title, const QString& detail, const QString& instance);

} // namespace btcw
