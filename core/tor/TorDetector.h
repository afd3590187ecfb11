// Finds a running Tor by probing SOCKS5 endpoints (configured, system 9050, Tor Browser 9150) in order.
#pragma once

#include "Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <chrono>
class QTimer;

namespace btcw {

// Where a Tor SOCKS endpoint came from; also the "source" shown by GET /electrum/tor.
enum class TorSource
{
    Configured,
    System,
    TorBrowser,
    Launched
};
QString torSourceName(TorSource source); // "configured", "system", "tor-browser", "launched"

struct TorEndpoint
{
    QString host;
    quint16 port = 0;
    TorSource source = TorSource::Configured;
    QString toString() const;
};

class TorDetector : public QObject
{
    Q_OBJECT
public:
    explicit TorDetector(QObject* parent = nullptr);
    ~TorDetector() override;

    // A configured endpoint is the only candidate (never a fallback to another port: whatever listens there would
    // receive the .onion names and isolation credentials); without one, 127.0.0.1:systemPort (system tor, 9050) and
    // :torBrowserPort (Tor Browser, 9150) when autoDetect. The two ports are parameters for tests only.
    static QList<TorEndpoint> defaultCandidates(const QString& configuredHost, quint16 configuredPort, bool autoDetect,
                                                quint16 systemPort = 9050, quint16 torBrowserPort = 9150);

    // Each probe: connect, send the SOCKS5 greeting (no authentication), expect "05 00"; bounded by timeout.
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Probes candidates one after another; emits finished() once, with the first that answers or why none did.
    void probe(QList<TorEndpoint> candidates);
    void cancel();
    bool isRunning() const { return m_socket != nullptr || !m_candidates.isEmpty(); }

signals:
    void finished(const btcw::Result<btcw::TorEndpoint>& result);

private:
    void probeNext();
    void dropSocket();
    void fail(const QString& why);
    void succeed();

    QList<TorEndpoint> m_candidates;
    QStringList m_failures;
    TorEndpoint m_current;
    QPointer<QTcpSocket> m_socket;
    QTimer* m_timer = nullptr;
    QByteArray m_reply;
    std::chrono::milliseconds m_timeout{2000};
    int m_generation = 0; // bumped by cancel(): callbacks queued for an older probe do nothing
};

} // namespace btcw
