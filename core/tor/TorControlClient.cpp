#include "tor/TorControlClient.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace btcw {

namespace {

constexpr qsizetype kMaxLineBytes = 1024 * 1024; // a control reply line is short; this only stops a runaway peer
constexpr auto kServerToController = "Tor safe cookie authentication server-to-controller hash";
constexpr auto kControllerToServer = "Tor safe cookie authentication controller-to-server hash";

Error controlError(const QString& message, const QString& detail = {})
{
    return Error::make(ErrorKind::TorUnavailable, message, detail);
}

} // namespace

TorControlClient::TorControlClient(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
            [this] { failAll(Error::make(ErrorKind::Timeout, u"Tor's control port did not answer in time"_s)); });
}

TorControlClient::~TorControlClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void TorControlClient::connectToTor(const QString& host, quint16 port)
{
    close();
    m_failed = false;
    m_authenticated = false;
    auto* socket = new QTcpSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this] { startAuthentication(); });
    connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            failAll(controlError(u"Tor closed the control connection"_s));
        else
            failAll(controlError(u"cannot talk to Tor's control port: "_s + socket->errorString()));
    });
    m_timer->start(m_timeout);
    socket->connectToHost(host, port);
}

QList<TorControlClient::Pending> TorControlClient::dropConnection()
{
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_buffer.clear();
    m_current = {};
    m_inData = false;
    m_authenticated = false;
    return std::exchange(m_pending, {});
}

void TorControlClient::close()
{
    const auto pending = dropConnection();
    for (const auto& p : pending)
        if (p.callback)
            p.callback(controlError(u"the control connection was closed"_s));
}

void TorControlClient::failAll(const Error& error)
{
    const bool wasAuthenticated = m_authenticated;
    const bool firstFailure = !m_failed;
    m_failed = true;
    const auto pending = dropConnection();
    for (const auto& p : pending)
        if (p.callback)
            p.callback(error);
    if (firstFailure)
        emit failed(error);
    if (wasAuthenticated)
        emit disconnected();
}

void TorControlClient::armTimer()
{
    if (m_pending.isEmpty() && m_authenticated)
        m_timer->stop();
    else
        m_timer->start(m_timeout);
}

void TorControlClient::sendCommand(const QByteArray& command, ReplyCallback callback)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        if (callback)
            callback(controlError(u"not connected to Tor's control port"_s));
        return;
    }
    m_pending.append({command, std::move(callback)});
    m_socket->write(command + "\r\n");
    armTimer();
}

void TorControlClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_buffer.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = nl + 1;
        handleLine(line);
        if (!m_socket) // a callback closed us
            return;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLineBytes)
        failAll(Error::make(ErrorKind::TooLarge, u"Tor's control port sent an over-long line"_s));
}

void TorControlClient::handleLine(const QByteArray& raw)
{
    const QString line = QString::fromUtf8(raw);
    if (m_inData) {
        if (line == u"."_s) {
            m_current.blocks.insert(m_dataKey, m_dataLines.join(u'\n'));
            m_inData = false;
            m_dataLines.clear();
        } else {
            m_dataLines.append(line.startsWith(u'.') ? line.mid(1) : line); // "..x" stands for ".x"
        }
        return;
    }
    bool ok = false;
    const int code = line.left(3).toInt(&ok);
    if (!ok || line.size() < 4 || (line.at(3) != u'-' && line.at(3) != u'+' && line.at(3) != u' ')) {
        failAll(Error::make(ErrorKind::Protocol, u"Tor's control port sent a malformed line"_s, line.left(200)));
        return;
    }
    const QChar sep = line.at(3);
    const QString text = line.mid(4);
    m_current.code = code;
    m_current.lines.append(text);
    if (sep == u'+') {
        m_inData = true;
        m_dataKey = text.section(u'=', 0, 0);
        m_dataLines.clear();
    } else if (sep == u' ') {
        dispatch(std::exchange(m_current, {}));
    }
}

