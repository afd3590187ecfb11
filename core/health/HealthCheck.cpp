#include "HealthCheck.h"

#include "electrum/ElectrumSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace btcw {

namespace {

using std::chrono::milliseconds;

// Lets the (precise) budget timer fire before a session timer set to the same limit would.
constexpr milliseconds kBackstopSlack{1000};

QString secondsText(milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

// ElectrumSession names the presented fingerprint only in the error detail; take it from there.
QString presentedFingerprint(const Error& error)
{
    static const QRegularExpression re(QStringLiteral("presented sha256 ([0-9a-fA-F]{64})"));
    const auto match = re.match(error.detail);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// "<id>" with `args` for a configured hash, "<id>-genesis" with the network appended for a genesis.
MessageCode headerCode(const QString& id, const QString& genesisOf, QStringList args)
{
    if (genesisOf.isEmpty())
        return MessageCode{id, std::move(args)};
    args.append(genesisOf);
    return MessageCode{id + QStringLiteral("-genesis"), std::move(args)};
}

} // namespace

HealthCheck::HealthCheck(ServerAddress server, ProxyPolicy proxies, CertificatePinStore* pins,
                         HealthCheckOptions options, QObject* parent)
    : QObject(parent), m_proxies(std::move(proxies)), m_pins(pins), m_options(std::move(options))
{
    m_report.server = std::move(server);
    if (!m_options.clock) // options built with {} for the clock: the system's
        m_options.clock = &systemClock();
    m_budgetTimer.setSingleShot(true);
    m_budgetTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_budgetTimer, &QTimer::timeout, this, &HealthCheck::onBudgetExpired);
}

HealthCheck::~HealthCheck()
{
    // The session fails its pending calls as it goes; nothing of that may reach a half-destroyed check.
    m_finished = true;
    if (m_session) {
        m_session->disconnect(this);
        delete m_session;
    }
}

void HealthCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_total.start();
    m_report.checkedAt = m_options.clock->utcNow();

    beginStage(healthstage::Connect);
    const ProxyTarget target = m_report.server.proxyTarget();
    if (m_proxies.canWaitForTor(target)) {
        // Tor is starting (or starts now, on demand): wait for it within the check's budget, as part of connecting.
        m_proxies.chooseWhenTorReady(target, this, remainingBudget(), [this](Result<ProxyChoice> proxy) {
            if (m_finished)
                return;
            if (!proxy.ok()) {
                failStage(proxy.error(), proxy.error().message);
                return;
            }
            openSession(proxy.value());
        });
        return;
    }
    const Result<ProxyChoice> proxy = m_proxies.choose(target);
    if (!proxy.ok()) {
        failStage(proxy.error(), proxy.error().message);
        return;
    }
    openSession(proxy.value());
}

void HealthCheck::openSession(const ProxyChoice& proxy)
{
    // The budget timer is the authority; the session's own stage timeouts stay as shorter limits or as backstops.
    ConnectionSettings settings = m_options.connection;
    const milliseconds budget = remainingBudget();
    const milliseconds backstop = budget + kBackstopSlack;
    settings.connectTimeout = std::min(settings.connectTimeout, backstop);
    settings.torConnectTimeout = std::min(settings.torConnectTimeout, backstop);
    settings.tlsTimeout = std::min(settings.tlsTimeout, backstop);
    settings.handshakeTimeout = std::min(settings.handshakeTimeout, backstop);

    CertificatePinStore* pins = m_pins.data();
    if (!pins) {
        m_ownPins = std::make_unique<CertificatePinStore>();
        pins = m_ownPins.get();
    }
    m_pinBefore = pins->pin(m_report.server.hostPort());

    m_session = new ElectrumSession(m_report.server, proxy, settings, pins, *m_options.clock, this);
    m_session->setConnectAddresses(m_options.addresses);
    connect(m_session, &ElectrumSession::stateChanged, this,
            [this](ElectrumSession::State state) { onSessionState(int(state)); });
    connect(m_session, &ElectrumSession::closed, this, &HealthCheck::onSessionClosed);
    m_budgetTimer.start(budget);
    m_session->open();
}

