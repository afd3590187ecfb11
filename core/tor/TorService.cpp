#include "tor/TorService.h"

#include "net/ProxyPolicy.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonValue>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace btcw {

namespace {
// Reports of refused SOCKS connections come in bursts (every waiting request fails at once): one probe serves them.
constexpr qint64 kMinProbeGapMs = 200;
} // namespace

QString torStateName(TorState state)
{
    switch (state) {
    case TorState::Off:
        return u"off"_s;
    case TorState::Detecting:
        return u"detecting"_s;
    case TorState::Detected:
        return u"detected"_s;
    case TorState::Idle:
        return u"idle"_s;
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
    m_liveness = new TorDetector(this);
    connect(m_liveness, &TorDetector::finished, this,
            [this](const Result<TorEndpoint>& result) { onLiveness(result); });
    m_livenessTimer = new QTimer(this);
    connect(m_livenessTimer, &QTimer::timeout, this, [this] { probeLiveness(); });
    m_policy.setRouteAllViaTor(m_settings.routeAllViaTor);
    setUnusable(u"Tor is off"_s, TorState::Off, {u"tor.off"_s, {}});
}

TorService::~TorService()
{
    const QSignalBlocker quiet(this);
    m_waiters.clear(); // their contexts may be gone already; nobody waits for an answer from a dying engine
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
        verifySocks();
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

void TorService::verifySocks()
{
    if (!m_control || !m_endpoint)
        return;
    const TorEndpoint expected = *m_endpoint;
    m_control->getInfo({u"net/listeners/socks"_s}, [this, expected](const Result<QMap<QString, QString>>& info) {
        if (!info.ok() || !m_endpoint || m_endpoint->toString() != expected.toString())
            return; // stays "unverified"
        const QString listeners = info->value(u"net/listeners/socks"_s);
        // Space-separated, each quoted: "127.0.0.1:9050" "[::1]:9050" "unix:/run/tor/socks".
        QStringList ports;
        for (QString item : listeners.split(u' ', Qt::SkipEmptyParts)) {
            item.remove(u'"');
            ports << item;
        }
        const QHostAddress wanted(expected.host);
        const bool listed = std::any_of(ports.cbegin(), ports.cend(), [&](const QString& item) {
            const qsizetype colon = item.lastIndexOf(u':');
            if (colon < 0 || item.mid(colon + 1).toUInt() != expected.port)
                return false;
            QString host = item.left(colon);
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            return host == expected.host || (!wanted.isNull() && QHostAddress(host).isEqual(wanted)) ||
                   (QHostAddress(host) == QHostAddress::AnyIPv4 || QHostAddress(host) == QHostAddress::AnyIPv6);
        });
        if (listed) {
            m_socksVerified = true;
            return;
        }
        m_rejectedEndpoint = expected.toString();
        const QString socksPorts = ports.isEmpty() ? u"none"_s : ports.join(u", "_s);
        setUnusable(
            u"the Tor at control port %1 does not list %2 among its SOCKS ports (%3): something else answers "
            u"there, so no names are sent to it"_s.arg(m_settings.controlPort)
                .arg(expected.toString(), socksPorts),
            TorState::Error,
            {u"tor.socks-disowned"_s, {QString::number(m_settings.controlPort), expected.toString(), socksPorts}});
    });
}

QString TorService::socksVerification() const
{
    if (!m_endpoint)
        return {};
    return m_endpoint->source == TorSource::Launched || m_socksVerified ? u"verified"_s : u"unverified"_s;
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
    m_liveness->cancel();
    m_livenessTimer->stop();
    m_rejectedEndpoint.clear();
    m_relaunchOnDemand = false;
    if (m_settings.enabled && m_settings.livenessInterval.count() > 0)
        m_livenessTimer->start(m_settings.livenessInterval);
    stopLauncher();
    closeControl();
    m_policy.setRouteAllViaTor(m_settings.routeAllViaTor);
    if (!m_settings.enabled) {
        setUnusable(u"Tor is switched off in the settings (turn on \"Use Tor for .onion servers\", or start without "
                    u"--no-tor)"_s,
                    TorState::Off, {u"tor.disabled"_s, {}});
        return;
    }
    const auto candidates = this->candidates();
    if (candidates.isEmpty()) {
        noTorFound(u"no Tor endpoint configured and auto-detection is off"_s, {u"tor.why-none-configured"_s, {}});
        return;
    }
    m_rechecking = false;
    setUnusable(u"still looking for Tor"_s, TorState::Detecting, {u"tor.looking"_s, {}});
    m_detector->setProbeTimeout(m_settings.probeTimeout);
    m_detector->probe(candidates);
}

void TorService::stop()
{
    m_recheckTimer->stop();
    m_livenessTimer->stop();
    m_liveness->cancel();
    m_detector->cancel();
    stopLauncher();
    closeControl();
    setUnusable(u"Tor is off"_s, TorState::Off, {u"tor.off"_s, {}});
}

QList<TorEndpoint> TorService::candidates() const
{
    return TorDetector::defaultCandidates(m_settings.socksHost, m_settings.socksPort, m_settings.autoDetect,
                                          m_settings.systemSocksPort, m_settings.torBrowserSocksPort);
}

bool TorService::recentlyProbed() const
{
    return m_lastLivenessProbe.isValid() && m_lastLivenessProbe.elapsed() < kMinProbeGapMs;
}

void TorService::probeLiveness()
{
    if (m_liveness->isRunning())
        return;
    if (m_state == TorState::Detected && m_endpoint) {
        m_livenessOfDetected = true;
    } else if (m_state == TorState::Error || m_state == TorState::Idle) {
        // Did a Tor (the configured one, or one on 9050/9150) come back? Found: Detected at once.
        if (candidates().isEmpty())
            return;
        m_livenessOfDetected = false;
    } else {
        return; // detecting, or our own tor (its process is watched by the launcher)
    }
    m_lastLivenessProbe.start();
    m_liveness->setProbeTimeout(
        std::min(m_settings.probeTimeout, std::max(m_settings.livenessInterval, std::chrono::milliseconds{500})));
    if (m_livenessOfDetected)
        m_liveness->probe({*m_endpoint});
    else
        m_liveness->probe(candidates());
}

void TorService::onLiveness(const Result<TorEndpoint>& result)
{
    if (m_livenessOfDetected) {
        if (!result.ok() && m_state == TorState::Detected)
            start(); // it went away: look again (and maybe launch); the status says so now, not in 30 s
        return;
    }
    if (m_state != TorState::Error && m_state != TorState::Idle)
        return;
    if (result.ok() && result->toString() == m_rejectedEndpoint)
        return; // its control port disowned it; wait for a restart or new settings
    if (result.ok()) {
        m_rechecking = false;
        m_detector->cancel();
        becomeDetected(*result);
        return;
    }
    if (m_state == TorState::Error)
        failWaiters(Error::make(ErrorKind::TorUnavailable, m_reason.isEmpty() ? u"Tor is not running"_s : m_reason));
}

void TorService::reportSocksFailure()
{
    if (m_liveness->isRunning() || m_probeQueued)
        return;
    if (!recentlyProbed()) {
        probeLiveness();
        return;
    }
    // Probed a moment ago (perhaps just before Tor died): once more as soon as the rate limit allows.
    m_probeQueued = true;
    QTimer::singleShot(std::max<qint64>(kMinProbeGapMs - m_lastLivenessProbe.elapsed(), 1), this, [this] {
        m_probeQueued = false;
        probeLiveness();
    });
}

void TorService::becomeDetected(const TorEndpoint& endpoint)
{
    setUsable(endpoint);
    setState(TorState::Detected);
    openControl();
    scheduleRecheck();
    resolveWaiters();
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
        becomeDetected(*result);
        return;
    }
    if (m_settings.socksPort != 0) {
        // The configured port is a promise: no other running Tor stands in for it (a tor of our own may, if allowed).
        const TorEndpoint configured{m_settings.socksHost.isEmpty() ? u"127.0.0.1"_s : m_settings.socksHost,
                                     m_settings.socksPort, TorSource::Configured};
        noTorFound(u"the configured Tor SOCKS port %1 does not answer (%2); no other port (9050, 9150) is tried"_s.arg(
                       configured.toString(), result.error().detail),
                   {u"tor.why-configured-silent"_s, {configured.toString(), result.error().detail}});
        return;
    }
    noTorFound(u"no running Tor found ("_s + result.error().detail + u')',
               {u"tor.why-none-found"_s, {result.error().detail}});
}

void TorService::noTorFound(const QString& why, const MessageCode& whyCode)
{
    // The why travels inside the code as its first arguments (its id, then its own arguments).
    const QStringList whyArgs = QStringList{whyCode.id} + whyCode.args;
    if (!m_settings.allowLaunch) {
        setUnusable(why + u"; launching tor is not allowed in the settings (to allow it, turn on \"Launch our own "
                          u"tor when none is found\" in the settings' Tor section, or start with --launch-tor)"_s,
                    TorState::Error, {u"tor.launch-not-allowed"_s, whyArgs});
        scheduleRecheck();
        return;
    }
    if (TorLauncher::findBinary(m_settings.torBinary).isEmpty()) {
        // Checked before any request needs Tor, so the status shows it and a .onion request fails at once.
        setUnusable(u"Tor is not running and no tor program was found (\"%1\" not found; %2); install it "
                    u"(Debian/Ubuntu: sudo apt install tor) or start Tor Browser"_s.arg(m_settings.torBinary, why),
                    TorState::Error, {u"tor.no-binary"_s, QStringList{m_settings.torBinary} + whyArgs});
        scheduleRecheck(); // it may be installed meanwhile
        return;
    }
    if (m_settings.launchAtStart || m_settings.routeAllViaTor || !m_waiters.isEmpty()) {
        launch();
        return;
    }
    // A user who never asks for a .onion gets no tor process.
    setUnusable(u"Tor is not running; BTC Worker starts its own tor when a server first needs it"_s, TorState::Idle,
                {u"tor.idle"_s, {}});
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
        setUnusable(u"Tor is still starting (bootstrapped %1%)"_s.arg(m_bootstrap), TorState::Bootstrapping,
                    {u"tor.bootstrapping"_s, {QString::number(m_bootstrap)}});
    });
    connect(m_launcher, &TorLauncher::bootstrapChanged, this, [this](const TorBootstrap& status) {
        m_bootstrap = status.progress;
        if (m_state == TorState::Bootstrapping) {
            m_reason = u"Tor is still starting (bootstrapped %1%)"_s.arg(m_bootstrap);
            m_reasonCode = {u"tor.bootstrapping"_s, {QString::number(m_bootstrap)}};
            m_policy.setTorUnavailableReason(m_reason);
        }
        emit bootstrapChanged(m_bootstrap);
    });
    connect(m_launcher, &TorLauncher::ready, this, [this] {
        const auto socks = m_launcher->socksEndpoint();
        if (!socks)
            return;
        setUsable({socks->first, socks->second, TorSource::Launched});
        setState(TorState::Ready);
        resolveWaiters();
    });
    connect(m_launcher, &TorLauncher::failed, this, [this](const Error& error) {
        // It ran and died (killed, crashed): the next request launches it again rather than wait for the recheck. One
        // that fails while starting waits for the recheck, so a tor that cannot start is not launched in a loop.
        m_relaunchOnDemand = m_state == TorState::Bootstrapping || m_state == TorState::Ready;
        QString reason = error.message;
        if (!error.detail.isEmpty())
            reason += u": "_s + error.detail;
        setUnusable(reason, TorState::Error, {u"tor.launch-failed"_s, {error.detail}});
        scheduleRecheck();
    });
    m_bootstrap = 0;
    setUnusable(u"Tor is still starting (launching tor)"_s, TorState::Launching, {u"tor.launching"_s, {}});
    m_launcher->start();
}

