#include "monitor/WatchAlerts.h"

#include "directory/WatchList.h"
#include "health/HealthRegistry.h"
#include "health/HealthReport.h"

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

} // namespace btcw
