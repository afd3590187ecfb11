// The query console against the project's test Electrum server on loopback.
#include "Engine.h"
#include "TestElectrumServer.h"
#include "widgets/QueryConsole.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

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

// The console asks through the engine's query service, as the window does: no Tor, nothing written to disk.
EngineOptions consoleEngine()
{
    EngineOptions options;
    options.tor.enabled = false;
    return options;
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
};

void TestQueryConsole::headersSubscribeShowsTheTipHeightWithTiming()
{
    TestElectrumServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
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
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
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
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
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
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
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
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
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

QTEST_MAIN(TestQueryConsole)
#include "tst_queryconsole.moc"
