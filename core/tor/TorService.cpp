#include "tor/TorService.h"

#include "net/ProxyPolicy.h"

#include <QDir>
#include <QJsonValue>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace btcw {

QString torStateName(TorState state)
{
    switch (state) {
    case TorState::Off:
        return u"off"_s;
    case TorState::Detecting:
        return u"detecting"_s;
    case TorState::Detected:
        return u"detected"_s;
    case TorState::Launching:
        return u"launching"_s;
    case TorState::Bootstrapping:
        return u"bootstrapping"_s;
    case TorState::Ready:
        return u"ready"_s;
    case TorState::Error:
        return u"error"_s;
    }
    return {};
}

TorService::TorService(ProxyPolicy& policy, TorSettings settings, QObject* parent)
    : QObject(parent), m_policy(policy), m_settings(std::move(settings))
{
    m_detector = new TorDetector(this);
    connect(m_detector, &TorDetector::finished, this,
            [this](const Result<TorEndpoint>& result) { onDetection(result); });
    m_recheckTimer = new QTimer(this);
    m_recheckTimer->setSingleShot(true);
    connect(m_recheckTimer, &QTimer::timeout, this, [this] { recheck(); });
    m_policy.setRouteAllViaTor(m_settings.routeAllViaTor);
    setUnusable(u"Tor is off"_s, TorState::Off);
}

TorService::~TorService()
{
    const QSignalBlocker quiet(this);
    stopLauncher();
}

void TorService::setSettings(TorSettings settings)
{
    m_settings = std::move(settings);
    m_policy.setRouteAllViaTor(m_settings.routeAllViaTor);
    stop();
    if (m_settings.enabled)
        start();
}

void TorService::setControlPassword(const QString& password)
{
    if (password == m_settings.controlPassword)
        return;
    m_settings.controlPassword = password;
    // Refused or connected with the old one: try the new one now; a connection still being made is restarted too.
    if (m_control)
        openControl();
}

void TorService::openControl()
{
    closeControl();
    if (m_settings.controlPort == 0 || !m_endpoint || m_endpoint->source == TorSource::Launched)
        return;
    m_control = new TorControlClient(this);
    m_control->setPassword(m_settings.controlPassword);
    m_control->setTimeout(m_settings.probeTimeout * 2);
    connect(m_control, &TorControlClient::authenticated, this, [this] {
        m_controlError.clear();
        m_control->getBootstrap([this](const Result<TorBootstrap>& status) {
            if (!status.ok())
                return;
            m_bootstrap = status->progress;
            emit bootstrapChanged(m_bootstrap);
        });
        m_control->subscribeStatusEvents();
    });
    connect(m_control, &TorControlClient::bootstrapChanged, this, [this](const TorBootstrap& status) {
        m_bootstrap = status.progress;
        emit bootstrapChanged(m_bootstrap);
    });
    connect(m_control, &TorControlClient::failed, this, [this](const Error& error) {
        // The client's errors name the step and Tor's answer, never what we sent.
        m_controlError = error.toString();
    });
    m_controlError.clear();
    m_control->connectToTor(m_endpoint->host, m_settings.controlPort);
}

void TorService::closeControl()
{
    if (!m_control)
        return;
    m_control->disconnect(this);
    m_control->close();
    m_control->deleteLater();
    m_control = nullptr;
    m_controlError.clear();
}

void TorService::start()
{
    m_recheckTimer->stop();
    m_detector->cancel();
    stopLauncher();
    closeControl();
    m_policy.setRouteAllViaTor(m_settings.routeAllViaTor);
    if (!m_settings.enabled) {
        setUnusable(u"Tor is switched off in the settings"_s, TorState::Off);
        return;
    }
    const auto candidates =
        TorDetector::defaultCandidates(m_settings.socksHost, m_settings.socksPort, m_settings.autoDetect);
    if (candidates.isEmpty()) {
        // Nothing to look for: launch right away if allowed.
        if (m_settings.allowLaunch)
            launch();
        else
            setUnusable(u"no Tor endpoint configured and auto-detection is off"_s, TorState::Error);
        return;
    }
    m_rechecking = false;
    setUnusable(u"still looking for Tor"_s, TorState::Detecting);
    m_detector->setProbeTimeout(m_settings.probeTimeout);
    m_detector->probe(candidates);
}

void TorService::stop()
{
    m_recheckTimer->stop();
    m_detector->cancel();
    stopLauncher();
    closeControl();
    setUnusable(u"Tor is off"_s, TorState::Off);
}

void TorService::stopLauncher()
{
    if (!m_launcher)
        return;
    m_launcher->disconnect(this);
    m_launcher->stop();
    m_launcher->deleteLater();
    m_launcher = nullptr;
}

