// The query console and the check runner against the project's test Electrum server on loopback.
#include "TestElectrumServer.h"
#include "electrum/SessionPool.h"
#include "models/ServerCheckRunner.h"
#include "net/CertificatePinStore.h"
#include "net/ProxyPolicy.h"
#include "widgets/QueryConsole.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

ServerEntry entryFor(quint16 port, Transport transport, const QString& host = QStringLiteral("127.0.0.1"))
{
    ServerEntry e;
    e.host = host;
    e.kind = HostKind::IPv4;
    e.network = QStringLiteral("regtest");
    if (transport == Transport::Tls)
        e.tlsPort = port;
    else
        e.tcpPort = port;
    return e;
}

// A loopback port nothing listens on: bind, note the port, close.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestQueryConsole : public QObject
{
    Q_OBJECT
private slots:
    void headersSubscribeShowsTheTipHeightWithTiming();
    void badJsonIsReportedWithoutSending();
    void rpcErrorsAreShownInPlainWords();
    void historyRestoresAnEarlierQuery();
    void copyAsCurlGivesTheLocalApiCall();
    void checkRunnerMarksServersUpAndDown();
    void checkRunnerBoundsConcurrencyAndCancels();
};

void TestQueryConsole::headersSubscribeShowsTheTipHeightWithTiming()
{
    TestElectrumServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CertificatePinStore pins;
    ProxyPolicy proxies;
    SessionPool pool({}, &pins, &proxies);
    QueryConsole console(pool);
    console.setServers({entryFor(server.tlsPort(), Transport::Tls)});
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls).value());
    console.setMethod(QStringLiteral("blockchain.headers.subscribe"));
    console.setParamsText(QStringLiteral("[]"));

    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(console.isBusy()); // asynchronous: send() returns before the answer
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(console.resultText().contains(QStringLiteral("\"height\": %1").arg(server.tipHeight())),
             qPrintable(console.resultText()));
    QVERIFY(console.resultText().contains(server.headerHex(server.tipHeight())));
    QVERIFY2(console.statusText().startsWith(QStringLiteral("Answered in ")), qPrintable(console.statusText()));
    QVERIFY(console.statusText().contains(QStringLiteral("protocol 1.6")));
    QCOMPARE(console.historyCount(), 1);
    QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.headers.subscribe")), 1);
}

