// The window's console and the API's /electrum/query answer through one core path: the same cache, the same tip,
// the same target rules (with the window's one exception: a server its user typed may be on this machine).
#include "../api/ApiTestUtil.h"
#include "ApiServer.h"
#include "Engine.h"
#include "TestElectrumServer.h"
#include "cache/ResponseCache.h"
#include "net/TargetGuard.h"
#include "widgets/QueryConsole.h"

#include <QSignalSpy>
#include <QTest>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

class TestOneQueryPath : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void apiAnswerIsACacheHitForTheWindow();
    void windowAnswerIsACacheHitForTheApi();
    void windowHeadersSubscribeMovesTheTipTheApiSees();
    void windowMayAskAPrivateServerTheApiMayNot();

private:
    bool sendFromConsole(const QString& method, const QString& params = QStringLiteral("[]"));

    std::unique_ptr<TestElectrumServer> m_server;
    ApiHarness m_h;
    std::unique_ptr<QueryConsole> m_console;
    ServerAddress m_address;
};

void TestOneQueryPath::init()
{
    m_server = std::make_unique<TestElectrumServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_address = ServerAddress::create(u"127.0.0.1", m_server->tcpPort(), Transport::Tcp).value();
    EngineOptions options = loopbackEngineOptions();
    m_h.startEngine(options);
    QCOMPARE(m_h.startApi(), QString());
    m_console = std::make_unique<QueryConsole>(m_h.engine->queries());
    m_console->setServer(m_address);
}

void TestOneQueryPath::cleanup()
{
    m_console.reset();
    m_h.stop();
    m_server.reset();
}

bool TestOneQueryPath::sendFromConsole(const QString& method, const QString& params)
{
    m_console->setMethod(method);
    m_console->setParamsText(params);
    QSignalSpy finished(m_console.get(), &QueryConsole::queryFinished);
    m_console->send();
    return finished.wait(10'000) && finished.first().first().toBool();
}

void TestOneQueryPath::apiAnswerIsACacheHitForTheWindow()
{
    const HttpResult api = m_h.client->get(
        u"/electrum/query"_s, electrumQuery(m_server->tcpPort(), false, u"blockchain.block.header"_s, u"[3]"_s));
    QCOMPARE(api.status, 200);
    QVERIFY2(api.header("cache-status").contains("stored"), api.header("cache-status").constData());
    const int asked = m_server->requestsReceived(u"blockchain.block.header"_s);

    QVERIFY(sendFromConsole(u"blockchain.block.header"_s, u"[3]"_s));
    QVERIFY2(m_console->statusText().startsWith(u"Answered from the cache"_s), qPrintable(m_console->statusText()));
    QCOMPARE(m_console->resultText(), u"\"%1\""_s.arg(m_server->headerHex(3)));
    QCOMPARE(m_server->requestsReceived(u"blockchain.block.header"_s), asked); // the server was not asked again
}

void TestOneQueryPath::windowAnswerIsACacheHitForTheApi()
{
    QVERIFY(sendFromConsole(u"blockchain.block.header"_s, u"[5]"_s));
    QVERIFY2(m_console->statusText().startsWith(u"Answered in"_s), qPrintable(m_console->statusText()));
    const int asked = m_server->requestsReceived(u"blockchain.block.header"_s);

    const HttpResult api = m_h.client->get(
        u"/electrum/query"_s, electrumQuery(m_server->tcpPort(), false, u"blockchain.block.header"_s, u"[5]"_s));
    QCOMPARE(api.status, 200);
    QVERIFY2(api.header("cache-status").startsWith("btc-worker; hit"), api.header("cache-status").constData());
    QCOMPARE(api.json().value(u"result"_s).toString(), m_server->headerHex(5));
    QCOMPARE(api.json().value(u"cached"_s).toBool(), true);
    QCOMPARE(m_server->requestsReceived(u"blockchain.block.header"_s), asked);
}

void TestOneQueryPath::windowHeadersSubscribeMovesTheTipTheApiSees()
{
    QVERIFY(!m_h.engine->cache().tipHeight(m_address).has_value());
    QVERIFY(sendFromConsole(u"blockchain.headers.subscribe"_s));
    QCOMPARE(m_h.engine->cache().tipHeight(m_address), std::optional<int>(m_server->tipHeight()));

    // A new block: the API's fresh answer moves the same tip on, as the window's did.
    m_server->mineBlock();
    QUrlQuery query = electrumQuery(m_server->tcpPort(), false, u"blockchain.headers.subscribe"_s);
    query.addQueryItem(u"cache"_s, u"false"_s);
    const HttpResult api = m_h.client->get(u"/electrum/query"_s, query);
    QCOMPARE(api.status, 200);
    QCOMPARE(m_h.engine->cache().tipHeight(m_address), std::optional<int>(m_server->tipHeight()));
}

void TestOneQueryPath::windowMayAskAPrivateServerTheApiMayNot()
{
    m_h.engine->targetGuard().setAllowPrivateTargets(false);
    const HttpResult api =
        m_h.client->get(u"/electrum/query"_s, electrumQuery(m_server->tcpPort(), false, u"server.banner"_s));
    QCOMPARE(api.status, 403);
    QCOMPARE(api.json().value(u"error_kind"_s).toString(), u"not-allowed"_s);
    QCOMPARE(m_server->requestsReceived(u"server.banner"_s), 0);

    QVERIFY(sendFromConsole(u"server.banner"_s));
    QCOMPARE(m_server->requestsReceived(u"server.banner"_s), 1);
}

QTEST_MAIN(TestOneQueryPath)
#include "tst_onequerypath.moc"