void TorService::onDetection(const Result<TorEndpoint>& result)
{
    if (m_rechecking) {
        m_rechecking = false;
        if (result.ok()) {
            scheduleRecheck(); // still there
            return;
        }
        start(); // it went away: look again (and maybe launch)
        return;
    }
    if (result.ok()) {
        setUsable(*result);
        setState(TorState::Detected);
        openControl();
        scheduleRecheck();
        return;
    }
    if (m_settings.allowLaunch) {
        launch();
        return;
    }
    setUnusable(u"no running Tor found ("_s + result.error().detail +
                    u"); launching tor is not allowed in the settings"_s,
                TorState::Error);
    scheduleRecheck();
}

void TorService::launch()
{
    TorLaunchOptions options;
    options.torBinary = m_settings.torBinary;
    options.dataDir = m_settings.launchDataDir.isEmpty()
                          ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"tor"_s)
                          : m_settings.launchDataDir;
    options.extraTorrcLines = m_settings.extraTorrcLines;
    options.startTimeout = m_settings.launchTimeout;
    m_launcher = new TorLauncher(options, this);
    connect(m_launcher, &TorLauncher::socksReady, this, [this] {
        setUnusable(u"Tor is still starting (bootstrapped %1%)"_s.arg(m_bootstrap), TorState::Bootstrapping);
    });
    connect(m_launcher, &TorLauncher::bootstrapChanged, this, [this](const TorBootstrap& status) {
        m_bootstrap = status.progress;
        emit bootstrapChanged(m_bootstrap);
        if (m_state == TorState::Bootstrapping)
            m_policy.setTorUnavailableReason(u"Tor is still starting (bootstrapped %1%)"_s.arg(m_bootstrap));
    });
    connect(m_launcher, &TorLauncher::ready, this, [this] {
        const auto socks = m_launcher->socksEndpoint();
        if (!socks)
            return;
        setUsable({socks->first, socks->second, TorSource::Launched});
        setState(TorState::Ready);
    });
    connect(m_launcher, &TorLauncher::failed, this, [this](const Error& error) {
        QString reason = error.message;
        if (!error.detail.isEmpty())
            reason += u": "_s + error.detail;
        setUnusable(reason, TorState::Error);
        scheduleRecheck();
    });
    m_bootstrap = 0;
    setUnusable(u"Tor is being launched"_s, TorState::Launching);
    m_launcher->start();
}

void TorService::setState(TorState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TorService::setUsable(const TorEndpoint& endpoint)
{
    m_endpoint = endpoint;
    m_error.clear();
    m_policy.setTorSocks(std::make_pair(endpoint.host, endpoint.port));
    m_policy.setTorUnavailableReason({});
}

void TorService::setUnusable(const QString& reason, TorState state)
{
    m_endpoint.reset();
    m_error = state == TorState::Error ? reason : QString();
    m_policy.setTorSocks(std::nullopt);
    m_policy.setTorUnavailableReason(reason);
    setState(state);
}

void TorService::scheduleRecheck()
{
    if (m_settings.recheckInterval.count() > 0)
        m_recheckTimer->start(m_settings.recheckInterval);
}

void TorService::recheck()
{
    if (m_state == TorState::Detected && m_endpoint) {
        // Is the Tor we found still there? One cheap probe of that endpoint only.
        m_rechecking = true;
        m_detector->setProbeTimeout(m_settings.probeTimeout);
        m_detector->probe({*m_endpoint});
        return;
    }
    if (m_state == TorState::Error)
        start();
}

QJsonObject TorService::statusJson() const
{
    QJsonObject socks;
    if (m_endpoint) {
        socks.insert(u"host"_s, m_endpoint->host);
        socks.insert(u"port"_s, int(m_endpoint->port));
    }
    QJsonObject out{
        {u"state"_s, torStateName(m_state)},
        {u"source"_s, m_endpoint ? QJsonValue(torSourceName(m_endpoint->source)) : QJsonValue(QJsonValue::Null)},
        {u"socks"_s, m_endpoint ? QJsonValue(socks) : QJsonValue(QJsonValue::Null)},
        {u"bootstrap"_s, m_state == TorState::Detected && !isControlAuthenticated() ? QJsonValue(QJsonValue::Null)
                                                                                    : QJsonValue(m_bootstrap)},
        {u"error"_s, m_error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_error)},
        {u"route_all_via_tor"_s, m_settings.routeAllViaTor},
        {u"connect_timeout_ms"_s, qint64(m_settings.connectTimeout.count())},
    };
    if (m_settings.controlPort != 0) {
        out.insert(u"control"_s, QJsonObject{
                                     {u"port"_s, int(m_settings.controlPort)},
                                     {u"authenticated"_s, isControlAuthenticated()},
                                     {u"error"_s, m_controlError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(m_controlError)},
                                 });
    }
    return out;
}

} // namespace btcw