void TestQueryConsole::badJsonIsReportedWithoutSending()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    ProxyPolicy proxies;
    SessionPool pool({}, nullptr, &proxies);
    QueryConsole console(pool);
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("blockchain.block.header"));
    console.setParamsText(QStringLiteral("[1,"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(console.statusText().startsWith(QStringLiteral("The parameters are not valid JSON")),
             qPrintable(console.statusText()));
    QVERIFY(!console.isBusy());
    QTest::qWait(50);
    QCOMPARE(server.totalRequestsReceived(), 0);
    QCOMPARE(console.historyCount(), 0);
}

void TestQueryConsole::rpcErrorsAreShownInPlainWords()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    server.setMethodError(QStringLiteral("server.banner"), 2, QStringLiteral("no banner today"));
    ProxyPolicy proxies;
    SessionPool pool({}, nullptr, &proxies);
    QueryConsole console(pool);
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("server.banner"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(console.statusText().startsWith(QStringLiteral("Failed: ")), qPrintable(console.statusText()));
    QVERIFY2(console.resultText().contains(QStringLiteral("no banner today")), qPrintable(console.resultText()));
    QVERIFY(console.resultText().contains(QStringLiteral("Server error code 2")));
}

void TestQueryConsole::historyRestoresAnEarlierQuery()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    ProxyPolicy proxies;
    SessionPool pool({}, nullptr, &proxies);
    QueryConsole console(pool);
    const auto address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
    console.setServer(address);
    console.setMethod(QStringLiteral("blockchain.block.header"));
    console.setParamsText(QStringLiteral("[3]"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(console.resultText(), QStringLiteral("\"%1\"").arg(server.headerHex(3)));

    console.setMethod(QStringLiteral("server.ping"));
    auto* history = console.findChild<QListWidget*>();
    QVERIFY(history);
    QCOMPARE(history->count(), 1);
    emit history->itemActivated(history->item(0));
    QCOMPARE(console.currentMethod(), QStringLiteral("blockchain.block.header"));
    QCOMPARE(console.curlText().value(),
             QStringLiteral("curl 'http://127.0.0.1:5000/electrum/query?url=127.0.0.1&port=%1&ssl=false"
                            "&method=blockchain.block.header&params=%5B3%5D'")
                 .arg(server.tcpPort()));
}

void TestQueryConsole::copyAsCurlGivesTheLocalApiCall()
{
    ProxyPolicy proxies;
    SessionPool pool({}, nullptr, &proxies);
    QueryConsole console(pool);
    console.setApiBaseUrl(QStringLiteral("http://127.0.0.1:5080"));
    console.setServer(ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls).value());
    console.setMethod(QStringLiteral("blockchain.scripthash.get_balance"));
    console.setParamsText(QStringLiteral("[\"8b01df4e368ea28f8dc0423bcf7a4923e3a12d307c875e47a0cfbf90b5c39161\"]"));
    const QString expected =
        QStringLiteral("curl 'http://127.0.0.1:5080/electrum/query?url=electrum.example.org&port=50002&ssl=true"
                       "&method=blockchain.scripthash.get_balance"
                       "&params=%5B%228b01df4e368ea28f8dc0423bcf7a4923e3a12d307c875e47a0cfbf90b5c39161%22%5D'");
    QCOMPARE(console.curlText().value(), expected);
    console.copyCurl();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    console.setParamsText(QStringLiteral("not json"));
    QVERIFY(!console.curlText().ok());
}

void TestQueryConsole::checkRunnerMarksServersUpAndDown()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    CertificatePinStore pins;
    ProxyPolicy proxies;
    SessionPool pool({}, &pins, &proxies);
    ServerCheckRunner runner(pool);
    runner.setTimeout(5s);
    const QDateTime fixed(QDate(2024, 1, 2), QTime(3, 4), QTimeZone::utc());
    runner.setClock([fixed] { return fixed; });

    const quint16 nothing = closedPort();
    QVERIFY(nothing != 0);
    ServerEntry noPorts = entryFor(1, Transport::Tcp, QStringLiteral("127.0.0.2"));
    noPorts.tcpPort.reset();
    // The key is network/host: the same loopback host in other networks makes distinct rows.
    QList<ServerEntry> distinct = {entryFor(server.tlsPort(), Transport::Tls), entryFor(nothing, Transport::Tcp),
                                   noPorts};
    distinct[1].network = QStringLiteral("testnet");
    QSignalSpy started(&runner, &ServerCheckRunner::serverStarted);
    QSignalSpy results(&runner, &ServerCheckRunner::serverFinished);
    QSignalSpy finished(&runner, &ServerCheckRunner::finished);
    runner.enqueue(distinct);
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.total(), 3);
    QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(started.count(), 3);
    QCOMPARE(results.count(), 3);
    QHash<QString, ServerStatus> byKey;
    for (const auto& args : results)
        byKey.insert(args.at(0).toString(), args.at(1).value<ServerStatus>());

    const ServerStatus ok = byKey.value(distinct[0].key());
    QCOMPARE(ok.state, ServerState::Up);
    QCOMPARE(ok.height, server.tipHeight());
    QVERIFY(ok.latencyMs >= 0);
    QCOMPARE(ok.lastChecked, fixed);
    QCOMPARE(ok.certificateSha256, server.certificateSha256());
    QCOMPARE(ok.serverSoftware, TestElectrumServer::serverSoftware());
    QVERIFY(ok.features.contains(QStringLiteral("genesis_hash")));

    const ServerStatus refused = byKey.value(distinct[1].key());
    QCOMPARE(refused.state, ServerState::Down);
    QVERIFY(!refused.reason.isEmpty());
    const ServerStatus portless = byKey.value(distinct[2].key());
    QCOMPARE(portless.state, ServerState::Down);
    QCOMPARE(portless.reason, QStringLiteral("The server has neither a TCP nor a TLS port."));
    QVERIFY(!runner.isRunning());
}

void TestQueryConsole::checkRunnerBoundsConcurrencyAndCancels()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    server.setMethodDelay(QStringLiteral("server.features"), 300ms);
    ProxyPolicy proxies;
    SessionPool pool({}, nullptr, &proxies);
    ServerCheckRunner runner(pool);
    runner.setConcurrency(2);
    QList<ServerEntry> entries;
    // Six rows (distinct network/host keys) that all reach the one test server.
    for (int i = 1; i <= 6; ++i) {
        ServerEntry e = entryFor(server.tcpPort(), Transport::Tcp);
        e.network = QStringLiteral("net%1").arg(i);
        entries.append(e);
    }
    QSignalSpy started(&runner, &ServerCheckRunner::serverStarted);
    QSignalSpy results(&runner, &ServerCheckRunner::serverFinished);
    QSignalSpy finished(&runner, &ServerCheckRunner::finished);
    runner.enqueue(entries);
    runner.enqueue(entries); // already queued: not added twice
    QCOMPARE(runner.total(), 6);
    QCOMPARE(started.count(), 2); // only `concurrency` at a time
    QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 1, 10'000);
    QVERIFY(started.count() <= results.count() + 2);
    runner.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    const int seen = results.count();
    QTest::qWait(800); // answers still on their way are ignored
    QCOMPARE(results.count(), seen);
    QVERIFY(seen < 6);
    QVERIFY(!runner.isRunning());
}

QTEST_MAIN(TestQueryConsole)
#include "tst_queryconsole.moc"