void HealthCheck::cancel()
{
    if (m_finished)
        return;
    if (!m_started)
        m_report.checkedAt = m_options.clock->utcNow();
    m_started = true;
    if (m_stage.isEmpty())
        beginStage(healthstage::Connect);
    failStage(Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The check was cancelled.")),
              QStringLiteral("cancelled"), MessageCode{QStringLiteral("check.cancelled"), {}});
}

void HealthCheck::beginStage(QLatin1String name)
{
    m_stage = name;
    m_stageClock.start();
}

void HealthCheck::passStage(QString message, MessageCode code)
{
    if (m_finished || m_stage.isEmpty())
        return;
    m_report.stages.append(StageReport{m_stage, true, m_stageClock.elapsed(), std::move(message), std::move(code)});
    m_stage.clear();
}

void HealthCheck::failStage(const Error& error, QString message, MessageCode code)
{
    if (m_finished)
        return;
    const QString stage = m_stage.isEmpty() ? QString(healthstage::Connect) : m_stage;
    if (message.isEmpty())
        message = error.message;
    if (code.isEmpty()) // a failure the engine met on the way (refused, timed out, …): worded by its kind
        code = MessageCode{QStringLiteral("error.") + error.kindName(), {}};
    m_report.stages.append(StageReport{stage, false, m_stageClock.isValid() ? m_stageClock.elapsed() : 0,
                                       std::move(message), std::move(code)});
    m_report.ok = false;
    m_report.failedStage = stage;
    m_report.error = error.withStage(stage);
    m_stage.clear();
    finish();
}

void HealthCheck::addNote(QString note, MessageCode code)
{
    m_report.notes.append(std::move(note));
    m_report.noteCodes.append(std::move(code));
}

void HealthCheck::passConnected()
{
    if (m_session->proxy().viaTor)
        passStage(QStringLiteral("connected through Tor"), MessageCode{QStringLiteral("check.connected-tor"), {}});
    else
        passStage(QStringLiteral("connected"), MessageCode{QStringLiteral("check.connected"), {}});
}

void HealthCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_budgetTimer.stop();
    m_report.totalMs = m_total.isValid() ? m_total.elapsed() : 0;
    if (m_session) {
        m_session->disconnect(this);
        m_session->close(Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The health check is over.")));
        m_session->deleteLater();
        m_session = nullptr;
    }
    // Always from the event loop, so a scan never recurses through start() → finished() → start().
    QTimer::singleShot(0, this, [this] { emit finished(m_report); });
}

milliseconds HealthCheck::remainingBudget() const
{
    const qint64 left = m_options.budget.count() - m_total.elapsed();
    return milliseconds{std::max<qint64>(left, 1)};
}

void HealthCheck::onBudgetExpired()
{
    if (m_finished)
        return;
    const QString budget = secondsText(m_options.budget);
    const QString stage = m_stage.isEmpty() ? QString(healthstage::Connect) : m_stage;
    failStage(Error::make(ErrorKind::Timeout,
                          QStringLiteral("The check of %1 ran out of its %2 s budget during the %3 stage.")
                              .arg(m_report.server.toString(), budget, stage)),
              QStringLiteral("no answer within the %1 s budget").arg(budget),
              MessageCode{QStringLiteral("check.budget"), {budget}});
}

