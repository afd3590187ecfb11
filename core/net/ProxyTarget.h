// What the proxy choice needs to know about a server (host, port, how to name it), so net stays below electrum.
#pragma once

#include <QString>

namespace btcw {

struct ProxyTarget
{
    QString host; // as the server is named; an IPv6 address without brackets
    quint16 port = 0;
    bool onion = false; // only Tor can reach it
    QString label;      // how errors name the server (e.g. "host:50001:t"); hostPort() when empty

    // "host:port", an IPv6 address in brackets.
    QString hostPort() const
    {
        const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return h + QLatin1Char(':') + QString::number(port);
    }
    QString name() const { return label.isEmpty() ? hostPort() : label; }

    // From a host and port alone: an onion when the host ends in ".onion".
    static ProxyTarget forHost(const QString& host, quint16 port)
    {
        return ProxyTarget{host, port, host.endsWith(QLatin1String(".onion"), Qt::CaseInsensitive), {}};
    }
};

} // namespace btcw
