// Keeps Tor usable for the engine: finds or launches it, tracks its state and updates the ProxyPolicy.
#pragma once

#include "Result.h"
#include "tor/TorControlClient.h"
#include "tor/TorDetector.h"
#include "tor/TorLauncher.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

class QTimer;

namespace btcw {

class ProxyPolicy;

struct TorSettings
{
    bool enabled = true;                       // off: no Tor at all (.onion then fails with a clear error)
    bool autoDetect = true;                    // probe 127.0.0.1:9050 (system tor) and :9150 (Tor Browser)
    QString socksHost;                         // an explicit SOCKS endpoint, tried first (empty host = 127.0.0.1)
    quint16 socksPort = 0;                     // 0 = none configured
    bool allowLaunch = false;                  // launch our own tor when none is found
    QString torBinary = QStringLiteral("tor"); // for launching
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
};

enum class TorState
{
    Off,
    Detecting,
    Detected,
    Launching,
    Bootstrapping,
    Ready,
    Error
};
QString torStateName(TorState state); // "off", "detecting", "detected", "launching", "bootstrapping", "ready", "error"

class TorService : public QObject
{
    Q_OBJECT
public:
    // policy must outlive the service (Engine owns both).
    TorService(ProxyPolicy& policy, TorSettings settings, QObject* parent = nullptr);
    ~TorService() override;

    const TorSettings& settings() const { return m_settings; }
    // Applies new settings and starts over (detect, then launch if allowed).
    void setSettings(TorSettings settings);

    void start();
    void stop(); // state Off; a launched tor is stopped

    // The password for a detected Tor's control port. A control connection that is up or was refused is made again
    // at once with it; otherwise it is used the next time one is made.
    void setControlPassword(const QString& password);
    // Whether the detected Tor's control port accepted us, and why not (never containing the password).
    bool isControlAuthenticated() const { return m_control && m_control->isAuthenticated(); }
    QString controlError() const { return m_controlError; }

    TorState state() const { return m_state; }
    // The SOCKS endpoint in use (Detected or Ready), else nullopt.
    std::optional<TorEndpoint> endpoint() const { return m_endpoint; }
    int bootstrapProgress() const { return m_bootstrap; }
    // Why Tor is not usable (empty when it is).
    QString errorMessage() const { return m_error; }
    bool isUsable() const { return m_state == TorState::Detected || m_state == TorState::Ready; }
    TorLauncher* launcher() const { return m_launcher; }

    // For GET /electrum/tor: state, source, socks {host, port}, bootstrap, error, route_all_via_tor, and
    // control {port, authenticated, error} when a control port is configured.
    QJsonObject statusJson() const;

signals:
    void stateChanged(btcw::TorState state);
    void bootstrapChanged(int percent);

private:
    void onDetection(const Result<TorEndpoint>& result);
    void launch();
    void setState(TorState state);
    void setUsable(const TorEndpoint& endpoint);
    void setUnusable(const QString& reason, TorState state);
    void scheduleRecheck();
    void recheck();
    void stopLauncher();
    // Connects to the detected Tor's control port (when configured) for bootstrap progress.
    void openControl();
    void closeControl();

    ProxyPolicy& m_policy;
    TorSettings m_settings;
    TorState m_state = TorState::Off;
    TorDetector* m_detector = nullptr;
    TorLauncher* m_launcher = nullptr;
    QTimer* m_recheckTimer = nullptr;
    TorControlClient* m_control = nullptr; // to a detected Tor's control port
    QString m_controlError;
    std::optional<TorEndpoint> m_endpoint;
    int m_bootstrap = 0;
    QString m_error;
    bool m_rechecking = false;
};

} // namespace btcw
