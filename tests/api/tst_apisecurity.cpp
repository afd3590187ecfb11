// The API's locks over real HTTP on loopback: bearer token, Host and Origin rules, request limits, rate and
// concurrency limits, connection cap, slow clients, kept-alive connections, the SSRF guard and refused start-up
// configurations.
#include "AccessGuard.h"
#include "ApiServer.h"
#include "Clock.h"
#include "Engine.h"
#include "ServerThread.h"
#include "TestElectrumServer.h"
#include "net/TargetGuard.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <atomic>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Answer
{
    int status = 0; // 0: no answer in time
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    bool hasCorsHeader() const
    {
        for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
            if (it.key().startsWith("access-control-"))
                return true;
        }
        return false;
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Whether a raw answer's head has the header `name: value`. Names compare case-insensitively, as HTTP says:
// Qt 6.8 writes every header name in lower case ("connection: close"), 6.4 and the gate's own answers as given.
bool hasHeaderLine(const QByteArray& answer, QByteArrayView name, QByteArrayView value)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = answer.left(end < 0 ? answer.size() : end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // lines[0] is the status line
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).compare(name, Qt::CaseInsensitive) == 0 &&
            lines[i].mid(colon + 1).trimmed() == value)
            return true;
    }
    return false;
}

ApiOptions loopback(RequestLimits limits = {})
{
    ApiOptions options;
    options.bind = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.limits = limits;
    return options;
}

EngineOptions engineOptions(bool allowPrivateTargets, const QString& dataDir = {})
{
    EngineOptions options;
    options.tor.enabled = false;
    options.allowPrivateTargets = allowPrivateTargets;
    options.dataDir = dataDir;
    return options;
}

QNetworkRequest makeRequest(const ApiServer& api, const QString& path, const QUrlQuery& query, const Headers& headers)
{
    QUrl url = api.baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers)
        req.setRawHeader(name, value);
    return req;
}

Answer collect(QNetworkReply* reply)
{
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    return a;
}

// The size of the first complete answer in `raw` (head and Content-Length body), or -1 while it is incomplete.
qsizetype answerLength(const QByteArray& raw)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qint64 bodyLength = 0;
    for (const QByteArray& line : raw.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
    }
    const qint64 total = headEnd + 4 + bodyLength;
    return raw.size() >= total ? qsizetype(total) : -1;
}

// Sends raw bytes and collects the answer (bounded): everything until the server closes the connection, or one
// complete answer when the server keeps the connection open for another request.
QByteArray rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 8'000, bool* closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(bytes);
    QByteArray received;
    // Either way `closed` below says what happened; running out of time just ends the wait.
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            if (socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            const qsizetype length = answerLength(received);
            return length > 0 && !hasHeaderLine(received.left(length), "Connection", "close");
        },
        timeoutMs);
    received += socket.readAll();
    if (closed)
        *closed = socket.state() == QAbstractSocket::UnconnectedState;
    return received;
}

// rawExchange() from another loopback source address (127.0.0.2 …): what a client hopping addresses does.
QByteArray rawExchangeFrom(const QHostAddress& source, quint16 port, const QByteArray& bytes, int timeoutMs = 8'000)
{
    QTcpSocket socket;
    if (!socket.bind(source, 0))
        return {};
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(bytes);
    QByteArray received;
    (void)QTest::qWaitFor( // the caller checks what came
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState || answerLength(received) > 0;
        },
        timeoutMs);
    return received + socket.readAll();
}

// One client connection that sends requests one after another on the same socket (every wait bounded).
class KeptAliveClient
{
public:
    explicit KeptAliveClient(quint16 port) { m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port); }

    // Sends `bytes` and returns the next complete answer (empty if none came in time).
    QByteArray exchange(const QByteArray& bytes, int timeoutMs = 8'000)
    {
        m_socket.write(bytes);
        return nextAnswer(timeoutMs);
    }
    QByteArray nextAnswer(int timeoutMs = 8'000)
    {
        (void)QTest::qWaitFor( // the answer is checked below: none in time gives an empty one
            [&] {
                m_received += m_socket.readAll();
                return answerLength(m_received) > 0 || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        m_received += m_socket.readAll();
        const qsizetype length = answerLength(m_received);
        if (length < 0)
            return {};
        const QByteArray answer = m_received.left(length);
        m_received.remove(0, length);
        return answer;
    }
    // True once the server has closed the connection; whatever came meanwhile stays in received().
    bool waitClosed(int timeoutMs)
    {
        const bool closed = QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        m_received += m_socket.readAll();
        return closed;
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }
    const QByteArray& received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// One request on a new connection, waited for in an event loop (no polling sleeps, so the time measured is the
// server's): the whole answer, or what came before `timeoutMs`.
QByteArray promptExchange(quint16 port, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (answerLength(received) > 0)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    deadline.start(timeoutMs);
    loop.exec();
    return received + socket.readAll();
}

// Slow-header clients: each socket sends the start of a request head and then nothing; when the server cuts it
// off, it connects again 250 ms later, until `maxConnects` connections have been made. Lives on its own thread.
class SlowHeaderAttack : public QObject
{
public:
    SlowHeaderAttack(quint16 port, int sockets, int maxConnects)
        : m_port(port), m_sockets(sockets), m_maxConnects(maxConnects)
    {
    }
    void start()
    {
        for (int i = 0; i < m_sockets; ++i)
            QTimer::singleShot(i / 50 * 10, this, [this, i] { open(i); }); // 50 every 10 ms
    }
    int connects() const { return m_connects.load(); }

private:
    void open(int i)
    {
        if (m_connects.load() >= m_maxConnects)
            return;
        ++m_connects;
        auto* socket = new QTcpSocket(this);
        (void)socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i % 50)), 0);
        connect(socket, &QTcpSocket::connected, socket,
                [socket] { socket->write("GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "); });
        auto again = [this, socket, i] {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            socket->deleteLater();
            QTimer::singleShot(250, this, [this, i] { open(i); });
        };
        connect(socket, &QTcpSocket::disconnected, this, again);
        connect(socket, &QTcpSocket::errorOccurred, this, [socket, again] {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                again();
        });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }

    quint16 m_port;
    int m_sockets;
    int m_maxConnects;
    std::atomic<int> m_connects{0};
};

int statusOf(const QByteArray& raw)
{
    // "HTTP/1.1 414 URI Too Long\r\n…"
    if (!raw.startsWith("HTTP/1.1 "))
        return 0;
    return raw.mid(9, 3).toInt();
}

QJsonObject bodyOf(const QByteArray& raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? QJsonObject() : QJsonDocument::fromJson(raw.mid(end + 4)).object();
}

} // namespace

class TestApiSecurity : public QObject
{
    Q_OBJECT

