#include "Problem.h"

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
    case ErrorKind::Internal:
        return u"Internal error"_s;
    }
    return u"Internal error"_s;
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
    case ErrorKind::NotFound:
        return 404;
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
    return problem;
}

HttpReply problemReply(const Error& error, const QString& instance)
{
    HttpReply reply = replyFor(problemJson(error, instance), httpStatusFor(error.kind));
    if (error.kind == ErrorKind::Busy)
        reply.withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return reply;
}

HttpReply httpProblemReply(int status, const QString& title, const QString& detail, const QString& instance)
{
    QJsonObject problem{
        {u"type"_s, u"about:blank"_s}, // RFC 9457: the status code says it all
        {u"title"_s, title},
        {u"status"_s, status},
        {u"detail"_s, detail},
    };
    if (!instance.isEmpty())
        problem.insert(u"instance"_s, instance);
    return replyFor(problem, status);
}

} // namespace btcw
