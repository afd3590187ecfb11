// The API's locks over real HTTP on loopback: bearer token, Host and Origin rules, request limits, rate and
// concurrency limits, connection cap, slow clients, kept-alive connections, the SSRF guard and refused start-up
// configurations.
#include "AccessGuard.h"
#include "ApiServer.h"
#include "Clock.h"
#include "Engine.h"
#include "TestElectrumServer.h"
#include "net/TargetGuard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

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
        const QByteArray one = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QCOMPARE(statusOf(rawExchange(m_api->port(), one + one)), 400);
        QCOMPARE(statusOf(rawExchange(m_api->port(), one)), 200);
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
