#include "tor/TorDetector.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace btcw {

QString torSourceName(TorSource source)
{
    switch (source) {
    case TorSource::Configured:
        return u"configured"_s;
    case TorSource::System:
        return u"system"_s;
    case TorSource::TorBrowser:
        return u"tor-browser"_s;
    case TorSource::Launched:
        return u"launched"_s;
    }
    return {};
}

QString TorEndpoint::toString() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

TorDetector::TorDetector(QObject* parent) : QObject(parent) {}

TorDetector::~TorDetector()
{
    cancel();
}

QList<TorEndpoint> TorDetector::defaultCandidates(const QString& configuredHost, quint16 configuredPort,
                                                  bool autoDetect, quint16 systemPort, quint16 torBrowserPort)
{
    QList<TorEndpoint> list;
    if (configuredPort != 0) {
        // Exclusive: "--tor-socks" means "this Tor, and no other", so auto-detection is not consulted at all.
        list.append(
            {configuredHost.isEmpty() ? u"127.0.0.1"_s : configuredHost, configuredPort, TorSource::Configured});
        return list;
    }
    if (autoDetect) {
        list.append({u"127.0.0.1"_s, systemPort, TorSource::System});
        list.append({u"127.0.0.1"_s, torBrowserPort, TorSource::TorBrowser});
    }
    return list;
}

void TorDetector::probe(QList<TorEndpoint> candidates)
{
    cancel();
    const int generation = m_generation;
    m_candidates = std::move(candidates);
    m_failures.clear();
    if (m_candidates.isEmpty()) {
        // Queued so that callers always get the answer after probe() returns.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation)
                return;
            emit finished(Error::make(ErrorKind::TorUnavailable, u"no Tor SOCKS endpoint to probe"_s));
        });
        return;
    }
    probeNext();
}

void TorDetector::cancel()
{
    ++m_generation;
    m_candidates.clear();
    dropSocket();
}

void TorDetector::dropSocket()
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void TorDetector::probeNext()
{
    dropSocket();
    if (m_candidates.isEmpty()) {
        emit finished(Error::make(ErrorKind::TorUnavailable, u"no Tor found"_s, m_failures.join(u"; "_s)));
        return;
    }
    m_current = m_candidates.takeFirst();
    m_reply.clear();

    auto* socket = new QTcpSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy); // the probe itself must never go through another proxy
    m_socket = socket;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { fail(u"no answer in time"_s); });
    connect(socket, &QTcpSocket::connected, this, [socket] {
        // VER 5, one method offered: 0 (no authentication).
        socket->write(QByteArray::fromHex("050100"));
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        m_reply += socket->readAll();
        if (m_reply.size() < 2)
            return;
        if (m_reply.at(0) == 0x05 && m_reply.at(1) == 0x00)
            succeed();
        else if (m_reply.at(0) == 0x05)
            fail(u"SOCKS5 proxy does not accept unauthenticated clients"_s);
        else
            fail(u"something listens but it is not a SOCKS5 proxy"_s);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            fail(u"connection refused"_s);
        else if (error == QAbstractSocket::RemoteHostClosedError)
            fail(u"closed the connection without a SOCKS5 answer"_s);
        else
            fail(socket->errorString());
    });
    m_timer->start(m_timeout);
    socket->connectToHost(m_current.host, m_current.port);
}

void TorDetector::fail(const QString& why)
{
    m_failures.append(u"%1 (%2): %3"_s.arg(m_current.toString(), torSourceName(m_current.source), why));
    // Deferred: this runs inside the socket's own signal, where deleting it directly is not safe.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            probeNext();
    });
    if (m_socket)
        m_socket->disconnect(this);
    if (m_timer)
        m_timer->stop();
}

void TorDetector::succeed()
{
    const TorEndpoint found = m_current;
    cancel();
    emit finished(found);
}

} // namespace btcw