void HealthCheck::onSessionState(int state)
{
    if (m_finished)
        return;
    switch (ElectrumSession::State(state)) {
    case ElectrumSession::State::TlsHandshake:
        passConnected();
        beginStage(healthstage::Tls);
        return;
    case ElectrumSession::State::Handshaking:
        if (m_stage == healthstage::Tls) {
            m_report.certificateSha256 = m_session->certificateSha256();
            if (const QSslCertificate presented = m_session->peerCertificate(); !presented.isNull())
                m_report.certificateExpiry = presented.expiryDate().toUTC();
            if (!m_pinBefore) {
                m_report.pinState = QStringLiteral("first-use");
                passStage(QStringLiteral("certificate pinned on first use"),
                          MessageCode{QStringLiteral("check.pin-first-use"), {}});
            } else if (m_pinBefore->sha256.compare(m_report.certificateSha256, Qt::CaseInsensitive) == 0) {
                m_report.pinState = QStringLiteral("match");
                const QString since = m_pinBefore->firstSeen.date().toString(Qt::ISODate);
                passStage(QStringLiteral("certificate matches the pin from %1").arg(since),
                          MessageCode{QStringLiteral("check.pin-match"), {since}});
            } else {
                // Only a CA-valid certificate gets here with another fingerprint: the session re-pinned it.
                m_report.pinState = QStringLiteral("rotated");
                const QString since = m_pinBefore->firstSeen.date().toString(Qt::ISODate);
                passStage(QStringLiteral("a CA-signed certificate replaced the one pinned on %1").arg(since),
                          MessageCode{QStringLiteral("check.pin-rotated"), {since}});
            }
        } else {
            passConnected();
        }
        beginStage(healthstage::Version);
        return;
    case ElectrumSession::State::Ready:
        m_report.protocol = m_session->negotiatedProtocol();
        m_report.software = m_session->serverSoftware();
        passStage(QStringLiteral("protocol %1, %2").arg(m_report.protocol, m_report.software),
                  MessageCode{QStringLiteral("check.protocol"), {m_report.protocol, m_report.software}});
        checkFeatures();
        return;
    case ElectrumSession::State::Idle:
    case ElectrumSession::State::Connecting:
    case ElectrumSession::State::Closed:
        return; // a close is handled by onSessionClosed, after the pending calls failed
    }
}

void HealthCheck::onSessionClosed(const Error& reason)
{
    if (m_finished)
        return;
    if (reason.kind == ErrorKind::CertificateChanged) {
        m_report.pinState = QStringLiteral("changed");
        m_report.certificateSha256 = presentedFingerprint(reason);
        if (m_pinBefore) {
            const QString since = m_pinBefore->lastSeen.date().toString(Qt::ISODate);
            failStage(reason, QStringLiteral("certificate changed since %1").arg(since),
                      MessageCode{QStringLiteral("check.pin-changed-since"), {since}});
        } else {
            failStage(reason, QStringLiteral("certificate changed since it was pinned"),
                      MessageCode{QStringLiteral("check.pin-changed"), {}});
        }
        return;
    }
    failStage(reason, reason.message);
}

void HealthCheck::call(const QString& method, const QJsonArray& params, std::function<void(Result<QJsonValue>)> handler)
{
    m_session->call(method, params, this, std::move(handler), remainingBudget() + kBackstopSlack);
}

void HealthCheck::checkFeatures()
{
    beginStage(healthstage::Features);
    call(QStringLiteral("server.features"), {}, [this](Result<QJsonValue> reply) {
        if (m_finished)
            return;
        if (!reply.ok()) {
            failStage(reply.error(), reply.error().message);
            return;
        }
        if (!reply.value().isObject()) {
            failStage(Error::make(ErrorKind::Protocol, QStringLiteral("server.features did not return an object.")),
                      QStringLiteral("the reply is not an object"),
                      MessageCode{QStringLiteral("check.features-not-object"), {}});
            return;
        }
        m_report.features = reply.value().toObject();
        Error failure;
        MessageCode code;
        const QString verdict = judgeFeatures(m_report.features, &failure, &code);
        if (!failure.message.isEmpty()) {
            failStage(failure, verdict, code);
            return;
        }
        passStage(verdict, code);
        checkTip();
    });
}

