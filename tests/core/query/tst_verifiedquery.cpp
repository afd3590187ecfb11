// verify=true against the test Electrum server: the honest server's answers verified (and what was checked said), a
// method without proof said to be unverified, and each lying server caught with its exact reason and marked
// "served invalid data" in health.
#include "ChainEncoding.h"
#include "Engine.h"
#include "EngineQuery.h"
#include "TestElectrumServer.h"
#include "chain/BlockHeader.h"
#include "chain/HeaderChain.h"
#include "chain/Target.h"
#include "health/HealthMonitor.h"
#include "query/AnswerVerifier.h"
#include "query/QueryService.h"

#include <QSet>
#include <QTest>

using namespace btcw;
using btcw::test::TestElectrumServer;

namespace {

EngineOptions verifyingEngine()
{
    EngineOptions options;
    options.tor.enabled = false; // loopback only; no data dir: the header store stays in memory
    return options;
}

QueryOutcome ask(Engine& engine, const ServerAddress& server, const QString& method, const QJsonArray& params,
                 bool verify = true)
{
    Query query;
    query.server = server;
    query.method = method;
    query.params = params;
    query.allowPrivateTarget = true;
    query.verify = verify;
    return test::runQuery(engine, query);
}

QString errorText(const QueryOutcome& outcome)
{
    return outcome.answer.ok() ? QStringLiteral("(answered)") : outcome.answer.error().toString();
}

ServerAddress addressOf(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
}

// A confirmed payment (not a coinbase) and its height: the chain pays every second block.
std::pair<QString, int> confirmedPayment(const TestElectrumServer& server)
{
    for (int h = 2; h <= server.tipHeight(); ++h) {
        const QList<QByteArray> ids = server.chain().blockTxids(h);
        if (ids.size() > 1)
            return {btcw::hashToHex(ids[1]), h};
    }
    return {};
}

} // namespace

class TestVerifiedQuery : public QObject
{
    Q_OBJECT
private slots:
    void verifiesTheHonestServersHeadersAndTransactions()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Engine engine(verifyingEngine());
        const ServerAddress address = addressOf(server);

        QueryOutcome tip = ask(engine, address, QStringLiteral("blockchain.headers.subscribe"), {});
        QVERIFY2(tip.answer.ok(), qPrintable(errorText(tip)));
        QCOMPARE(tip.answer->body.value(u"verified").toBool(), true);
        const QJsonObject how = tip.answer->body.value(u"verification").toObject();
        QCOMPARE(how.value(u"network").toString(), QStringLiteral("regtest"));
        QCOMPARE(how.value(u"chain_tip").toInt(), server.tipHeight());
        QCOMPARE(how.value(u"checked").toArray().first().toString(),
                 QStringLiteral("the header at height %1 connects to the verified chain: linkage, proof of work, "
                                "checkpoints")
                     .arg(server.tipHeight()));

        QueryOutcome one = ask(engine, address, QStringLiteral("blockchain.block.header"), {7});
        QVERIFY2(one.answer.ok(), qPrintable(errorText(one)));
        QVERIFY(one.answer->body.value(u"verified").toBool());

        QueryOutcome many = ask(engine, address, QStringLiteral("blockchain.block.headers"), {3, 5});
        QVERIFY2(many.answer.ok(), qPrintable(errorText(many)));
        QVERIFY(many.answer->body.value(u"verified").toBool());

