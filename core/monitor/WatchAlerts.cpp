#include "monitor/WatchAlerts.h"

#include "directory/WatchList.h"
#include "health/HealthRegistry.h"
#include "health/HealthReport.h"

#include <QTimer>

namespace btcw {

WatchAlerts::WatchAlerts(const WatchList& watched, const HealthRegistry& registry, const Clock& clock, QObject* parent)
    : QObject(parent), m_watched(watched), m_registry(registry), m_clock(clock)
{
}

bool WatchAlerts::quietSince(std::chrono::steady_clock::time_point at, bool toldOnce) const
{
    return !toldOnce || m_clock.steadyNow() - at >= m_options.quietPeriod;
}

void WatchAlerts::observe(const HealthReport& report, BitcoinNetwork network)
{
    if (!m_watched.isWatched(networkName(network), report.server)) {
        m_told.remove(report.server); // watched again later: a fresh baseline
        return;
    }
    Told& told = m_told[report.server];
    const auto now = m_clock.steadyNow();
    ServerEvent base;
    base.server = report.server;
    base.network = network;
    base.at = report.checkedAt.isValid() ? report.checkedAt.toUTC() : m_clock.utcNow();
    base.verdict = report.verdict();
    base.height = report.height;

    // Up and down: a first check that fails is news; a first one that passes is the baseline.
    const bool up = report.ok;
    if (!told.up) {
        told.up = up;
        if (!up && m_options.down) {
            told.upAt = now;
            told.upToldOnce = true;
            ServerEvent e = base;
            e.kind = ServerEvent::Kind::Down;
            emit serverEvent(e);
        }
    } else if (*told.up != up && quietSince(told.upAt, told.upToldOnce)) {
        told.up = up;
        if (m_options.down) {
            told.upAt = now;
            told.upToldOnce = true;
            ServerEvent e = base;
            e.kind = up ? ServerEvent::Kind::Up : ServerEvent::Kind::Down;
            emit serverEvent(e);
        }
    }

    // Behind the best tip of its network, by the agreement over every checked server (a failed check says nothing).
    if (up) {
        int lag = -1;
        for (const ServerTip& tip : m_registry.tipAgreement(network).servers) {
            if (tip.server == report.server) {
                lag = tip.lag;
                break;
            }
        }
        if (lag >= 0) {
            const bool lagging = lag > m_options.lagBlocks;
            if (!told.lagging) {
                told.lagging = lagging;
                if (lagging && m_options.lagging) {
                    told.lagAt = now;
                    told.lagToldOnce = true;
                    ServerEvent e = base;
                    e.kind = ServerEvent::Kind::Lagging;
                    e.lag = lag;
                    emit serverEvent(e);
                }
            } else if (*told.lagging != lagging && quietSince(told.lagAt, told.lagToldOnce)) {
                told.lagging = lagging;
                if (m_options.lagging) {
                    told.lagAt = now;
                    told.lagToldOnce = true;
                    ServerEvent e = base;
                    e.kind = lagging ? ServerEvent::Kind::Lagging : ServerEvent::Kind::CaughtUp;
                    e.lag = lag;
                    emit serverEvent(e);
                }
            }
        }
    }

    // Another certificate: told once per new fingerprint.
    const bool otherCertificate =
        report.pinState == QLatin1String("changed") || report.pinState == QLatin1String("rotated");
    if (otherCertificate && !report.certificateSha256.isEmpty() &&
        report.certificateSha256.compare(told.certificate, Qt::CaseInsensitive) != 0) {
        told.certificate = report.certificateSha256;
        if (m_options.certificate) {
            ServerEvent e = base;
            e.kind = ServerEvent::Kind::CertificateChanged;
            e.certificateSha256 = report.certificateSha256;
            e.pinState = report.pinState;
            emit serverEvent(e);
        }
    }
}

void WatchAlerts::observeFork(const ServerAddress& server, const QString& network, bool forked, int height,
                              const QString& hash)
{
    const std::optional<BitcoinNetwork> net = networkFromName(network);
    if (!net || !m_watched.isWatched(network, server))
        return;
    Told& told = m_told[server];
    if (forked && !told.forkNow)
        told.forkSince = m_clock.steadyNow();
    told.forkNow = forked;
    told.forkHeight = height;
    told.forkHash = hash;
    considerFork(server, *net);
}

void WatchAlerts::considerFork(const ServerAddress& server, BitcoinNetwork network)
{
    const auto it = m_told.find(server);
    if (it == m_told.end() || it->forkNow == it->forked)
        return; // no longer watched, or nothing new to tell
    // Marks change only with tips: what has to wait (a new mark settling, or the quiet period after the last one
    // told) is looked at again when that time is over, and told if it still holds.
    const auto now = m_clock.steadyNow();
    std::chrono::steady_clock::duration wait{0};
    if (it->forkNow)
        wait = std::max(wait, it->forkSince + m_options.forkSettle - now);
    if (!quietSince(it->forkAt, it->forkToldOnce))
        wait = std::max(wait, it->forkAt + m_options.quietPeriod - now);
    if (wait <= std::chrono::steady_clock::duration::zero()) {
        tellFork(server, network, *it);
        return;
    }
    if (it->forkTimerArmed)
        return;
    it->forkTimerArmed = true;
    QTimer::singleShot(std::chrono::ceil<std::chrono::milliseconds>(wait), this, [this, server, network] {
        if (const auto again = m_told.find(server); again != m_told.end()) {
            again->forkTimerArmed = false;
            considerFork(server, network);
        }
    });
}

void WatchAlerts::tellFork(const ServerAddress& server, BitcoinNetwork network, Told& told)
{
    told.forked = told.forkNow;
    if (!m_options.fork)
        return;
    told.forkAt = m_clock.steadyNow();
    told.forkToldOnce = true;
    ServerEvent e;
    e.kind = told.forked ? ServerEvent::Kind::Forked : ServerEvent::Kind::ForkResolved;
    e.server = server;
    e.network = network;
    e.at = m_clock.utcNow();
    e.verdict = told.forked ? QStringLiteral("tip: block %1… at height %2 is on no other followed server")
                                  .arg(told.forkHash.left(16))
                                  .arg(told.forkHeight)
                            : QStringLiteral("ok");
    e.height = told.forkHeight;
    e.blockHash = told.forkHash;
    emit serverEvent(e);
}

} // namespace btcw
