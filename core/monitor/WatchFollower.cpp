#include "monitor/WatchFollower.h"

#include "directory/ServerDirectory.h"
#include "directory/WatchList.h"
#include "electrum/Network.h"
#include "health/HealthRegistry.h"
#include "live/ChainFollower.h"

#include <algorithm>
#include <limits>

namespace btcw {

WatchFollower::WatchFollower(const WatchList& watched, const ServerDirectory& directory, const HealthRegistry& registry,
                             ChainFollower& follower, QObject* parent)
    : QObject(parent), m_watched(watched), m_directory(directory), m_registry(registry), m_follower(follower)
{
    m_reconcile.setSingleShot(true);
    m_reconcile.setInterval(0);
    connect(&m_reconcile, &QTimer::timeout, this, &WatchFollower::reconcile);
    connect(&watched, &WatchList::changed, this, [this] {
        m_givenUp.clear(); // a changed list is the user's word: try again what was refused
        reconcileSoon();
    });
    connect(&directory, &ServerDirectory::changed, this, &WatchFollower::reconcileSoon);
    reconcileSoon();
}

WatchFollower::~WatchFollower()
{
    for (const Followed& followed : std::as_const(m_followed))
        m_follower.unfollow(followed.id);
}

void WatchFollower::setOptions(const WatchFollowOptions& options)
{
    m_options = options;
    m_givenUp.clear();
    reconcileSoon();
}

void WatchFollower::reconcileSoon()
{
    if (!m_reconcile.isActive())
        m_reconcile.start();
}

std::optional<QString> WatchFollower::networkOf(const ServerAddress& server) const
{
    const auto it = m_followed.constFind(server);
    return it == m_followed.cend() ? std::nullopt : std::optional<QString>(it->network);
}

ServerAddress WatchFollower::addressToFollow(const QString& network, const QString& host) const
{
    const std::optional<ServerEntry> entry = m_directory.find(network, host);
    if (!entry)
        return {};
    // The address whose latest check passed (TLS first), else the entry's preferred one.
    for (const Transport transport : {Transport::Tls, Transport::Tcp}) {
        const ServerAddress address = entry->address(transport);
        if (!address.isValid())
            continue;
        if (const std::optional<HealthReport> report = m_registry.latest(address); report && report->ok)
            return address;
    }
    return entry->preferredAddress();
}

QList<std::pair<ServerAddress, QString>> WatchFollower::wanted() const
{
    QList<std::pair<ServerAddress, QString>> out;
    QSet<ServerAddress> seen;
    auto add = [&](const ServerAddress& address, const QString& network) {
        if (!address.isValid() || seen.contains(address) || m_givenUp.contains(address) ||
            out.size() >= m_options.maxFollowed)
            return;
        seen.insert(address);
        out.append({address, network});
    };
    const QStringList watchedKeys = m_options.followWatched ? m_watched.keys() : QStringList();
    for (const QString& key : watchedKeys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QString network = key.left(slash);
        add(addressToFollow(network, key.mid(slash + 1)), network);
    }
    if (!m_options.followHealthy)
        return out;
    for (const QString& name : networkNames()) {
        const std::optional<BitcoinNetwork> network = networkFromName(name);
        if (!network)
            continue;
        QList<HealthReport> healthy;
        for (const HealthReport& report : m_registry.reports(*network)) {
            if (report.ok)
                healthy.append(report);
        }
        std::stable_sort(healthy.begin(), healthy.end(), [](const HealthReport& a, const HealthReport& b) {
            const qint64 none = std::numeric_limits<qint64>::max(); // unmeasured last
            return (a.latencyMs < 0 ? none : a.latencyMs) < (b.latencyMs < 0 ? none : b.latencyMs);
        });
        for (const HealthReport& report : std::as_const(healthy))
            add(report.server, name);
    }
    return out;
}

void WatchFollower::reconcile()
{
    m_reconcile.stop();
    const QList<std::pair<ServerAddress, QString>> want = wanted();
    QSet<ServerAddress> wantedSet;
    for (const auto& [address, network] : want)
        wantedSet.insert(address);
    const QList<ServerAddress> current = m_followed.keys();
    for (const ServerAddress& address : current) {
        if (wantedSet.contains(address))
            continue;
        m_follower.unfollow(m_followed.take(address).id);
        emit unfollowed(address);
    }
    for (const auto& [address, network] : want) {
        if (m_followed.contains(address))
            continue;
        LiveTopics topics;
        topics.headers = true;
        const ServerAddress server = address;
        // Tips reach everyone through ChainFollower::tipChanged; the listener only learns of a follow's end.
        const quint64 id = m_follower.follow(server, topics, [this, server](const LiveEvent& event) {
            if (event.kind != LiveEvent::Kind::Refused && event.kind != LiveEvent::Kind::Problem)
                return;
            m_followed.remove(server);
            m_givenUp.insert(server);
            emit unfollowed(server);
        });
        m_followed.insert(address, Followed{id, network});
    }
}

} // namespace btcw
