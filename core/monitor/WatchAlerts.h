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
    bool fork = true;        // a tip no other followed server shares, and shared again
    int lagBlocks = 3;       // "behind" is more than this many blocks
    // After telling of a server, changes of the same kind wait this long: a server that flaps is told of once per
    // period, with the state it is in when the period is over (never a stale one).
    std::chrono::seconds quietPeriod{600};
    // A fork mark is told only when it still holds this long after it came: which server of a split announced first
    // decides who is marked for a moment, and a server left on a stale block stays marked until the next block.
    std::chrono::milliseconds forkSettle{30'000};
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
    // Fed by BlockArrival::forkChanged (followed servers only: watched ones are followed).
    void observeFork(const ServerAddress& server, const QString& network, bool forked, int height, const QString& hash);

signals:
    void serverEvent(const btcw::ServerEvent& event);

private:
    struct Told
    {
        std::optional<bool> up;                            // the state last told (or the baseline)
        std::optional<bool> lagging;                       // likewise
        bool forked = false;                               // likewise (not forked until marked)
        bool forkNow = false;                              // the latest mark, told or not yet
        std::chrono::steady_clock::time_point forkSince{}; // when the latest mark came
        int forkHeight = -1;                               // the tip with that mark
        QString forkHash;
        bool forkTimerArmed = false; // a mark waiting for its settle time, or for the end of the quiet period
        std::chrono::steady_clock::time_point upAt{}, lagAt{}, forkAt{}; // when it was last told
        bool upToldOnce = false, lagToldOnce = false, forkToldOnce = false;
        QString certificate; // the last fingerprint told of
    };

    bool quietSince(std::chrono::steady_clock::time_point at, bool toldOnce) const;
    void considerFork(const ServerAddress& server, BitcoinNetwork network);
    void tellFork(const ServerAddress& server, BitcoinNetwork network, Told& told);

    const WatchList& m_watched;
    const HealthRegistry& m_registry;
    const Clock& m_clock;
    AlertOptions m_options;
    QHash<ServerAddress, Told> m_told;
};

} // namespace btcw
