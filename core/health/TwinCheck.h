// Confirms or refutes one announced twin of a server: reachable (through Tor for .onion) and the same server, judged by
// genesis, server.features (hosts compared as a set) and, for TLS, the certificate.
#pragma once

#include "Clock.h"
#include "directory/ServerIdentities.h"
#include "electrum/ServerAddress.h"
#include "net/ConnectionSettings.h"
#include "net/ProxyPolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <chrono>

namespace btcw {

class HealthCheck;
class TargetGuard;
struct HealthReport;

// The server whose twin is checked, as it answered.
struct TwinOrigin
{
    ServerAddress server;
    QJsonObject features;
    QString certificateSha256; // presented by the origin (TLS only)
    QString pinnedSha256;      // the origin's pin, if any: a twin presenting it is the same server too
};

struct TwinCheckOptions
{
    std::chrono::milliseconds budget{20'000};    // clearnet twins
    std::chrono::milliseconds torBudget{60'000}; // .onion twins (and everything under "all via Tor")
    bool allowPrivateTarget = false;             // the caller may target private addresses (the window's user)
    ConnectionSettings connection;
    const Clock* clock = &systemClock();
};

// The verdict on a twin, from what it answered (pure, so it can be tested without a network).
TwinLink judgeTwin(const TwinOrigin& origin, const AnnouncedHost& twin, const HealthReport& report);

class TwinCheck : public QObject
{
    Q_OBJECT
public:
    // `guard` must outlive the check; the proxy policy is copied (its Tor access is shared).
    TwinCheck(TwinOrigin origin, AnnouncedHost twin, ProxyPolicy proxies, const TargetGuard& guard,
              TwinCheckOptions options, QObject* parent = nullptr);
    ~TwinCheck() override;

    // finished() is emitted exactly once, later, from the event loop.
    void start();

signals:
    void finished(const btcw::TwinLink& link);

private:
    void finish(TwinLink link);
    TwinLink unconfirmed(const QString& reason) const;

    TwinOrigin m_origin;
    AnnouncedHost m_twin;
    ServerAddress m_address;
    ProxyPolicy m_proxies;
    const TargetGuard& m_guard;
    TwinCheckOptions m_options;
    HealthCheck* m_check = nullptr;
    bool m_done = false;
};

} // namespace btcw