    Answer get(const ApiServer& api, const QString& path, const Headers& headers = {}, const QUrlQuery& query = {},
               const QByteArray& verb = "GET")
    {
        QNetworkReply* reply = m_nam.sendCustomRequest(makeRequest(api, path, query, headers), verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer a;
        if (reply->isFinished() || finished.wait(20'000))
            a = collect(reply);
        else
            reply->abort();
        reply->deleteLater();
        return a;
    }
    static Headers bearer(const QByteArray& token) { return {{"Authorization", "Bearer " + token}}; }
    Headers auth() const { return bearer(m_api->accessToken()); }

    static QUrlQuery query(const QString& host, quint16 port, int timeoutSeconds = 0)
    {
        QUrlQuery q;
        q.addQueryItem(u"url"_s, host);
        q.addQueryItem(u"port"_s, QString::number(port));
        q.addQueryItem(u"ssl"_s, u"false"_s);
        if (timeoutSeconds > 0)
            q.addQueryItem(u"timeout"_s, QString::number(timeoutSeconds));
        return q;
    }

    std::unique_ptr<TestElectrumServer> m_electrum;
    std::unique_ptr<Engine> m_engine; // private targets allowed, no data directory
    std::unique_ptr<ApiServer> m_api;
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase()
    {
        TestElectrumServer::Options options;
        options.enableTls = false;
        m_electrum = std::make_unique<TestElectrumServer>(options);
        QVERIFY2(m_electrum->start(), qPrintable(m_electrum->errorString()));
        m_engine = std::make_unique<Engine>(engineOptions(true));
        m_engine->start();
        m_api = std::make_unique<ApiServer>(*m_engine, loopback());
        const Status started = m_api->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_engine.reset();
        m_electrum.reset();
    }

    void missingOrWrongTokenGives401WithAChallenge()
    {
        QCOMPARE(m_api->accessToken().size(), 64); // 32 random bytes, hex
        QVERIFY(m_api->tokenPath().isEmpty());     // no data directory: the token lives in memory only

        const Answer missing = get(*m_api, u"/electrum/servers"_s);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.header("www-authenticate"), QByteArray("Bearer realm=\"btc-worker\""));
        QCOMPARE(missing.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(missing.json().value(u"status"_s).toInt(), 401);
        QVERIFY(missing.json().value(u"detail"_s).toString().contains(u"Authorization: Bearer"_s));

        QByteArray wrongToken = m_api->accessToken();
        wrongToken[0] = wrongToken[0] == 'a' ? 'b' : 'a';
        for (const Headers& wrong : {bearer(wrongToken), bearer(m_api->accessToken().left(63)), bearer({}),
                                     Headers{{"Authorization", "Basic " + m_api->accessToken()}}}) {
            const Answer a = get(*m_api, u"/electrum/servers"_s, wrong);
            QCOMPARE(a.status, 401);
            QVERIFY(a.header("www-authenticate").startsWith("Bearer realm=\"btc-worker\""));
        }
        // Unknown paths do not tell strangers what exists.
        QCOMPARE(get(*m_api, u"/electrum/nothing-here"_s).status, 401);

        QCOMPARE(get(*m_api, u"/electrum/servers"_s, auth()).status, 200);
        QCOMPARE(get(*m_api, u"/electrum/servers"_s, {{"Authorization", "bearer " + m_api->accessToken()}}).status,
                 200);
    }

    void docsAndTheOpenApiDocumentStayPublic()
    {
        QCOMPARE(get(*m_api, u"/openapi.json"_s).status, 200);
        QCOMPARE(get(*m_api, u"/docs"_s).status, 200);
        QCOMPARE(get(*m_api, u"/docs/swagger-ui.css"_s).status, 200);
        QCOMPARE(get(*m_api, u"/"_s).status, 302);
        // Swagger UI's "Authorize" button: the document declares the bearer scheme for /electrum/*.
        const QJsonObject doc = QJsonDocument::fromJson(get(*m_api, u"/openapi.json"_s).body).object();
        const QJsonObject scheme =
            doc.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject().value(u"bearer"_s).toObject();
        QCOMPARE(scheme.value(u"type"_s).toString(), u"http"_s);
        QCOMPARE(scheme.value(u"scheme"_s).toString(), u"bearer"_s);
    }

    void cookieIsOwnerOnlyAndHoldsTheToken()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Engine engine(engineOptions(true, dir.path()));
        engine.start();
        QString cookiePath;
        {
            ApiServer api(engine, loopback());
            QVERIFY(api.start().ok());
            cookiePath = api.tokenPath();
            QCOMPARE(cookiePath, dir.filePath(u"api.cookie"_s));
            QFile cookie(cookiePath);
            QVERIFY(cookie.open(QIODevice::ReadOnly));
            QCOMPARE(cookie.readAll(), api.accessToken());
#ifdef Q_OS_UNIX
            QCOMPARE(cookie.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
            QCOMPARE(get(api, u"/electrum/servers"_s, bearer(api.accessToken())).status, 200);
            QCOMPARE(get(api, u"/electrum/servers"_s, auth()).status, 401); // another server's token
        }
        QVERIFY(!QFile::exists(cookiePath)); // removed on shutdown
    }

    void fixedTokenIsUsedWithoutWritingACookie()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Engine engine(engineOptions(true, dir.path()));
        engine.start();
        const QByteArray token = QByteArray(32, 'f') + QByteArray(32, '0');
        ApiOptions options = loopback();
        options.fixedToken = token;
        ApiServer api(engine, options);
        const Status started = api.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QCOMPARE(api.accessToken(), token);
        QVERIFY(api.tokenPath().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"api.cookie"_s)));
        QCOMPARE(get(api, u"/electrum/servers"_s, bearer(token)).status, 200);
        QCOMPARE(get(api, u"/electrum/servers"_s, bearer(QByteArray(64, 'e'))).status, 401);
    }

    void tokenFileMustBePrivateAndLongEnough()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"token"_s);
        auto write = [&](const QByteArray& content, QFileDevice::Permissions permissions) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            QVERIFY(file.setPermissions(permissions));
        };
        const QByteArray token = QByteArray(40, 'k') + "0123456789";
        ApiOptions options = loopback();
        options.tokenFile = path;

        write(token + "\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            ApiServer api(*m_engine, options);
            const Status started = api.start();
            QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
            QCOMPARE(api.accessToken(), token);
            QCOMPARE(api.tokenPath(), path);
            QCOMPARE(get(api, u"/electrum/servers"_s, bearer(token)).status, 200);
        }
        write("short\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            ApiServer api(*m_engine, options);
            const Status started = api.start();
            QVERIFY(!started.ok());
            QVERIFY(started.error().message.contains(u"printable characters"_s));
            QVERIFY(!api.isListening());
        }