void TorControlClient::dispatch(TorControlReply reply)
{
    if (reply.code == 650) {
        emit asyncEvent(reply.lines);
        const QString first = reply.lines.value(0);
        if (first.startsWith(u"STATUS_CLIENT "_s))
            if (const auto status = parseBootstrap(first))
                emit bootstrapChanged(*status);
        return;
    }
    if (m_pending.isEmpty()) {
        failAll(Error::make(ErrorKind::Protocol, u"Tor's control port sent a reply nobody asked for"_s,
                            reply.lines.join(u" | "_s)));
        return;
    }
    const Pending pending = m_pending.takeFirst();
    armTimer();
    if (!pending.callback)
        return;
    if (reply.isOk())
        pending.callback(reply);
    else
        pending.callback(Error::make(
            ErrorKind::Proxy, u"Tor refused \"%1\": %2 %3"_s.arg(QString::fromUtf8(pending.command.split(' ').value(0)))
                                  .arg(reply.code)
                                  .arg(reply.lines.join(u' '))));
}

void TorControlClient::getInfo(const QStringList& keys, InfoCallback callback)
{
    sendCommand("GETINFO " + keys.join(u' ').toUtf8(), [callback](const Result<TorControlReply>& reply) {
        if (!reply.ok()) {
            callback(reply.error());
            return;
        }
        QMap<QString, QString> values = reply->blocks;
        for (const QString& line : reply->lines) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0 && !values.contains(line.left(eq)))
                values.insert(line.left(eq), line.mid(eq + 1));
        }
        callback(values);
    });
}

void TorControlClient::getBootstrap(std::function<void(const Result<TorBootstrap>&)> callback)
{
    getInfo({u"status/bootstrap-phase"_s}, [callback](const Result<QMap<QString, QString>>& info) {
        if (!info.ok()) {
            callback(info.error());
            return;
        }
        if (const auto status = parseBootstrap(info->value(u"status/bootstrap-phase"_s)))
            callback(*status);
        else
            callback(Error::make(ErrorKind::Protocol, u"Tor's bootstrap status could not be read"_s,
                                 info->value(u"status/bootstrap-phase"_s)));
    });
}

void TorControlClient::subscribeStatusEvents(std::function<void(const Status&)> callback)
{
    sendCommand("SETEVENTS STATUS_CLIENT", [callback](const Result<TorControlReply>& reply) {
        if (callback)
            callback(reply.ok() ? success() : Status(reply.error()));
    });
}

QMap<QString, QString> TorControlClient::parseKeywords(const QString& text)
{
    QMap<QString, QString> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i) == u' ')
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != u'=' && text.at(i) != u' ')
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        if (i >= n || text.at(i) != u'=') {
            if (!key.isEmpty())
                out.insert(key, QString()); // a bare word, e.g. "NOTICE"
            continue;
        }
        ++i; // '='
        QString value;
        if (i < n && text.at(i) == u'"') {
            ++i;
            while (i < n && text.at(i) != u'"') {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value.append(text.at(i));
                ++i;
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && text.at(i) != u' ')
                ++i;
            value = text.mid(valueStart, i - valueStart);
        }
        out.insert(key, value);
    }
    return out;
}

std::optional<TorBootstrap> TorControlClient::parseBootstrap(const QString& line)
{
    const qsizetype at = line.indexOf(u"BOOTSTRAP "_s);
    if (at < 0)
        return std::nullopt;
    const auto words = parseKeywords(line.mid(at + 10));
    bool ok = false;
    TorBootstrap status;
    status.progress = words.value(u"PROGRESS"_s).toInt(&ok);
    if (!ok)
        return std::nullopt;
    status.tag = words.value(u"TAG"_s);
    status.summary = words.value(u"SUMMARY"_s);
    status.warning = words.value(u"WARNING"_s);
    return status;
}