std::optional<TorAccess::Endpoint> TorService::usableSocks() const
{
    if (!isUsable() || !m_endpoint)
        return std::nullopt;
    return std::make_pair(m_endpoint->host, m_endpoint->port);
}

bool TorService::canBecomeUsable() const
{
    switch (m_state) {
    case TorState::Detecting:
    case TorState::Idle:
    case TorState::Launching:
    case TorState::Bootstrapping:
        return true;
    case TorState::Error:
        if (m_relaunchOnDemand && m_settings.allowLaunch)
            return true; // our own tor died: this request launches it again
        // A Tor may have come back since the last probe: a request looks once more (one quick loopback probe,
        // shared by every request meanwhile) before it fails; right after a failed probe it fails at once.
        return m_settings.enabled && !candidates().isEmpty() && (m_liveness->isRunning() || !recentlyProbed());
    case TorState::Off:
    case TorState::Detected:
    case TorState::Ready:
        return false;
    }
    return false;
}

void TorService::whenUsable(QObject* context, std::chrono::milliseconds timeout, Ready done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    if (const auto socks = usableSocks()) {
        deliver(waiter, *socks);
        return;
    }
    if (!canBecomeUsable()) {
        deliver(waiter,
                Error::make(ErrorKind::TorUnavailable, m_reason.isEmpty() ? u"Tor is not running"_s : m_reason));
        return;
    }
    const quint64 id = ++m_nextWaiter;
    m_waiters.insert(id, std::move(waiter));
    // Precise: a coarse timer may fire 5% early, and a request's timeout is a promise to its caller.
    QTimer::singleShot(std::max(timeout, std::chrono::milliseconds{0}), Qt::PreciseTimer, this,
                       [this, id] { expireWaiter(id); });
    if (m_state == TorState::Idle || (m_state == TorState::Error && m_relaunchOnDemand))
        start(); // look once more (a Tor may have been started since), then launch ours (again)
    else if (m_state == TorState::Error && !m_liveness->isRunning())
        probeLiveness(); // the answer resolves or fails the waiters
}

