#include "SessionPool.h"

#include "net/CertificatePinStore.h"
#include "net/ProxyPolicy.h"
#include "net/TorAccess.h"

#include <QElapsedTimer>
#include <QMetaMethod>
#include <algorithm>
#include <memory>

namespace btcw {

namespace {

bool containsAddress(const QList<QHostAddress>& list, const QHostAddress& address)
{
    return std::any_of(list.cbegin(), list.cend(), [&address](const QHostAddress& a) {
        return a.isEqual(address, QHostAddress::TolerantConversion);
    });
}

// Whether `session` can serve a request whose target check produced `checked`: only if the session is, or can
// only end up, connected to one of those addresses. A session made by name, or for other addresses, is not.
bool servesCheckedAddresses(const ElectrumSession& session, const QList<QHostAddress>& checked)
{
    if (checked.isEmpty())
        return true;
    const QHostAddress peer = session.connectedAddress();
    if (!peer.isNull())
        return containsAddress(checked, peer);
    const QList<QHostAddress>& planned = session.connectAddresses();
    return !planned.isEmpty() && std::all_of(planned.cbegin(), planned.cend(),
                                             [&checked](const QHostAddress& a) { return containsAddress(checked, a); });
}

// A call's answer with what the session says of its server, timed from `clock` (started before the connection).
CallResult answeredBy(const QPointer<ElectrumSession>& session, QJsonValue result, const QElapsedTimer& clock,
                      bool freshConnection)
{
    CallResult r;
    r.result = std::move(result);
    r.elapsedMs = clock.elapsed();
    r.freshConnection = freshConnection;
    if (session) {
        r.protocol = session->negotiatedProtocol();
        r.serverSoftware = session->serverSoftware();
        r.certificateSha256 = session->certificateSha256();
    }
    return r;
}

// Why a call on `session` got no answer: the session's own close reason, or that it is gone.
Error closedError(const QPointer<ElectrumSession>& session)
{
    return session ? session->closeReason()
                   : Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The session closed."));
}

} // namespace

SessionPool::SessionPool(ConnectionSettings settings, CertificatePinStore* pins, const ProxyPolicy* proxies,
                         const Clock& clock, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_pins(pins), m_clock(clock), m_proxies(proxies)
{
    connect(&m_sweepTimer, &QTimer::timeout, this, &SessionPool::sweepIdle);
    m_sweepTimer.start(std::clamp<qint64>(m_settings.idleTimeout.count() / 4, 250, 15'000));
}

SessionPool::~SessionPool()
{
    closeAll();
}

QString SessionPool::keyFor(const ServerAddress& server, const ProxyChoice& proxy) const
{
    QString key = server.toString();
    if (proxy.proxy.type() != QNetworkProxy::NoProxy) {
        key += QLatin1Char('|') + proxy.proxy.hostName() + QLatin1Char(':') + QString::number(proxy.proxy.port()) +
               QLatin1Char('|') + proxy.isolationKey;
    }
    return key;
}

Result<ElectrumSession*> SessionPool::session(const ServerAddress& server, const QList<QHostAddress>& addresses)
{
    if (!server.isValid())
        return Error::make(ErrorKind::BadAddress, QStringLiteral("No server address was given."));
    ProxyChoice proxy;
    if (m_proxies) {
        auto choice = m_proxies->choose(server.proxyTarget());
        if (!choice.ok())
            return choice.error();
        proxy = choice.value();
    }
    const QString key = keyFor(server, proxy);
    // A proxy resolves the name itself, so checked addresses neither apply to nor restrict its sessions.
    const QList<QHostAddress> connectTo =
        proxy.proxy.type() == QNetworkProxy::NoProxy ? addresses : QList<QHostAddress>{};
    if (auto existing = m_sessions.value(key); existing && existing->isUsable()) {
        if (servesCheckedAddresses(*existing, connectTo))
            return existing.data();
        m_sessions.remove(key);
        retire(existing.data());
    }

    if (m_sessions.size() >= m_settings.maxSessions) {
        sweepIdle();
        if (m_sessions.size() >= m_settings.maxSessions) {
            return Error::make(ErrorKind::Busy,
                               QStringLiteral("Too many open server connections (limit %1); try again shortly.")
                                   .arg(m_settings.maxSessions));
        }
    }
    auto* session = new ElectrumSession(server, proxy, m_settings, m_pins, m_clock, this);
    session->setConnectAddresses(connectTo);
    m_sessions.insert(key, session);
    connect(session, &ElectrumSession::closed, this, [this, key, session](const Error& reason) {
        if (m_sessions.value(key) == session)
            m_sessions.remove(key);
        // Tor's SOCKS port refused us: Tor died or restarted. Have it looked for now, not at the next periodic check.
        if (reason.kind == ErrorKind::TorUnavailable && session->proxy().viaTor && m_proxies && m_proxies->torAccess())
            m_proxies->torAccess()->reportSocksFailure();
        emit sessionClosed(session->server(), reason);
        session->deleteLater();
    });
    // Pushes go to whoever follows the chain (core/live); they are never taken for replies, and they do not count as
    // use: a session that only receives notifications is still closed when idle, unless a listener holds it. With
    // nobody listening to the pool, the session keeps counting pushes without parsing them (and cuts a flood).
    if (isSignalConnected(QMetaMethod::fromSignal(&SessionPool::notification))) {
        connect(session, &ElectrumSession::notification, this,
                [this, session](const QString& method, const QJsonArray& params) {
                    emit notification(session, method, params);
                });
    }
    session->open();
    // The session follows its server's tip while it is pooled (its answer is the tip now, then pushes follow). Queued
    // before the caller's calls, so the tip is known when their answers arrive: answered in order, they are cached
    // under that tip, not under an unknown one that the tip's answer would make unreachable a moment later.
    if (m_settings.followTip && isSignalConnected(QMetaMethod::fromSignal(&SessionPool::notification)))
        followTip(session);
    return session;
}

void SessionPool::followTip(ElectrumSession* session)
{
    static const QString method = QStringLiteral("blockchain.headers.subscribe");
    // A server that refuses (or answers badly) is not followed; its answers keep their TTL-bound freshness.
    session->call(method, {}, session, [this, session](Result<QJsonValue> tip) {
        if (tip.ok() && tip.value().isObject())
            emit tipAnswered(session, tip.value());
    });
}

void SessionPool::whenProxyReady(const ServerAddress& server, QObject* context, std::chrono::milliseconds timeout,
                                 QElapsedTimer clock, Start start)
{
    // Tor not usable yet but on its way (or startable on demand): wait for it within this request's time, then go on.
    if (!m_proxies || !m_proxies->canWaitForTor(server.proxyTarget())) {
        start(timeout);
        return;
    }
    const std::chrono::milliseconds budget =
        timeout.count() > 0 ? std::min(timeout, m_settings.maxRequestTimeout) : m_settings.requestTimeout;
    QPointer<QObject> caller = context;
    QPointer<SessionPool> self = this;
    m_proxies->chooseWhenTorReady(
        server.proxyTarget(), context ? context : this, budget,
        [self, caller, hasCaller = context != nullptr, start = std::move(start), budget,
         clock](Result<ProxyChoice> choice) {
            if (!self || (hasCaller && !caller))
                return;
            if (!choice.ok()) {
                start(choice.error());
                return;
            }
            start(std::chrono::milliseconds(std::max<qint64>(budget.count() - clock.elapsed(), 1)));
        });
}

void SessionPool::call(const ServerAddress& server, const QString& method, const QJsonArray& params, QObject* context,
                       Callback done, std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses)
{
    QElapsedTimer clock;
    clock.start();
    whenProxyReady(server, context, timeout, clock,
                   [this, server, method, params, context, done = std::move(done), addresses,
                    clock](Result<std::chrono::milliseconds> left) {
                       if (!left.ok()) {
                           done(left.error());
                           return;
                       }
                       startCall(server, method, params, context, done, left.value(), addresses, clock);
                   });
}

void SessionPool::callBatch(const ServerAddress& server, const QList<RpcRequest>& requests, QObject* context,
                            BatchCallback done, std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses)
{
    QElapsedTimer clock;
    clock.start();
    whenProxyReady(server, context, timeout, clock,
                   [this, server, requests, context, done = std::move(done), addresses,
                    clock](Result<std::chrono::milliseconds> left) {
                       if (!left.ok()) {
                           done(QList<Result<CallResult>>(requests.size(), left.error()));
                           return;
                       }
                       startBatch(server, requests, context, done, left.value(), addresses, clock);
                   });
}

void SessionPool::startBatch(const ServerAddress& server, const QList<RpcRequest>& requests, QObject* context,
                             BatchCallback done, std::chrono::milliseconds timeout,
                             const QList<QHostAddress>& addresses, QElapsedTimer clock)
{
    const qsizetype count = requests.size();
    auto found = session(server, addresses);
    if (!found.ok()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), e = found.error(), count] {
            done(QList<Result<CallResult>>(count, e));
        });
        return;
    }
    QPointer<ElectrumSession> session = found.value();
    const bool fresh = session->state() != ElectrumSession::State::Ready;

    // server.version may be sent only once per connection: those requests are answered from the handshake.
    QList<RpcRequest> sent;
    QList<qsizetype> sentIndex; // index in `requests` of each request sent
    for (qsizetype i = 0; i < count; ++i) {
        if (requests[i].method == QLatin1String("server.version"))
            continue;
        sent.append(requests[i]);
        sentIndex.append(i);
    }
    if (sent.isEmpty()) // only server.version: server.ping is cheap and answers once the session is ready
        sent.append({QStringLiteral("server.ping"), {}});

    auto finish = [session, clock, fresh, requests, sentIndex,
                   done = std::move(done)](Result<QList<Result<QJsonValue>>> replies) {
        auto answered = [&](QJsonValue result) { return answeredBy(session, std::move(result), clock, fresh); };
        const Error closed = !replies.ok() ? replies.error() : closedError(session);
        QList<Result<CallResult>> results(requests.size(), closed);
        const bool ready = session && session->state() == ElectrumSession::State::Ready;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests[i].method == QLatin1String("server.version") && ready)
                results[i] = answered(QJsonArray{session->serverSoftware(), session->negotiatedProtocol()});
        }
        if (replies.ok()) {
            for (qsizetype j = 0; j < sentIndex.size() && j < replies.value().size(); ++j) {
                const Result<QJsonValue>& reply = replies.value()[j];
                results[sentIndex[j]] =
                    reply.ok() ? Result<CallResult>(answered(reply.value())) : Result<CallResult>(reply.error());
            }
        }
        done(results);
    };
    session->callBatch(sent, context, std::move(finish), timeout);
}