QString HealthCheck::judgeFeatures(const QJsonObject& features, Error* failure, MessageCode* code)
{
    const BitcoinNetwork expected = m_options.expectedNetwork;
    const QString expectedName = networkName(expected);
    const QString genesis = features.value(QLatin1String("genesis_hash")).toString().toLower();
    if (genesis.isEmpty()) {
        *failure = Error::make(ErrorKind::Protocol, QStringLiteral("server.features lacks genesis_hash."));
        *code = MessageCode{QStringLiteral("check.no-genesis"), {expectedName}};
        return QStringLiteral("no genesis_hash, expected %1's").arg(expectedName);
    }
    if (genesis != genesisHash(expected)) {
        const auto actual = networkForGenesis(genesis);
        const QString whose = actual ? QStringLiteral("%1's").arg(networkName(*actual))
                                     : QStringLiteral("%1 (no known network)").arg(shortHash(genesis));
        *code = actual ? MessageCode{QStringLiteral("check.genesis-of"), {networkName(*actual), expectedName}}
                       : MessageCode{QStringLiteral("check.genesis-unknown"), {shortHash(genesis), expectedName}};
        *failure = Error::make(ErrorKind::Protocol,
                               QStringLiteral("The server serves another chain: its genesis is %1, expected %2's.")
                                   .arg(whose, expectedName),
                               QStringLiteral("genesis_hash %1").arg(genesis));
        return QStringLiteral("genesis is %1, expected %2").arg(whose, expectedName);
    }
    const QJsonValue hashFunction = features.value(QLatin1String("hash_function"));
    if (hashFunction.isString() && hashFunction.toString() != QLatin1String("sha256")) {
        *failure =
            Error::make(ErrorKind::Protocol,
                        QStringLiteral("The server uses hash function %1, not sha256.").arg(hashFunction.toString()));
        *code = MessageCode{QStringLiteral("check.hash-function"), {hashFunction.toString()}};
        return QStringLiteral("hash_function is %1, expected sha256").arg(hashFunction.toString());
    }

    // hosts: {"host": {"tcp_port": 50001, "ssl_port": 50002}}; a mismatch is worth a note, not a failure.
    const QJsonObject hosts = features.value(QLatin1String("hosts")).toObject();
    const ServerAddress& server = m_report.server;
    QJsonObject entry;
    bool listed = false;
    for (auto it = hosts.constBegin(); it != hosts.constEnd(); ++it) {
        QString host = it.key().toLower();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (host == server.host()) {
            listed = true;
            entry = it.value().toObject();
            break;
        }
    }
    if (!listed) {
        QStringList names = hosts.keys();
        if (names.isEmpty())
            addNote(QStringLiteral("%1 is not among the hosts the server lists (none)").arg(server.host()),
                    MessageCode{QStringLiteral("note.host-unlisted-none"), {server.host()}});
        else
            addNote(
                QStringLiteral("%1 is not among the hosts the server lists (%2)").arg(server.host(), names.join(u", ")),
                MessageCode{QStringLiteral("note.host-unlisted"), {server.host(), names.join(u", ")}});
    } else {
        const QLatin1String key = server.isTls() ? QLatin1String("ssl_port") : QLatin1String("tcp_port");
        const QJsonValue port = entry.value(key);
        const int listedPort = port.isString() ? port.toString().toInt() : port.toInt(-1);
        if (port.isNull() || port.isUndefined() || listedPort <= 0)
            addNote(QStringLiteral("the server lists %1 without a %2").arg(server.host(), key),
                    MessageCode{QStringLiteral("note.port-missing"), {server.host(), key}});
        else if (listedPort != server.port())
            addNote(QStringLiteral("the server lists %1 with %2 %3, not %4")
                        .arg(server.host(), key)
                        .arg(listedPort)
                        .arg(server.port()),
                    MessageCode{QStringLiteral("note.port-differs"),
                                {server.host(), key, QString::number(listedPort), QString::number(server.port())}});
    }
    // The code leaves the notes out: the window appends them itself, each translated.
    *code = MessageCode{QStringLiteral("check.genesis-matches"), {expectedName}};
    QString message = QStringLiteral("genesis matches %1").arg(expectedName);
    if (!m_report.notes.isEmpty())
        message += QStringLiteral("; ") + m_report.notes.join(QStringLiteral("; "));
    return message;
}

