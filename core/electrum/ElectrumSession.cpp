#include "ElectrumSession.h"

#include "electrum/JsonRpc.h"
#include "electrum/LineFramer.h"
#include "net/CertificatePinStore.h"
#include "net/Socks5Handshake.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QMutex>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QThreadPool>
#include <algorithm>

namespace btcw {

// A worker thread hands its parse back through this; the session's destructor cuts it (under the lock, so a result
// is either posted before the session goes, and dropped with its other posted events, or not posted at all).
struct ElectrumSession::ReturnPath
{
    QMutex mutex;
    ElectrumSession* session = nullptr;
};

// The notification budget's time, in milliseconds on the session's (injected) steady clock.
qint64 ElectrumSession::budgetNowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.steadyNow().time_since_epoch()).count();
}

namespace {

QString stateStage(ElectrumSession::State state)
{
    switch (state) {
    case ElectrumSession::State::Idle:
    case ElectrumSession::State::Connecting:
        return QStringLiteral("connect");
    case ElectrumSession::State::TlsHandshake:
        return QStringLiteral("tls");
    case ElectrumSession::State::Handshaking:
        return QStringLiteral("handshake");
    case ElectrumSession::State::Ready:
    case ElectrumSession::State::Closed:
        return QStringLiteral("request");
    }
    return QStringLiteral("request");
}

QString secondsText(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

// What the server sends is worked off in slices so that neither one huge reply nor a flood of small notifications
// keeps the event loop busy for more than a few ms (issue 17, item 5):
// - a slice ends after this long and the rest continues in a later turn of the event loop;
constexpr qint64 kSliceNs = 1'000'000;
// - lines longer than this (a few ms of parsing and more) are parsed on a worker thread while the lines after them
//   wait, so answers are still handled in the order they came;
constexpr qsizetype kParseOffThreadBytes = 256 * 1024;
// - the socket is read this much at a time, and buffers at most kSocketBufferBytes: while the session works off
//   what it has, a server that sends faster waits (TCP flow control) instead of filling memory.
constexpr qint64 kReadChunkBytes = 256 * 1024;
constexpr qint64 kSocketBufferBytes = 1024 * 1024;
// A batch on the wire: one JSON array line, or (for servers that refuse batches) one line per request.
QByteArray encodeBatch(const QList<qint64>& ids, const QList<RpcRequest>& requests, bool separateLines)
{
    QByteArray out;
    QJsonArray array;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (separateLines)
            out += jsonrpc::encodeRequest(ids[i], requests[i].method, requests[i].params);
        else
            array.append(jsonrpc::requestObject(ids[i], requests[i].method, requests[i].params));
    }
    if (separateLines)
        return out;
    out = QJsonDocument(array).toJson(QJsonDocument::Compact);
    out.append('\n');
    return out;
}

} // namespace

ElectrumSession::ElectrumSession(ServerAddress server, ProxyChoice proxy, ConnectionSettings settings,
                                 CertificatePinStore* pins, const Clock& clock, QObject* parent)
    : QObject(parent), m_server(std::move(server)), m_proxy(std::move(proxy)), m_settings(std::move(settings)),
      m_pins(pins), m_clock(clock), m_framer(std::make_unique<LineFramer>(m_settings.maxLineBytes)),
      m_returnPath(std::make_shared<ReturnPath>())
{
    m_returnPath->session = this;
    m_stageTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &ElectrumSession::checkRequestTimeouts);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ElectrumSession::flushNotifications);
    m_lastActivity = m_clock.steadyNow();
}

ElectrumSession::~ElectrumSession()
{
    {
        const QMutexLocker lock(&m_returnPath->mutex);
        m_returnPath->session = nullptr;
    }
    if (m_state != State::Closed) {
        // Callbacks must not run into a half-destroyed object: fail them without emitting signals.
        blockSignals(true);
        close(Error::make(ErrorKind::ConnectionClosed, QStringLiteral("The session was shut down.")));
    }
}

