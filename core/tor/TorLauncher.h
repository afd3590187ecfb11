// Runs our own `tor` (QProcess) in its own data directory, tied to our process, and reports its bootstrap.
#pragma once

#include "Result.h"
#include "tor/TorControlClient.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <utility>

class QTimer;

namespace btcw {

struct TorLaunchOptions
{
    QString torBinary = QStringLiteral("tor");      // a name looked up in PATH, or a path
    QString dataDir;                                // required: tor's DataDirectory (created 0700)
    QStringList extraTorrcLines;                    // appended verbatim (tests point tor at a private network)
    std::chrono::milliseconds startTimeout{30'000}; // until the control port is up and authenticated
    std::chrono::milliseconds pollInterval{1'000};  // bootstrap status polling (events also arrive)
};

class TorLauncher : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Starting,
        Bootstrapping,
        Ready,
        Failed
    };
    Q_ENUM(State)

    explicit TorLauncher(TorLaunchOptions options, QObject* parent = nullptr);
    ~TorLauncher() override; // stops tor

    // The tor program start() would run (`name` in PATH, or the usual sbin folders, or an absolute path), or empty.
    static QString findBinary(const QString& name);

    void start();
    void stop();

    State state() const { return m_state; }
    const TorLaunchOptions& options() const { return m_options; }
    std::optional<std::pair<QString, quint16>> socksEndpoint() const { return m_socks; }
    quint16 controlPort() const { return m_controlPort; }
    int bootstrapProgress() const { return m_bootstrap.progress; }
    const TorBootstrap& bootstrap() const { return m_bootstrap; }
    qint64 processId() const;
    QString torrcPath() const;
    QString cookiePath() const;
    // The last lines tor printed (notice level and up), for error reports.
    QStringList recentLog() const { return m_log; }

signals:
    void socksReady(const QString& host, quint16 port); // SOCKS port known; tor may still be bootstrapping
    void bootstrapChanged(const btcw::TorBootstrap& status);
    void ready(); // bootstrapped 100%
    void failed(const btcw::Error& error);
    void stopped();

private:
    Status writeTorrc();
    void checkControlPortFile();
    void onAuthenticated();
    void pollBootstrap();
    void applyBootstrap(const TorBootstrap& status);
    void fail(const Error& error);
    void readProcessOutput();
    QString lastLogError() const;

    TorLaunchOptions m_options;
    State m_state = State::Stopped;
    QProcess* m_process = nullptr;
    TorControlClient* m_control = nullptr;
    QTimer* m_pollTimer = nullptr;
    QTimer* m_startTimer = nullptr;
    std::optional<std::pair<QString, quint16>> m_socks;
    quint16 m_controlPort = 0;
    TorBootstrap m_bootstrap;
    QStringList m_log;
    bool m_stopping = false;
};

} // namespace btcw