        const auto [txid, height] = confirmedPayment(server);
        QVERIFY(!txid.isEmpty());
        QueryOutcome tx = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY2(tx.answer.ok(), qPrintable(errorText(tx)));
        QVERIFY(tx.answer->body.value(u"verified").toBool());
        const QJsonArray checked = tx.answer->body.value(u"verification").toObject().value(u"checked").toArray();
        QCOMPARE(checked.size(), 2);
        QCOMPARE(checked[0].toString(),
                 QStringLiteral("double SHA-256 of the raw transaction is the txid %1").arg(txid));
        QVERIFY2(checked[1].toString().endsWith(
                     QStringLiteral("leads to the merkle root of the verified header at height %1").arg(height)),
                 qPrintable(checked[1].toString()));
        QCOMPARE(engine.health().registry().latest(address).has_value(), false); // nothing marked
    }

    void saysWhyAnAnswerCannotBeVerified()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Engine engine(verifyingEngine());
        const QueryOutcome balance = ask(engine, addressOf(server), QStringLiteral("blockchain.scripthash.get_balance"),
                                         {server.fundedScripts().first().scriptHash});
        QVERIFY2(balance.answer.ok(), qPrintable(errorText(balance)));
        QCOMPARE(balance.answer->body.value(u"verified").toBool(true), false);
        QVERIFY(balance.answer->body.value(u"verification")
                    .toObject()
                    .value(u"reason")
                    .toString()
                    .startsWith(QStringLiteral("what a server says about an address")));
        // Without verify the answer carries no verification at all.
        const QueryOutcome plain =
            ask(engine, addressOf(server), QStringLiteral("blockchain.headers.subscribe"), {}, false);
        QVERIFY(plain.answer.ok());
        QVERIFY(!plain.answer->body.contains(u"verified"));
    }

    void catchesAHeaderWithBrokenLinkage()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.setChainFault(TestElectrumServer::ChainFault::BrokenLinkage, 12);
        Engine engine(verifyingEngine());
        const ServerAddress address = addressOf(server);
        const QueryOutcome header = ask(engine, address, QStringLiteral("blockchain.block.header"), {12});
        QVERIFY(!header.answer.ok());
        const Error& e = header.answer.error();
        QCOMPARE(e.kind, ErrorKind::VerificationFailed);
        QCOMPARE(e.message, QStringLiteral("The header at height 12 failed verification."));
        const QByteArray served = QByteArray::fromHex(server.servedHeaderHex(12).toLatin1());
        QCOMPARE(e.detail, QStringLiteral("prev_hash %1 does not link to block %2 at height 11")
                               .arg(btcw::hashToHex(served.mid(4, 32)), server.blockHashHex(11)));
        const auto report = engine.health().registry().latest(address);
        QVERIFY(report.has_value());
        QCOMPARE(report->verdict(), QStringLiteral("proof: served invalid data: ") + e.detail);
        // The honest server is fine with the same engine.
        TestElectrumServer honest;
        QVERIFY2(honest.start(), qPrintable(honest.errorString()));
        const QueryOutcome good = ask(engine, addressOf(honest), QStringLiteral("blockchain.block.header"), {12});
        QVERIFY2(good.answer.ok(), qPrintable(errorText(good)));
        QVERIFY(good.answer->body.value(u"verified").toBool());
    }

    void catchesAHeaderThatMissesItsTarget()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.setChainFault(TestElectrumServer::ChainFault::MissedTarget); // at the tip
        Engine engine(verifyingEngine());
        const QueryOutcome tip = ask(engine, addressOf(server), QStringLiteral("blockchain.headers.subscribe"), {});
        QVERIFY(!tip.answer.ok());
        const QByteArray served = QByteArray::fromHex(server.servedHeaderHex(server.tipHeight()).toLatin1());
        QCOMPARE(tip.answer.error().kind, ErrorKind::VerificationFailed);
        QCOMPARE(tip.answer.error().detail,
                 QStringLiteral("hash %1 misses its target %2 (bits 0x207fffff)")
                     .arg(btcw::hashToHex(btcw::sha256d(served)), targetFromBits(0x207fffff)->toHex()));
    }

    void catchesAWrongMerkleBranch()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.setChainFault(TestElectrumServer::ChainFault::WrongMerkleBranch);
        Engine engine(verifyingEngine());
        const ServerAddress address = addressOf(server);
        const auto [txid, height] = confirmedPayment(server);
        const QueryOutcome tx = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY(!tx.answer.ok());
        const Error& e = tx.answer.error();
        QCOMPARE(e.kind, ErrorKind::VerificationFailed);
        QCOMPARE(e.message, QStringLiteral("The merkle proof does not lead to the verified block."));
        const QString root = btcw::hashToHex(btcw::parseBlockHeader(server.chain().header(height))->merkleRoot);
        QVERIFY2(e.detail.startsWith(QStringLiteral("the branch for %1 at position 1 leads to root ").arg(txid)),
                 qPrintable(e.detail));
        QVERIFY2(e.detail.endsWith(
                     QStringLiteral("; the verified header at height %1 has merkle root %2").arg(height).arg(root)),
                 qPrintable(e.detail));
        QVERIFY(engine.health().registry().latest(address)->verdict().startsWith(
            QStringLiteral("proof: served invalid data: the branch for ")));
    }

    // On a pooled session a verified transaction.get costs one round trip more than the plain one: where the
    // transaction is (verbose form, tip) is asked beside the caller's call, then the merkle proof. Every reply is held
    // 30 ms, so requests sent together arrive before any of their answers and the log counts the round trips.
    void aVerifiedTransactionCostsOneRoundTripMore()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.setMethodDelay(QStringLiteral("*"), std::chrono::milliseconds(30));
        Engine engine(verifyingEngine());
        const ServerAddress address = addressOf(server);
        const auto [txid, height] = confirmedPayment(server);
        // The first verified answer opens the session, names the network and syncs the headers.
        QueryOutcome warm = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY2(warm.answer.ok() && warm.answer->body.value(u"verified").toBool(), qPrintable(errorText(warm)));
        server.mineBlock(); // a block the verified chain does not hold yet: its header is fetched beside the proof

        auto roundTrips = [&server] {
            QSet<int> rounds;
            for (const TestElectrumServer::LoggedRequest& r : server.requestLog())
                rounds.insert(r.repliesWrittenBefore);
            return int(rounds.size());
        };
        auto methods = [&server] {
            QStringList out;
            for (const TestElectrumServer::LoggedRequest& r : server.requestLog())
                out << r.method;
            return out;
        };
        server.clearRequestLog();
        // (Another transaction than the warm one, whose answer the cache holds.)
        const QString early = btcw::hashToHex(server.chain().blockTxids(1).first());
        const QueryOutcome plain = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {early}, false);
        QVERIFY2(plain.answer.ok(), qPrintable(errorText(plain)));
        QCOMPARE(roundTrips(), 1);

        server.clearRequestLog();
        // The new block's coinbase: the verified chain reaches only the warm transaction's block so far.
        const QString coinbase = btcw::hashToHex(server.chain().blockTxids(server.tipHeight()).first());
        const QueryOutcome tx = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {coinbase});
        QVERIFY2(tx.answer.ok(), qPrintable(errorText(tx)));
        QVERIFY(tx.answer->body.value(u"verified").toBool());
        QCOMPARE(roundTrips(), 2);
        const QStringList asked = methods();
        QVERIFY2(asked.contains(QStringLiteral("blockchain.transaction.get_merkle")), qPrintable(asked.join(u' ')));
        QVERIFY2(asked.contains(QStringLiteral("blockchain.block.headers")), qPrintable(asked.join(u' ')));
        QVERIFY2(!asked.contains(QStringLiteral("blockchain.scripthash.get_history")), qPrintable(asked.join(u' ')));
        QCOMPARE(tx.answer->body.value(u"verification").toObject().value(u"chain_tip").toInt(), server.tipHeight());
        QVERIFY(height < server.tipHeight());
    }
    // The verified chain keeps whole retarget periods (8 by default, 1 here to keep the test chain short); older
    // blocks are proven against their period fetched again and tied to the kept hash of its last header, and a lie in
    // such a period is caught with its exact reason.
    void provesAgainstDroppedPeriodsFetchedAgain()
    {
        TestElectrumServer::Options options;
        options.blocks = 2 * 2016 + 100; // the first period (0 to 2,015) is dropped once the chain reaches the tip
        TestElectrumServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Engine engine(verifyingEngine());
        engine.verifier().setKeepPeriods(1);
        const ServerAddress address = addressOf(server);
        const QueryOutcome tip = ask(engine, address, QStringLiteral("blockchain.headers.subscribe"), {});
        QVERIFY2(tip.answer.ok() && tip.answer->body.value(u"verified").toBool(), qPrintable(errorText(tip)));
        const HeaderChain& chain = engine.verifier().chain(BitcoinNetwork::Regtest);
        QCOMPARE(chain.baseHeight(), 2016);
        QCOMPARE(chain.header(5), nullptr);

        const auto [txid, height] = confirmedPayment(server);
        QVERIFY(height < 2016);
        const QueryOutcome tx = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY2(tx.answer.ok() && tx.answer->body.value(u"verified").toBool(), qPrintable(errorText(tx)));
        const QueryOutcome old = ask(engine, address, QStringLiteral("blockchain.block.headers"), {2000, 30});
        QVERIFY2(old.answer.ok() && old.answer->body.value(u"verified").toBool(), qPrintable(errorText(old)));
        const QJsonArray checked = old.answer->body.value(u"verification").toObject().value(u"checked").toArray();
        QCOMPARE(checked.at(1).toString(),
                 QStringLiteral("headers below height 2016 equal their retarget period's, "
                                "fetched again and tied to the kept hash of its last header"));
        QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.block.headers")) > 0, true);

        // Another engine (nothing in memory) against the server lying about a header of the dropped period.
        Engine second(verifyingEngine());
        second.verifier().setKeepPeriods(1);
        const QueryOutcome synced = ask(second, address, QStringLiteral("blockchain.headers.subscribe"), {});
        QVERIFY2(synced.answer.ok(), qPrintable(errorText(synced)));
        server.setChainFault(TestElectrumServer::ChainFault::MissedTarget, 1000);
        const QueryOutcome lie = ask(second, address, QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY(!lie.answer.ok());
        QCOMPARE(lie.answer.error().kind, ErrorKind::VerificationFailed);
        QVERIFY2(lie.answer.error().detail.contains(QStringLiteral("misses its target")),
                 qPrintable(lie.answer.error().toString()));
        QCOMPARE(lie.answer.error().message, QStringLiteral("The header at height 1000 failed verification."));
    }
    // A server without verbose transactions (electrs, no transaction index): the history of an output gives the
    // height, one more round trip, and the answer is verified all the same.
    void findsTheBlockThroughTheHistoryWithoutVerboseTransactions()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.setVerboseTransactions(false);
        Engine engine(verifyingEngine());
        const auto [txid, height] = confirmedPayment(server);
        const QueryOutcome tx = ask(engine, addressOf(server), QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY2(tx.answer.ok(), qPrintable(errorText(tx)));
        QVERIFY(tx.answer->body.value(u"verified").toBool());
        QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.scripthash.get_history")), 1);
        QVERIFY(tx.answer->body.value(u"verification")
                    .toObject()
                    .value(u"checked")
                    .toArray()
                    .last()
                    .toString()
                    .endsWith(QStringLiteral("header at height %1").arg(height)));
    }
    // A transaction in the mempool has no block yet: said, not verified, and nothing marked.
    void saysAMempoolTransactionHasNoProofYet()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        test::Transaction spend = test::TestChain::genesisCoinbase();
        spend.lockTime = 777; // another transaction than any in the chain
        const QByteArray raw = spend.serialize();
        QVERIFY(server.addToMempool(raw));
        Engine engine(verifyingEngine());
        const ServerAddress address = addressOf(server);
        const QString txid = btcw::hashToHex(btcw::sha256d(raw));
        for (bool verbose : {true, false}) {
            server.setVerboseTransactions(verbose);
            const QueryOutcome tx = ask(engine, address, QStringLiteral("blockchain.transaction.get"), {txid});
            QVERIFY2(tx.answer.ok(), qPrintable(errorText(tx)));
            QCOMPARE(tx.answer->body.value(u"verified").toBool(true), false);
            QCOMPARE(tx.answer->body.value(u"verification").toObject().value(u"reason").toString(),
                     QStringLiteral("the transaction is unconfirmed (in the mempool): no merkle proof exists yet"));
        }
        QCOMPARE(engine.health().registry().latest(address).has_value(), false);
    }

    void catchesARawTransactionThatIsNotTheOneAskedFor()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Engine engine(verifyingEngine());
        const auto [txid, height] = confirmedPayment(server);
        Q_UNUSED(height);
        // The server answers with the genesis coinbase whatever it is asked.
        const QByteArray other = test::TestChain::genesisCoinbase().serialize();
        server.setMethodResult(QStringLiteral("blockchain.transaction.get"), QString::fromLatin1(other.toHex()));
        const QueryOutcome tx = ask(engine, addressOf(server), QStringLiteral("blockchain.transaction.get"), {txid});
        QVERIFY(!tx.answer.ok());
        QCOMPARE(tx.answer.error().kind, ErrorKind::VerificationFailed);
        QCOMPARE(tx.answer.error().detail,
                 QStringLiteral("its double SHA-256 is %1, not %2").arg(btcw::hashToHex(btcw::sha256d(other)), txid));
    }
    // The health check's proof stage: the honest server passes it, and each lying server gets "served invalid data".
    void proofStageJudgesEachServer_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("verdictStart");
        QTest::newRow("honest") << int(TestElectrumServer::ChainFault::None) << QStringLiteral("ok");
        QTest::newRow("wrong merkle branch")
            << int(TestElectrumServer::ChainFault::WrongMerkleBranch)
            << QStringLiteral("proof: served invalid data: the branch of 1 hashes at position 0 leads to ");
        QTest::newRow("broken linkage at the tip") << int(TestElectrumServer::ChainFault::BrokenLinkage)
                                                   << QStringLiteral("proof: served invalid data: prev_hash ");
        QTest::newRow("tip misses its target")
            << int(TestElectrumServer::ChainFault::MissedTarget) << QStringLiteral("proof: served invalid data: hash ");
    }
    void proofStageJudgesEachServer()
    {
        QFETCH(int, fault);
        QFETCH(QString, verdictStart);
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.setChainFault(TestElectrumServer::ChainFault(fault));
        EngineOptions options = verifyingEngine();
        options.health.checkProof = true;
        Engine engine(options);
        std::optional<Result<HealthReport>> report;
        QObject context;
        engine.health().checkOne(
            addressOf(server), BitcoinNetwork::Regtest, std::chrono::seconds(10), &context,
            [&](Result<HealthReport> r) { report = r; }, true);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15'000);
        QVERIFY(report->ok());
        QVERIFY2(report->value().verdict().startsWith(verdictStart), qPrintable(report->value().verdict()));
        const StageReport* proof = report->value().stage(QString(healthstage::Proof));
        QVERIFY(proof);
        QCOMPARE(proof->ok, fault == int(TestElectrumServer::ChainFault::None));
    }
};

QTEST_GUILESS_MAIN(TestVerifiedQuery)
#include "tst_verifiedquery.moc"