QString ElectrumSession::certificateSha256() const
{
    if (m_certificate.isNull())
        return {};
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}

void ElectrumSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ElectrumSession::armStageTimer(std::chrono::milliseconds budget, const QString& stage)
{
    m_stageTimer.disconnect(this);
    connect(&m_stageTimer, &QTimer::timeout, this, [this, budget, stage] {
        QString what;
        if (stage == QLatin1String("connect"))
            what = m_proxy.viaTor ? QStringLiteral("connecting through Tor") : QStringLiteral("connecting");
        else if (stage == QLatin1String("tls"))
            what = QStringLiteral("the TLS handshake");
        else
            what = QStringLiteral("the server.version handshake");
        Error e = Error::make(ErrorKind::Timeout,
                              QStringLiteral("Timed out after %1 s during %2.").arg(secondsText(budget), what));
        close(e.withStage(stage));
    });
    m_stageTimer.start(budget);
}

void ElectrumSession::open()
{
    if (m_state != State::Idle)
        return;
    m_setupClock.start();
    m_socket = new QSslSocket(this);
    // Never the application-wide proxy; Tor's SOCKS5 is spoken by Socks5Handshake once connected to its port.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setReadBufferSize(kSocketBufferBytes);
    connect(m_socket, &QSslSocket::connected, this, &ElectrumSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ElectrumSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ElectrumSession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ElectrumSession::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ElectrumSession::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &ElectrumSession::onSslErrors);

    setState(State::Connecting);
    armStageTimer(m_proxy.viaTor ? m_settings.torConnectTimeout : m_settings.connectTimeout, QStringLiteral("connect"));
    if (connectsByAddress()) {
        m_addressIndex = 0;
        connectNext();
        return;
    }
    if (m_proxy.viaTor) {
        // To Tor's SOCKS port (a loopback address, or a name only the proxy's own); the server's name goes to Tor
        // inside the SOCKS request: .onion (and every name under "all via Tor") is never resolved here.
        m_socket->connectToHost(m_proxy.proxy.hostName(), m_proxy.proxy.port());
        return;
    }
    m_socket->connectToHost(m_server.host(), m_server.port());
}

void ElectrumSession::startSocksHandshake()
{
    m_socks =
        new Socks5Handshake(m_socket, m_server.proxyTarget(), m_proxy.proxy.user(), m_proxy.proxy.password(), this);
    m_socks->start([this](const Status& status) {
        if (Socks5Handshake* done = std::exchange(m_socks, nullptr))
            done->deleteLater(); // it is still on the stack
        if (m_state != State::Connecting)
            return;
        if (!status) {
            close(status.error());
            return;
        }
        m_socksConnected = true;
        onConnected();
        if (m_socket && m_socket->bytesAvailable() > 0 && m_state != State::Closed)
            onReadyRead(); // whatever came with the reply is the stream's
    });
}

bool ElectrumSession::connectsByAddress() const
{
    // A proxy resolves the name itself (Tor must, for .onion); the checked addresses are for direct connections.
    return !m_addresses.isEmpty() && m_proxy.proxy.type() == QNetworkProxy::NoProxy;
}

void ElectrumSession::connectNext()
{
    // One connect budget (the stage timer) covers every address, as when QAbstractSocket tries a name's addresses.
    m_socket->abort();
    m_socket->connectToHost(m_addresses.at(m_addressIndex), m_server.port());
}

void ElectrumSession::onConnected()
{
    if (m_state != State::Connecting)
        return;
    if (m_proxy.viaTor && !m_socksConnected) {
        startSocksHandshake();
        return;
    }
    if (m_proxy.proxy.type() == QNetworkProxy::NoProxy)
        m_connectedAddress = m_socket->peerAddress();
    if (!m_server.isTls()) {
        startHandshake();
        return;
    }
    setState(State::TlsHandshake);
    armStageTimer(m_settings.tlsTimeout, QStringLiteral("tls"));
    QSslConfiguration config = m_socket->sslConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_server.host());
    m_socket->startClientEncryption();
}

