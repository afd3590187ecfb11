#include "ChainFollower.h"

#include "cache/ResponseCache.h"
#include "electrum/ElectrumSession.h"
#include "electrum/SessionPool.h"
#include "net/TargetGuard.h"

#include <QSet>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

const QString kHeaders = u"blockchain.headers.subscribe"_s;
const QString kScripthash = u"blockchain.scripthash.subscribe"_s;

} // namespace

// One server's subscriptions, shared by every listener of it, on one held pooled session.
struct ChainFollower::Feed
{
    ServerAddress server;
    QList<QHostAddress> addresses; // what the target guard checked
    QPointer<ElectrumSession> session;
    QMetaObject::Connection closedConnection;
    bool headersSubscribed = false; // on this session
    QSet<QString> subscribed;       // scripthashes subscribed on this session
    bool subscribing = false;       // a subscribe batch is on its way
    std::optional<LiveTip> tip;
    QHash<QString, QJsonValue> statuses;
    QHash<quint64, Member> members;
    QTimer retry;
    std::chrono::milliseconds backoff{0};
    bool down = false; // waiting to connect again
    Error lastError;
    int reconnects = 0;
};

ChainFollower::ChainFollower(SessionPool& pool, TargetGuard& guard, ResponseCache& cache, const Clock& clock,
                             ChainFollowerOptions options, QObject* parent)
    : QObject(parent), m_pool(pool), m_guard(guard), m_cache(cache), m_clock(clock), m_options(options)
{
    connect(&m_pool, &SessionPool::notification, this, &ChainFollower::onNotification);
    // A pooled session's own subscription: its answer moves the server's tip (and cache keys), no listener event.
    connect(&m_pool, &SessionPool::tipAnswered, this, [this](ElectrumSession* session, const QJsonValue& answer) {
        if (const std::optional<LiveTip> tip = LiveTip::fromJson(answer, m_clock.utcNow()))
            recordTip(session->server(), *tip, false);
    });
}

ChainFollower::~ChainFollower()
{
    for (const auto& feed : std::as_const(m_feeds)) {
        QObject::disconnect(feed->closedConnection);
        if (feed->session)
            feed->session->release();
    }
    for (const Checking& c : std::as_const(m_checking))
        delete c.context;
}

ChainFollower::Feed* ChainFollower::feedOf(const ServerAddress& server)
{
    const auto it = m_feeds.constFind(server);
    return it == m_feeds.cend() ? nullptr : it->get();
}

quint64 ChainFollower::follow(const ServerAddress& server, const LiveTopics& topics, Listener listener,
                              bool allowPrivateTarget)
{
    const quint64 id = ++m_nextId;
    m_listeners.insert(id, std::move(listener));
    auto* context = new QObject(this);
    m_checking.insert(id, Checking{context, server, topics});
    // The connection goes exactly where the SSRF guard looked, as for every query.
    m_guard.check(
        server.host(), context,
        [this, id](Result<CheckedTarget> target) {
            const auto it = m_checking.find(id);
            if (it == m_checking.end())
                return;
            const Checking checking = *it;
            m_checking.erase(it);
            checking.context->deleteLater();
            if (!target) {
                Error error = target.error();
                if (error.kind == ErrorKind::NotAllowed) {
                    error.message += u" Start btc-worker with --allow-private-targets to follow a server on this "
                                     u"machine or your network."_s;
                }
                LiveEvent refused;
                refused.kind = LiveEvent::Kind::Refused;
                refused.server = checking.server;
                refused.error = error;
                post(id, refused, true);
                return;
            }
            attach(checking.server, target.value().addresses, id, checking.topics);
        },
        allowPrivateTarget);
    return id;
}

void ChainFollower::unfollow(quint64 id)
{
    m_listeners.remove(id);
    if (const auto it = m_checking.find(id); it != m_checking.end()) {
        delete it->context; // its check never answers now
        m_checking.erase(it);
        return;
    }
    const auto feedIt = m_listenerFeed.find(id);
    if (feedIt == m_listenerFeed.end())
        return;
    const ServerAddress server = *feedIt;
    m_listenerFeed.erase(feedIt);
    if (Feed* feed = feedOf(server))
        feed->members.remove(id);
    dropFeedIfUnused(server);
}

void ChainFollower::attach(const ServerAddress& server, const QList<QHostAddress>& addresses, quint64 id,
                           const LiveTopics& topics)
{
    std::shared_ptr<Feed>& slot = m_feeds[server];
    if (!slot) {
        slot = std::make_shared<Feed>();
        slot->server = server;
        slot->addresses = addresses;
        slot->retry.setSingleShot(true);
        connect(&slot->retry, &QTimer::timeout, this, [this, server] {
            if (Feed* feed = feedOf(server)) {
                feed->down = false;
                connectFeed(*feed);
            }
        });
    }
    Feed& feed = *slot;
    feed.members.insert(id, Member{topics, false});
    m_listenerFeed.insert(id, server);
    if (feed.down) {
        // Waiting to connect again: the newcomer learns so at once, and gets the state once subscribed.
        LiveEvent down;
        down.kind = LiveEvent::Kind::Disconnected;
        down.server = server;
        down.error = feed.lastError;
        down.retryInMs = feed.retry.remainingTime();
        post(id, down);
        return;
    }
    if (!feed.session)
        connectFeed(feed);
    else
        subscribeMissing(feed);
}