void HealthCheck::checkTip()
{
    beginStage(healthstage::Tip);
    call(QStringLiteral("blockchain.headers.subscribe"), {}, [this](Result<QJsonValue> reply) {
        if (m_finished)
            return;
        if (!reply.ok()) {
            failStage(reply.error(), reply.error().message);
            return;
        }
        const QJsonObject tip = reply.value().toObject();
        const QJsonValue height = tip.value(QLatin1String("height"));
        const Result<QString> hash = blockHeaderHashFromHex(tip.value(QLatin1String("hex")).toString());
        if (!height.isDouble() || height.toInt(-1) < 0 || !hash.ok()) {
            Error e = Error::make(ErrorKind::Protocol,
                                  QStringLiteral("blockchain.headers.subscribe did not return {height, hex}."),
                                  hash.ok() ? QString() : hash.error().message);
            failStage(e, QStringLiteral("the tip reply is not a height and an 80-byte header"),
                      MessageCode{QStringLiteral("check.bad-tip"), {}});
            return;
        }
        m_report.height = height.toInt();
        m_report.tipHash = hash.value();
        passStage(QStringLiteral("height %1, hash %2").arg(m_report.height).arg(m_report.tipHash),
                  MessageCode{QStringLiteral("check.tip"), {QString::number(m_report.height), m_report.tipHash}});
        checkKnownHeader();
    });
}

void HealthCheck::checkKnownHeader()
{
    const int height = m_options.knownHeight;
    QString expected = m_options.knownHeaderHash.toLower();
    QString what = QStringLiteral("expected hash");
    QString genesisOf; // the network whose genesis is compared; empty for a configured hash
    if (expected.isEmpty() && height == 0) {
        expected = genesisHash(m_options.expectedNetwork);
        genesisOf = networkName(m_options.expectedNetwork);
        what = QStringLiteral("%1 genesis").arg(genesisOf);
    }
    if (expected.isEmpty() || height < 0 || height > m_report.height) {
        checkProof(); // nothing known to compare with at a height this server has
        return;
    }
    beginStage(healthstage::Header);
    call(QStringLiteral("blockchain.block.header"), QJsonArray{height},
         [this, height, expected, what, genesisOf](Result<QJsonValue> reply) {
             if (m_finished)
                 return;
             if (!reply.ok()) {
                 failStage(reply.error(), reply.error().message);
                 return;
             }
             const Result<QString> hash = blockHeaderHashFromHex(reply.value().toString());
             if (!hash.ok()) {
                 failStage(hash.error(), QStringLiteral("header %1 is not an 80-byte header").arg(height),
                           MessageCode{QStringLiteral("check.header-malformed"), {QString::number(height)}});
                 return;
             }
             if (hash.value() != expected) {
                 failStage(Error::make(
                               ErrorKind::Protocol,
                               QStringLiteral("The server's header at height %1 is not the %2.").arg(height).arg(what),
                               QStringLiteral("got %1, expected %2").arg(hash.value(), expected)),
                           QStringLiteral("header %1 hashes to %2, expected %3 (%4)")
                               .arg(height)
                               .arg(shortHash(hash.value()), shortHash(expected), what),
                           headerCode(QStringLiteral("check.header-mismatch"), genesisOf,
                                      {QString::number(height), shortHash(hash.value()), shortHash(expected)}));
                 return;
             }
             passStage(QStringLiteral("header %1 matches the %2").arg(height).arg(what),
                       headerCode(QStringLiteral("check.header-match"), genesisOf, {QString::number(height)}));
             checkProof();
         });
}

void HealthCheck::measurePing()
{
    if (!m_options.measurePing) {
        m_report.ok = true;
        finish();
        return;
    }
    beginStage(healthstage::Ping);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    call(QStringLiteral("server.ping"), {}, [this, clock](Result<QJsonValue> reply) {
        if (m_finished)
            return;
        if (!reply.ok()) {
            failStage(reply.error(), reply.error().message);
            return;
        }
        m_report.latencyMs = clock->elapsed();
        passStage(QStringLiteral("%1 ms").arg(m_report.latencyMs),
                  MessageCode{QStringLiteral("check.ping"), {QString::number(m_report.latencyMs)}});
        m_report.ok = true;
        finish();
    });
}

QString shortHash(const QString& hash)
{
    return hash.size() > 16 ? hash.left(16) + QStringLiteral("…") : hash;
}

} // namespace btcw