void TorControlClient::startAuthentication()
{
    sendCommand("PROTOCOLINFO 1", [this](const Result<TorControlReply>& reply) {
        if (!reply.ok()) {
            failAll(reply.error());
            return;
        }
        QMap<QString, QString> auth;
        for (const QString& line : reply->lines)
            if (line.startsWith(u"AUTH "_s))
                auth = parseKeywords(line.mid(5));
        authenticateWith(auth);
    });
}

void TorControlClient::authenticateWith(const QMap<QString, QString>& auth)
{
    const QStringList methods = auth.value(u"METHODS"_s).split(u',', Qt::SkipEmptyParts);
    const QString cookiePath = m_cookiePath.isEmpty() ? auth.value(u"COOKIEFILE"_s) : m_cookiePath;
    auto done = [this](const Result<TorControlReply>& r) { finishAuthentication(r); };

    if (methods.contains(u"NULL"_s)) {
        sendCommand("AUTHENTICATE", done);
        return;
    }
    const bool cookieMethod = methods.contains(u"SAFECOOKIE"_s) || methods.contains(u"COOKIE"_s);
    if (cookieMethod && !cookiePath.isEmpty()) {
        QFile file(cookiePath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray cookie = file.read(64);
            if (cookie.size() != 32) {
                failAll(controlError(u"Tor's control cookie file has the wrong size"_s, cookiePath));
                return;
            }
            if (methods.contains(u"SAFECOOKIE"_s))
                authenticateSafeCookie(cookie);
            else
                sendCommand("AUTHENTICATE " + cookie.toHex(), done);
            return;
        }
        if (!methods.contains(u"HASHEDPASSWORD"_s) || m_password.isEmpty()) {
            failAll(controlError(u"cannot read Tor's control cookie (no permission?)"_s, cookiePath));
            return;
        }
    }
    if (methods.contains(u"HASHEDPASSWORD"_s) && !m_password.isEmpty()) {
        QString quoted = m_password;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        sendCommand("AUTHENTICATE \"" + quoted.toUtf8() + '"', done);
        return;
    }
    failAll(
        controlError(u"no usable authentication method for Tor's control port"_s, u"offered: "_s + methods.join(u',')));
}

void TorControlClient::authenticateSafeCookie(const QByteArray& cookie)
{
    QByteArray clientNonce(32, Qt::Uninitialized);
    for (auto& byte : clientNonce)
        byte = char(QRandomGenerator::system()->bounded(256));
    sendCommand("AUTHCHALLENGE SAFECOOKIE " + clientNonce.toHex(), [this, cookie,
                                                                    clientNonce](const Result<TorControlReply>& reply) {
        if (!reply.ok()) {
            failAll(reply.error());
            return;
        }
        const QString line = reply->lines.value(0);
        const auto words = parseKeywords(line.section(u' ', 1, -1));
        const QByteArray serverHash = QByteArray::fromHex(words.value(u"SERVERHASH"_s).toLatin1());
        const QByteArray serverNonce = QByteArray::fromHex(words.value(u"SERVERNONCE"_s).toLatin1());
        const QByteArray message = cookie + clientNonce + serverNonce;
        const QByteArray expected =
            QMessageAuthenticationCode::hash(message, QByteArray(kServerToController), QCryptographicHash::Sha256);
        // Tor proves it knows the cookie too; a different answer means another process on the port.
        if (serverNonce.size() != 32 || serverHash != expected) {
            failAll(controlError(u"Tor's control port failed the SAFECOOKIE check"_s));
            return;
        }
        const QByteArray clientHash =
            QMessageAuthenticationCode::hash(message, QByteArray(kControllerToServer), QCryptographicHash::Sha256);
        sendCommand("AUTHENTICATE " + clientHash.toHex(),
                    [this](const Result<TorControlReply>& r) { finishAuthentication(r); });
    });
}

void TorControlClient::finishAuthentication(const Result<TorControlReply>& reply)
{
    if (!reply.ok()) {
        failAll(controlError(u"Tor's control port refused authentication"_s, reply.error().message));
        return;
    }
    m_authenticated = true;
    armTimer();
    emit authenticated();
}

} // namespace btcw