QString TorService::stillStartingMessage() const
{
    switch (m_state) {
    case TorState::Detecting:
        return u"Tor is still being looked for; try again in a few seconds"_s;
    case TorState::Bootstrapping:
        return u"Tor is still starting (bootstrapped %1%); try again in a few seconds"_s.arg(m_bootstrap);
    default:
        return u"Tor is still starting (launching tor); try again in a few seconds"_s;
    }
}

void TorService::deliver(const Waiter& waiter, Result<Endpoint> result)
{
    if (waiter.hasContext && !waiter.context)
        return;
    // Always from the event loop: a caller never sees its callback run inside whenUsable() or a state change.
    QTimer::singleShot(0, waiter.hasContext ? waiter.context.data() : this,
                       [done = waiter.done, result = std::move(result)] { done(result); });
}

void TorService::resolveWaiters()
{
    const auto socks = usableSocks();
    if (!socks)
        return;
    const auto waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters)
        deliver(waiter, *socks);
}

void TorService::failWaiters(const Error& error)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters)
        deliver(waiter, error);
}

void TorService::expireWaiter(quint64 id)
{
    const auto it = m_waiters.constFind(id);
    if (it == m_waiters.constEnd())
        return;
    const Waiter waiter = it.value();
    m_waiters.erase(it);
    deliver(waiter, Error::make(ErrorKind::TorUnavailable, stillStartingMessage()));
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
    m_socksVerified = false;
    m_endpoint = endpoint;
    m_error.clear();
    m_reason.clear();
    m_reasonCode = {};
    m_policy.setTorSocks(std::make_pair(endpoint.host, endpoint.port));
    m_policy.setTorUnavailableReason({});
}

void TorService::setUnusable(const QString& reason, TorState state, MessageCode code)
{
    m_endpoint.reset();
    m_error = state == TorState::Error ? reason : QString();
    m_reason = reason;
    m_reasonCode = std::move(code);
    m_policy.setTorSocks(std::nullopt);
    m_policy.setTorUnavailableReason(reason);
    setState(state);
    if (state == TorState::Error || state == TorState::Off)
        failWaiters(Error::make(ErrorKind::TorUnavailable, reason));
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
    const QString binary = m_settings.allowLaunch ? TorLauncher::findBinary(m_settings.torBinary) : QString();
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
        {u"launch"_s, QJsonObject{{u"allowed"_s, m_settings.allowLaunch},
                                  {u"at_start"_s, m_settings.launchAtStart || m_settings.routeAllViaTor},
                                  {u"binary"_s, binary.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(binary)}}},
        {u"waiting"_s, waitingCount()},
        {u"connect_timeout_ms"_s, qint64(m_settings.connectTimeout.count())},
    };
    out.insert(u"socks_verification"_s, m_endpoint ? QJsonValue(socksVerification()) : QJsonValue(QJsonValue::Null));
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