void SessionPool::startCall(const ServerAddress& server, const QString& method, const QJsonArray& params,
                            QObject* context, Callback done, std::chrono::milliseconds timeout,
                            const QList<QHostAddress>& addresses, QElapsedTimer clock)
{
    auto found = session(server, addresses);
    if (!found.ok()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), e = found.error()] { done(e); });
        return;
    }
    QPointer<ElectrumSession> session = found.value();
    const bool fresh = session->state() != ElectrumSession::State::Ready;

    auto finish = [session, clock, fresh, done = std::move(done)](Result<QJsonValue> reply) {
        if (!reply.ok()) {
            done(reply.error());
            return;
        }
        done(answeredBy(session, std::move(reply).value(), clock, fresh));
    };

    // server.version may be sent only once per connection: answer it from the handshake.
    if (method == QLatin1String("server.version")) {
        auto answer = [session, finish] {
            if (session && session->state() == ElectrumSession::State::Ready)
                finish(QJsonValue(QJsonArray{session->serverSoftware(), session->negotiatedProtocol()}));
            else
                finish(closedError(session));
        };
        if (session->state() == ElectrumSession::State::Ready) {
            QTimer::singleShot(0, context ? context : this, answer);
        } else {
            // Piggy-back on the handshake: server.ping is cheap and answers once the session is ready.
            session->call(
                QStringLiteral("server.ping"), {}, context, [answer](Result<QJsonValue>) { answer(); }, timeout);
        }
        return;
    }
    session->call(method, params, context, std::move(finish), timeout);
}

void SessionPool::retire(ElectrumSession* session)
{
    if (session->pendingCount() == 0) {
        session->close(Error::make(ErrorKind::ConnectionClosed,
                                   QStringLiteral("Replaced by a connection to the addresses checked for this host.")));
        return;
    }
    m_retired.append(session); // its waiting calls still get their answers; sweepIdle() closes it afterwards
}

void SessionPool::sweepIdle()
{
    const auto retired = std::exchange(m_retired, {});
    for (const auto& session : retired) {
        if (session)
            retire(session.data());
    }

    const auto cutoff = m_clock.steadyNow() - m_settings.idleTimeout;
    const auto sessions = m_sessions; // close() edits m_sessions through the closed signal
    for (const auto& session : sessions) {
        if (session && session->pendingCount() == 0 && !session->isHeld() && session->lastActivity() < cutoff) {
            session->close(Error::make(ErrorKind::ConnectionClosed, QStringLiteral("Closed after being idle.")));
        }
    }
}

void SessionPool::closeAll()
{
    auto sessions = std::exchange(m_sessions, {}).values();
    sessions += std::exchange(m_retired, {});
    for (const auto& session : sessions) {
        if (session)
            session->close(
                Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The connection pool was shut down.")));
    }
}

} // namespace btcw
