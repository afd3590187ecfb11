#include "SessionPool.h"

#include "net/CertificatePinStore.h"
#include "net/ProxyPolicy.h"

#include <QElapsedTimer>
#include <algorithm>
#include <memory>

namespace btcw {

SessionPool::SessionPool(ConnectionSettings settings, CertificatePinStore* pins, const ProxyPolicy* proxies,
                         QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_pins(pins), m_proxies(proxies)
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

Result<ElectrumSession*> SessionPool::session(const ServerAddress& server)
{
    if (!server.isValid())
        return Error::make(ErrorKind::BadAddress, QStringLiteral("No server address was given."));
    ProxyChoice proxy;
    if (m_proxies) {
        auto choice = m_proxies->choose(server);
        if (!choice.ok())
            return choice.error();
        proxy = choice.value();
    }
    const QString key = keyFor(server, proxy);
    if (auto existing = m_sessions.value(key); existing && existing->isUsable())
        return existing.data();

    if (m_sessions.size() >= m_settings.maxSessions) {
        sweepIdle();
        if (m_sessions.size() >= m_settings.maxSessions) {
            return Error::make(ErrorKind::Busy,
                               QStringLiteral("Too many open server connections (limit %1); try again shortly.")
                                   .arg(m_settings.maxSessions));
        }
    }
    auto* session = new ElectrumSession(server, proxy, m_settings, m_pins, this);
    m_sessions.insert(key, session);
    connect(session, &ElectrumSession::closed, this, [this, key, session](const Error& reason) {
        if (m_sessions.value(key) == session)
            m_sessions.remove(key);
        emit sessionClosed(session->server(), reason);
        session->deleteLater();
    });
    session->open();
    return session;
}

void SessionPool::call(const ServerAddress& server, const QString& method, const QJsonArray& params, QObject* context,
                       Callback done, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    auto found = session(server);
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
        CallResult r;
        r.result = std::move(reply).value();
        r.elapsedMs = clock.elapsed();
        r.freshConnection = fresh;
        if (session) {
            r.protocol = session->negotiatedProtocol();
            r.serverSoftware = session->serverSoftware();
            r.certificateSha256 = session->certificateSha256();
        }
        done(std::move(r));
    };

    // server.version may be sent only once per connection: answer it from the handshake.
    if (method == QLatin1String("server.version")) {
        auto answer = [session, finish] {
            if (session && session->state() == ElectrumSession::State::Ready)
                finish(QJsonValue(QJsonArray{session->serverSoftware(), session->negotiatedProtocol()}));
            else
                finish(session ? session->closeReason()
                               : Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The session closed.")));
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

void SessionPool::sweepIdle()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-m_settings.idleTimeout.count());
    const auto sessions = m_sessions; // close() edits m_sessions through the closed signal
    for (const auto& session : sessions) {
        if (session && session->pendingCount() == 0 && session->lastActivity() < cutoff) {
            session->close(Error::make(ErrorKind::ConnectionClosed, QStringLiteral("Closed after being idle.")));
        }
    }
}

void SessionPool::closeAll()
{
    const auto sessions = std::exchange(m_sessions, {});
    for (const auto& session : sessions) {
        if (session)
            session->close(
                Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The connection pool was shut down.")));
    }
}

} // namespace btcw