void ElectrumSession::onSslErrors(const QList<QSslError>& errors)
{
    // Electrum servers mostly use self-signed certificates: accept them by trust on first use, then pin.
    const QSslCertificate cert = m_socket->peerCertificate();
    if (cert.isNull()) {
        close(Error::make(ErrorKind::Tls, QStringLiteral("The server presented no certificate."))
                  .withStage(QStringLiteral("tls")));
        return;
    }
    const QString sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
    if (!m_pins) {
        QStringList reasons;
        for (const QSslError& e : errors)
            reasons << e.errorString();
        close(Error::make(ErrorKind::Tls, QStringLiteral("The server's certificate is not trusted."),
                          reasons.join(QStringLiteral("; ")))
                  .withStage(QStringLiteral("tls")));
        return;
    }
    const auto previous = m_pins->pin(m_server.hostPort());
    switch (m_pins->checkAndPin(m_server.hostPort(), sha256)) {
    case CertificatePinStore::Verdict::FirstUse:
    case CertificatePinStore::Verdict::Match:
        m_socket->ignoreSslErrors(errors);
        return;
    case CertificatePinStore::Verdict::Changed: {
        // Kept as the pin's pending fingerprint so the window or /electrum/pins/trust can trust it deliberately.
        (void)m_pins->recordPending(m_server.hostPort(), sha256); // a failed write is reported via saveFailed()
        Error e = Error::make(
            ErrorKind::CertificateChanged,
            QStringLiteral("The server's certificate changed since it was pinned on %1; refusing to connect. If the "
                           "change is expected, trust the new certificate in Servers > Certificates or with "
                           "/electrum/pins/trust.")
                .arg(previous ? previous->firstSeen.toString(Qt::ISODate) : QStringLiteral("an earlier visit")),
            QStringLiteral("pinned sha256 %1, presented sha256 %2")
                .arg(previous ? previous->sha256 : QString(), sha256));
        close(e.withStage(QStringLiteral("tls")));
        return;
    }
    }
}

void ElectrumSession::onEncrypted()
{
    if (m_state != State::TlsHandshake)
        return;
    m_certificate = m_socket->peerCertificate();
    // A CA-valid certificate got no sslErrors; record it so the pin history knows it (rotation is normal there).
    if (m_pins && m_socket->sslHandshakeErrors().isEmpty()) {
        const QString sha256 = certificateSha256();
        if (m_pins->checkAndPin(m_server.hostPort(), sha256) == CertificatePinStore::Verdict::Changed)
            (void)m_pins->trust(m_server.hostPort(), sha256); // failures surface through saveFailed()
    }
    startHandshake();
}

void ElectrumSession::startHandshake()
{
    setState(State::Handshaking);
    armStageTimer(m_settings.handshakeTimeout, QStringLiteral("handshake"));
    const QJsonArray params{m_settings.clientName, QJsonArray{m_settings.protocolMin, m_settings.protocolMax}};
    Pending p;
    p.method = QStringLiteral("server.version");
    p.started.start();
    p.single = [this](Result<QJsonValue> reply) {
        if (!reply.ok()) {
            Error e = reply.error();
            if (e.kind == ErrorKind::Rpc) {
                e = Error::make(ErrorKind::Protocol,
                                QStringLiteral("The server refused protocol versions %1–%2: %3")
                                    .arg(m_settings.protocolMin, m_settings.protocolMax, reply.error().message));
            }
            close(e.withStage(QStringLiteral("handshake")));
            return;
        }
        const QJsonArray v = reply.value().toArray();
        if (v.size() < 2 || !v.at(0).isString() || !v.at(1).isString()) {
            close(
                Error::make(ErrorKind::Protocol,
                            QStringLiteral("The server's reply to server.version is not [software, version]."),
                            QString::fromUtf8(QJsonDocument(QJsonArray{reply.value()}).toJson(QJsonDocument::Compact)))
                    .withStage(QStringLiteral("handshake")));
            return;
        }
        m_serverSoftware = v.at(0).toString();
        m_protocol = v.at(1).toString();
        m_stageTimer.stop();
        m_setupMs = m_setupClock.elapsed();
        setState(State::Ready);
        const QList<Queued> queued = std::exchange(m_queued, {});
        for (const Queued& q : queued) {
            if (m_pending.contains(q.key))
                m_socket->write(q.line);
        }
        emit ready();
    };
    m_handshakeId = registerPending(std::move(p));
    m_socket->write(jsonrpc::encodeRequest(m_handshakeId, QStringLiteral("server.version"), params));
}

