// Follows servers' chains through their pushes: routes the notifications of pooled sessions (never taken for
// replies), keeps each server's announced tip (which moves the cache's tip-dependent keys at once), and serves
// listeners (the API's event streams) that subscribe to a server's headers and scripthash statuses, resubscribing
// with backoff when a connection drops.
#pragma once

#include "Clock.h"
#include "live/LiveEvent.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace btcw {

class ElectrumSession;
class ResponseCache;
class SessionPool;
class TargetGuard;

struct ChainFollowerOptions
{
    std::chrono::milliseconds retryInitial{1'000}; // the first wait before subscribing again after a drop
    std::chrono::milliseconds retryMax{30'000};    // the wait doubles up to this
};

class ChainFollower : public QObject
{
    Q_OBJECT
public:
    using Listener = std::function<void(const LiveEvent&)>;

    // pool, guard and cache must outlive the follower (the engine owns them together).
    ChainFollower(SessionPool& pool, TargetGuard& guard, ResponseCache& cache, const Clock& clock = systemClock(),
                  ChainFollowerOptions options = {}, QObject* parent = nullptr);
    ~ChainFollower() override;

    void setOptions(const ChainFollowerOptions& options) { m_options = options; }

    // Subscribes `listener` to `topics` of `server`; returns an id for unfollow(). Events arrive on this object's
    // thread, never inside follow(): Refused (the target guard said no; nothing follows), or State first, then Header
    // and Status per notification, Disconnected when the connection drops (then State again once resubscribed), and
    // Problem when the server refuses a subscription (nothing follows). One connection per server serves every
    // listener of it, held open while any listener remains.
    quint64 follow(const ServerAddress& server, const LiveTopics& topics, Listener listener,
                   bool allowPrivateTarget = false);
    void unfollow(quint64 id);
    int listenerCount() const { return int(m_listenerFeed.size()); }
    int feedCount() const { return int(m_feeds.size()); }

    // The latest tip a server announced or answered (through any pooled session subscribed to its headers).
    std::optional<LiveTip> tip(const ServerAddress& server) const
    {
        const auto it = m_tips.constFind(server);
        return it == m_tips.cend() ? std::nullopt : std::optional<LiveTip>(*it);
    }

signals:
    // A server's tip changed (a pooled session subscribed to its headers: by a query, or a listener). `announced`:
    // the server pushed it (a notification, timed as it arrived); false: a subscription's answer gave it.
    void tipChanged(const btcw::ServerAddress& server, const btcw::LiveTip& tip, bool announced);
    // A subscribed scripthash's status changed on a server (status null: no history).
    void statusChanged(const btcw::ServerAddress& server, const QString& scripthash, const QJsonValue& status);

private:
    struct Feed;
    struct Member
    {
        LiveTopics topics;
        bool stateSent = false;
    };
    struct Checking
    {
        QObject* context = nullptr; // the guard's check answers on it; deleted to cancel
        ServerAddress server;
        LiveTopics topics;
    };

    void onNotification(ElectrumSession* session, const QString& method, const QJsonArray& params);
    void recordTip(const ServerAddress& server, const LiveTip& tip, bool announced);
    void attach(const ServerAddress& server, const QList<QHostAddress>& addresses, quint64 id,
                const LiveTopics& topics);
    void connectFeed(Feed& feed);
    // Subscribes what the feed's members want and the session has not got yet; sends State to those waiting.
    void subscribeMissing(Feed& feed);
    void onSessionClosed(const ServerAddress& server, ElectrumSession* session, const Error& reason);
    void scheduleRetry(Feed& feed, const Error& reason);
    void sendState(Feed& feed, quint64 id);
    void endMember(Feed& feed, quint64 id, const LiveEvent& last);
    void dropFeedIfUnused(const ServerAddress& server);
    // Delivers `event` to listener `id` later on the event loop, unless it was unfollowed meanwhile; a final event
    // forgets the listener.
    void post(quint64 id, LiveEvent event, bool final = false);
    Feed* feedOf(const ServerAddress& server);

    SessionPool& m_pool;
    TargetGuard& m_guard;
    ResponseCache& m_cache;
    const Clock& m_clock;
    ChainFollowerOptions m_options;
    QHash<ServerAddress, std::shared_ptr<Feed>> m_feeds;
    QHash<quint64, Listener> m_listeners;         // every listener not unfollowed nor ended
    QHash<quint64, ServerAddress> m_listenerFeed; // attached listeners → their feed's server
    QHash<quint64, Checking> m_checking;          // listeners whose target check runs
    QHash<ServerAddress, LiveTip> m_tips;
    quint64 m_nextId = 0;
};

} // namespace btcw
