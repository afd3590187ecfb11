// Reuses one ElectrumSession per (server, proxy) so repeated queries skip TCP+TLS+handshake; closes idle ones.
#pragma once

#include "Result.h"
#include "electrum/ElectrumSession.h"
#include "electrum/ServerAddress.h"
#include "net/ConnectionSettings.h"

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

    SessionPool(ConnectionSettings settings, CertificatePinStore* pins, const ProxyPolicy* proxies,
                QObject* parent = nullptr);
    ~SessionPool() override;

    const ConnectionSettings& settings() const { return m_settings; }
    void setSettings(const ConnectionSettings& settings) { m_settings = settings; }

    // Calls `method` on `server`, connecting (or reusing a ready session) as needed.
    // timeout 0 means the settings' default; it is clamped to maxRequestTimeout.
    void call(const ServerAddress& server, const QString& method, const QJsonArray& params, QObject* context,
              Callback done, std::chrono::milliseconds timeout = std::chrono::milliseconds{0});

    // The pooled session for `server` (created and opened if needed), e.g. to subscribe.
    Result<ElectrumSession*> session(const ServerAddress& server);

    int sessionCount() const { return int(m_sessions.size()); }
    void closeAll();

signals:
    void sessionClosed(const btcw::ServerAddress& server, const btcw::Error& reason);

private:
    QString keyFor(const ServerAddress& server, const ProxyChoice& proxy) const;
    void sweepIdle();

    ConnectionSettings m_settings;
    QPointer<CertificatePinStore> m_pins;
    const ProxyPolicy* m_proxies;
    QHash<QString, QPointer<ElectrumSession>> m_sessions;
    QTimer m_sweepTimer;
};

} // namespace btcw