void ChainFollower::connectFeed(Feed& feed)
{
    QObject::disconnect(feed.closedConnection);
    auto found = m_pool.session(feed.server, feed.addresses);
    if (!found) {
        scheduleRetry(feed, found.error());
        return;
    }
    ElectrumSession* session = found.value();
    feed.session = session;
    session->hold(); // the pool keeps it open while the feed has listeners
    feed.headersSubscribed = false;
    feed.subscribed.clear();
    feed.subscribing = false;
    for (Member& member : feed.members)
        member.stateSent = false;
    const ServerAddress server = feed.server;
    feed.closedConnection = connect(session, &ElectrumSession::closed, this,
                                    [this, server, session](const Error& e) { onSessionClosed(server, session, e); });
    subscribeMissing(feed);
}

void ChainFollower::subscribeMissing(Feed& feed)
{
    if (!feed.session || feed.subscribing || feed.down)
        return;
    bool wantHeaders = false;
    QStringList wanted;
    QSet<QString> seen;
    for (const Member& member : std::as_const(feed.members)) {
        wantHeaders = wantHeaders || member.topics.headers;
        for (const QString& sh : member.topics.scripthashes) {
            if (!feed.subscribed.contains(sh) && !seen.contains(sh)) {
                seen.insert(sh);
                wanted.append(sh);
            }
        }
    }
    QList<RpcRequest> requests;
    if (wantHeaders && !feed.headersSubscribed)
        requests.append({kHeaders, {}});
    for (const QString& sh : std::as_const(wanted))
        requests.append({kScripthash, QJsonArray{sh}});
    if (requests.isEmpty()) {
        const QList<quint64> ids = feed.members.keys();
        for (quint64 id : ids) {
            if (!feed.members.value(id).stateSent)
                sendState(feed, id);
        }
        return;
    }
    feed.subscribing = true;
    const ServerAddress server = feed.server;
    QPointer<ElectrumSession> session = feed.session;
    session->callBatch(requests, this, [this, server, session, requests](Result<QList<Result<QJsonValue>>> replies) {
        Feed* feed = feedOf(server);
        if (!feed || !session || feed->session != session)
            return;
        feed->subscribing = false;
        if (!replies) {
            if (session->state() == ElectrumSession::State::Closed)
                return; // onSessionClosed takes it from here
            // Timed out or refused as a whole on a connection that is still open: subscribe on a fresh one later.
            QObject::disconnect(feed->closedConnection);
            session->release();
            feed->session = nullptr;
            scheduleRetry(*feed, replies.error());
            return;
        }
        QList<std::pair<quint64, LiveEvent>> ended;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const Result<QJsonValue> reply = replies.value().value(
                i, Error::make(ErrorKind::Protocol, u"the server's batch reply has no answer to this request"_s));
            const bool headers = requests[i].method == kHeaders;
            const QString sh = headers ? QString() : requests[i].params.at(0).toString();
            std::optional<Error> failure;
            if (!reply) {
                failure = reply.error();
            } else if (headers) {
                if (auto tip = LiveTip::fromJson(reply.value(), m_clock.utcNow())) {
                    feed->tip = tip;
                    feed->headersSubscribed = true;
                    recordTip(server, *tip, false);
                } else {
                    failure = Error::make(
                        ErrorKind::Protocol,
                        u"%1 did not return {height, hex} for blockchain.headers.subscribe"_s.arg(server.toString()));
                }
            } else if (reply.value().isString() || reply.value().isNull()) {
                feed->statuses.insert(sh, reply.value());
                feed->subscribed.insert(sh);
            } else {
                failure =
                    Error::make(ErrorKind::Protocol,
                                u"%1 answered blockchain.scripthash.subscribe with neither a status nor null"_s.arg(
                                    server.toString()));
            }
            if (!failure)
                continue;
            Error problem = *failure;
            problem.message = u"%1 refused %2: %3"_s.arg(server.toString(), requests[i].method, problem.message);
            for (auto it = feed->members.cbegin(); it != feed->members.cend(); ++it) {
                if (headers ? !it->topics.headers : !it->topics.scripthashes.contains(sh))
                    continue;
                if (std::any_of(ended.cbegin(), ended.cend(), [&](const auto& e) { return e.first == it.key(); }))
                    continue;
                LiveEvent event;
                event.kind = LiveEvent::Kind::Problem;
                event.server = server;
                event.error = problem;
                ended.append({it.key(), event});
            }
        }
        feed->backoff = std::chrono::milliseconds{0}; // subscribed: the next drop starts the backoff afresh
        for (const auto& [id, event] : ended)
            endMember(*feed, id, event);
        if (feed->members.isEmpty()) {
            dropFeedIfUnused(server);
            return;
        }
        subscribeMissing(*feed); // members that joined meanwhile, and the state for everyone waiting
    });
}