qint64 ElectrumSession::registerPending(Pending pending)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, std::move(pending));
    m_lastActivity = m_clock.steadyNow(); // a client asked: the session is in use
    return id;
}

void ElectrumSession::call(const QString& method, const QJsonArray& params, QObject* context, Callback done,
                           std::chrono::milliseconds timeout)
{
    Pending p;
    p.context = context;
    p.hasContext = context != nullptr;
    p.single = std::move(done);
    p.method = method;
    p.timeout = timeout.count() > 0 ? std::min(timeout, m_settings.maxRequestTimeout) : m_settings.requestTimeout;
    p.started.start();
    if (m_state == State::Closed || pendingCount() >= m_settings.maxPendingRequests) {
        const Error e =
            m_state == State::Closed
                ? m_closeReason
                : Error::make(ErrorKind::Busy, QStringLiteral("Too many requests are waiting for %1 (limit %2).")
                                                   .arg(m_server.toString())
                                                   .arg(m_settings.maxPendingRequests));
        // Deliver asynchronously, like every other outcome.
        QTimer::singleShot(0, context ? context : this, [cb = std::move(p.single), e] { cb(e); });
        return;
    }
    const qint64 id = registerPending(std::move(p));
    sendOrQueue(jsonrpc::encodeRequest(id, method, params), id);
}

void ElectrumSession::callBatch(const QList<RpcRequest>& requests, QObject* context, BatchCallback done,
                                std::chrono::milliseconds timeout)
{
    if (requests.isEmpty() || m_state == State::Closed || pendingCount() >= m_settings.maxPendingRequests) {
        const Error e =
            requests.isEmpty()
                ? Error::make(ErrorKind::InvalidArgument, QStringLiteral("A batch needs at least one request."))
            : m_state == State::Closed ? m_closeReason
                                       : Error::make(ErrorKind::Busy, QStringLiteral("Too many requests are waiting."));
        QTimer::singleShot(0, context ? context : this, [cb = std::move(done), e] { cb(e); });
        return;
    }
    Pending p;
    p.context = context;
    p.hasContext = context != nullptr;
    p.batch = std::move(done);
    p.method = QStringLiteral("A batch of %1 requests").arg(requests.size());
    p.timeout = timeout.count() > 0 ? std::min(timeout, m_settings.maxRequestTimeout) : m_settings.requestTimeout;
    p.started.start();
    p.batchRequests = requests;
    p.separateLines = m_refusesBatches;
    for (qsizetype i = 0; i < requests.size(); ++i)
        p.batchIds.append(m_nextId++);
    const qint64 key = p.batchIds.first();
    for (qint64 id : std::as_const(p.batchIds))
        m_batchMember.insert(id, key);
    const QByteArray line = encodeBatch(p.batchIds, p.batchRequests, p.separateLines);
    m_pending.insert(key, std::move(p));
    m_lastActivity = m_clock.steadyNow();
    sendOrQueue(line, key);
}

void ElectrumSession::sendOrQueue(const QByteArray& line, qint64 key)
{
    // Arm the deadline timer if this request's deadline is the nearest.
    const Pending& p = m_pending[key];
    const auto remaining = p.timeout.count();
    if (!m_requestTimer.isActive() || m_requestTimer.remainingTime() > remaining)
        m_requestTimer.start(p.timeout);
    if (m_state == State::Ready) {
        m_socket->write(line);
        return;
    }
    m_queued.append({line, key});
    if (m_state == State::Idle)
        open();
}

