// Turns the health checks of watched servers into events, once per change of state, quiet while a server flaps.
#pragma once

#include "Clock.h"
#include "monitor/ServerEvent.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <optional>

namespace btcw {

class HealthRegistry;
class WatchList;
struct HealthReport;

struct AlertOptions
{
    bool down = true;        // down, and up again
    bool lagging = true;     // behind, and caught up again
    bool certificate = true; // another certificate presented
    int lagBlocks = 3;       // "behind" is more than this many blocks
    // After telling of a server, changes of the same kind wait this long: a server that flaps is told of once per
    // period, with the state it is in when the period is over (never a stale one).
    std::chrono::seconds quietPeriod{600};
};

// Lives on the engine's thread; fed by HealthMonitor::reportReady (after the registry has the report, so the lag is
// current). Only watched servers are followed; a server's first check sets its baseline (only a failed one is told).
class WatchAlerts : public QObject
{
    Q_OBJECT
public:
    WatchAlerts(const WatchList& watched, const HealthRegistry& registry, const Clock& clock = systemClock(),
                QObject* parent = nullptr);

    void setOptions(const AlertOptions& options) { m_options = options; }
    const AlertOptions& options() const { return m_options; }

    void observe(const HealthReport& report, BitcoinNetwork network);

signals:
    void serverEvent(const btcw::ServerEvent& event);

private:
    struct Told
    {
        std::optional<bool> up;                                // the state last told (or the baseline)
        std::optional<bool> lagging;                           // likewise
        std::chrono::steady_clock::time_point upAt{}, lagAt{}; // when it was last told
        bool upToldOnce = false, lagToldOnce = false;
        QString certificate; // the last fingerprint told of
    };

    bool quietSince(std::chrono::steady_clock::time_point at, bool toldOnce) const;

    const WatchList& m_watched;
    const HealthRegistry& m_registry;
    const Clock& m_clock;
    AlertOptions m_options;
    QHash<ServerAddress, Told> m_told;
};

} // namespace btcw
