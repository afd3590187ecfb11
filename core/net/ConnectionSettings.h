// Timeouts and caps that bound every Electrum connection.
#pragma once

#include <QString>
#include <chrono>

namespace btcw {

struct ConnectionSettings
{
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds torConnectTimeout{45'000}; // via SOCKS/Tor circuits take longer
    std::chrono::milliseconds tlsTimeout{10'000};
    std::chrono::milliseconds handshakeTimeout{10'000};   // server.version reply
    std::chrono::milliseconds requestTimeout{20'000};     // default per request
    std::chrono::milliseconds maxRequestTimeout{120'000}; // upper bound a caller may ask for
    std::chrono::milliseconds idleTimeout{60'000};        // pooled session closed after this idle time
    qint64 maxLineBytes = 8 * 1024 * 1024;                // Electrum's own cap is about 8 MB
    int maxPendingRequests = 256;                         // per session
    int maxSessions = 512;                                // per pool
    QString clientName = QStringLiteral("btc-worker " BTCW_VERSION);
    QString protocolMin = QStringLiteral("1.4");
    QString protocolMax = QStringLiteral("1.6");
    // A pooled session subscribes to its server's headers once ready (when someone follows the pool's pushes), so
    // that server's tip, and the cache keys on it, move the moment it announces a block.
    bool followTip = true;
};

} // namespace btcw
