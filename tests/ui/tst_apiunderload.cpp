// The window stays responsive while the local API is flooded: an offscreen MainWindow over an Engine with the
// ApiServer in one thread (as app/main.cpp wires them), a few hundred concurrent API clients in another, and the
// GUI event loop's lateness measured throughout.
#include "ApiServer.h"
#include "Engine.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"

#include <QElapsedTimer>
#include <QMap>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

constexpr int kClients = 300;
constexpr int kRequestsPerClient = 4;
constexpr int kRequestTimeoutMs = 15'000; // one request, connect to last byte
constexpr int kFloodDeadlineMs = 20'000;  // the whole flood
constexpr int kTickMs = 10;
constexpr qint64 kMaxLatenessMs = 250;

struct FloodPlan
{
    quint16 apiPort = 0;
    QByteArray token;
    quint16 electrumPort = 0;
    int tipHeight = 0;
};

// What the flood saw: HTTP statuses by request kind, and every request that got no complete HTTP answer.
struct FloodResult
{
    QMap<QString, QMap<int, int>> statuses; // kind → status → count
    QStringList failures;
    int answered = 0;
    qint64 elapsedMs = 0;
};

// Status code of a complete HTTP/1.1 answer (status line, headers and a body as long as Content-Length), else 0.
int completeStatus(const QByteArray& raw)
{
    if (!raw.startsWith("HTTP/1.1 ") || raw.size() < 12)
        return 0;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray& line : raw.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return raw.size() - (headEnd + 4) >= length ? raw.mid(9, 3).toInt() : 0;
}

// Many API clients in one thread: each sends its requests one after another, one connection per request (the API
// closes every connection after its answer), all clients at once.
class Flood : public QObject
{
    Q_OBJECT
public:
    explicit Flood(FloodPlan plan) : m_plan(std::move(plan)), m_round(kClients, 0) {}

    FloodResult result;

    void start()
    {
        m_clock.start();
        QTimer::singleShot(kFloodDeadlineMs, this, [this] {
            if (m_clientsDone < kClients) {
                result.failures << QStringLiteral("%1 clients still busy after %2 ms")
                                       .arg(kClients - m_clientsDone)
                                       .arg(kFloodDeadlineMs);
                finishFlood();
            }
        });
        for (int client = 0; client < kClients; ++client)
            next(client);
    }

signals:
    void finished();

private:
    // Request k of the whole flood: the server list, a cacheable tip, a cacheable header, an uncached header.
    std::pair<QString, QByteArray> requestFor(int k) const
    {
        const QByteArray base =
            "/electrum/query?url=127.0.0.1&port=" + QByteArray::number(m_plan.electrumPort) + "&ssl=false&method=";
        const QByteArray height = QByteArray::number(k % (m_plan.tipHeight + 1));
        switch (k % 4) {
        case 0:
            return {QStringLiteral("servers"), "/electrum/servers?network=regtest"};
        case 1:
            return {QStringLiteral("tip (cached)"), base + "blockchain.headers.subscribe"};
        case 2:
            return {QStringLiteral("header (cached)"), base + "blockchain.block.header&params=%5B" + height + "%5D"};
        default:
            return {QStringLiteral("header (uncached)"),
                    base + "blockchain.block.header&cache=false&params=%5B" + height + "%5D"};
        }
    }

