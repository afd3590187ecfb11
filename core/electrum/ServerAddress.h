// An Electrum server's address: host (hostname, IPv4, IPv6 or v3 .onion), port and transport.
#pragma once

#include "Result.h"
#include "net/ProxyTarget.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace btcw {

enum class Transport
{
    Tcp,
    Tls
};
enum class HostKind
{
    Hostname,
    Onion,
    IPv4,
    IPv6
};

// "t" / "s", as in Electrum's host:port:t|s notation.
QChar transportLetter(Transport transport);
// "hostname" / "onion" / "ip" (both IP families are "ip" in the seed's vocabulary).
QString hostKindName(HostKind kind);

class ServerAddress
{
public:
    ServerAddress() = default;

    // Parses "host", "host:port", "host:port:t|s", "[v6]:port:s", "v6" (bare IPv6 without port).
    // Missing port: the default for the transport; missing transport letter: defaultTransport.
    static Result<ServerAddress> parse(QStringView text, Transport defaultTransport = Transport::Tls);
    static Result<ServerAddress> create(QStringView host, int port, Transport transport);
    // Lower-cases, strips IPv6 brackets, validates; the error message says what is wrong.
    static Result<QString> normalizeHost(QStringView host);
    static HostKind classifyHost(const QString& normalizedHost);
    static quint16 defaultPort(Transport transport) { return transport == Transport::Tls ? 50002 : 50001; }

    bool isValid() const { return m_port != 0; }
    const QString& host() const { return m_host; }
    quint16 port() const { return m_port; }
    Transport transport() const { return m_transport; }
    HostKind hostKind() const { return m_kind; }
    bool isOnion() const { return m_kind == HostKind::Onion; }
    bool isTls() const { return m_transport == Transport::Tls; }
    bool isIpLiteral() const { return m_kind == HostKind::IPv4 || m_kind == HostKind::IPv6; }

    // "host:port:s", IPv6 in brackets.
    QString toString() const;
    // "host:port", IPv6 in brackets: the key for certificate pins.
    QString hostPort() const;
    // What ProxyPolicy needs to choose a proxy for this server.
    ProxyTarget proxyTarget() const { return ProxyTarget{m_host, m_port, isOnion(), toString()}; }

    friend bool operator==(const ServerAddress& a, const ServerAddress& b)
    {
        return a.m_host == b.m_host && a.m_port == b.m_port && a.m_transport == b.m_transport;
    }
    friend bool operator!=(const ServerAddress& a, const ServerAddress& b) { return !(a == b); }
    friend size_t qHash(const ServerAddress& a, size_t seed = 0)
    {
        return qHashMulti(seed, a.m_host, a.m_port, int(a.m_transport));
    }

private:
    QString m_host;
    quint16 m_port = 0;
    Transport m_transport = Transport::Tls;
    HostKind m_kind = HostKind::Hostname;
};

} // namespace btcw
