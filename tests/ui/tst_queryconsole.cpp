// The query console against the project's test Electrum server on loopback.
#include "Engine.h"
#include "TestChain.h"
#include "TestElectrumServer.h"
#include "models/AnswerDecoder.h"
#include "widgets/QueryConsole.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
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
    void addressWorksWhereAScripthashGoes();
    void badAddressIsRefusedWithItsReason();
    void methodBoxTakesATypedMethod();
    void typedMethodIsCheckedAgainstThePolicy();
    void ctrlEnterSends();
    void headerIsDecodedBesideTheJson();
    void historyIsDecodedAsATable();
    void copyAsCurlPassesTheAddressToTheApi();
    void copyAsCurlWarnsWhenTheApiRefusesAPrivateTarget();
    void verifyBoxChecksTheAnswerAndSaysSo();
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
    // The console's call, and the pooled connection's own subscription that follows the tip: nothing retried.
    QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.headers.subscribe")), 2);
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

void TestQueryConsole::addressWorksWhereAScripthashGoes()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    const btcw::test::FundedScript funded = server.fundedScripts().first();
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("blockchain.scripthash.get_balance"));
    console.setParamsText(QStringLiteral("[\"%1\"]").arg(funded.address));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(console.statusText() + console.resultText()));
    const qint64 confirmed = server.chain().confirmedBalance(funded.scriptHash);
    QVERIFY(confirmed > 0);
    QVERIFY2(console.resultText().contains(QStringLiteral("\"confirmed\": %1").arg(confirmed)),
             qPrintable(console.resultText()));
    QVERIFY2(console.statusText().contains(funded.scriptHash), qPrintable(console.statusText()));
    // Balances read in BTC and sats.
    QCOMPARE(console.decodedAnswer().value(QStringLiteral("Confirmed")), AnswerDecoder::amountText(confirmed));
    QVERIFY(AnswerDecoder::amountText(150'000'000).startsWith(QStringLiteral("1.50000000 BTC")));
}

void TestQueryConsole::badAddressIsRefusedWithItsReason()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("blockchain.scripthash.get_history"));
    console.setParamsText(QStringLiteral("[\"bcrt1qnotanaddress\"]"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(console.statusText().contains(QStringLiteral("bcrt1qnotanaddress")), qPrintable(console.statusText()));
    QCOMPARE(server.totalRequestsReceived(), 0);
}

void TestQueryConsole::methodBoxTakesATypedMethod()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    EngineOptions options = consoleEngine();
    // The method policy refuses a method it does not know unless both are on (the name does not say it only reads).
    options.allowUnknownMethods = true;
    options.allowBroadcast = true;
    Engine engine(options);
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    auto* method = console.findChild<QComboBox*>(QStringLiteral("methodBox"));
    QVERIFY(method);
    QVERIFY(method->isEditable());
    // A method the list does not have, typed by hand, goes to the server as typed (trimmed).
    method->setEditText(QStringLiteral(" server.unknown_method "));
    QCOMPARE(console.currentMethod(), QStringLiteral("server.unknown_method"));
    console.setParamsText(QStringLiteral("[]"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(server.requestsReceived(QStringLiteral("server.unknown_method")), 1);
}

void TestQueryConsole::typedMethodIsCheckedAgainstThePolicy()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    for (const QString& bad :
         {QStringLiteral("blockchain.transaction.broadcast"), QStringLiteral("rm -rf"), QString()}) {
        console.setMethod(bad);
        console.setParamsText(QStringLiteral("[\"00\"]"));
        finished.clear();
        console.send();
        QCOMPARE(finished.count(), 1); // refused at once, nothing sent
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!console.statusText().isEmpty());
    }
    QVERIFY(!console.checkMethod(QStringLiteral("blockchain.transaction.broadcast")).ok());
    QVERIFY(console.checkMethod(QStringLiteral("blockchain.transaction.get")).ok());
    QTest::qWait(50);
    QCOMPARE(server.totalRequestsReceived(), 0);
}

void TestQueryConsole::ctrlEnterSends()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("server.ping"));
    console.show();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    auto* params = console.findChild<QPlainTextEdit*>();
    QVERIFY(params);
    params->setFocus();
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    QTest::keyClick(params, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(server.requestsReceived(QStringLiteral("server.ping")), 1);
}

