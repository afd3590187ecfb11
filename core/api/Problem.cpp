#include "Problem.h"

#include "QueryRequest.h"

#include <QJsonDocument>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QString problemType(const QString& name)
{
    // Not dereferenceable on purpose: the API is local and works offline; /docs describes each type.
    return u"urn:btc-worker:problem:"_s + name;
}

QString titleFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument:
        return u"Invalid parameter"_s;
    case ErrorKind::BadAddress:
        return u"Invalid server address"_s;
    case ErrorKind::HostNotFound:
        return u"Server host not found"_s;
    case ErrorKind::ConnectionRefused:
        return u"Server refused the connection"_s;
    case ErrorKind::Unreachable:
        return u"Server unreachable"_s;
    case ErrorKind::Timeout:
        return u"Server did not answer in time"_s;
    case ErrorKind::Tls:
        return u"TLS handshake failed"_s;
    case ErrorKind::CertificateChanged:
        return u"Server certificate changed"_s;
    case ErrorKind::Protocol:
        return u"Server broke the Electrum protocol"_s;
    case ErrorKind::Rpc:
        return u"Server returned an error"_s;
    case ErrorKind::TooLarge:
        return u"Server answer too large"_s;
    case ErrorKind::ConnectionClosed:
        return u"Server closed the connection"_s;
    case ErrorKind::Proxy:
        return u"Proxy failed"_s;
    case ErrorKind::TorUnavailable:
        return u"Tor unavailable"_s;
    case ErrorKind::Busy:
        return u"Too many requests in flight"_s;
    case ErrorKind::NotAllowed:
        return u"Not allowed"_s;
    case ErrorKind::NotFound:
        return u"Not found"_s;
    case ErrorKind::Conflict:
        return u"Conflict with the current state"_s;
    case ErrorKind::Unauthorized:
        return u"Unauthorized"_s;
    case ErrorKind::RateLimited:
        return u"Too many requests"_s;
    case ErrorKind::VerificationFailed:
        return u"Server answer failed verification"_s;
    case ErrorKind::NoConsensus:
        return u"Servers did not agree"_s;
    case ErrorKind::Internal:
        return u"Internal error"_s;
    }
    return u"Internal error"_s;
}

struct HttpProblemInfo
{
    int status;
    const char16_t* title;
};

// Every HttpProblem, for httpProblemOf().
constexpr HttpProblem kHttpProblems[] = {
    HttpProblem::BadRequest,         HttpProblem::MethodNotAllowed,
    HttpProblem::RequestTimeout,     HttpProblem::LengthRequired,
    HttpProblem::ContentTooLarge,    HttpProblem::UnsupportedMediaType,
    HttpProblem::UriTooLong,         HttpProblem::HeadersTooLarge,
    HttpProblem::TooManyConnections, HttpProblem::HttpVersionNotSupported,
};

// The stage that marks an Error as an HTTP problem: "http-415" (an Error's stage is never this otherwise).
const QString kHttpStagePrefix = QStringLiteral("http-");

HttpProblemInfo infoFor(HttpProblem problem)
{
    switch (problem) {
    case HttpProblem::BadRequest:
        return {400, u"Bad request"};
    case HttpProblem::MethodNotAllowed:
        return {405, u"Method not allowed"};
    case HttpProblem::RequestTimeout:
        return {408, u"Request timeout"};
    case HttpProblem::LengthRequired:
        return {411, u"Length required"};
    case HttpProblem::ContentTooLarge:
        return {413, u"Content too large"};
    case HttpProblem::UnsupportedMediaType:
        return {415, u"Unsupported media type"};
    case HttpProblem::UriTooLong:
        return {414, u"URI too long"};
    case HttpProblem::HeadersTooLarge:
        return {431, u"Request header fields too large"};
    case HttpProblem::TooManyConnections:
        return {503, u"Too many connections"};
    case HttpProblem::HttpVersionNotSupported:
        return {505, u"HTTP version not supported"};
    }
    return {400, u"Bad request"};
}