void ElectrumSession::checkRequestTimeouts()
{
    qint64 nearest = -1;
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->timeout.count() <= 0)
            continue; // the handshake: governed by the stage timer
        const qint64 left = it->timeout.count() - it->started.elapsed();
        if (left <= 0)
            expired.append(it.key());
        else if (nearest < 0 || left < nearest)
            nearest = left;
    }
    for (qint64 key : expired) {
        const Pending& p = m_pending[key];
        const QString stage = stateStage(m_state);
        Error e = Error::make(
            ErrorKind::Timeout,
            QStringLiteral("%1 got no answer within %2 s (stage: %3).").arg(p.method, secondsText(p.timeout), stage));
        e.stage = stage;
        if (p.batchIds.isEmpty())
            finishPending(key, e);
        else if (p.separateLines || !p.answers.isEmpty())
            finishBatch(key, batchResults(p, p.answers, e)); // what did arrive is kept
        else
            finishBatch(key, e);
    }
    if (nearest >= 0 && m_state != State::Closed)
        m_requestTimer.start(int(nearest));
}

void ElectrumSession::onReadyRead()
{
    if (m_socks)
        return; // the SOCKS5 handshake reads what comes until the stream is up
    // Busy with earlier input (a slice is queued or a long line is being parsed): that work reads on when done.
    if (!m_continuing && !m_parsing)
        processIncoming();
}

void ElectrumSession::processIncoming()
{
    QElapsedTimer slice;
    slice.start();
    while (m_state != State::Closed && !m_parsing) {
        if (m_nextLine < m_lines.size()) {
            handleIncomingLine(std::exchange(m_lines[m_nextLine++], {}));
        } else if (!takeFromSocket()) {
            break;
        }
        if (slice.nsecsElapsed() >= kSliceNs) {
            continueLater();
            return;
        }
    }
    if (m_state != State::Closed && !m_parsing && m_closeWhenDrained)
        close(*m_closeWhenDrained); // everything the server sent before it closed is handled
}

bool ElectrumSession::takeFromSocket()
{
    m_lines.clear();
    m_nextLine = 0;
    if (!m_socket || m_socket->bytesAvailable() <= 0)
        return false;
    auto lines = m_framer->feed(m_socket->read(kReadChunkBytes));
    if (!lines.ok()) {
        close(lines.error().withStage(stateStage(m_state)));
        return false;
    }
    m_lines = std::move(lines.value());
    return true;
}

void ElectrumSession::continueLater()
{
    if (m_continuing)
        return;
    m_continuing = true;
    QTimer::singleShot(0, this, [this] {
        m_continuing = false;
        if (!m_parsing)
            processIncoming();
    });
}

void ElectrumSession::closeOnceDrained(const Error& reason)
{
    if (m_state != State::Handshaking && m_state != State::Ready) {
        close(reason); // nothing can have come yet
        return;
    }
    if (!m_closeWhenDrained)
        m_closeWhenDrained = reason;
    // Not from inside the socket's signal: answers the server sent before it closed are handled first.
    if (!m_parsing)
        continueLater();
}

void ElectrumSession::handleIncomingLine(const QByteArray& line)
{
    // Bytes from the server are not activity: only requests and their answers keep a pooled session open, so a
    // server that streams notifications cannot keep it forever (SessionPool closes it when idle).
    if (m_pending.isEmpty() && !isSignalConnected(QMetaMethod::fromSignal(&ElectrumSession::notification))) {
        // Nothing waits for an answer and nobody listens: the line can only be a push (or a late answer), so it
        // is counted against the notification budget without being parsed.
        if (m_notifications.offer({}, budgetNowMs(), false) == NotificationBudget::Verdict::Disconnect)
            closeForFlood();
        return;
    }
    if (line.size() > kParseOffThreadBytes) {
        parseOffThread(line);
        return;
    }
    handleMessage(jsonrpc::parseLine(line));
}