    void next(int client)
    {
        if (m_finished)
            return;
        const int round = m_round[client]++;
        if (round >= kRequestsPerClient) {
            if (++m_clientsDone == kClients)
                finishFlood();
            return;
        }
        const auto planned = requestFor(client * kRequestsPerClient + round);
        const QString kind = planned.first;
        const QByteArray& target = planned.second;
        const QByteArray request = "GET " + target +
                                   " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_plan.apiPort) +
                                   "\r\nAuthorization: Bearer " + m_plan.token + "\r\nConnection: close\r\n\r\n";
        auto* socket = new QTcpSocket(this);
        auto received = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        auto finish = [this, client, kind, socket, received, done](const QString& why) {
            if (*done || m_finished)
                return;
            *done = true;
            *received += socket->readAll();
            const int status = completeStatus(*received);
            if (status > 0) {
                ++result.answered;
                ++result.statuses[kind][status];
            } else {
                result.failures << QStringLiteral("%1: no complete HTTP answer (%2; %3 bytes)")
                                       .arg(kind, why)
                                       .arg(received->size());
            }
            socket->deleteLater();
            next(client);
        };
        connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, received] { *received += socket->readAll(); });
        connect(socket, &QTcpSocket::disconnected, socket, [finish] { finish(QStringLiteral("closed")); });
        connect(socket, &QTcpSocket::errorOccurred, socket,
                [finish, socket](QAbstractSocket::SocketError) { finish(socket->errorString()); });
        QTimer::singleShot(kRequestTimeoutMs, socket,
                           [finish] { finish(QStringLiteral("no answer within %1 ms").arg(kRequestTimeoutMs)); });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_plan.apiPort);
    }

    void finishFlood()
    {
        if (m_finished)
            return;
        m_finished = true;
        result.elapsedMs = m_clock.elapsed();
        emit finished();
    }

    FloodPlan m_plan;
    QList<int> m_round; // per client: the next request's index
    int m_clientsDone = 0;
    bool m_finished = false;
    QElapsedTimer m_clock;
};

// How late a 10 ms timer fires on the thread it lives in: the event loop's responsiveness.
class LatenessProbe : public QObject
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_samples.append(std::max<qint64>(0, m_clock.restart() - kTickMs)); });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    QList<qint64> sorted() const
    {
        QList<qint64> s = m_samples;
        std::sort(s.begin(), s.end());
        return s;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<qint64> m_samples;
};

qint64 percentile(const QList<qint64>& sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
}

// Runs `work` on `thread`'s event loop and waits for it.
template <typename F> void runOn(QThread& thread, F work)
{
    QObject anchor;
    anchor.moveToThread(&thread);
    QMetaObject::invokeMethod(&anchor, work, Qt::BlockingQueuedConnection);
}

} // namespace

class TestApiUnderLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // Keep the window's QSettings in a temporary directory, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("btcw-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_apiunderload"));
    }

    void windowStaysResponsiveWhileTheApiIsFlooded()
    {
        // The Electrum server stands for a remote machine: its own thread, not the GUI's.
        QThread serverThread;
        serverThread.setObjectName(QStringLiteral("electrum"));
        serverThread.start();
        TestElectrumServer* electrum = nullptr;
        bool electrumUp = false;
        FloodPlan plan;
        runOn(serverThread, [&] {
            electrum = new TestElectrumServer;
            electrumUp = electrum->start();
            plan.electrumPort = electrum->tcpPort();
            plan.tipHeight = electrum->tipHeight();
        });
        const auto stopElectrum = qScopeGuard([&] {
            runOn(serverThread, [&] { delete electrum; });
            serverThread.quit();
            serverThread.wait();
        });
        QVERIFY(electrumUp);

        // Engine, API and window share the GUI thread, as in app/main.cpp.
        QTemporaryDir dir;
        EngineOptions options;
        options.dataDir = dir.filePath(QStringLiteral("data"));
        options.tor.enabled = false;
        options.allowPrivateTargets = true;
        options.health.discoverPeers = false;
        Engine engine(options);
        engine.start();
        MainWindow window(engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ApiOptions apiOptions;
        apiOptions.bind = QHostAddress(QHostAddress::LocalHost);
        apiOptions.port = 0;
        // Roomier connection caps than the defaults so most of the flood does real work; the in-flight cap still
        // answers the rest (429/503). Token holders have no rate limit by default.
        apiOptions.limits.maxConnections = 256;
        apiOptions.limits.maxConnectionsPerAddress = 256; // every flooding client is 127.0.0.1
        apiOptions.limits.maxIncompleteHeadsPerAddress = 256;
        apiOptions.limits.maxInFlightPerClient = 128;
        ApiServer api(engine, apiOptions);
        QVERIFY(api.start().ok());
        window.setApiStatus(api.baseUrl().toString(), {});
        plan.apiPort = api.port();
        plan.token = api.accessToken();

        QThread clientThread;
        clientThread.setObjectName(QStringLiteral("clients"));
        clientThread.start();
        Flood* flood = nullptr;
        bool floodDone = false;
        runOn(clientThread, [&] { flood = new Flood(plan); });
        connect(flood, &Flood::finished, this, [&floodDone] { floodDone = true; }); // queued to this thread
        const auto stopClients = qScopeGuard([&] {
            runOn(clientThread, [&] { delete flood; });
            clientThread.quit();
            clientThread.wait();
        });

        LatenessProbe probe;
        probe.start();
        QMetaObject::invokeMethod(flood, &Flood::start, Qt::QueuedConnection);
        QVERIFY(QTest::qWaitFor([&] { return floodDone; }, kFloodDeadlineMs + 5'000));
        probe.stop();

        const FloodResult result = flood->result; // the client thread is idle once it has finished
        const QList<qint64> lateness = probe.sorted();
        QString summary;
        for (auto kind = result.statuses.cbegin(); kind != result.statuses.cend(); ++kind) {
            QStringList counts;
            for (auto s = kind->cbegin(); s != kind->cend(); ++s)
                counts << QStringLiteral("%1×%2").arg(s.value()).arg(s.key());
            summary += QStringLiteral(" %1: %2;").arg(kind.key(), counts.join(QLatin1Char(' ')));
        }
        qInfo("%d clients × %d requests in %lld ms, %d answered:%s", kClients, kRequestsPerClient, result.elapsedMs,
              result.answered, qPrintable(summary));
        qInfo("GUI loop lateness over %lld ticks of %d ms: p50 %lld ms, p99 %lld ms, max %lld ms",
              qint64(lateness.size()), kTickMs, percentile(lateness, 0.50), percentile(lateness, 0.99),
              lateness.isEmpty() ? -1 : lateness.last());

        // Every request got a whole HTTP answer, and only the expected ones.
        QVERIFY2(result.failures.isEmpty(), qPrintable(result.failures.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(result.answered, kClients * kRequestsPerClient);
        for (const auto& byStatus : result.statuses) {
            for (auto s = byStatus.cbegin(); s != byStatus.cend(); ++s)
                QVERIFY2(QList<int>({200, 304, 429, 503}).contains(s.key()), qPrintable(summary));
        }
        // Real work was done for every kind of request, not only refusals.
        for (const QString& kind : {QStringLiteral("servers"), QStringLiteral("tip (cached)"),
                                    QStringLiteral("header (cached)"), QStringLiteral("header (uncached)")}) {
            QVERIFY2(result.statuses.value(kind).value(200) > 0, qPrintable(kind + QLatin1Char(':') + summary));
        }
        QVERIFY(!lateness.isEmpty());
        // The window's loop does no HTTP work (issue 16): parsing and answering happen on the API's HTTP threads.
        QVERIFY2(percentile(lateness, 0.99) < 20,
                 qPrintable(QStringLiteral("the GUI loop was %1 ms late at p99").arg(percentile(lateness, 0.99))));
        QVERIFY2(lateness.last() < kMaxLatenessMs,
                 qPrintable(QStringLiteral("the GUI loop was %1 ms late").arg(lateness.last())));

        // Afterwards the API answers normally: an uncached query goes to the server and back.
        QTcpSocket after;
        after.connectToHost(QHostAddress(QHostAddress::LocalHost), api.port());
        after.write("GET /electrum/query?url=127.0.0.1&port=" + QByteArray::number(plan.electrumPort) +
                    "&ssl=false&method=blockchain.headers.subscribe&cache=false HTTP/1.1\r\nHost: 127.0.0.1:" +
                    QByteArray::number(api.port()) + "\r\nAuthorization: Bearer " + plan.token + "\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += after.readAll();
                return completeStatus(answer) > 0;
            },
            5'000));
        QCOMPARE(completeStatus(answer), 200);
        QVERIFY(answer.contains("\"height\":" + QByteArray::number(plan.tipHeight)));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestApiUnderLoad)
#include "tst_apiunderload.moc"
