// consensus=N against test Electrum servers: honest servers agree and the answer says how many; a server with a
// different balance breaks the agreement and the error lists who answered what; a silent server is reported as a
// timeout while the others still agree.
#include "Engine.h"
#include "EngineQuery.h"
#include "TestElectrumServer.h"
#include "health/HealthMonitor.h"
#include "query/QueryService.h"

#include <QTest>
#include <memory>

using namespace btcw;
using btcw::test::TestElectrumServer;

namespace {

EngineOptions loopbackEngine()
{
    EngineOptions options;
    options.tor.enabled = false;
    options.allowPrivateTargets = true; // the health checks go to 127.0.0.1
    return options;
}

ServerAddress addressOf(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
}

// Checks each server once so the registry knows them as healthy regtest servers.
bool checkAll(Engine& engine, const std::vector<std::unique_ptr<TestElectrumServer>>& servers)
{
    for (const auto& s : servers) {
        std::optional<bool> ok;
        QObject context;
        engine.health().checkOne(
            addressOf(*s), BitcoinNetwork::Regtest, std::chrono::seconds(10), &context,
            [&](Result<HealthReport> r) { ok = r.ok() && r->ok; }, true);
        if (!QTest::qWaitFor([&] { return ok.has_value(); }, 15'000) || !*ok)
            return false;
    }
    return true;
}

QueryOutcome ask(Engine& engine, const ServerAddress& server, const QString& method, const QJsonArray& params, int n,
                 std::chrono::milliseconds timeout = std::chrono::milliseconds{0})
{
    Query query;
    query.server = server;
    query.method = method;
    query.params = params;
    query.allowPrivateTarget = true;
    query.consensus = n;
    query.timeout = timeout;
    return test::runQuery(engine, query);
}

// The consensus report's line for this server (the peers come fastest first, so not in start order).
QJsonObject entryFor(const QJsonArray& servers, const ServerAddress& server)
{
    for (const QJsonValue& v : servers) {
        if (v.toObject().value(u"server").toString() == server.toString())
            return v.toObject();
    }
    return {};
}

std::vector<std::unique_ptr<TestElectrumServer>> startServers(int count)
{
    std::vector<std::unique_ptr<TestElectrumServer>> servers;
    for (int i = 0; i < count; ++i) {
        servers.push_back(std::make_unique<TestElectrumServer>());
        if (!servers.back()->start())
            servers.clear();
    }
    return servers;
}

} // namespace

class TestConsensusQuery : public QObject
{
    Q_OBJECT
private slots:
    void honestServersAgreeAndTheAnswerSaysHowMany()
    {
        auto servers = startServers(3);
        QCOMPARE(servers.size(), size_t(3));
        Engine engine(loopbackEngine());
        QVERIFY(checkAll(engine, servers));
        const QString scripthash = servers[0]->fundedScripts().first().scriptHash;
        const QueryOutcome o =
            ask(engine, addressOf(*servers[0]), QStringLiteral("blockchain.scripthash.get_balance"), {scripthash}, 3);
        QVERIFY2(o.answer.ok(), qPrintable(o.answer.ok() ? QString() : o.answer.error().toString()));
        const QJsonObject consensus = o.answer->body.value(u"consensus").toObject();
        QCOMPARE(consensus.value(u"asked").toInt(), 3);
        QCOMPARE(consensus.value(u"agreed").toInt(), 3);
        QCOMPARE(o.answer->result().toObject().value(u"confirmed").toInteger(),
                 servers[0]->chain().confirmedBalance(scripthash));
    }

    void aDifferentBalanceBreaksTheAgreement()
    {
        auto servers = startServers(3);
        QCOMPARE(servers.size(), size_t(3));
        Engine engine(loopbackEngine());
        QVERIFY(checkAll(engine, servers));
        servers[2]->setChainFault(TestElectrumServer::ChainFault::DifferentBalance);
        const QString scripthash = servers[0]->fundedScripts().first().scriptHash;
        const qint64 honest = servers[0]->chain().confirmedBalance(scripthash);
        const QueryOutcome o =
            ask(engine, addressOf(*servers[0]), QStringLiteral("blockchain.scripthash.get_balance"), {scripthash}, 3);
        QVERIFY(!o.answer.ok());
        const Error& e = o.answer.error();
        QCOMPARE(e.kind, ErrorKind::NoConsensus);
        QCOMPARE(e.message, QStringLiteral("The 3 servers asked did not agree."));
        QVERIFY2(e.detail.contains(QStringLiteral("%1 answered {\"confirmed\":%2,")
                                       .arg(addressOf(*servers[2]).toString())
                                       .arg(honest + 1000)),
                 qPrintable(e.detail));
        QVERIFY2(e.detail.contains(QStringLiteral("answered {\"confirmed\":%1,").arg(honest)), qPrintable(e.detail));
        const QJsonArray who = e.rpcData.toObject().value(u"servers").toArray();
        QCOMPARE(who.size(), 3);
        const QJsonObject liar = entryFor(who, addressOf(*servers[2]));
        QCOMPARE(liar.value(u"result").toObject().value(u"confirmed").toInteger(), honest + 1000);
    }

    void aSilentServerIsReportedAsATimeout()
    {
        auto servers = startServers(3);
        QCOMPARE(servers.size(), size_t(3));
        Engine engine(loopbackEngine());
        QVERIFY(checkAll(engine, servers));
        servers[1]->setFault(TestElectrumServer::Fault::Silent);
        servers[1]->closeAllClients();
        const QueryOutcome o = ask(engine, addressOf(*servers[0]), QStringLiteral("blockchain.headers.subscribe"), {},
                                   3, std::chrono::milliseconds(1500));
        QVERIFY2(o.answer.ok(), qPrintable(o.answer.ok() ? QString() : o.answer.error().toString()));
        const QJsonObject consensus = o.answer->body.value(u"consensus").toObject();
        QCOMPARE(consensus.value(u"asked").toInt(), 3);
        QCOMPARE(consensus.value(u"answered").toInt(), 2);
        QCOMPARE(consensus.value(u"agreed").toInt(), 2);
        const QJsonObject silent = entryFor(consensus.value(u"servers").toArray(), addressOf(*servers[1]));
        QCOMPARE(silent.value(u"error_kind").toString(), QStringLiteral("timeout"));
        QVERIFY(!silent.contains(u"result"));
    }

    void refusesAnUnknownServerAndTooFewPeers()
    {
        auto servers = startServers(2);
        QCOMPARE(servers.size(), size_t(2));
        Engine engine(loopbackEngine());
        QueryOutcome o = ask(engine, addressOf(*servers[0]), QStringLiteral("blockchain.headers.subscribe"), {}, 2);
        QVERIFY(!o.answer.ok());
        QCOMPARE(o.answer.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(o.answer.error().message.startsWith(QStringLiteral("consensus needs the network of ")));
        QVERIFY(checkAll(engine, servers));
        o = ask(engine, addressOf(*servers[0]), QStringLiteral("blockchain.headers.subscribe"), {}, 4);
        QVERIFY(!o.answer.ok());
        QCOMPARE(o.answer.error().kind, ErrorKind::NoConsensus);
        QCOMPARE(o.answer.error().message,
                 QStringLiteral("consensus=4 needs 3 other healthy servers of this network; 1 are known"));
    }
};

QTEST_GUILESS_MAIN(TestConsensusQuery)
#include "tst_consensusquery.moc"
