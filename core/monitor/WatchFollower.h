// Keeps a live header subscription to every watched server (and, when asked, to every healthy checked server), so
// that their block announcements are timed as they arrive; follows and unfollows as the watch list changes.
#pragma once

#include "electrum/ServerAddress.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <optional>

namespace btcw {

class ChainFollower;
class HealthRegistry;
class ServerDirectory;
class WatchList;

struct WatchFollowOptions
{
    // Follow the watched servers (tests that watch bundled public servers turn it off: they stay on loopback).
    bool followWatched = true;
    // Also follow every server whose latest check passed (fastest first), not only the watched ones.
    bool followHealthy = false;
    // Followed servers at most, watched ones first: each holds one connection open.
    int maxFollowed = 200;
};

// Lives on the engine's thread. Changes (watch list, directory, options, reconcileSoon()) are worked off together
// on the next turn of the event loop.
class WatchFollower : public QObject
{
    Q_OBJECT
public:
    // All four must outlive the follower.
    WatchFollower(const WatchList& watched, const ServerDirectory& directory, const HealthRegistry& registry,
                  ChainFollower& follower, QObject* parent = nullptr);
    ~WatchFollower() override;

    void setOptions(const WatchFollowOptions& options);
    const WatchFollowOptions& options() const { return m_options; }

    // Compares what should be followed with what is, on the next turn of the event loop (new checks: the healthy
    // servers may have changed).
    void reconcileSoon();
    // Does it now.
    void reconcile();

    bool isFollowed(const ServerAddress& server) const { return m_followed.contains(server); }
    int followedCount() const { return int(m_followed.size()); }
    // The network a followed server is followed on (its directory entry's, or its latest check's).
    std::optional<QString> networkOf(const ServerAddress& server) const;

signals:
    // No longer followed (unwatched, no longer healthy, or the follow was refused or ended by the server).
    void unfollowed(const btcw::ServerAddress& server);

private:
    struct Followed
    {
        quint64 id = 0;
        QString network;
    };

    // What should be followed now: address → network, watched servers first, capped.
    QList<std::pair<ServerAddress, QString>> wanted() const;
    ServerAddress addressToFollow(const QString& network, const QString& host) const;

    const WatchList& m_watched;
    const ServerDirectory& m_directory;
    const HealthRegistry& m_registry;
    ChainFollower& m_follower;
    WatchFollowOptions m_options;
    QHash<ServerAddress, Followed> m_followed;
    QSet<ServerAddress> m_givenUp; // refused or ended: not followed again until the watch list or options change
    QTimer m_reconcile;
};

} // namespace btcw
