#include "health/HealthRegistry.h"

#include <algorithm>

namespace btcw {

HealthRegistry::HealthRegistry(int maxServers) : m_maxServers(std::max(1, maxServers)) {}

void HealthRegistry::record(const HealthReport& report, BitcoinNetwork network)
{
    const auto it = m_entries.find(report.server);
    if (it != m_entries.end()) {
        *it = Entry{report, network};
        return;
    }
    while (m_order.size() >= m_maxServers)
        m_entries.remove(m_order.takeFirst());
    m_entries.insert(report.server, Entry{report, network});
    m_order.append(report.server);
}

std::optional<HealthReport> HealthRegistry::latest(const ServerAddress& server) const
{
    const auto it = m_entries.constFind(server);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->report;
}

std::optional<BitcoinNetwork> HealthRegistry::networkOf(const ServerAddress& server) const
{
    const auto it = m_entries.constFind(server);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->network;
}

QList<ServerAddress> HealthRegistry::agreeingServers(BitcoinNetwork network, const ServerAddress& except,
                                                     int maxLag) const
{
    const QList<HealthReport> all = reports(network);
    const TipAgreement agreement = computeTipAgreement(all);
    QList<const HealthReport*> picked;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ServerTip& tip = agreement.servers.at(i);
        if (all[i].ok && !(all[i].server == except) && !tip.forked && tip.lag >= 0 && tip.lag <= maxLag)
            picked.append(&all[i]);
    }
    std::stable_sort(picked.begin(), picked.end(), [](const HealthReport* a, const HealthReport* b) {
        return a->latencyMs >= 0 && (b->latencyMs < 0 || a->latencyMs < b->latencyMs);
    });
    QList<ServerAddress> out;
    for (const HealthReport* r : std::as_const(picked))
        out.append(r->server);
    return out;
}

QList<HealthReport> HealthRegistry::reports(BitcoinNetwork network) const
{
    QList<HealthReport> out;
    for (const ServerAddress& server : m_order) {
        const Entry& entry = m_entries[server];
        if (entry.network == network)
            out.append(entry.report);
    }
    return out;
}

TipAgreement HealthRegistry::tipAgreement(BitcoinNetwork network) const
{
    return computeTipAgreement(reports(network));
}

void HealthRegistry::clear()
{
    m_entries.clear();
    m_order.clear();
}

bool HealthRegistry::updateTip(const ServerAddress& server, int height, const QString& hash)
{
    const auto it = m_entries.find(server);
    if (it == m_entries.end() || !it->report.ok)
        return false;
    it->report.height = height;
    it->report.tipHash = hash;
    return true;
}

} // namespace btcw
