// Chooses the QNetworkProxy for a server: Tor's SOCKS5 for .onion (or everything), none otherwise.
#pragma once

#include "Result.h"
#include "electrum/ServerAddress.h"

#include <QAbstractSocket>
#include <QNetworkProxy>
#include <QString>
#include <optional>
#include <utility>

namespace btcw {

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

    // Never resolves anything itself: the proxy gets the host name (remote resolution).
    Result<ProxyChoice> choose(const ServerAddress& server) const;

    // The SOCKS user name that isolates this server's circuits: "btcw-" + 16 hex of SHA-256(host:port), stable.
    static QString isolationKeyFor(const ServerAddress& server);
    // The fixed SOCKS password paired with every isolation key.
    static QString isolationPassword();
    // A SOCKS5 proxy that hands host names to Tor (never resolved locally), with the given isolation user.
    static QNetworkProxy torProxyFor(const QString& socksHost, quint16 socksPort, const QString& isolationKey);

private:
    std::optional<std::pair<QString, quint16>> m_torSocks;
    bool m_routeAllViaTor = false;
    QString m_torUnavailableReason;
};

// Turns a socket failure on a proxied (Tor) connection into a plain reason ("onion descriptor not found", …).
Error describeProxyFailure(QAbstractSocket::SocketError error, const QString& socketMessage,
                           const ServerAddress& server);

} // namespace btcw