void ElectrumSession::parseOffThread(const QByteArray& line)
{
    m_parsing = true;
    QThreadPool::globalInstance()->start([line, path = m_returnPath] {
        const Result<QJsonValue> message = jsonrpc::parseLine(line);
        const QMutexLocker lock(&path->mutex);
        if (ElectrumSession* session = path->session) {
            QMetaObject::invokeMethod(
                session, [session, message] { session->onParsedOffThread(message); }, Qt::QueuedConnection);
        }
    });
}

void ElectrumSession::onParsedOffThread(const Result<QJsonValue>& message)
{
    m_parsing = false;
    if (m_state == State::Closed)
        return;
    handleMessage(message);
    processIncoming();
}

void ElectrumSession::closeForFlood()
{
    close(Error::make(ErrorKind::Protocol,
                      QStringLiteral("The server sent more notifications than the session takes (%1 dropped); "
                                     "closed the connection.")
                          .arg(m_notifications.dropped()))
              .withStage(stateStage(m_state)));
}

void ElectrumSession::flushNotifications()
{
    const QList<Notification> due = m_notifications.takeCoalesced();
    for (const Notification& n : due) {
        if (m_state == State::Closed)
            return;
        emit notification(n.method, n.params);
    }
}

void ElectrumSession::handleMessage(const Result<QJsonValue>& message)
{
    if (!message.ok()) {
        close(message.error().withStage(stateStage(m_state)));
        return;
    }
    if (message.value().isArray())
        handleBatchReply(message.value().toArray());
    else
        handleReply(message.value());
}

void ElectrumSession::handleReply(const QJsonValue& value)
{
    const QJsonObject reply = value.toObject();
    if (jsonrpc::isNotification(reply)) {
        Notification pushed{reply.value(QLatin1String("method")).toString(),
                            reply.value(QLatin1String("params")).toArray()};
        const bool listened = isSignalConnected(QMetaMethod::fromSignal(&ElectrumSession::notification));
        switch (m_notifications.offer(pushed, budgetNowMs(), listened)) {
        case NotificationBudget::Verdict::Deliver:
            emit notification(pushed.method, pushed.params);
            return;
        case NotificationBudget::Verdict::Coalesced:
            if (!m_flushTimer.isActive())
                m_flushTimer.start(m_notifications.limits().flushIntervalMs);
            return;
        case NotificationBudget::Verdict::Dropped:
            if (m_notifications.dropped() % 1000 == 1) {
                qWarning("btc-worker: %s sends more notifications than it may; %lld dropped so far",
                         qPrintable(m_server.toString()), m_notifications.dropped());
            }
            return;
        case NotificationBudget::Verdict::Disconnect:
            closeForFlood();
            return;
        }
        return;
    }
    const qint64 id = jsonrpc::replyId(reply);
    if (const auto member = m_batchMember.constFind(id); id >= 0 && member != m_batchMember.constEnd()) {
        handleBatchMemberReply(*member, id, reply);
        return;
    }
    if (id >= 0 && m_pending.contains(id) && m_pending[id].batchIds.isEmpty()) {
        finishPending(id, jsonrpc::replyResult(reply));
        return;
    }
    if (id < 0 && reply.contains(QLatin1String("error")) && m_state == State::Handshaking) {
        // Some servers answer a request they could not parse with id null; during the handshake that is fatal.
        finishPending(m_handshakeId, jsonrpc::replyResult(reply));
        return;
    }
    // An error without id after the handshake: what servers that take no batches answer to one.
    if (id < 0 && reply.contains(QLatin1String("error")) && resendRefusedBatch())
        return;
    // A reply to a request that already timed out: nothing waits for it any more.
}

