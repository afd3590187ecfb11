// Integration: the REST API reaches the project's Electrum test server as a .onion through a private Tor network,
// sends "all via Tor" traffic through the exit, launches its own tor on the first .onion request (waiting for its
// bootstrap), and survives its launched tor being killed.
#include "ApiServer.h"
#include "Engine.h"
#include "OnionTestUtil.h"
#include "PrivateTorNetwork.h"
#include "TestElectrumServer.h"
#include "TorTestUtil.h"
#include "directory/ServerDirectory.h"
#include "net/CertificatePinStore.h"
#include "tor/TorControlClient.h"
#include "tor/TorService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray contentType;
    QJsonObject body;
};

// One GET, waited for with a bound; the API's own timeouts are shorter than this one.
HttpAnswer get(QNetworkAccessManager& http, const QUrl& url)
{
    QNetworkRequest request(url);
    std::unique_ptr<QNetworkReply> reply(http.get(request));
    HttpAnswer answer;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 150'000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

QUrl queryUrl(const ApiServer& api, const QString& host, quint16 port, bool ssl, const QString& method)
{
    QUrl url = api.baseUrl();
    url.setPath(u"/electrum/query"_s);
    QUrlQuery query;
    query.addQueryItem(u"url"_s, host);
    query.addQueryItem(u"port"_s, QString::number(port));
    query.addQueryItem(u"ssl"_s, ssl ? u"true"_s : u"false"_s);
    query.addQueryItem(u"method"_s, method);
    query.addQueryItem(u"timeout"_s, u"90"_s);
    query.addQueryItem(u"cache"_s, u"false"_s); // every call here must travel through Tor, never the cache
    url.setQuery(query);
    return url;
}

// Every connect() the traced process made to an IPv4/IPv6 address, as "address:port", from `strace -e connect`
// output: `123 connect(7, {sa_family=AF_INET, sin_port=htons(9050), sin_addr=inet_addr("127.0.0.1")}, 16) = 0`.
// Local sockets (AF_UNIX: D-Bus, the display) and netlink are not network connections and are not listed.
QStringList networkConnects(const QString& traceFile)
{
    QFile file(traceFile);
    if (!file.open(QIODevice::ReadOnly))
        return {u"(no trace: %1)"_s.arg(file.errorString())};
    static const QRegularExpression inet(
        uR"re(connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\).*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"))re"_s);
    QStringList connects;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const auto match = inet.match(QString::fromLatin1(line));
        if (match.hasMatch())
            connects << match.captured(2) + match.captured(3) + u":"_s + match.captured(1);
    }
    return connects;
}

QString describe(const HttpAnswer& answer)
{
    return u"HTTP %1: %2"_s.arg(answer.status).arg(QString::fromUtf8(QJsonDocument(answer.body).toJson()));
}

// An engine (and its API) whose Tor is the private network's client, or a tor it launches into that network.
struct Stack
{
    QTemporaryDir dataDir;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<ApiServer> api;

    bool start(const TorSettings& tor)
    {
        EngineOptions options;
        options.dataDir = dataDir.path();
        options.tor = tor;
        options.tor.launchDataDir = dataDir.path() + u"/tor"_s;
        options.allowPrivateTargets = true; // the all-via-Tor case queries a 127.0.0.1 server through the exit
        engine = std::make_unique<Engine>(options);
        if (!engine->start().isEmpty())
            return false;
        ApiOptions apiOptions;
        apiOptions.port = 0;
        apiOptions.requireToken = false; // loopback only; the token is covered by tst_apisecurity
        api = std::make_unique<ApiServer>(*engine, apiOptions);
        return api->start().ok();
    }
    bool waitForTor(std::chrono::milliseconds budget)
    {
        return QTest::qWaitFor([&] { return engine->tor().isUsable(); }, int(budget.count()));
    }
};

TorSettings detectedTor(quint16 socksPort)
{
    TorSettings tor;
    tor.autoDetect = false; // never the developer's own tor on 9050
    tor.socksHost = u"127.0.0.1"_s;
    tor.socksPort = socksPort;
    return tor;
}

} // namespace

class TestOnionApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_electrum.start(), qPrintable(m_electrum.errorString()));
        m_net = std::make_unique<PrivateTorNetwork>();
        Status started = m_net->start({m_electrum.tcpPort(), m_electrum.tlsPort()}, 120s);
        if (!started.ok()) {
            // A fresh private network occasionally publishes no usable consensus in time on a loaded machine; one
            // clean restart (new keys, new directories) is still a real network, and the tests below are about us.
            qWarning("private Tor network did not come up, starting it once more: %s",
                     qPrintable(started.error().message));
            started = m_net->start({m_electrum.tcpPort(), m_electrum.tlsPort()}, 120s);
        }
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QVERIFY(m_stack.start(detectedTor(m_net->socksPort())));
        QVERIFY2(m_stack.waitForTor(10s), qPrintable(m_stack.engine->tor().errorMessage()));
    }

    void onionOverTcpAnswersThroughTheApi()
    {
        const auto answer = get(m_http, queryUrl(*m_stack.api, m_net->onionHostname(), m_electrum.tcpPort(), false,
                                                 u"blockchain.headers.subscribe"_s));
        QVERIFY2(answer.status == 200, qPrintable(describe(answer)));
        const QJsonObject tip = answer.body.value(u"result"_s).toObject();
        QCOMPARE(tip.value(u"height"_s).toInt(), m_electrum.tipHeight());
        QCOMPARE(tip.value(u"hex"_s).toString(), m_electrum.headerHex(m_electrum.tipHeight()));
    }

    void onionOverTlsAnswersAndPinsTheCertificate()
    {
        const auto answer = get(m_http, queryUrl(*m_stack.api, m_net->onionHostname(), m_electrum.tlsPort(), true,
                                                 u"blockchain.block.header"_s));
        // method without params fails on the server: we want the RPC error to travel back as a 502 with its code
        QCOMPARE(answer.status, 502);
        QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
        const auto pin =
            m_stack.engine->pins().pin(m_net->onionHostname() + u":"_s + QString::number(m_electrum.tlsPort()));
        QVERIFY(pin.has_value());
        QCOMPARE(pin->sha256, m_electrum.certificateSha256());

        const auto features = get(
            m_http, queryUrl(*m_stack.api, m_net->onionHostname(), m_electrum.tlsPort(), true, u"server.features"_s));
        QVERIFY2(features.status == 200, qPrintable(describe(features)));
        QCOMPARE(features.body.value(u"result"_s).toObject().value(u"genesis_hash"_s).toString(),
                 TestElectrumServer::genesisHashFor(u"regtest"_s));
    }

    void unpublishedOnionIsTorsAnswerNotALocalLookup()
    {
        // Had the name been resolved locally it would fail as host-not-found; only Tor can say "descriptor".
        const auto answer = get(m_http, queryUrl(*m_stack.api, unpublishedOnion(), 50001, false, u"server.ping"_s));
        QCOMPARE(answer.status, 502);
        const QString text = QString::fromUtf8(QJsonDocument(answer.body).toJson());
        QVERIFY2(text.contains(u"descriptor"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"host-not-found"_s), qPrintable(text));
    }

    void torStatusNamesTheSocksEndpoint()
    {
        QUrl url = m_stack.api->baseUrl();
        url.setPath(u"/electrum/tor"_s);
        const auto answer = get(m_http, url);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(u"state"_s).toString(), u"detected"_s);
        QCOMPARE(answer.body.value(u"socks"_s).toObject().value(u"port"_s).toInt(), int(m_net->socksPort()));
    }

    void allViaTorReachesLoopbackThroughTheExit()
    {
        TorSettings tor = detectedTor(m_net->socksPort());
        tor.routeAllViaTor = true;
        Stack stack;
        QVERIFY(stack.start(tor));
        QVERIFY(stack.waitForTor(10s));
        const auto answer =
            get(m_http, queryUrl(*stack.api, u"127.0.0.1"_s, m_electrum.tcpPort(), false, u"server.ping"_s));
        QVERIFY2(answer.status == 200, qPrintable(describe(answer)));

        // The pooled connection stays open, so the Tor client lists it as a stream to our loopback port.
        TorControlClient control;
        QSignalSpy authenticated(&control, &TorControlClient::authenticated);
        control.connectToTor(u"127.0.0.1"_s, m_net->controlPort());
        QVERIFY(authenticated.wait(10'000));
        std::optional<Result<QMap<QString, QString>>> info;
        control.getInfo({u"stream-status"_s}, [&](const Result<QMap<QString, QString>>& r) { info = r; });
        QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 10'000));
        QVERIFY(info->ok());
        const QString streams = info->value().value(u"stream-status"_s);
        // Tor names the chosen exit in the target: "127.0.0.1.<fingerprint>.exit:PORT".
        const QRegularExpression viaExit(
            u"SUCCEEDED \\d+ 127\\.0\\.0\\.1(\\.[0-9A-F]{40}\\.exit)?:%1\\b"_s.arg(m_electrum.tcpPort()));
        QVERIFY2(viaExit.match(streams).hasMatch(), qPrintable(streams));
    }

    void firstOnionRequestsLaunchOneTorAndWaitForItsBootstrap()
    {
        TorSettings tor;
        tor.autoDetect = false;                          // never the developer's own tor on 9050
        tor.extraTorrcLines = m_net->clientTorrcLines(); // launching is allowed by default
        Stack stack;
        QVERIFY(stack.start(tor));
        TorService& service = stack.engine->tor();
        QCOMPARE(service.state(), TorState::Idle); // started, but no tor process until a request needs one
        QVERIFY(service.launcher() == nullptr);
        QSignalSpy states(&service, &TorService::stateChanged);
        QSignalSpy progress(&service, &TorService::bootstrapChanged);

        // Two different first requests at once (no coalescing can hide a second launch).
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> tcp(m_http.get(QNetworkRequest(queryUrl(
            *stack.api, m_net->onionHostname(), m_electrum.tcpPort(), false, u"blockchain.headers.subscribe"_s))));
        std::unique_ptr<QNetworkReply> tls(m_http.get(QNetworkRequest(
            queryUrl(*stack.api, m_net->onionHostname(), m_electrum.tlsPort(), true, u"server.features"_s))));
        QVERIFY(QTest::qWaitFor([&] { return service.waitingCount() == 2 || tcp->isFinished(); }, 10'000));
        QCOMPARE(service.waitingCount(), 2);
        QUrl torUrl = stack.api->baseUrl();
        torUrl.setPath(u"/electrum/tor"_s);
        const auto status = get(m_http, torUrl);
        QCOMPARE(status.status, 200);
        const QString state = status.body.value(u"state"_s).toString();
        QVERIFY2(state == u"launching"_s || state == u"bootstrapping"_s, qPrintable(describe(status)));
        QCOMPARE(status.body.value(u"waiting"_s).toInt(), 2);

        QVERIFY(QTest::qWaitFor([&] { return tcp->isFinished() && tls->isFinished(); }, 150'000));
        qInfo("first .onion requests answered %lld ms after they were sent (launch, bootstrap, circuits)",
              clock.elapsed());
        const int tcpStatus = tcp->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject tcpBody = QJsonDocument::fromJson(tcp->readAll()).object();
        QVERIFY2(tcpStatus == 200, qPrintable(describe({tcpStatus, {}, tcpBody})));
        QCOMPARE(tcpBody.value(u"result"_s).toObject().value(u"height"_s).toInt(), m_electrum.tipHeight());
        const int tlsStatus = tls->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject tlsBody = QJsonDocument::fromJson(tls->readAll()).object();
        QVERIFY2(tlsStatus == 200, qPrintable(describe({tlsStatus, {}, tlsBody})));
        QCOMPARE(tlsBody.value(u"result"_s).toObject().value(u"genesis_hash"_s).toString(),
                 TestElectrumServer::genesisHashFor(u"regtest"_s));

        // One launch served both; the bootstrap was reported as it went, and the launched tor is ready.
        int launches = 0;
        for (const auto& args : states)
            launches += args.first().value<TorState>() == TorState::Launching ? 1 : 0;
        QCOMPARE(launches, 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);
        QCOMPARE(service.state(), TorState::Ready);
        QCOMPARE(service.statusJson().value(u"source"_s).toString(), u"launched"_s);
    }

    void launchedTorKilledMidSessionIsLaunchedAgainByTheNextRequest()
    {
        TorSettings tor;
        tor.autoDetect = false;
        tor.allowLaunch = true;
        tor.launchAtStart = true; // at start, as before any request
        tor.extraTorrcLines = m_net->clientTorrcLines();
        tor.recheckInterval = 500ms;
        Stack stack;
        QVERIFY(stack.start(tor));
        QVERIFY2(stack.waitForTor(90s), qPrintable(stack.engine->tor().errorMessage()));
        const QUrl url = queryUrl(*stack.api, m_net->onionHostname(), m_electrum.tcpPort(), false,
                                  u"blockchain.headers.subscribe"_s);
        const auto before = get(m_http, url);
        QVERIFY2(before.status == 200, qPrintable(describe(before)));

        const qint64 pid = stack.engine->tor().launcher()->processId();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(QTest::qWaitFor([&] { return !stack.engine->tor().isUsable(); }, 10'000));
        // Tor is marked down at once; the next request launches it again and waits for it (issue 23), rather than
        // failing until the periodic recheck. It answers on a fresh connection through the new tor.
        QCOMPARE(stack.engine->tor().state(), TorState::Error);
        const auto during = get(m_http, url);
        QVERIFY2(during.status == 200, qPrintable(describe(during)));
        QCOMPARE(QJsonDocument(during.body).object().value(u"fresh_connection"_s).toBool(), true);
        QVERIFY(stack.engine->tor().launcher() != nullptr);
        QVERIFY(stack.engine->tor().launcher()->processId() != pid);

        QVERIFY2(stack.waitForTor(90s), qPrintable(stack.engine->tor().errorMessage()));
        const auto after = get(m_http, url);
        QVERIFY2(after.status == 200, qPrintable(describe(after)));
    }

    // Issue #23, item 6: the shipped program, from a fresh HOME, with "all via Tor", traced with strace -f: for a query
    // (a loopback server through the exit, and the onion), a check and a scan (with the peer discovery after it),
    // every network connection it opens goes to the Tor SOCKS port. No DNS packet, no direct connection.
    void theProgramAllViaTorConnectsToNothingButTor()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"strace"_s).isEmpty(), "strace is missing (bash scripts/setup.sh)");
        QTemporaryDir home;
        const QString dataDir = home.path() + u"/data"_s;
        {
            // The scan's servers: the test server on loopback and its onion, as the user's own (regtest) servers.
            ServerDirectory directory(dataDir + u"/servers.json"_s);
            QVERIFY(QDir().mkpath(dataDir));
            QVERIFY(directory.load().ok());
            for (const auto& [host, kind] :
                 {std::pair(u"127.0.0.1"_s, HostKind::IPv4), std::pair(m_net->onionHostname(), HostKind::Onion)}) {
                ServerEntry entry;
                entry.host = host;
                entry.kind = kind;
                entry.network = u"regtest"_s;
                entry.tcpPort = m_electrum.tcpPort();
                QVERIFY(directory.add(entry).ok());
            }
        }
        const quint16 apiPort = closedPort(); // free a moment ago: the program listens there
        QVERIFY(apiPort != 0);
        const QString trace = home.path() + u"/connect.trace"_s;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/share"_s);
        env.remove(u"REDIS_HOST"_s);
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(u"strace"_s, {u"-f"_s,
                                u"-qq"_s,
                                u"-e"_s,
                                u"trace=connect"_s,
                                u"-e"_s,
                                u"signal=none"_s,
                                u"-o"_s,
                                trace,
                                QStringLiteral(BTCW_APP),
                                u"--headless"_s,
                                u"--no-auth"_s,
                                u"--api-port"_s,
                                QString::number(apiPort),
                                u"--data-dir"_s,
                                dataDir,
                                u"--tor-socks"_s,
                                u"127.0.0.1:%1"_s.arg(m_net->socksPort()),
                                u"--no-launch-tor"_s,
                                u"--all-via-tor"_s,
                                u"--allow-private-targets"_s});
        QVERIFY2(app.waitForStarted(10'000), qPrintable(app.errorString()));
        // strace ends when the program does; SIGTERM to strace would only detach it and leave the program running.
        const auto endProgram = [&] {
            QProcess::execute(u"pkill"_s, {u"-TERM"_s, u"-P"_s, QString::number(app.processId())});
            if (!app.waitForFinished(15'000)) {
                QProcess::execute(u"pkill"_s, {u"-KILL"_s, u"-P"_s, QString::number(app.processId())});
                app.kill();
                app.waitForFinished(5'000);
            }
        };
        auto stop = qScopeGuard(endProgram);
        QUrl base(u"http://127.0.0.1:%1"_s.arg(apiPort));
        const auto at = [&](const QString& path, std::initializer_list<std::pair<QString, QString>> items) {
            QUrl url = base;
            url.setPath(path);
            QUrlQuery query;
            for (const auto& [key, value] : items)
                query.addQueryItem(key, value);
            url.setQuery(query);
            return url;
        };
        // Up once the API answers and Tor is found at the given port.
        QVERIFY(QTest::qWaitFor(
            [&] { return get(m_http, at(u"/electrum/tor"_s, {})).body.value(u"state"_s).toString() == u"detected"_s; },
            30'000));

        const QString port = QString::number(m_electrum.tcpPort());
        for (const QString& host : {u"127.0.0.1"_s, m_net->onionHostname()}) {
            const auto query = get(m_http, at(u"/electrum/query"_s, {{u"url"_s, host},
                                                                     {u"port"_s, port},
                                                                     {u"ssl"_s, u"false"_s},
                                                                     {u"method"_s, u"blockchain.headers.subscribe"_s},
                                                                     {u"timeout"_s, u"90"_s}}));
            QVERIFY2(query.status == 200, qPrintable(describe(query)));
        }
        const auto check = get(
            m_http,
            at(u"/electrum/check"_s,
               {{u"url"_s, u"127.0.0.1"_s}, {u"port"_s, port}, {u"ssl"_s, u"false"_s}, {u"network"_s, u"regtest"_s}}));
        QVERIFY2(check.status == 200, qPrintable(describe(check)));
        QVERIFY2(check.body.value(u"ok"_s).toBool(), qPrintable(describe(check)));
        const auto started =
            get(m_http, at(u"/electrum/scan"_s, {{u"network"_s, u"regtest"_s}, {u"action"_s, u"start"_s}}));
        QVERIFY2(started.status == 202, qPrintable(describe(started)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto state = get(m_http, at(u"/electrum/scan"_s, {{u"network"_s, u"regtest"_s}}));
                return !state.body.value(u"running"_s).toBool(true) && !state.body.value(u"discovering"_s).toBool(true);
            },
            150'000));
        // Both servers were checked, and both answered the peer discovery after the scan (through Tor).
        const auto done = get(m_http, at(u"/electrum/scan"_s, {{u"network"_s, u"regtest"_s}}));
        QVERIFY(done.body.value(u"done"_s).toInt() >= 2);
        QStringList answered;
        for (const auto& a : done.body.value(u"last_discovery"_s)[u"announcers"_s].toArray()) {
            if (a[u"answered"_s].toBool())
                answered << a[u"server"_s].toString();
        }
        QVERIFY2(answered.contains(u"127.0.0.1:%1:t"_s.arg(port)), qPrintable(answered.join(u", "_s)));
        QVERIFY2(answered.contains(u"%1:%2:t"_s.arg(m_net->onionHostname(), port)), qPrintable(answered.join(u", "_s)));

        stop.dismiss();
        endProgram();
        QCOMPARE(app.state(), QProcess::NotRunning);
        const QStringList connects = networkConnects(trace);
        const QString socks = u"127.0.0.1:%1"_s.arg(m_net->socksPort());
        QStringList other;
        for (const QString& c : connects) {
            if (c != socks)
                other << c;
        }
        qInfo("%lld connections to Tor's SOCKS port, %lld elsewhere", qlonglong(connects.size() - other.size()),
              qlonglong(other.size()));
        QVERIFY2(connects.size() - other.size() >= 4, qPrintable(connects.join(u", "_s))); // query ×2, check, scan
        QVERIFY2(other.isEmpty(), qPrintable(u"connections outside Tor: "_s + other.join(u", "_s)));
    }

    void cleanupTestCase()
    {
        m_stack.api.reset();
        m_stack.engine.reset();
        m_net.reset();
    }

private:
    TestElectrumServer m_electrum;
    std::unique_ptr<PrivateTorNetwork> m_net;
    Stack m_stack;
    QNetworkAccessManager m_http;
};

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestOnionApi)
#include "tst_onionapi.moc"