void ChainFollower::sendState(Feed& feed, quint64 id)
{
    Member& member = feed.members[id];
    member.stateSent = true;
    LiveEvent state;
    state.kind = LiveEvent::Kind::State;
    state.server = feed.server;
    state.reconnects = feed.reconnects;
    if (member.topics.headers)
        state.tip = feed.tip;
    for (const QString& sh : std::as_const(member.topics.scripthashes))
        state.statuses.insert(sh, feed.statuses.value(sh));
    post(id, state);
}

void ChainFollower::onNotification(ElectrumSession* session, const QString& method, const QJsonArray& params)
{
    const ServerAddress server = session->server();
    Feed* feed = feedOf(server);
    const bool ours = feed && feed->session == session;
    if (method == kHeaders) {
        if (params.isEmpty())
            return;
        const std::optional<LiveTip> tip = LiveTip::fromJson(params.at(0), m_clock.utcNow());
        if (!tip)
            return;
        recordTip(server, *tip, true);
        if (!ours || !feed->headersSubscribed)
            return;
        feed->tip = tip;
        for (auto it = feed->members.cbegin(); it != feed->members.cend(); ++it) {
            if (!it->topics.headers || !it->stateSent)
                continue;
            LiveEvent header;
            header.kind = LiveEvent::Kind::Header;
            header.server = server;
            header.tip = tip;
            post(it.key(), header);
        }
        return;
    }
    if (method != kScripthash || params.size() < 2 || !params.at(0).isString())
        return;
    const QString sh = params.at(0).toString();
    const QJsonValue status = params.at(1);
    // blockchain.scripthash.* keys carry the status: that scripthash's older answers are unreachable from now on.
    m_cache.setScripthashStatus(server, sh, status);
    emit statusChanged(server, sh, status);
    if (!ours || !feed->subscribed.contains(sh))
        return;
    feed->statuses.insert(sh, status);
    for (auto it = feed->members.cbegin(); it != feed->members.cend(); ++it) {
        if (!it->stateSent || !it->topics.scripthashes.contains(sh))
            continue;
        LiveEvent changed;
        changed.kind = LiveEvent::Kind::Status;
        changed.server = server;
        changed.statuses.insert(sh, status);
        post(it.key(), changed);
    }
}

void ChainFollower::recordTip(const ServerAddress& server, const LiveTip& tip, bool announced)
{
    const auto known = m_tips.constFind(server);
    if (known != m_tips.cend() && known->height == tip.height && known->hash == tip.hash)
        return;
    m_tips.insert(server, tip);
    // Tip-dependent cache keys carry the tip height: the server's older answers are unreachable from now on.
    m_cache.setTipHeight(server, tip.height);
    emit tipChanged(server, tip, announced);
}

void ChainFollower::onSessionClosed(const ServerAddress& server, ElectrumSession* session, const Error& reason)
{
    Feed* feed = feedOf(server);
    if (!feed || feed->session != session)
        return;
    QObject::disconnect(feed->closedConnection);
    feed->session = nullptr; // closed sessions are deleted by the pool; nothing to release
    scheduleRetry(*feed, reason);
}

void ChainFollower::scheduleRetry(Feed& feed, const Error& reason)
{
    feed.down = true;
    feed.subscribing = false;
    feed.lastError = reason;
    feed.backoff = feed.backoff.count() == 0 ? m_options.retryInitial : std::min(feed.backoff * 2, m_options.retryMax);
    ++feed.reconnects;
    feed.retry.start(feed.backoff);
    for (auto it = feed.members.begin(); it != feed.members.end(); ++it) {
        it->stateSent = false;
        LiveEvent down;
        down.kind = LiveEvent::Kind::Disconnected;
        down.server = feed.server;
        down.error = reason;
        down.retryInMs = feed.backoff.count();
        post(it.key(), down);
    }
}

void ChainFollower::endMember(Feed& feed, quint64 id, const LiveEvent& last)
{
    feed.members.remove(id);
    m_listenerFeed.remove(id);
    post(id, last, true);
}

void ChainFollower::dropFeedIfUnused(const ServerAddress& server)
{
    const auto it = m_feeds.find(server);
    if (it == m_feeds.end() || !(*it)->members.isEmpty())
        return;
    const std::shared_ptr<Feed> feed = *it;
    m_feeds.erase(it);
    QObject::disconnect(feed->closedConnection);
    feed->retry.stop();
    // Released: the pool closes the connection once it has been idle, unless a client still uses it.
    if (feed->session)
        feed->session->release();
}

void ChainFollower::post(quint64 id, LiveEvent event, bool final)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, event = std::move(event), final] {
            const auto it = m_listeners.find(id);
            if (it == m_listeners.end())
                return;
            const Listener listener = *it;
            if (final)
                m_listeners.erase(it);
            listener(event);
        },
        Qt::QueuedConnection);
}

} // namespace btcw
