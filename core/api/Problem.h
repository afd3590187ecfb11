// Every problem status the API sends comes from here: RFC 9457 problem+json for an ErrorKind or an HTTP-level
// problem. With HttpStatus (HttpReply.h) for the answers that are not problems, no status is a literal elsewhere.
#pragma once

#include "HttpReply.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace btcw {

// (The statuses of answers that are not problems, HttpStatus::Ok and friends, are named in HttpReply.h.)

// InvalidArgument/BadAddress 400, Unauthorized 401, NotAllowed 403, NotFound 404, Conflict 409, RateLimited 429,
// Timeout 504, Busy/TorUnavailable 503, Internal 500, every other upstream failure 502.
int httpStatusFor(ErrorKind kind);

// The problem document for an Error: type, title, status, detail, instance, error_kind, stage, rpc_code.
QJsonObject problemJson(const Error& error, const QString& instance);

// The whole reply for an Error (problem+json, Retry-After: 1 for Busy).
HttpReply problemReply(const Error& error, const QString& instance);

// Answers that depend on the moment (errors, lists, state): clients must not keep them. Adds Cache-Control: no-store.
HttpReply noStore(HttpReply reply);
// problemReply(), not to be stored: how every controller answers a failure.
HttpReply problemNoStore(const Error& error, const QString& instance);
// A 400 problem with this message (which names the parameter first), not to be stored.
HttpReply invalidArgument(const QString& message, const QString& instance);
// The 400 problem for an unknown or repeated parameter (see checkParameterNames), or nullopt when all are known.
std::optional<HttpReply> unknownParameterReply(const QUrlQuery& query, const QStringList& known,
                                               const QString& instance);

// Problems of HTTP itself, found before a request reaches a route (no error_kind: nothing in core failed).
enum class HttpProblem
{
    BadRequest,              // 400: not one well-formed request
    MethodNotAllowed,        // 405: only GET and HEAD (POST on /electrum/batch)
    RequestTimeout,          // 408: no complete request head in time
    LengthRequired,          // 411: a body without Content-Length (chunked)
    ContentTooLarge,         // 413: a body where none is taken, or one over its limit
    UnsupportedMediaType,    // 415: a body that is not application/json
    UriTooLong,              // 414
    HeadersTooLarge,         // 431
    TooManyConnections,      // 503: the connection cap is reached
    HttpVersionNotSupported, // 505: only HTTP/1.0 and HTTP/1.1
};
HttpReply httpProblemReply(HttpProblem problem, const QString& detail, const QString& instance = {});

// An HTTP problem carried as an Error, for pure parsers that return Result<T> (the batch body: 413, 415).
// problemReply() answers it as that HTTP problem, without error_kind.
Error httpProblemError(HttpProblem problem, const QString& detail);
// The HTTP problem an Error carries (see httpProblemError), if any.
std::optional<HttpProblem> httpProblemOf(const Error& error);

// The reason phrase of a status line ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace btcw
