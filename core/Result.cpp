#include "Result.h"

namespace btcw {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorKind::BadAddress:
        return QStringLiteral("bad-address");
    case ErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorKind::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::CertificateChanged:
        return QStringLiteral("certificate-changed");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    case ErrorKind::Rpc:
        return QStringLiteral("rpc-error");
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::ConnectionClosed:
        return QStringLiteral("connection-closed");
    case ErrorKind::Proxy:
        return QStringLiteral("proxy");
    case ErrorKind::TorUnavailable:
        return QStringLiteral("tor-unavailable");
    case ErrorKind::Busy:
        return QStringLiteral("busy");
    case ErrorKind::NotAllowed:
        return QStringLiteral("not-allowed");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::VerificationFailed:
        return QStringLiteral("verification-failed");
    case ErrorKind::NoConsensus:
        return QStringLiteral("no-consensus");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace btcw
