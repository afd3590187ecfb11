// What the proxy choice needs from whoever runs Tor: its SOCKS endpoint, and a way to wait until Tor is usable.
#pragma once

#include "Result.h"

#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QObject;

namespace btcw {

// Implemented by TorService (core/tor), which may start its own tor on the first request that needs one. Lives in
// net so that ProxyPolicy and its callers (SessionPool, HealthCheck) can wait for Tor without knowing how it is run.
class TorAccess
{
public:
    using Endpoint = std::pair<QString, quint16>;
    using Ready = std::function<void(Result<Endpoint>)>;

    virtual ~TorAccess() = default;

    // The SOCKS endpoint while Tor is usable, else nullopt.
    virtual std::optional<Endpoint> usableSocks() const = 0;
    // Why Tor is not usable now (empty when it is).
    virtual QString unavailableReason() const = 0;
    // Whether waiting may help: Tor is being looked for or started, or can be started on demand.
    virtual bool canBecomeUsable() const = 0;
    // Makes Tor usable if it can (starting it when allowed) and calls `done` once, later, from the event loop:
    // with the endpoint as soon as Tor is usable, or with why not (ErrorKind::TorUnavailable) once it cannot be
    // or `timeout` has passed. Never called if `context` is gone by then.
    virtual void whenUsable(QObject* context, std::chrono::milliseconds timeout, Ready done) = 0;
    // A connection through the SOCKS endpoint was refused (or the proxy failed before any SOCKS answer): Tor may
    // have gone away. Look again at once (rate-limited), instead of waiting for the next periodic check.
    virtual void reportSocksFailure() {}
};

} // namespace btcw