void TestQueryConsole::headerIsDecodedBesideTheJson()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("blockchain.headers.subscribe"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    const DecodedAnswer& decoded = console.decodedAnswer();
    QCOMPARE(decoded.value(QStringLiteral("Height")), QLocale().toString(server.tipHeight()));
    QCOMPARE(decoded.value(QStringLiteral("Block hash")), server.blockHashHex(server.tipHeight()));
    QCOMPARE(decoded.value(QStringLiteral("Bits")), QStringLiteral("0x207fffff"));
    QVERIFY2(decoded.value(QStringLiteral("Time")).endsWith(u'Z'), qPrintable(decoded.value(QStringLiteral("Time"))));
    auto* table = console.findChild<QTableWidget*>(QStringLiteral("decodedAnswer"));
    QVERIFY(table);
    QVERIFY(!table->isHidden());
    QVERIFY(table->rowCount() >= 4);
    QVERIFY(console.resultText().contains(QStringLiteral("\"height\""))); // the raw JSON stays

    // Genesis, decoded from its known fields.
    const DecodedAnswer genesis = AnswerDecoder::decode(QStringLiteral("blockchain.block.header"), QJsonArray{0},
                                                        QJsonValue(server.headerHex(0)));
    QCOMPARE(genesis.value(QStringLiteral("Block hash")), btcw::test::TestChain::regtestGenesisHash());
    QCOMPARE(genesis.value(QStringLiteral("Time")), QStringLiteral("2011-02-02T23:16:42Z"));

    // A failed query leaves no stale decoded view.
    console.setMethod(QStringLiteral("blockchain.block.header"));
    console.setParamsText(QStringLiteral("[\"x\""));
    console.send();
    QVERIFY(console.decodedAnswer().isEmpty());
    QVERIFY(table->isHidden());
}

void TestQueryConsole::historyIsDecodedAsATable()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    const btcw::test::FundedScript funded = server.fundedScripts().first();
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    console.setMethod(QStringLiteral("blockchain.scripthash.get_history"));
    console.setParamsText(QStringLiteral("[\"%1\"]").arg(funded.scriptHash));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    const auto history = server.chain().history(funded.scriptHash);
    QVERIFY(!history.isEmpty());
    const DecodedAnswer& decoded = console.decodedAnswer();
    QCOMPARE(decoded.columns.first(), QStringLiteral("Height"));
    QCOMPARE(decoded.rows.size(), history.size() + server.chain().mempoolHistory(funded.scriptHash).size());
    QCOMPARE(decoded.rows.first().at(1), history.first().txHash);
}

void TestQueryConsole::copyAsCurlPassesTheAddressToTheApi()
{
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls).value());
    console.setMethod(QStringLiteral("blockchain.scripthash.get_balance"));
    console.setParamsText(QStringLiteral("[\"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4\"]"));
    QCOMPARE(console.curlText().value(),
             QStringLiteral("curl 'http://127.0.0.1:5000/electrum/query?url=electrum.example.org&port=50002&ssl=true"
                            "&method=blockchain.scripthash.get_balance&params=%5B%5D"
                            "&address=bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'"));

    // Verify ticked: the API is asked to check the answer too.
    console.setMethod(QStringLiteral("blockchain.transaction.get"));
    console.setParamsText(QStringLiteral("[\"%1\"]").arg(QString(64, u'a')));
    console.findChild<QCheckBox*>(QStringLiteral("verifyAnswer"))->setChecked(true);
    QVERIFY2(console.curlText().value().endsWith(u"&verify=true'"), qPrintable(console.curlText().value()));
    console.findChild<QCheckBox*>(QStringLiteral("verifyAnswer"))->setChecked(false);
    QVERIFY(!console.curlText().value().contains(u"verify"));
}

void TestQueryConsole::copyAsCurlWarnsWhenTheApiRefusesAPrivateTarget()
{
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", 50001, Transport::Tcp).value());
    console.setMethod(QStringLiteral("server.features"));
    console.copyCurl();
    QVERIFY2(console.statusText().contains(QStringLiteral("--allow-private-targets")),
             qPrintable(console.statusText()));
    console.setServer(ServerAddress::create(u"192.168.1.20", 50002, Transport::Tls).value());
    console.copyCurl();
    QVERIFY(console.statusText().contains(QStringLiteral("--allow-private-targets")));

    console.setApiAllowsPrivateTargets(true);
    console.copyCurl();
    QCOMPARE(console.statusText(), QStringLiteral("Copied the curl command for the local API."));
    console.setApiAllowsPrivateTargets(false);
    console.setServer(ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls).value());
    console.copyCurl();
    QCOMPARE(console.statusText(), QStringLiteral("Copied the curl command for the local API."));
}

void TestQueryConsole::verifyBoxChecksTheAnswerAndSaysSo()
{
    TestElectrumServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Engine engine(consoleEngine());
    QueryConsole console(engine.queries());
    console.setServer(ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value());
    auto* verify = console.findChild<QCheckBox*>(QStringLiteral("verifyAnswer"));
    QVERIFY(verify);
    verify->setChecked(true);
    console.setMethod(QStringLiteral("blockchain.block.header"));
    console.setParamsText(QStringLiteral("[5]"));
    QSignalSpy finished(&console, &QueryConsole::queryFinished);
    console.send();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(console.statusText().endsWith(QStringLiteral("Verified against the header chain.")),
             qPrintable(console.statusText()));

    // A server that lies about that header is caught, and the console says why.
    server.setChainFault(TestElectrumServer::ChainFault::MissedTarget, 6);
    console.setParamsText(QStringLiteral("[6]"));
    finished.clear();
    console.send();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().toBool(), false);
    // The status is worded in the window's language from the error's kind; the exact mismatch follows as details.
    QCOMPARE(console.statusText(), QStringLiteral("Failed: the answer failed verification"));
    QVERIFY2(console.resultText().contains(QStringLiteral("misses its target")), qPrintable(console.resultText()));
}

QTEST_MAIN(TestQueryConsole)
#include "tst_queryconsole.moc"
