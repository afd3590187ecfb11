// The latest health report per server, with the network it was checked for: what the tip and server list show.
#pragma once

#include "electrum/ServerAddress.h"
#include "health/ChainParams.h"
#include "health/HealthReport.h"
#include "health/TipAgreement.h"

#include <QHash>
#include <QList>
#include <optional>

namespace btcw {

class HealthRegistry
{
public:
    // At most maxServers reports are kept; recording one more forgets the server recorded first.
    explicit HealthRegistry(int maxServers = 10'000);

    // Replaces the server's previous report (the server keeps its place in the order).
    void record(const HealthReport& report, BitcoinNetwork network);
    std::optional<HealthReport> latest(const ServerAddress& server) const;
    // A tip the server announced since its check (a headers notification): its latest passed report takes the new
    // height and hash, so the tip agreement and lags follow the chain between checks. False (nothing changes) when
    // the server has no passed report.
    bool updateTip(const ServerAddress& server, int height, const QString& hash);
    // The network the server's latest report was checked for.
    std::optional<BitcoinNetwork> networkOf(const ServerAddress& server) const;
    // Servers of `network` whose latest check passed, on the agreed chain (not forked) and at most `maxLag` blocks
    // behind the best tip, fastest first; `except` left out. What consensus=N asks.
    QList<ServerAddress> agreeingServers(BitcoinNetwork network, const ServerAddress& except, int maxLag = 1) const;
    // The latest report of each server checked for `network`, in the order the servers were first recorded.
    QList<HealthReport> reports(BitcoinNetwork network) const;
    // computeTipAgreement over reports(network).
    TipAgreement tipAgreement(BitcoinNetwork network) const;

    int size() const { return int(m_order.size()); }
    void clear();

private:
    struct Entry
    {
        HealthReport report;
        BitcoinNetwork network = BitcoinNetwork::Mainnet;
    };

    int m_maxServers;
    QHash<ServerAddress, Entry> m_entries;
    QList<ServerAddress> m_order;
};

} // namespace btcw