HttpReply replyFor(const QJsonObject& problem, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace

int httpStatusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument:
    case ErrorKind::BadAddress:
        return 400;
    case ErrorKind::NotAllowed:
        return 403;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::Timeout:
        return 504;
    case ErrorKind::TorUnavailable:
    case ErrorKind::Busy:
        return 503;
    case ErrorKind::Internal:
        return 500;
    case ErrorKind::Rpc:
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Unreachable:
    case ErrorKind::Tls:
    case ErrorKind::CertificateChanged:
    case ErrorKind::Protocol:
    case ErrorKind::TooLarge:
    case ErrorKind::ConnectionClosed:
    case ErrorKind::Proxy:
    case ErrorKind::VerificationFailed:
    case ErrorKind::NoConsensus:
        return 502;
    }
    return 500;
}

QJsonObject problemJson(const Error& error, const QString& instance)
{
    QJsonObject problem{
        {u"type"_s, problemType(error.kindName())},
        {u"title"_s, titleFor(error.kind)},
        {u"status"_s, httpStatusFor(error.kind)},
        {u"detail"_s, error.detail.isEmpty() ? error.message : error.message + u" ("_s + error.detail + u')'},
        {u"error_kind"_s, error.kindName()},
    };
    if (!instance.isEmpty())
        problem.insert(u"instance"_s, instance);
    if (!error.stage.isEmpty())
        problem.insert(u"stage"_s, error.stage);
    if (error.kind == ErrorKind::Rpc) {
        problem.insert(u"rpc_code"_s, error.rpcCode);
        problem.insert(u"rpc_message"_s, error.message);
        if (!error.rpcData.isUndefined() && !error.rpcData.isNull())
            problem.insert(u"rpc_data"_s, error.rpcData);
    }
    if (error.kind == ErrorKind::NoConsensus && error.rpcData.isObject())
        problem.insert(u"consensus"_s, error.rpcData); // asked, answered, agreed, and each server's result or error
    return problem;
}

HttpReply problemReply(const Error& error, const QString& instance)
{
    if (const std::optional<HttpProblem> http = httpProblemOf(error))
        return httpProblemReply(*http, error.message, instance);
    HttpReply reply = replyFor(problemJson(error, instance), httpStatusFor(error.kind));
    if (error.kind == ErrorKind::Busy)
        reply.withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return reply;
}

HttpReply noStore(HttpReply reply)
{
    return reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

HttpReply problemNoStore(const Error& error, const QString& instance)
{
    return noStore(problemReply(error, instance));
}

HttpReply invalidArgument(const QString& message, const QString& instance)
{
    return problemNoStore(Error::make(ErrorKind::InvalidArgument, message), instance);
}

std::optional<HttpReply> unknownParameterReply(const QUrlQuery& query, const QStringList& known,
                                               const QString& instance)
{
    if (Status names = checkParameterNames(query, known); !names.ok())
        return problemNoStore(names.error(), instance);
    return std::nullopt;
}

HttpReply httpProblemReply(HttpProblem problem, const QString& detail, const QString& instance)
{
    const HttpProblemInfo info = infoFor(problem);
    QJsonObject json{
        {u"type"_s, u"about:blank"_s}, // RFC 9457: the status code says it all
        {u"title"_s, QString::fromUtf16(info.title)},
        {u"status"_s, info.status},
        {u"detail"_s, detail},
    };
    if (!instance.isEmpty())
        json.insert(u"instance"_s, instance);
    return replyFor(json, info.status);
}

Error httpProblemError(HttpProblem problem, const QString& detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail)
        .withStage(kHttpStagePrefix + QString::number(infoFor(problem).status));
}

std::optional<HttpProblem> httpProblemOf(const Error& error)
{
    if (error.kind != ErrorKind::InvalidArgument || !error.stage.startsWith(kHttpStagePrefix))
        return std::nullopt;
    for (const HttpProblem problem : kHttpProblems) {
        if (error.stage == kHttpStagePrefix + QString::number(infoFor(problem).status))
            return problem;
    }
    return std::nullopt;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case HttpStatus::Ok:
        return "OK";
    case HttpStatus::Accepted:
        return "Accepted";
    case HttpStatus::Found:
        return "Found";
    case HttpStatus::NotModified:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace btcw
