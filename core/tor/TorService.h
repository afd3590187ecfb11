// Keeps Tor usable for the engine: finds a running Tor, or launches its own on the first request that needs one.
#pragma once

#include "Result.h"
#include "net/TorAccess.h"
#include "tor/TorControlClient.h"
#include "tor/TorDetector.h"
#include "tor/TorLauncher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

class QTimer;

namespace btcw {

class ProxyPolicy;

struct TorSettings
{
    bool enabled = true;    // off: no Tor at all (.onion then fails with a clear error)
    bool autoDetect = true; // probe 127.0.0.1:9050 (system tor) and :9150 (Tor Browser); not with a socksPort
    // An explicit SOCKS endpoint (empty host = 127.0.0.1): the only running Tor used. When it does not answer, no
    // other port is probed; the error says so (and a tor of our own is launched only if allowLaunch).
    QString socksHost;
    quint16 socksPort = 0;              // 0 = none configured
    quint16 systemSocksPort = 9050;     // auto-detection's ports; other values only in tests
    quint16 torBrowserSocksPort = 9150; //
    // Launch our own tor when none is found: on the first request that needs Tor (or at start, see below).
    bool allowLaunch = true;
    bool launchAtStart = false;                // --launch-tor: launch at start already, not only on demand
    QString torBinary = QStringLiteral("tor"); // for launching: a name looked up in PATH (and sbin), or a path
    QString launchDataDir;                     // the launched tor's DataDirectory; empty = <app data>/tor
    QStringList extraTorrcLines;               // appended to the launched tor's torrc
    bool routeAllViaTor = false;               // every server through Tor, never a direct connection
    // A detected Tor's control port (on its SOCKS host), asked for bootstrap progress; 0 = not used. A launched tor
    // has its own control port with cookie authentication and ignores both fields.
    quint16 controlPort = 0;
    // For a control port set up with HashedControlPassword; comes from the secret store, never logged or shown.
    QString controlPassword;
    std::chrono::milliseconds connectTimeout{45'000};  // for connections through Tor (ConnectionSettings)
    std::chrono::milliseconds probeTimeout{2'000};     // per SOCKS probe
    std::chrono::milliseconds launchTimeout{30'000};   // launched tor: until its control port answers
    std::chrono::milliseconds recheckInterval{30'000}; // re-probe a detected Tor / retry after an error; 0 = never
    // A cheap probe (connect + SOCKS5 greeting, loopback) of the detected Tor, and, while no Tor is usable (Error,
    // Idle), of the candidates: state follows Tor dying or returning within this interval. 0 = never.
    std::chrono::milliseconds livenessInterval{1'000};
};

enum class TorState
{
    Off,
    Detecting,
    Detected,
    Idle, // no Tor running; ours is launched when a request first needs Tor
    Launching,
    Bootstrapping,
    Ready,
    Error
};
// "off", "detecting", "detected", "idle", "launching", "bootstrapping", "ready", "error"
QString torStateName(TorState state);

// At start only detects (9050, 9150, a configured port); launches its own tor at start only with launchAtStart or
// "route all via Tor", otherwise on the first whenUsable() (a .onion request), which then waits for the bootstrap.
class TorService : public QObject, public TorAccess
{
    Q_OBJECT
public:
    // policy must outlive the service (Engine owns both).
    TorService(ProxyPolicy& policy, TorSettings settings, QObject* parent = nullptr);
    ~TorService() override;

    const TorSettings& settings() const { return m_settings; }
    // Applies new settings and starts over (detect; launch only as start() would).
    void setSettings(TorSettings settings);

    void start();
    void stop(); // state Off; a launched tor is stopped

    // The password for a detected Tor's control port. A control connection that is up or was refused is made again
    // at once with it; otherwise it is used the next time one is made.
    void setControlPassword(const QString& password);
    // Whether the detected Tor's control port accepted us, and why not (never containing the password).
    bool isControlAuthenticated() const { return m_control && m_control->isAuthenticated(); }
    QString controlError() const { return m_controlError; }
    // Whether the SOCKS port in use is known to belong to the Tor we talk to: "verified" (our own tor, or the
    // detected Tor's control port lists it in net/listeners/socks) or "unverified" (no control port, or it did not
    // say). A control port that lists other SOCKS ports only makes Tor unusable (state Error, names never sent).
    QString socksVerification() const;

    TorState state() const { return m_state; }
    // The SOCKS endpoint in use (Detected or Ready), else nullopt.
    std::optional<TorEndpoint> endpoint() const { return m_endpoint; }
    int bootstrapProgress() const { return m_bootstrap; }
    // Why Tor is not usable (empty when it is).
    QString errorMessage() const { return m_error; }
    bool isUsable() const { return m_state == TorState::Detected || m_state == TorState::Ready; }
    TorLauncher* launcher() const { return m_launcher; }
    // Requests waiting in whenUsable().
    int waitingCount() const { return int(m_waiters.size()); }

    // TorAccess: what ProxyPolicy asks when a server needs Tor.
    std::optional<Endpoint> usableSocks() const override;
    QString unavailableReason() const override { return m_reason; }
    // The same as a code with arguments, for the window to word in its language (empty when usable).
    MessageCode unavailableReasonCode() const { return m_reasonCode; }
    bool canBecomeUsable() const override;
    // In state Idle this starts Tor: it looks once more for a running one, then launches its own.
    void whenUsable(QObject* context, std::chrono::milliseconds timeout, Ready done) override;
    // A SOCKS connection was refused: probe the detected Tor (or look for one) now, at most every kMinProbeGap.
    void reportSocksFailure() override;

    // For GET /electrum/tor: state, source, socks {host, port}, bootstrap, error, route_all_via_tor, launch
    // {allowed, at_start, binary}, waiting, and control {port, authenticated, error} when a control port is configured.
    QJsonObject statusJson() const;

signals:
    void stateChanged(btcw::TorState state);
    void bootstrapChanged(int percent);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Ready done;
    };

    void onDetection(const Result<TorEndpoint>& result);
    // No running Tor: launch ours (if allowed and needed now), wait for a request (Idle), or say why not (Error).
    void noTorFound(const QString& why, const MessageCode& whyCode);
    void launch();
    QString stillStartingMessage() const;
    void deliver(const Waiter& waiter, Result<Endpoint> result);
    void resolveWaiters();
    void failWaiters(const Error& error);
    void expireWaiter(quint64 id);
    void setState(TorState state);
    void setUsable(const TorEndpoint& endpoint);
    // A running Tor answered at `endpoint`: use it, ask its control port, keep checking it, answer the waiters.
    void becomeDetected(const TorEndpoint& endpoint);
    void setUnusable(const QString& reason, TorState state, MessageCode code);
    void scheduleRecheck();
    void recheck();
    void stopLauncher();
    QList<TorEndpoint> candidates() const;
    // The liveness probe: the detected endpoint while Detected, else (Error, Idle) the candidates, without any
    // state change unless the answer changes something.
    void probeLiveness();
    void onLiveness(const Result<TorEndpoint>& result);
    bool recentlyProbed() const;
    // Connects to the detected Tor's control port (when configured) for bootstrap progress.
    void openControl();
    void closeControl();

    ProxyPolicy& m_policy;
    TorSettings m_settings;
    TorState m_state = TorState::Off;
    TorDetector* m_detector = nullptr;
    TorLauncher* m_launcher = nullptr;
    QTimer* m_recheckTimer = nullptr;
    TorDetector* m_liveness = nullptr; // separate from m_detector: never disturbs a detection in progress
    QTimer* m_livenessTimer = nullptr;
    bool m_livenessOfDetected = false; // what the running liveness probe is about
    QElapsedTimer m_lastLivenessProbe;
    bool m_socksVerified = false;
    QString m_rejectedEndpoint; // a SOCKS endpoint the control port disowned: not taken again until start()
    void verifySocks();
    bool m_probeQueued = false;            // reportSocksFailure() came within the rate limit: a probe follows
    TorControlClient* m_control = nullptr; // to a detected Tor's control port
    QString m_controlError;
    std::optional<TorEndpoint> m_endpoint;
    int m_bootstrap = 0;
    QString m_error;
    QString m_reason; // why Tor is not usable (also while starting), empty when usable
    MessageCode m_reasonCode;
    bool m_rechecking = false;
    bool m_relaunchOnDemand = false; // our launched tor ran and died: the next whenUsable() launches it again
    QHash<quint64, Waiter> m_waiters;
    quint64 m_nextWaiter = 0;
};

} // namespace btcw
