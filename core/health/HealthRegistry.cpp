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

std::optional<BitcoinNetwork> HealthRegistry::networkOf(const ServerAddress& server) const
{
    const auto it = m_entries.constFind(server);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->network;
}

} // namespace btcw
