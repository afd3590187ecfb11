// Reuses one ElectrumSession per (server, proxy) so repeated queries skip TCP+TLS+handshake; closes idle ones.
#pragma once

#include "Result.h"
#include "electrum/ElectrumSession.h"
#include "electrum/ServerAddress.h"
#include "net/ConnectionSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace btcw {

class CertificatePinStore;
class ProxyPolicy;

struct CallResult
{
    QJsonValue result;
    QString protocol;       // negotiated protocol version
    QString serverSoftware; // from server.version
    qint64 elapsedMs = 0;   // from call to answer, including any connection set-up
    bool freshConnection = false;
    QString certificateSha256; // TLS only
};

class SessionPool : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<CallResult>)>;
    using BatchCallback = std::function<void(const QList<Result<CallResult>>&)>;

    // clock: how long a session has been idle.
    SessionPool(ConnectionSettings settings, CertificatePinStore* pins, const ProxyPolicy* proxies,
                const Clock& clock = systemClock(), QObject* parent = nullptr);
    ~SessionPool() override;

    const ConnectionSettings& settings() const { return m_settings; }
    void setSettings(const ConnectionSettings& settings) { m_settings = settings; }

    // Calls `method` on `server`, connecting (or reusing a ready session) as needed.
    // timeout 0 means the settings' default; it is clamped to maxRequestTimeout.
    // `addresses`: what TargetGuard checked for the host; the connection then goes to one of them (see session()).
    // A server that needs Tor while Tor is still starting (or can be started on demand) waits for it within the
    // timeout; Tor that cannot come up fails the call with why (TorUnavailable).
    void call(const ServerAddress& server, const QString& method, const QJsonArray& params, QObject* context,
              Callback done, std::chrono::milliseconds timeout = std::chrono::milliseconds{0},
              const QList<QHostAddress>& addresses = {});

    // Calls all `requests` on `server` as one JSON-RPC batch on the pooled session (ElectrumSession::callBatch: sent
    // as separate lines in one write to a server that refuses batches). Answers once, in request order, each request
    // its own result or error; a failure of the whole (no session, closed, timed out) is every request's error.
    // server.version is answered from the handshake, as in call(). Waits for Tor, and checks addresses, as call().
    void callBatch(const ServerAddress& server, const QList<RpcRequest>& requests, QObject* context, BatchCallback done,
                   std::chrono::milliseconds timeout = std::chrono::milliseconds{0},
                   const QList<QHostAddress>& addresses = {});

    // The pooled session for `server` (created and opened if needed), e.g. to subscribe.
    // Sessions are keyed by server and proxy. With `addresses` (and no proxy), a pooled session is reused only if
    // it cannot be talking to anything else: connected to one of them, or still connecting to a subset of them.
    // Otherwise a new session to `addresses` takes the key, and the old one is closed once its calls are done.
    // Without `addresses` any usable pooled session is reused (the caller asked for no particular address).
    Result<ElectrumSession*> session(const ServerAddress& server, const QList<QHostAddress>& addresses = {});

    int sessionCount() const { return int(m_sessions.size()); }
    void closeAll();

signals:
    void sessionClosed(const btcw::ServerAddress& server, const btcw::Error& reason);
    // A pooled session's server pushed a notification (no id): blockchain.headers.subscribe [{height, hex}],
    // blockchain.scripthash.subscribe [scripthash, status], … Within the session's NotificationBudget.
    void notification(btcw::ElectrumSession* session, const QString& method, const QJsonArray& params);
    // A pooled session's own headers subscription (ConnectionSettings::followTip) answered with the server's tip
    // ({height, hex}): the tip it has now, not a push.
    void tipAnswered(btcw::ElectrumSession* session, const QJsonValue& tip);

private:
    void startCall(const ServerAddress& server, const QString& method, const QJsonArray& params, QObject* context,
                   Callback done, std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses,
                   QElapsedTimer clock);
    // Runs `start` with the timeout left once the proxy for `server` can be chosen: at once, or after waiting for Tor
    // within `timeout` (an error then if Tor does not come). Not at all if `context` is destroyed meanwhile.
    using Start = std::function<void(Result<std::chrono::milliseconds> timeoutLeft)>;
    void whenProxyReady(const ServerAddress& server, QObject* context, std::chrono::milliseconds timeout,
                        QElapsedTimer clock, Start start);
    void startBatch(const ServerAddress& server, const QList<RpcRequest>& requests, QObject* context,
                    BatchCallback done, std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses,
                    QElapsedTimer clock);
    QString keyFor(const ServerAddress& server, const ProxyChoice& proxy) const;
    void sweepIdle();
    void retire(ElectrumSession* session);
    void followTip(ElectrumSession* session);

    ConnectionSettings m_settings;
    QPointer<CertificatePinStore> m_pins;
    const Clock& m_clock;
    const ProxyPolicy* m_proxies;
    QHash<QString, QPointer<ElectrumSession>> m_sessions;
    QList<QPointer<ElectrumSession>> m_retired; // replaced in m_sessions; closed when their calls are done
    QTimer m_sweepTimer;
};

} // namespace btcw
