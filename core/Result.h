// Error values and Result<T>: how every failure in core travels, never as an exception.
#pragma once

#include "MessageCode.h"

#include <QJsonValue>
#include <QString>
#include <utility>
#include <variant>

namespace btcw {

enum class ErrorKind
{
    InvalidArgument,    // caller gave bad input (parameter, JSON, address)
    BadAddress,         // a server address that cannot be parsed or is not allowed
    HostNotFound,       // DNS lookup failed
    ConnectionRefused,  // nothing listens there
    Unreachable,        // network or host unreachable, proxy could not connect
    Timeout,            // a stage took longer than its budget (see Error::stage)
    Tls,                // TLS handshake failed
    CertificateChanged, // a pinned certificate differs from the one presented
    Protocol,           // the peer broke the JSON-RPC / Electrum protocol
    Rpc,                // the server answered with a JSON-RPC error
    TooLarge,           // a line or a response exceeds its cap
    ConnectionClosed,   // the peer closed before answering
    Proxy,              // the SOCKS proxy (Tor) refused or failed
    TorUnavailable,     // a .onion (or "all via Tor") needs Tor and there is none
    Busy,               // too many pending requests
    NotAllowed,         // a policy forbids it (state-changing method, private target)
    NotFound,           // no such thing
    Conflict,           // the request does not fit the current state (a scan already running, no pending certificate)
    Unauthorized,       // a credential is missing or wrong
    RateLimited,        // the caller sent more than its budget allows
    VerificationFailed, // a server's answer failed a check against the verified header chain or its own proof
    NoConsensus,        // the servers asked for agreement did not agree (or too few answered)
    Internal,           // a bug or an unexpected local failure
};

// The stable machine-readable name of a kind ("timeout", "certificate-changed", …).
QString errorKindName(ErrorKind kind);

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;    // one sentence in plain words, fit for a user
    QString detail;     // optional: more context (fingerprints, raw reason)
    QString stage;      // optional: "connect", "tls", "handshake", "request", …
    int rpcCode = 0;    // with ErrorKind::Rpc: the server's error code
    QJsonValue rpcData; // with ErrorKind::Rpc: the server's error data, if any; with NoConsensus: who answered what
    MessageCode code;   // optional: the message as a code with arguments, for the window to word it in its language

    static Error make(ErrorKind kind, QString message, QString detail = {})
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    Error withStage(QString s) const
    {
        Error e = *this;
        e.stage = std::move(s);
        return e;
    }
    Error withCode(QString id, QStringList args = {}) const
    {
        Error e = *this;
        e.code = MessageCode{std::move(id), std::move(args)};
        return e;
    }
    QString kindName() const { return errorKindName(kind); }
    // "message (detail)" for logs and plain-text display.
    QString toString() const;
};

// A value or an Error. Small on purpose: ok(), value(), error().
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that has no value.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace btcw