#ifdef Q_OS_UNIX
        write(token,
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        {
            ApiServer api(*m_engine, options);
            const Status started = api.start();
            QVERIFY(!started.ok());
            QVERIFY(started.error().message.contains(u"chmod 600"_s));
        }
#endif
    }

    void noAuthIsRefusedUnlessBoundToLoopback()
    {
        ApiOptions open = loopback();
        open.requireToken = false;
        open.bind = QHostAddress(QHostAddress::AnyIPv4);
        ApiServer exposed(*m_engine, open);
        const Status refused = exposed.start();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"--no-auth"_s));
        QVERIFY(refused.error().message.contains(u"0.0.0.0"_s));
        QVERIFY(!exposed.isListening());

        open.bind = QHostAddress(QHostAddress::LocalHost);
        ApiServer local(*m_engine, open);
        QVERIFY(local.start().ok());
        QVERIFY(local.accessToken().isEmpty());
        QCOMPARE(get(local, u"/electrum/servers"_s).status, 200);
    }

    void foreignHostIsRefused()
    {
        Headers headers = auth();
        headers.append({"Host", "evil.example:" + QByteArray::number(m_api->port())});
        const Answer a = get(*m_api, u"/electrum/servers"_s, headers);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.json().value(u"error_kind"_s).toString(), u"not-allowed"_s);
    }

    void foreignOriginIsRefusedAndNoCorsHeadersAreSent()
    {
        const QByteArray own = "http://127.0.0.1:" + QByteArray::number(m_api->port());
        for (const QByteArray& origin : {QByteArray("http://evil.example"), QByteArray("null"),
                                         QByteArray("https://127.0.0.1:") + QByteArray::number(m_api->port()),
                                         QByteArray("http://localhost:") + QByteArray::number(m_api->port())}) {
            Headers headers = auth();
            headers.append({"Origin", origin});
            const Answer a = get(*m_api, u"/electrum/servers"_s, headers);
            QCOMPARE(a.status, 403);
            QVERIFY(a.json().value(u"detail"_s).toString().contains(QString::fromLatin1(origin)));
            QVERIFY(!a.hasCorsHeader());
        }
        Headers same = auth();
        same.append({"Origin", own});
        const Answer a = get(*m_api, u"/electrum/servers"_s, same);
        QCOMPARE(a.status, 200);
        QVERIFY(!a.hasCorsHeader());
    }

    void otherMethodsGive405()
    {
        const Answer post = get(*m_api, u"/electrum/servers"_s, auth(), {}, "POST");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("allow"), QByteArray("GET, HEAD"));
        QCOMPARE(get(*m_api, u"/electrum/servers"_s, auth(), {}, "DELETE").status, 405);
    }

    void hugeUrlGives414()
    {
        const QByteArray target = "/electrum/servers?network=" + QByteArray(9000, 'a');
        const QByteArray raw = rawExchange(m_api->port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(raw), 414);
        QCOMPARE(bodyOf(raw).value(u"status"_s).toInt(), 414);
        // Just under the limit still reaches the API (and its token check).
        const QByteArray fits = "/electrum/servers?x=" + QByteArray(8000, 'a');
        QCOMPARE(statusOf(rawExchange(m_api->port(), "GET " + fits + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")), 401);
    }

    void hugeHeadersGive431()
    {
        QByteArray request = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 24; ++i)
            request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n";
        request += "\r\n";
        bool closed = false;
        const QByteArray raw = rawExchange(m_api->port(), request, 8'000, &closed);
        QCOMPARE(statusOf(raw), 431);
        QVERIFY(closed);
    }

    void anyBodyGives413()
    {
        const QByteArray token = m_api->accessToken();
        for (const QByteArray& framing : {QByteArray("Content-Length: 5\r\n\r\nhello"),
                                          QByteArray("Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")}) {
            const QByteArray raw = rawExchange(m_api->port(), "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                              "Authorization: Bearer " +
                                                                  token + "\r\n" + framing);
            QCOMPARE(statusOf(raw), 413);
        }
        // Content-Length: 0 is no body.
        const QByteArray ok = rawExchange(m_api->port(), "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                         "Authorization: Bearer " +
                                                             token + "\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(statusOf(ok), 200);
        QVERIFY(!hasHeaderLine(ok, "Connection", "close")); // the connection stays open for the next request
    }

    void malformedOrPipelinedRequestsGive400()
    {
        QCOMPARE(statusOf(rawExchange(m_api->port(), "HELLO\r\n\r\n")), 400);
        QCOMPARE(statusOf(rawExchange(m_api->port(), "GET / SPDY/3\r\nHost: 127.0.0.1\r\n\r\n")), 400);
        // Whitespace around the request line (a fuzzer found the gate trimmed it while the HTTP parser would not).
        for (const QByteArray& line :
             {QByteArray(" GET /openapi.json HTTP/1.1"), QByteArray("GET /openapi.json HTTP/1.1 "),
              QByteArray("GET  /openapi.json HTTP/1.1"), QByteArray("\tGET /openapi.json HTTP/1.1")})
            QCOMPARE(statusOf(rawExchange(m_api->port(), line + "\r\nHost: 127.0.0.1\r\n\r\n")), 400);
        const QByteArray one = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QCOMPARE(statusOf(rawExchange(m_api->port(), one + one)), 400);
        QCOMPARE(statusOf(rawExchange(m_api->port(), one)), 200);
    }

    void strictHostAbsoluteTargetsAndVersions()
    {
        const QByteArray port = QByteArray::number(m_api->port());
        const QByteArray token = "Authorization: Bearer " + m_api->accessToken() + "\r\n";
        auto status = [&](const QByteArray& head) { return statusOf(rawExchange(m_api->port(), head)); };
        // Host is a name or address, or [v6], with an optional port, and nothing else.
        for (const QByteArray& host :
             {QByteArray("127.0.0.1:" + port + "@evil.com"), QByteArray("[::1]evil"), QByteArray("[::1]:" + port + "x"),
              QByteArray("127.0.0.1:"), QByteArray("127.0.0.1:80:80"), QByteArray("evil.com/127.0.0.1"),
              QByteArray("127.0.0.1 evil.com"), QByteArray("[127.0.0.1]"), QByteArray("[ ::1]"), QByteArray("[::1 ]"),
              QByteArray("[fe80::1%lo]"), QByteArray("")}) {
            const int got = status("GET /electrum/servers HTTP/1.1\r\nHost: " + host + "\r\n" + token + "\r\n");
            QVERIFY2(got == 400 || (host.isEmpty() && got == 403),
                     (host + " gave " + QByteArray::number(got)).constData());
        }
        QCOMPARE(status("GET /electrum/servers HTTP/1.1\r\nHost: [::1]:" + port + "\r\n" + token + "\r\n"), 200);
        QCOMPARE(status("GET /electrum/servers HTTP/1.1\r\nHost: localhost\r\n" + token + "\r\n"), 200);
        // Two Host headers are one too many, whatever they say.
        QCOMPARE(status("GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n" + token + "\r\n"),
                 400);
        QCOMPARE(status("GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nhost: evil.com\r\n" + token + "\r\n"),
                 400);
        // A header that other parsers would read differently.
        QCOMPARE(status("GET /electrum/servers HTTP/1.1\r\nHost : evil.com\r\nHost: 127.0.0.1\r\n" + token + "\r\n"),
                 400);
        QCOMPARE(status("GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n folded\r\n" + token + "\r\n"), 400);
        // Absolute-form targets only for this host, and only naming the same host as Host.
        QCOMPARE(status("GET http://evil/electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n" + token + "\r\n"), 400);
        QCOMPARE(status("GET http://evil/electrum/servers HTTP/1.1\r\nHost: evil\r\n" + token + "\r\n"), 403);
        QCOMPARE(status("GET http://127.0.0.1:" + port + "/electrum/servers HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                        "\r\n" + token + "\r\n"),
                 200);
        QCOMPARE(status("GET electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n" + token + "\r\n"), 400);
        // No fragment in a target: a batch path with one would be a batch to the gate and not to another parser.
        for (const QByteArray& head :
             {QByteArray("GET /electrum/servers#x HTTP/1.1\r\nHost: 127.0.0.1\r\n" + token + "\r\n"),
              QByteArray("POST /electrum/batch#? HTTP/1.1\r\nHost: 127.0.0.1\r\n" + token +
                         "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n[]")}) {
            const QByteArray raw = rawExchange(m_api->port(), head);
            QCOMPARE(statusOf(raw), 400);
            QVERIFY2(bodyOf(raw).value(u"detail"_s).toString().contains(u"fragment"_s), raw.constData());
        }
        // HTTP/1.0 and 1.1 only.
        for (const QByteArray& version : {QByteArray("HTTP/1.2"), QByteArray("HTTP/2.0"), QByteArray("HTTP/0.9")}) {
            const QByteArray raw =
                rawExchange(m_api->port(), "GET /openapi.json " + version + "\r\nHost: 127.0.0.1\r\n\r\n");
            QCOMPARE(statusOf(raw), 505);
            QCOMPARE(bodyOf(raw).value(u"status"_s).toInt(), 505);
        }
        QCOMPARE(status("GET /openapi.json HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"), 200);
        // 405 for anything but GET and HEAD, on any path, known or not.
        for (const QByteArray& verb :
             {QByteArray("PUT"), QByteArray("POST"), QByteArray("DELETE"), QByteArray("OPTIONS")}) {
            const Answer a = get(*m_api, u"/no/such/path"_s, {}, {}, verb);
            QCOMPARE(a.status, 405);
            QCOMPARE(a.header("allow"), QByteArray("GET, HEAD"));
        }
    }

    void unauthorizedBodyShowsNoLocalPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Engine engine(engineOptions(true, dir.filePath(u"data"_s)));
        engine.start();
        ApiServer api(engine, loopback());
        QVERIFY(api.start().ok());
        QVERIFY(api.tokenPath().startsWith(dir.path()));
        for (const Headers& headers : {Headers{}, bearer(QByteArray(64, 'a'))}) {
            const Answer a = get(api, u"/electrum/servers"_s, headers);
            QCOMPARE(a.status, 401);
            QVERIFY2(!a.body.contains(dir.path().toUtf8()), a.body.constData());
            QVERIFY2(!a.body.contains("/home/") && !a.body.contains("/tmp/"), a.body.constData());
            QVERIFY2(a.json().value(u"detail"_s).toString().contains(u"the api.cookie file in the data directory"_s),
                     a.body.constData());
        }
    }

    void unknownNamesAreCutInAnswers()
    {
        const QString huge(5'000, u'n');
        for (const QString& path : {u"/electrum/cache"_s, u"/electrum/servers"_s, u"/electrum/query"_s,
                                    u"/electrum/tip"_s, u"/electrum/pins"_s}) {
            QUrlQuery q;
            q.addQueryItem(huge, u"1"_s);
            const Answer a = get(*m_api, path, auth(), q);
            QCOMPARE(a.status, 400);
            QVERIFY2(a.body.size() < 1'000, qPrintable(path + u": "_s + QString::number(a.body.size())));
        }
    }

    void dataDirectoryAndItsFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(QFile::setPermissions(
            dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                         QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)); // 0755
        TestElectrumServer tls;
        QVERIFY(tls.start());
        {
            Engine engine(engineOptions(true, dataDir));
            engine.start();
            ApiServer api(engine, loopback());
            QVERIFY(api.start().ok());
            // A TLS query pins the certificate; a check appends to the health history.
            QUrlQuery q = query(u"127.0.0.1"_s, tls.tlsPort());
            q.removeAllQueryItems(u"ssl"_s);
            q.addQueryItem(u"ssl"_s, u"true"_s);
            q.addQueryItem(u"method"_s, u"server.banner"_s);
            QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), q).status, 200);
            // A verified answer keeps the verified header chain (headers/headers-regtest.bin).
            q.removeAllQueryItems(u"method"_s);
            q.addQueryItem(u"method"_s, u"blockchain.headers.subscribe"_s);
            q.addQueryItem(u"verify"_s, u"true"_s);
            QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), q).status, 200);
            q.removeAllQueryItems(u"verify"_s);
            q.removeAllQueryItems(u"method"_s);
            QCOMPARE(get(api, u"/electrum/check"_s, bearer(api.accessToken()), q).status, 200);
            const auto ownerOnly = [](const QString& path, QFileDevice::Permissions expected) {
                // Qt reports the owner's rights twice (Owner and User); nothing for the group or others.
                const auto permissions =
                    QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
                return permissions == expected;
            };
            const auto dirOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
            const auto fileOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            QVERIFY(ownerOnly(dataDir, dirOnly));
            QStringList seen;
            QDirIterator it(dataDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                seen << QDir(dataDir).relativeFilePath(path);
                QVERIFY2(ownerOnly(path, it.fileInfo().isDir() ? dirOnly : fileOnly),
                         qPrintable(seen.last() + u": "_s + QString::number(int(QFile::permissions(path)), 16)));
            }
            for (const QString& expected :
                 {u"certificate-pins.json"_s, u"api.cookie"_s, u"headers"_s, u"headers/headers-regtest.bin"_s})
                QVERIFY2(seen.contains(expected), qPrintable(seen.join(u", "_s)));
        }
    }

    void cacheFalseNeitherReadsNorWritesTheCache()
    {
        auto ask = [&](bool useCache) {
            QUrlQuery q = query(u"127.0.0.1"_s, m_electrum->tcpPort());
            q.addQueryItem(u"method"_s, u"server.donation_address"_s); // cached for a fixed time when stored
            if (!useCache)
                q.addQueryItem(u"cache"_s, u"false"_s);
            return get(*m_api, u"/electrum/query"_s, auth(), q);
        };
        const int before = m_electrum->requestsReceived(u"server.donation_address"_s);
        QCOMPARE(ask(false).status, 200);
        QCOMPARE(ask(false).status, 200);
        QCOMPARE(m_electrum->requestsReceived(u"server.donation_address"_s), before + 2);
        // Nothing was stored, so the first query that may use the cache still asks the server …
        const Answer first = ask(true);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"cached"_s).toBool(), false);
        QCOMPARE(m_electrum->requestsReceived(u"server.donation_address"_s), before + 3);
        // … and stores it for the next one.
        QCOMPARE(ask(true).json().value(u"cached"_s).toBool(), true);
        QCOMPARE(m_electrum->requestsReceived(u"server.donation_address"_s), before + 3);
    }

    void twoRequestsOnOneConnectionAreBothAnswered()
    {
        KeptAliveClient client(m_api->port());
        const QByteArray servers = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                   m_api->accessToken() + "\r\n\r\n";
        const QByteArray first = client.exchange(servers);
        QCOMPARE(statusOf(first), 200);
        QVERIFY(!hasHeaderLine(first, "Connection", "close"));
        QVERIFY(client.isConnected());
        // The next head arrives in pieces: the gate collects it while QtHttpServer parses it.
        client.socket().write("GET /openapi.json HTTP/1.1\r\nHo");
        QTest::qWait(50);
        client.socket().write("st: 127.0.0.1\r\n");
        QTest::qWait(50);
        const QByteArray second = client.exchange("\r\n");
        QCOMPARE(statusOf(second), 200);
        QVERIFY(bodyOf(second).contains(u"openapi"_s));
        // Each request on the connection is still checked: the third one has no token.
        QCOMPARE(statusOf(client.exchange("GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")), 401);
        QCOMPARE(statusOf(client.exchange(servers)), 200);
        QVERIFY(client.isConnected());
        QVERIFY(client.received().isEmpty()); // exactly one answer per request
    }

    void idleKeptAliveConnectionIsClosedWithoutAnAnswer()
    {
        RequestLimits limits;
        limits.idleTimeoutMs = 300;
        limits.headTimeoutMs = 400;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        const QByteArray docs = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

        KeptAliveClient idle(api.port());
        QCOMPARE(statusOf(idle.exchange(docs)), 200);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(idle.waitClosed(5'000));
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(idle.received().isEmpty());

        // A request that starts within the idle time gets the whole head timeout of its own, then a 408.
        KeptAliveClient slow(api.port());
        QCOMPARE(statusOf(slow.exchange(docs)), 200);
        QTest::qWait(200);
        QVERIFY(slow.isConnected());
        clock.restart();
        const QByteArray timedOut = slow.exchange("GET /openapi.json HTTP/1.1\r\nHost: 12", 5'000);
        QCOMPARE(statusOf(timedOut), 408);
        QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(slow.waitClosed(5'000));
    }

    void laterRequestsOverTheLimitsAreStillRefused()
    {
        const QByteArray docs = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QByteArray hugeHeaders = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 24; ++i)
            hugeHeaders += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n";
        hugeHeaders += "\r\n";
        const QList<QPair<QByteArray, int>> refused{
            {"GET /openapi.json?x=" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414},
            {hugeHeaders, 431},
            {"GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello", 413},
            {docs + docs, 400},
        };
        for (const auto& [request, status] : refused) {
            KeptAliveClient client(m_api->port());
            QCOMPARE(statusOf(client.exchange(docs)), 200);
            // Sent in two parts, so that QtHttpServer has already read the first one when the gate refuses (the
            // pipelined pair must arrive together to be seen as one).
            const qsizetype half = status == 400 ? 0 : request.size() / 2;
            client.socket().write(request.left(half));
            QTest::qWait(50);
            const QByteArray answer = client.exchange(request.mid(half));
            QCOMPARE(statusOf(answer), status);
            QVERIFY(hasHeaderLine(answer, "Connection", "close"));
            QVERIFY(client.waitClosed(5'000));
            QVERIFY2(client.received().isEmpty(), client.received().left(200).constData()); // never also served
        }
    }

    void clientAskingToCloseIsHonoured()
    {
        const QByteArray close =
            rawExchange(m_api->port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(close), 200);
        QVERIFY(hasHeaderLine(close, "Connection", "close"));

        // HTTP/1.0 closes unless it asks for keep-alive.
        KeptAliveClient old(m_api->port());
        QCOMPARE(statusOf(old.exchange("GET /openapi.json HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")), 200);
        QVERIFY(old.waitClosed(3'000));
        KeptAliveClient oldKeptAlive(m_api->port());
        const QByteArray kept =
            oldKeptAlive.exchange("GET /openapi.json HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(statusOf(kept), 200);
        QVERIFY(hasHeaderLine(kept, "Connection", "keep-alive"));
        QCOMPARE(statusOf(oldKeptAlive.exchange("GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                "Connection: close\r\n\r\n")),
                 200);
        QVERIFY(oldKeptAlive.waitClosed(3'000));
        QVERIFY(oldKeptAlive.received().isEmpty());
    }

    void rateLimitsCountEveryRequestOnAKeptAliveConnection()
    {
        RequestLimits limits;
        limits.requestsPerSecond = 0.5;
        limits.burst = 3;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        KeptAliveClient client(api.port());
        const QByteArray servers = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                   api.accessToken() + "\r\n\r\n";
        QList<int> statuses;
        for (int i = 0; i < 5; ++i)
            statuses.append(statusOf(client.exchange(servers)));
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 429}));
        QVERIFY(client.isConnected());
    }

    void slowClientIsAnswered408AndDisconnected()
    {
        RequestLimits limits;
        limits.headTimeoutMs = 300;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        QElapsedTimer clock;
        clock.start();
        bool closed = false;
        const QByteArray raw = rawExchange(api.port(), "GET /openapi.json HTTP/1.1\r\nHost: 12", 8'000, &closed);
        QCOMPARE(statusOf(raw), 408);
        QVERIFY(closed);
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
        // A client that sends nothing at all is cut off too.
        QCOMPARE(statusOf(rawExchange(api.port(), {}, 8'000, &closed)), 408);
        QVERIFY(closed);
    }

    void floodGets429WithRetryAfterAndTheApiRecovers()
    {
        RequestLimits limits;
        limits.requestsPerSecond = 5;
        limits.burst = 10;
        ManualClock clock; // the buckets refill only when the test says time has passed
        ApiOptions options = loopback(limits);
        options.clock = &clock;
        ApiServer api(*m_engine, options);
        QVERIFY(api.start().ok());
        const Headers headers = bearer(api.accessToken());

        QList<QNetworkReply*> replies;
        for (int i = 0; i < 300; ++i)
            replies.append(m_nam.get(makeRequest(api, u"/electrum/servers"_s, {}, headers)));
        QVERIFY(QTest::qWaitFor(
            [&] { return std::all_of(replies.begin(), replies.end(), [](auto* r) { return r->isFinished(); }); },
            60'000));
        int ok = 0;
        int limited = 0;
        int retryAfter = 0;
        for (QNetworkReply* reply : replies) {
            const Answer a = collect(reply);
            if (a.status == 200) {
                ++ok;
            } else if (a.status == 429) {
                ++limited;
                retryAfter = std::max(retryAfter, a.header("retry-after").toInt());
                QVERIFY(a.header("retry-after").toInt() >= 1);
                QCOMPARE(a.json().value(u"status"_s).toInt(), 429);
            } else {
                QFAIL(qPrintable(u"unexpected status %1"_s.arg(a.status)));
            }
            reply->deleteLater();
        }
        QVERIFY2(ok >= 10, qPrintable(QString::number(ok)));
        QVERIFY2(limited >= 200, qPrintable(QString::number(limited)));
        QCOMPARE(ok + limited, 300);

        clock.advance(std::chrono::seconds(retryAfter));
        QCOMPARE(get(api, u"/electrum/servers"_s, headers).status, 200);
    }

    void unauthenticatedFloodsNeverSpendTokenHoldersBudget()
    {
        RequestLimits limits;
        limits.requestsPerSecond = 1;
        limits.burst = 5;
        limits.unauthenticatedPerSecond = 0.1; // next to nothing refills while the flood runs
        limits.unauthenticatedBurst = 5;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        const QByteArray anonymous = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        const QByteArray wrong = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                 "Authorization: Bearer " +
                                 QByteArray(64, 'f') + "\r\n\r\n";
        // A 401 flood from the token holders' own address, then from 40 other loopback addresses.
        QMap<int, int> statuses;
        for (int i = 0; i < 40; ++i)
            ++statuses[statusOf(rawExchange(api.port(), i % 2 ? anonymous : wrong))];
        for (int i = 0; i < 40; ++i) {
            const QHostAddress source(u"127.0.0.%1"_s.arg(10 + i));
            ++statuses[statusOf(rawExchangeFrom(source, api.port(), i % 2 ? anonymous : wrong))];
        }
        // Loopback shares one budget without a token: hopping over source addresses gains nothing.
        QVERIFY2(statuses.value(401) <= limits.unauthenticatedBurst + 2,
                 qPrintable(QString::number(statuses.value(401))));
        QVERIFY2(statuses.value(429) >= 70, qPrintable(QString::number(statuses.value(429))));
        QCOMPARE(statuses.value(401) + statuses.value(429), 80);
        // The token holder still has its whole burst.
        const QByteArray holder = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                  "Authorization: Bearer " +
                                  api.accessToken() + "\r\n\r\n";
        for (int i = 0; i < limits.burst; ++i)
            QCOMPARE(statusOf(rawExchange(api.port(), holder)), 200);
        // And the public documentation falls under the anonymous budget, which is spent.
        QCOMPARE(statusOf(rawExchange(api.port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")), 429);
    }

    void tokenHolderIsNeverRateLimitedByDefault()
    {
        // The shipped limits: a script with the token loops as fast as it likes (only the in-flight cap holds), and
        // a flood without the token before and between its requests takes nothing from it.
        ManualClock clock; // frozen: no budget refills during the test, so only a limit's absence lets requests pass
        ApiOptions options = loopback();
        options.clock = &clock;
        ApiServer api(*m_engine, options);
        QVERIFY(api.start().ok());
        const QByteArray anonymous = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        const QByteArray holder = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                  "Authorization: Bearer " +
                                  api.accessToken() + "\r\n\r\n";
        QMap<int, int> anonymousStatuses;
        for (int i = 0; i < 150; ++i)
            ++anonymousStatuses[statusOf(rawExchange(api.port(), anonymous))];
        QVERIFY2(anonymousStatuses.value(429) > 0, "the unauthenticated budget never ran out");
        QMap<int, int> holderStatuses;
        for (int i = 0; i < 300; ++i) {
            ++holderStatuses[statusOf(rawExchange(api.port(), holder))];
            if (i % 3 == 0)
                statusOf(rawExchange(api.port(), anonymous));
        }
        QCOMPARE(holderStatuses.value(200), 300);
    }

    void tokenHolderIsServedWhileAnotherClientHoldsSlowHeaders()
    {
        // 1,000 client sockets need more descriptors than the usual soft limit of 1,024.
        rlimit files{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
        if (files.rlim_cur < 4096 && files.rlim_max > files.rlim_cur) {
            files.rlim_cur = std::min<rlim_t>(files.rlim_max, 4096);
            QCOMPARE(setrlimit(RLIMIT_NOFILE, &files), 0);
        }
        const int attackers = std::min<int>(1000, int(files.rlim_cur) - 400);
        QVERIFY2(attackers >= 500, qPrintable(QString::number(files.rlim_cur)));

        ApiServer api(*m_engine, loopback()); // the default limits
        QVERIFY(api.start().ok());
        // Another local program, on its own thread as it would be in its own process: `attackers` sockets from 50
        // loopback addresses, each sending the start of a head and then nothing, reconnecting when cut off.
        QThread attackThread;
        attackThread.start();
        auto* attack = new SlowHeaderAttack(api.port(), attackers, 15 * attackers);
        attack->moveToThread(&attackThread);
        QMetaObject::invokeMethod(attack, &SlowHeaderAttack::start, Qt::QueuedConnection);
        const auto stopAttack = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                attack, [attack] { delete attack; }, Qt::BlockingQueuedConnection);
            attackThread.quit();
            attackThread.wait();
        });
        // The attack holds (nearly) every connection the API has before the token holder comes.
        const bool full = QTest::qWaitFor([&] { return api.openConnections() >= 60; }, 15'000);
        QVERIFY2(full, qPrintable(u"%1 open after %2 connects"_s.arg(api.openConnections()).arg(attack->connects())));
        QTest::qWait(500);

        const QByteArray request = "GET /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                   "Authorization: Bearer " +
                                   api.accessToken() + "\r\n\r\n";
        QList<qint64> times;
        QMap<int, int> statuses;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer clock;
            clock.start();
            const QByteArray raw = promptExchange(api.port(), request, 5'000);
            times.append(clock.elapsed());
            ++statuses[statusOf(raw)];
            QTest::qWait(50);
        }
        const int attackConnects = attack->connects();
        std::sort(times.begin(), times.end());
        const qint64 median = times.at(times.size() / 2);
        const qint64 p90 = times.at(times.size() * 9 / 10);
        qInfo("token holder under a slow-header attack (%d sockets from 50 addresses, %d connects): 200 for %d of 30, "
              "median %lld ms, p90 %lld ms, max %lld ms",
              attackers, attackConnects, statuses.value(200), median, p90, times.last());
        QCOMPARE(statuses.value(200), 30);
        // Before the per-address caps: 0 of 30 answered (503). The target is 100 ms; the median is 0-1 ms here. A
        // few requests can wait one SYN retransmission (1 s) when the reconnect flood fills the kernel's accept
        // queue (Qt's default backlog), hence the bound on the maximum.
        QVERIFY2(median <= 100, qPrintable(QString::number(median)));
        QVERIFY2(times.last() < 2'000, qPrintable(QString::number(times.last())));
    }

    void oneAddressCannotHoldEveryConnection()
    {
        RequestLimits limits;
        limits.maxConnections = 8;
        limits.maxConnectionsPerAddress = 4;
        limits.maxIncompleteHeadsPerAddress = 3;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        // 127.0.0.2 opens silent connections: the fourth is refused at once (three incomplete heads are its share).
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 3; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(silent.back()->bind(QHostAddress(u"127.0.0.2"_s), 0));
            silent.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), api.port());
            QVERIFY(silent.back()->waitForConnected(5000));
        }
        QTest::qWait(100);
        QCOMPARE(statusOf(rawExchangeFrom(QHostAddress(u"127.0.0.2"_s), api.port(), {})), 503);
        // Other addresses fill the rest of the cap …
        for (int i = 0; i < 5; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(silent.back()->bind(QHostAddress(u"127.0.0.%1"_s.arg(3 + i % 2)), 0));
            silent.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), api.port());
            QVERIFY(silent.back()->waitForConnected(5000));
        }
        QTest::qWait(100);
        // … and a client from a fresh address takes the place of the busiest address's oldest incomplete head.
        QCOMPARE(statusOf(rawExchange(api.port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")), 200);
        QVERIFY(QTest::qWaitFor([&] { return silent.at(0)->state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(silent.at(1)->state(), QAbstractSocket::ConnectedState);
    }

    void cacheStatsStayPromptWhileAServerSendsBigRepliesOrFloods()
    {
        // The rate limit is lifted: this measures the event loop, not the limits.
        RequestLimits limits;
        limits.requestsPerSecond = 1e6;
        limits.burst = 1'000'000;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        // /electrum/cache answered again and again (each on a new connection, waited for without polling sleeps)
        // while `busy` runs; the latencies in ms, sorted.
        auto sample = [&api](const std::function<bool()>& busy) {
            const QByteArray request = "GET /electrum/cache HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                       "Authorization: Bearer " +
                                       api.accessToken() + "\r\n\r\n";
            QList<qint64> times;
            QElapsedTimer overall;
            overall.start();
            while (busy() && overall.elapsed() < 20'000) {
                QElapsedTimer clock;
                clock.start();
                const QByteArray raw = promptExchange(api.port(), request, 5'000);
                times.append(clock.elapsed());
                if (statusOf(raw) != 200)
                    times.last() = 5'000;
            }
            std::sort(times.begin(), times.end());
            return times;
        };
        auto p99 = [](const QList<qint64>& sorted) {
            return sorted.isEmpty() ? -1 : sorted.at(sorted.size() * 99 / 100);
        };

        // A server that floods 100,000 notifications on a pooled session.
        TestElectrumServer::Options options;
        options.enableTls = false;
        TestElectrumServer flooding(options);
        QVERIFY(flooding.start());
        QUrlQuery tip = query(u"127.0.0.1"_s, flooding.tcpPort());
        tip.addQueryItem(u"method"_s, u"blockchain.headers.subscribe"_s);
        QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), tip).status, 200);
        flooding.sendNotifications(100'000);
        QElapsedTimer floodClock;
        floodClock.start();
        const QList<qint64> duringFlood = sample([&] { return floodClock.elapsed() < 1'500; });

        // A server whose answer is a 7 MB line (its banner), asked three times without the cache. It stands for a
        // remote machine, so its own work of writing 7 MB runs on a thread of its own, not on the API's.
        ServerThread big(options);
        QVERIFY(big.start());
        big.run([](TestElectrumServer& server) { server.setBanner(QString(7 * 1024 * 1024, u'b')); });
        QUrlQuery banner = query(u"127.0.0.1"_s, big.tcpPort());
        banner.addQueryItem(u"method"_s, u"server.banner"_s);
        banner.addQueryItem(u"cache"_s, u"false"_s);
        QList<qint64> duringBigReplies;
        for (int i = 0; i < 3; ++i) {
            QNetworkReply* reply = m_nam.get(makeRequest(api, u"/electrum/query"_s, banner, bearer(api.accessToken())));
            duringBigReplies += sample([reply] { return !reply->isFinished(); });
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20'000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        std::sort(duringBigReplies.begin(), duringBigReplies.end());
        qInfo("/electrum/cache while 100,000 notifications arrive: %lld samples, p99 %lld ms, max %lld ms",
              qint64(duringFlood.size()), p99(duringFlood), duringFlood.isEmpty() ? -1 : duringFlood.last());
        qInfo("/electrum/cache while 7 MB replies arrive: %lld samples, p99 %lld ms, max %lld ms",
              qint64(duringBigReplies.size()), p99(duringBigReplies),
              duringBigReplies.isEmpty() ? -1 : duringBigReplies.last());
        QVERIFY(duringFlood.size() >= 10);
        // The target is 20 ms (measured alone: p99 0-4 ms, max 12 ms); the bound leaves room for a loaded machine
        // and still catches the 200 ms stall of parsing every notification.
        QVERIFY2(p99(duringFlood) < 100, qPrintable(QString::number(p99(duringFlood))));
        QVERIFY(!duringBigReplies.isEmpty());
        // The 7 MB answer is parsed on a worker thread and serialised on an HTTP thread, not on the engine's.
        QVERIFY2(p99(duringBigReplies) < 20, qPrintable(QString::number(p99(duringBigReplies))));
    }

    void tooManyRequestsInFlightGive429()
    {
        RequestLimits limits;
        limits.maxInFlightPerClient = 2;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        TestElectrumServer::Options options;
        options.enableTls = false;
        TestElectrumServer silent(options);
        QVERIFY(silent.start());
        silent.setFault(TestElectrumServer::Fault::Silent); // each query waits for its 2 s timeout

        QList<QNetworkReply*> replies;
        for (int i = 0; i < 4; ++i) {
            QUrlQuery q = query(u"127.0.0.1"_s, silent.tcpPort(), 2);
            q.addQueryItem(u"method"_s, u"blockchain.block.header"_s);
            q.addQueryItem(u"params"_s, u"[%1]"_s.arg(i)); // four different requests
            replies.append(m_nam.get(makeRequest(api, u"/electrum/query"_s, q, bearer(api.accessToken()))));
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return std::all_of(replies.begin(), replies.end(), [](auto* r) { return r->isFinished(); }); },
            20'000));
        QList<int> statuses;
        for (QNetworkReply* reply : replies) {
            statuses.append(collect(reply).status);
            reply->deleteLater();
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{429, 429, 504, 504}));
        // The slots are free again once answered.
        QCOMPARE(get(api, u"/electrum/servers"_s, bearer(api.accessToken())).status, 200);
    }

    void connectionsBeyondTheCapGet503()
    {
        RequestLimits limits;
        limits.maxConnections = 3;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), api.port());
            QVERIFY(QTest::qWaitFor([&] { return idle.back()->state() == QAbstractSocket::ConnectedState; }, 5000));
        }
        QTest::qWait(100); // let the server accept all three
        const QByteArray raw = rawExchange(api.port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(raw), 503);
        QVERIFY(hasHeaderLine(raw, "Retry-After", "1"));
        idle.clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return statusOf(rawExchange(api.port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) ==
                       200;
            },
            5000));
    }

    void idleKeptAliveConnectionsMakeRoomAtTheCap()
    {
        RequestLimits limits;
        limits.maxConnections = 3;
        ApiServer api(*m_engine, loopback(limits));
        QVERIFY(api.start().ok());
        // Three clients each get an answer and keep their connection open, idle.
        std::vector<std::unique_ptr<QTcpSocket>> kept;
        for (int i = 0; i < 3; ++i) {
            kept.push_back(std::make_unique<QTcpSocket>());
            QTcpSocket& socket = *kept.back();
            socket.connectToHost(QHostAddress(QHostAddress::LocalHost), api.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(
                QTest::qWaitFor([&] { return socket.bytesAvailable() > 0 && socket.peek(12).contains("200"); }, 5000));
            QTest::qWait(50); // the answer is fully out: the connection is idle now
        }
        // A fourth client is served, and the longest idle connection (the first) gave it its place.
        const QByteArray raw = rawExchange(api.port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(raw), 200);
        QVERIFY(QTest::qWaitFor([&] { return kept.at(0)->state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(kept.at(1)->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(kept.at(2)->state(), QAbstractSocket::ConnectedState);
    }

    void stateChangingAndUnknownMethodsNeverReachTheServer()
    {
        struct Case
        {
            QString method;
            QString params;
            QString needs; // the switch the refusal names
        };
        const QList<Case> cases = {
            {u"blockchain.transaction.broadcast"_s, u"[\"0100\"]"_s, u"--allow-broadcast"_s},
            {u"blockchain.transaction.broadcast_package"_s, u"[[\"0100\"]]"_s, u"--allow-broadcast"_s},
            {u"server.add_peer"_s, u"[{}]"_s, u"--allow-broadcast"_s},
            {u"server.shutdown"_s, u"[]"_s, u"--allow-unknown-methods"_s},
            {u"blockchain.scripthash.get_utxos"_s, u"[]"_s, u"--allow-unknown-methods"_s},
        };
        for (const Case& c : cases) {
            QUrlQuery q = query(u"127.0.0.1"_s, m_electrum->tcpPort());
            q.addQueryItem(u"method"_s, c.method);
            q.addQueryItem(u"params"_s, c.params);
            const Answer a = get(*m_api, u"/electrum/query"_s, auth(), q);
            QVERIFY2(a.status == 403, qPrintable(c.method + u": "_s + QString::number(a.status)));
            QCOMPARE(a.json().value(u"error_kind"_s).toString(), u"not-allowed"_s);
            QVERIFY2(a.json().value(u"detail"_s).toString().contains(c.needs), a.body.constData());
            QCOMPARE(m_electrum->requestsReceived(c.method), 0);
        }
        // A read the table knows goes through.
        QUrlQuery ping = query(u"127.0.0.1"_s, m_electrum->tcpPort());
        ping.addQueryItem(u"method"_s, u"mempool.get_fee_histogram"_s);
        QCOMPARE(get(*m_api, u"/electrum/query"_s, auth(), ping).status, 200);

        // --allow-unknown-methods forwards an unknown read, but an unknown name that is not a read still needs
        // --allow-broadcast.
        EngineOptions options = engineOptions(true);
        options.allowUnknownMethods = true;
        Engine open(options);
        open.start();
        ApiServer api(open, loopback());
        QVERIFY(api.start().ok());
        QUrlQuery read = query(u"127.0.0.1"_s, m_electrum->tcpPort());
        read.addQueryItem(u"method"_s, u"blockchain.scripthash.get_utxos"_s);
        QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), read).status, 502); // the server's error
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.scripthash.get_utxos"_s), 1);
        QUrlQuery shutdown = query(u"127.0.0.1"_s, m_electrum->tcpPort());
        shutdown.addQueryItem(u"method"_s, u"server.shutdown"_s);
        QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), shutdown).status, 403);
        QCOMPARE(m_electrum->requestsReceived(u"server.shutdown"_s), 0);
    }

    void privateTargetsAreRefusedUnlessAllowed()
    {
        Engine guarded(engineOptions(false));
        guarded.start();
        ApiServer api(guarded, loopback());
        QVERIFY(api.start().ok());
        const int before = m_electrum->connectionsAccepted();
        const Answer a = get(api, u"/electrum/query"_s, bearer(api.accessToken()), query(u"127.0.0.1"_s, 50001));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.json().value(u"error_kind"_s).toString(), u"not-allowed"_s);
        const QString detail = a.json().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(u"127.0.0.1"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"--allow-private-targets"_s), qPrintable(detail));
        QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), query(u"10.1.2.3"_s, 50001)).status, 403);
        QCOMPARE(get(api, u"/electrum/query"_s, bearer(api.accessToken()), query(u"[::1]"_s, 50001)).status, 403);
        QCOMPARE(m_electrum->connectionsAccepted(), before);

        // .onion is always allowed past the guard (here Tor is off, so it fails later, but not as a refusal).
        const Answer onion = get(api, u"/electrum/query"_s, bearer(api.accessToken()),
                                 query(u"2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion"_s, 50001, 2));
        QVERIFY2(onion.status != 403 && onion.status != 0, qPrintable(QString::fromUtf8(onion.body)));

        // The same loopback server is reachable when private targets are allowed.
        const Answer allowed = get(*m_api, u"/electrum/query"_s, auth(), query(u"127.0.0.1"_s, m_electrum->tcpPort()));
        QCOMPARE(allowed.status, 200);
    }

    void queryAndCheckConnectToTheCheckedAddressesNotTheName()
    {
        // The guard's resolver is the only one that knows rebind.test (.test is reserved: system DNS answers
        // nothing), so a 200 means the addresses the guard checked reached the socket; no second lookup happened.
        Engine engine(engineOptions(true));
        engine.start();
        int lookups = 0;
        engine.targetGuard().setResolver([&lookups](const QString& host, QObject*, TargetGuard::ResolveCallback done) {
            ++lookups;
            if (host == u"rebind.test"_s)
                done(QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
            else
                done(Error::make(ErrorKind::HostNotFound, u"unknown to the test resolver"_s));
        });
        ApiServer api(engine, loopback());
        QVERIFY(api.start().ok());

        QUrlQuery q = query(u"rebind.test"_s, m_electrum->tcpPort(), 5);
        q.addQueryItem(u"method"_s, u"blockchain.headers.subscribe"_s);
        const Answer queried = get(api, u"/electrum/query"_s, bearer(api.accessToken()), q);
        QVERIFY2(queried.status == 200, queried.body.constData());
        QCOMPARE(queried.json().value(u"result"_s).toObject().value(u"height"_s).toInt(), m_electrum->tipHeight());
        QCOMPARE(lookups, 1);

        QUrlQuery c = query(u"rebind.test"_s, m_electrum->tcpPort(), 10);
        c.addQueryItem(u"network"_s, u"regtest"_s);
        const Answer checked = get(api, u"/electrum/check"_s, bearer(api.accessToken()), c);
        QVERIFY2(checked.status == 200, checked.body.constData());
        QVERIFY2(checked.json().value(u"ok"_s).toBool(), checked.body.constData());
        QCOMPARE(lookups, 2);
    }

    void rateLimiterRefillsOnItsClock()
    {
        ManualClock clock;
        RequestLimits limits;
        limits.requestsPerSecond = 2;
        limits.burst = 3;
        limits.maxInFlightPerClient = 100;
        AccessGuard guard(limits, clock);
        const QHostAddress a(u"127.0.0.1"_s);
        const QHostAddress b(u"::1"_s);
        std::vector<std::shared_ptr<AccessGuard::Ticket>> held;
        for (int i = 0; i < 3; ++i) {
            auto admission = guard.admit(a);
            QVERIFY(admission.admitted());
            held.push_back(admission.ticket);
        }
        const auto refused = guard.admit(a);
        QVERIFY(!refused.admitted());
        QCOMPARE(refused.retryAfterSeconds, 1);
        QVERIFY(guard.admit(b).admitted()); // buckets are per client
        clock.advance(499ms);
        QVERIFY(!guard.admit(a).admitted());
        clock.advance(1ms);
        QVERIFY(guard.admit(a).admitted()); // 500 ms at 2/s: one token
        QVERIFY(!guard.admit(a).admitted());
        QCOMPARE(guard.inFlight(a), 3); // the fourth ticket was dropped at once
        held.clear();
        QCOMPARE(guard.inFlight(a), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiSecurity)
#include "tst_apisecurity.moc"