void ElectrumSession::handleBatchReply(const QJsonArray& replies)
{
    QList<qint64> touched; // batches this reply answers, in the order met
    bool refused = false;
    for (const QJsonValue& v : replies) {
        const QJsonObject reply = v.toObject();
        const qint64 id = jsonrpc::replyId(reply);
        const auto member = m_batchMember.constFind(id);
        if (id >= 0 && member != m_batchMember.constEnd()) {
            const qint64 key = *member;
            auto pending = m_pending.find(key);
            if (pending == m_pending.end())
                continue;
            pending->answers.insert(id, reply);
            if (!touched.contains(key))
                touched.append(key);
            continue;
        }
        if (id >= 0 && m_pending.contains(id) && m_pending[id].batchIds.isEmpty()) {
            finishPending(id, jsonrpc::replyResult(reply));
            continue;
        }
        if (id < 0 && reply.contains(QLatin1String("error")))
            refused = true;
    }
    for (qint64 key : std::as_const(touched)) {
        const auto pending = m_pending.constFind(key);
        if (pending == m_pending.constEnd())
            continue;
        // Sent as separate lines, the answers may come in pieces; a batch array is answered by one array.
        if (pending->separateLines && pending->answers.size() < pending->batchIds.size())
            continue;
        const Error missing =
            Error::make(ErrorKind::Protocol, QStringLiteral("The server's batch reply has no answer to this request."));
        finishBatch(key, batchResults(*pending, pending->answers, missing));
    }
    if (touched.isEmpty() && refused)
        resendRefusedBatch();
}

void ElectrumSession::handleBatchMemberReply(qint64 key, qint64 id, const QJsonObject& reply)
{
    auto pending = m_pending.find(key);
    if (pending == m_pending.end())
        return;
    pending->answers.insert(id, reply);
    if (pending->answers.size() < pending->batchIds.size())
        return;
    finishBatch(key, batchResults(*pending, pending->answers, Error{}));
}

bool ElectrumSession::resendRefusedBatch()
{
    // Servers answer lines in order, so the refusal is for the oldest batch still waiting as one array.
    qint64 oldest = -1;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!it->batchIds.isEmpty() && !it->separateLines && it->answers.isEmpty() && (oldest < 0 || it.key() < oldest))
            oldest = it.key();
    }
    if (oldest < 0 || m_state != State::Ready)
        return false;
    m_refusesBatches = true;
    Pending& pending = m_pending[oldest];
    pending.separateLines = true;
    m_socket->write(encodeBatch(pending.batchIds, pending.batchRequests, true));
    return true;
}

QList<Result<QJsonValue>> ElectrumSession::batchResults(const Pending& pending,
                                                        const QHash<qint64, QJsonObject>& answers,
                                                        const Error& missing) const
{
    QList<Result<QJsonValue>> results;
    results.reserve(pending.batchIds.size());
    for (qint64 id : pending.batchIds) {
        const auto answer = answers.constFind(id);
        if (answer == answers.constEnd())
            results.append(missing);
        else
            results.append(jsonrpc::replyResult(*answer));
    }
    return results;
}

void ElectrumSession::finishPending(qint64 key, Result<QJsonValue> single)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    m_lastActivity = m_clock.steadyNow();
    if (p.hasContext && !p.context)
        return;
    if (p.single)
        p.single(std::move(single));
}

void ElectrumSession::finishBatch(qint64 key, Result<QList<Result<QJsonValue>>> results)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    for (qint64 id : p.batchIds)
        m_batchMember.remove(id);
    m_lastActivity = m_clock.steadyNow();
    if (p.hasContext && !p.context)
        return;
    if (p.batch)
        p.batch(std::move(results));
}

