// Chooses the QNetworkProxy for a server: Tor's SOCKS5 for .onion (or everything), none otherwise.
#pragma once

#include "Result.h"
#include "net/ProxyTarget.h"

#include <QAbstractSocket>
#include <QNetworkProxy>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QObject;

namespace btcw {

class TorAccess;

struct ProxyChoice
{
    QNetworkProxy proxy{QNetworkProxy::NoProxy};
    bool viaTor = false;
    QString isolationKey; // the SOCKS user name that keeps this server on its own Tor circuit
};

class ProxyPolicy
{
public:
    // The SOCKS5 endpoint of a running Tor, or nullopt when none is known.
    void setTorSocks(std::optional<std::pair<QString, quint16>> endpoint) { m_torSocks = std::move(endpoint); }
    const std::optional<std::pair<QString, quint16>>& torSocks() const { return m_torSocks; }
    void setRouteAllViaTor(bool on) { m_routeAllViaTor = on; }
    bool routeAllViaTor() const { return m_routeAllViaTor; }
    // Why Tor is not available, for the error shown when a .onion is asked for ("Tor is not running").
    void setTorUnavailableReason(QString reason) { m_torUnavailableReason = std::move(reason); }
    // Who runs Tor. With one, its endpoint and reason are read live (so copies of this policy, as health checks
    // hold, see Tor come and go) and callers may wait for Tor (chooseWhenTorReady). It must outlive every copy;
    // nullptr: only setTorSocks() and setTorUnavailableReason() count.
    void setTorAccess(TorAccess* access) { m_torAccess = access; }
    TorAccess* torAccess() const { return m_torAccess; }

    // Whether connections to `target` must go through Tor (.onion, or "route all via Tor").
    bool needsTor(const ProxyTarget& target) const { return target.onion || m_routeAllViaTor; }
    // Never resolves anything itself: the proxy gets the host name (remote resolution).
    Result<ProxyChoice> choose(const ProxyTarget& target) const;
    // Whether choose() fails for `target` only because Tor is not usable yet, and chooseWhenTorReady() may succeed.
    bool canWaitForTor(const ProxyTarget& target) const;
    // choose(), but when `target` needs Tor and Tor is not usable yet, first waits at most `timeout` for the
    // TorAccess to make it usable (it may start tor for this). `done` runs once, later, from the event loop, unless
    // `context` is gone by then.
    void chooseWhenTorReady(const ProxyTarget& target, QObject* context, std::chrono::milliseconds timeout,
                            std::function<void(Result<ProxyChoice>)> done) const;

    // The SOCKS user name that isolates this server's circuits: "btcw-" + 16 hex of SHA-256(host:port), stable.
    static QString isolationKeyFor(const ProxyTarget& target);
    // The SOCKS password paired with every isolation key: a random secret drawn once per process (makeRunSecret()),
    // so each run of the app gets circuits of its own; within a run it never changes.
    static QString isolationPassword();
    // A fresh random secret ("btcw-run-" + 32 hex digits, 128 bits); isolationPassword() draws one per process.
    static QString makeRunSecret();
    // A SOCKS5 proxy that hands host names to Tor (never resolved locally), with the given isolation user.
    static QNetworkProxy torProxyFor(const QString& socksHost, quint16 socksPort, const QString& isolationKey);

private:
    std::optional<std::pair<QString, quint16>> currentTorSocks() const;
    QString currentUnavailableReason() const;
    Error torUnavailable(const ProxyTarget& target, const QString& reason, const QString& detail = {}) const;
    ProxyChoice viaTor(const ProxyTarget& target, const std::pair<QString, quint16>& socks) const;

    std::optional<std::pair<QString, quint16>> m_torSocks;
    bool m_routeAllViaTor = false;
    QString m_torUnavailableReason;
    TorAccess* m_torAccess = nullptr;
};

// Turns a socket failure on a proxied (Tor) connection into a plain reason ("onion descriptor not found", …). `stage`
// is where it happened ("connect", "tls", "handshake", "request"), and the words follow it: no "while connecting"
// for a connection that was up. Qt's own text stays in the detail, without Qt's internal markers ("###").
Error describeProxyFailure(QAbstractSocket::SocketError error, const QString& socketMessage, const ProxyTarget& target,
                           const QString& stage = QStringLiteral("connect"));

} // namespace btcw
