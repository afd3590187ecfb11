// Issue #20 over HTTP: verify=true and consensus=N answer 200 with what was checked or agreed, and a lying server
// gives 502 problem+json with error_kind verification-failed or no-consensus, the exact mismatch in detail, and the
// servers' answers under `consensus`.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "ChainEncoding.h"
#include "Engine.h"
#include "TestElectrumServer.h"
#include "health/HealthMonitor.h"
#include "health/HealthRegistry.h"

#include <QJsonArray>
#include <QTest>
#include <memory>
#include <vector>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

namespace {

// A confirmed payment (not a coinbase): the test chain pays every second block.
QString confirmedPayment(const TestElectrumServer& server)
{
    for (int h = 2; h <= server.tipHeight(); ++h) {
        const QList<QByteArray> ids = server.chain().blockTxids(h);
        if (ids.size() > 1)
            return hashToHex(ids[1]);
    }
    return {};
}

void verifyBadGateway(const HttpResult& r, const QString& kind)
{
    QCOMPARE(r.status, 502);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject p = r.json();
    QCOMPARE(p.value(u"status"_s).toInt(), 502);
    QCOMPARE(p.value(u"error_kind"_s).toString(), kind);
    QVERIFY(!p.value(u"title"_s).toString().isEmpty());
}

} // namespace

class TestApiVerify : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<TestElectrumServer>> m_servers;
    ApiHarness m_h;

    ServerAddress addressOf(const TestElectrumServer& server) const
    {
        return ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
    }
    // Checks every server as regtest; true when all passed.
    bool checkAll()
    {
        for (const auto& server : m_servers) {
            std::optional<bool> ok;
            QObject context;
            m_h.engine->health().checkOne(
                addressOf(*server), BitcoinNetwork::Regtest, std::chrono::seconds(10), &context,
                [&ok](Result<HealthReport> r) { ok = r.ok() && r->ok; }, true);
            if (!QTest::qWaitFor([&ok] { return ok.has_value(); }, 15'000) || !*ok)
                return false;
        }
        return true;
    }
    HttpResult query(const TestElectrumServer& server, const QString& method, const QString& params,
                     const QString& extraName, const QString& extraValue)
    {
        QUrlQuery q = electrumQuery(server.tcpPort(), false, method, params);
        q.addQueryItem(extraName, extraValue);
        return m_h.client->get(u"/electrum/query"_s, q);
    }

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 3; ++i) {
            m_servers.push_back(std::make_unique<TestElectrumServer>());
            QVERIFY2(m_servers.back()->start(), qPrintable(m_servers.back()->errorString()));
        }
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // Consensus asks healthy servers of the network: each is checked once, as regtest.
        QVERIFY(checkAll());
    }

    void cleanupTestCase() { m_h.stop(); }

    void aVerifiedTransactionSaysWhatWasChecked()
    {
        const TestElectrumServer& honest = *m_servers[0];
        const QString txid = confirmedPayment(honest);
        const HttpResult r =
            query(honest, u"blockchain.transaction.get"_s, u"[\"%1\"]"_s.arg(txid), u"verify"_s, u"true"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"verified"_s).toBool(), true);
        const QJsonArray checked = body.value(u"verification"_s).toObject().value(u"checked"_s).toArray();
        QCOMPARE(checked.size(), 2);
        QVERIFY2(checked.at(0).toString().contains(txid), qPrintable(checked.at(0).toString()));
    }

    void aWrongMerkleBranchIsABadGatewayWithTheMismatch()
    {
        TestElectrumServer& liar = *m_servers[1];
        liar.setChainFault(TestElectrumServer::ChainFault::WrongMerkleBranch);
        const QString txid = confirmedPayment(liar);
        const HttpResult r =
            query(liar, u"blockchain.transaction.get"_s, u"[\"%1\"]"_s.arg(txid), u"verify"_s, u"true"_s);
        liar.setChainFault(TestElectrumServer::ChainFault::None);
        verifyBadGateway(r, u"verification-failed"_s);
        const QString detail = r.json().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(u"merkle"_s, Qt::CaseInsensitive), qPrintable(detail));
        // The server is marked in health: served invalid data.
        const auto latest = m_h.engine->health().registry().latest(addressOf(liar));
        QVERIFY(latest.has_value());
        QVERIFY2(latest->verdict().contains(u"invalid"_s, Qt::CaseInsensitive), qPrintable(latest->verdict()));
    }

    void aHeaderMissingItsTargetIsABadGateway()
    {
        TestElectrumServer& liar = *m_servers[2];
        const int height = liar.tipHeight() - 1;
        liar.setChainFault(TestElectrumServer::ChainFault::MissedTarget, height);
        const HttpResult r = query(liar, u"blockchain.block.header"_s, u"[%1]"_s.arg(height), u"verify"_s, u"true"_s);
        liar.setChainFault(TestElectrumServer::ChainFault::None);
        verifyBadGateway(r, u"verification-failed"_s);
        QVERIFY2(!r.json().value(u"detail"_s).toString().isEmpty(), r.body.constData());
    }

    void serversThatDisagreeAreABadGatewayListingWhoAnsweredWhat()
    {
        // The liar of the merkle test is marked; checked again, honest now, it is healthy for the consensus.
        QVERIFY(checkAll());
        TestElectrumServer& liar = *m_servers[2];
        liar.setChainFault(TestElectrumServer::ChainFault::DifferentBalance);
        const QString scripthash = m_servers[0]->fundedScripts().first().scriptHash;
        const HttpResult r = query(*m_servers[0], u"blockchain.scripthash.get_balance"_s, u"[\"%1\"]"_s.arg(scripthash),
                                   u"consensus"_s, u"3"_s);
        liar.setChainFault(TestElectrumServer::ChainFault::None);
        verifyBadGateway(r, u"no-consensus"_s);
        const QJsonObject p = r.json();
        QVERIFY2(p.value(u"detail"_s).toString().contains(addressOf(liar).toString()), r.body.constData());
        const QJsonObject consensus = p.value(u"consensus"_s).toObject();
        QCOMPARE(consensus.value(u"asked"_s).toInt(), 3);
        QCOMPARE(consensus.value(u"servers"_s).toArray().size(), 3);

        // Honest again: the three agree, and the answer says so.
        const HttpResult agreed = query(*m_servers[0], u"blockchain.scripthash.get_balance"_s,
                                        u"[\"%1\"]"_s.arg(scripthash), u"consensus"_s, u"3"_s);
        QCOMPARE(agreed.status, 200);
        QCOMPARE(agreed.json().value(u"consensus"_s).toObject().value(u"agreed"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestApiVerify)
#include "tst_apiverify.moc"