Error ElectrumSession::socketErrorToError() const
{
    const auto code = m_socket->error();
    QString text = m_socket->errorString();
    text.remove(QStringLiteral("###")); // a marker some of Qt's messages carry ("Remote host closed connection###")
    if (m_proxy.viaTor) {
        // Before the SOCKS5 handshake is done the socket talks to Tor's SOCKS port itself: its failures are Tor's.
        auto proxied = code;
        if (!m_socksConnected) {
            switch (code) {
            case QAbstractSocket::ConnectionRefusedError:
                proxied = QAbstractSocket::ProxyConnectionRefusedError;
                break;
            case QAbstractSocket::HostNotFoundError:
                proxied = QAbstractSocket::ProxyNotFoundError;
                break;
            case QAbstractSocket::RemoteHostClosedError:
                proxied = QAbstractSocket::ProxyConnectionClosedError;
                break;
            case QAbstractSocket::SocketTimeoutError:
                proxied = QAbstractSocket::ProxyConnectionTimeoutError;
                break;
            default:
                break;
            }
        }
        return describeProxyFailure(proxied, text, m_server.proxyTarget(), stateStage(m_state));
    }
    const QString where = m_server.hostPort();
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
        return Error::make(ErrorKind::ConnectionRefused,
                           QStringLiteral("Connection refused by %1: nothing is listening on that port.").arg(where),
                           text);
    case QAbstractSocket::HostNotFoundError:
        return Error::make(ErrorKind::HostNotFound,
                           QStringLiteral("The host name %1 could not be resolved.").arg(m_server.host()), text);
    case QAbstractSocket::RemoteHostClosedError:
        return Error::make(ErrorKind::ConnectionClosed, QStringLiteral("%1 closed the connection.").arg(where), text);
    case QAbstractSocket::SocketTimeoutError:
        return Error::make(ErrorKind::Timeout, QStringLiteral("The connection to %1 timed out.").arg(where), text);
    case QAbstractSocket::NetworkError:
        return Error::make(ErrorKind::Unreachable, QStringLiteral("%1 is unreachable.").arg(where), text);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Error::make(ErrorKind::Tls, QStringLiteral("The TLS handshake with %1 failed.").arg(where), text);
    default:
        return Error::make(ErrorKind::Unreachable, QStringLiteral("Could not talk to %1.").arg(where), text);
    }
}

void ElectrumSession::onSocketError()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Connecting && connectsByAddress() && m_addressIndex + 1 < m_addresses.size()) {
        // Not from inside the socket's own error emission: it is still winding the failed attempt down.
        ++m_addressIndex;
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Connecting)
                connectNext();
        });
        return;
    }
    Error error = socketErrorToError().withStage(stateStage(m_state));
    if (m_state == State::Connecting && connectsByAddress() && m_addresses.size() > 1) {
        QStringList tried;
        for (const QHostAddress& a : std::as_const(m_addresses))
            tried << a.toString();
        const QString what = QStringLiteral("tried %1").arg(tried.join(QStringLiteral(", ")));
        error.detail = error.detail.isEmpty() ? what : error.detail + QStringLiteral("; ") + what;
    }
    closeOnceDrained(error);
}

void ElectrumSession::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_proxy.viaTor && !m_socksConnected) {
        close(describeProxyFailure(QAbstractSocket::ProxyConnectionClosedError, {}, m_server.proxyTarget())
                  .withStage(QStringLiteral("connect")));
        return;
    }
    closeOnceDrained(
        Error::make(ErrorKind::ConnectionClosed, QStringLiteral("%1 closed the connection.").arg(m_server.hostPort()))
            .withStage(stateStage(m_state)));
}

void ElectrumSession::close(const Error& reason)
{
    if (m_state == State::Closed)
        return;
    m_closeReason = reason;
    m_stageTimer.stop();
    m_requestTimer.stop();
    setState(State::Closed);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_queued.clear();
    m_lines.clear(); // what the server sent and nobody will read
    m_nextLine = 0;
    // Fail everything that waits; callbacks may touch this session, so detach the lists first.
    const auto pending = std::exchange(m_pending, {});
    m_batchMember.clear();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it->hasContext && !it->context)
            continue;
        if (it->single)
            it->single(reason);
        else if (it->batch)
            it->batch(reason);
    }
    emit closed(reason);
}

} // namespace btcw
