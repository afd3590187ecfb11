// CachePolicy: which Electrum answers are cached, for how long, and how their keys are built.
#include "cache/CachePolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace btcw;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(btcw::CacheClass)

class TestCachePolicy : public QObject
{
    Q_OBJECT

private slots:
    void decisionFollowsMethodParamsAndTip_data();
    void decisionFollowsMethodParamsAndTip();
    void durationsAreConfigurable();
    void canonicalParamsIgnoreKeyOrder();
    void keysSeparateServersMethodsAndParams();
    void tipDependentKeysChangeWithTheTip();
    void settledKeysDoNotCarryTheTip();
    void longParamsAreHashedInKeys();
};

void TestCachePolicy::decisionFollowsMethodParamsAndTip_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonValue>("params");
    QTest::addColumn<int>("tip");       // -1 = unknown
    QTest::addColumn<int>("confirmed"); // -1 unknown, 0 no, 1 yes
    QTest::addColumn<CacheClass>("expectedClass");
    QTest::addColumn<qint64>("expectedTtl");
    QTest::addColumn<bool>("expectedTipDependent");

    const QString txid = QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b");
    auto add = [](const char* name, const QString& method, const QJsonArray& params, int tip, int confirmed,
                  CacheClass c, qint64 ttl, bool tipDependent) {
        QTest::newRow(name) << method << QJsonValue(params) << tip << confirmed << c << ttl << tipDependent;
    };
    const qint64 day = 24 * 3600;
    const qint64 tenMin = 600;
    const qint64 shortTtl = 15;

    add("version never", QStringLiteral("server.version"), {QStringLiteral("btcw"), QStringLiteral("1.4")}, 800000, -1,
        CacheClass::Never, 0, false);
    add("ping never", QStringLiteral("server.ping"), {}, 800000, -1, CacheClass::Never, 0, false);
    add("broadcast never", QStringLiteral("blockchain.transaction.broadcast"), {QStringLiteral("0100")}, 800000, -1,
        CacheClass::Never, 0, false);
    add("scripthash subscribe never", QStringLiteral("blockchain.scripthash.subscribe"), {txid}, 800000, -1,
        CacheClass::Never, 0, false);
    add("unknown method never", QStringLiteral("blockchain.something.new"), {}, 800000, -1, CacheClass::Never, 0,
        false);
    add("features 10 min", QStringLiteral("server.features"), {}, -1, -1, CacheClass::ServerInfo, tenMin, false);
    add("banner 10 min", QStringLiteral("server.banner"), {}, -1, -1, CacheClass::ServerInfo, tenMin, false);
    add("donation 10 min", QStringLiteral("server.donation_address"), {}, -1, -1, CacheClass::ServerInfo, tenMin,
        false);
    add("headers.subscribe short", QStringLiteral("blockchain.headers.subscribe"), {}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("balance short", QStringLiteral("blockchain.scripthash.get_balance"), {txid}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("history short", QStringLiteral("blockchain.scripthash.get_history"), {txid}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("listunspent short", QStringLiteral("blockchain.scripthash.listunspent"), {txid}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("scripthash mempool short", QStringLiteral("blockchain.scripthash.get_mempool"), {txid}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("estimatefee short", QStringLiteral("blockchain.estimatefee"), {6}, 800000, -1, CacheClass::TipDependent,
        shortTtl, true);
    add("fee histogram short", QStringLiteral("mempool.get_fee_histogram"), {}, 800000, -1, CacheClass::TipDependent,
        shortTtl, true);
    add("relayfee short", QStringLiteral("blockchain.relayfee"), {}, 800000, -1, CacheClass::TipDependent, shortTtl,
        true);
    add("raw tx unknown confirmation 10 min", QStringLiteral("blockchain.transaction.get"), {txid}, 800000, -1,
        CacheClass::Unconfirmed, tenMin, false);
    add("raw tx unconfirmed 10 min", QStringLiteral("blockchain.transaction.get"), {txid, false}, 800000, 0,
        CacheClass::Unconfirmed, tenMin, false);
    add("raw tx confirmed 1 day", QStringLiteral("blockchain.transaction.get"), {txid, false}, 800000, 1,
        CacheClass::Immutable, day, false);
    add("verbose tx follows the tip", QStringLiteral("blockchain.transaction.get"), {txid, true}, 800000, 1,
        CacheClass::TipDependent, shortTtl, true);
    add("tx without txid never", QStringLiteral("blockchain.transaction.get"), {}, 800000, -1, CacheClass::Never, 0,
        false);
    add("deep header 1 day", QStringLiteral("blockchain.block.header"), {799994}, 800000, -1, CacheClass::Immutable,
        day, false);
    add("header within 6 of tip short", QStringLiteral("blockchain.block.header"), {799995}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("header at tip short", QStringLiteral("blockchain.block.header"), {800000}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("header tip unknown short", QStringLiteral("blockchain.block.header"), {100}, -1, -1, CacheClass::TipDependent,
        shortTtl, true);
    add("header bad height never", QStringLiteral("blockchain.block.header"), {QStringLiteral("x")}, 800000, -1,
        CacheClass::Never, 0, false);
    add("header negative height never", QStringLiteral("blockchain.block.header"), {-1}, 800000, -1, CacheClass::Never,
        0, false);
    add("deep header range 1 day", QStringLiteral("blockchain.block.headers"), {798000, 1995}, 800000, -1,
        CacheClass::Immutable, day, false);
    add("range reaching near tip short", QStringLiteral("blockchain.block.headers"), {798000, 1996}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("deep merkle proof 1 day", QStringLiteral("blockchain.transaction.get_merkle"), {txid, 700000}, 800000, -1,
        CacheClass::Immutable, day, false);
    add("recent merkle proof short", QStringLiteral("blockchain.transaction.get_merkle"), {txid, 799999}, 800000, -1,
        CacheClass::TipDependent, shortTtl, true);
    add("deep id_from_pos 1 day", QStringLiteral("blockchain.transaction.id_from_pos"), {1000, 0}, 800000, -1,
        CacheClass::Immutable, day, false);
}

void TestCachePolicy::decisionFollowsMethodParamsAndTip()
{
    QFETCH(QString, method);
    QFETCH(QJsonValue, params);
    QFETCH(int, tip);
    QFETCH(int, confirmed);
    QFETCH(CacheClass, expectedClass);
    QFETCH(qint64, expectedTtl);
    QFETCH(bool, expectedTipDependent);

    CacheContext context;
    if (tip >= 0)
        context.tipHeight = tip;
    if (confirmed >= 0)
        context.txConfirmed = confirmed == 1;
    const CacheDecision decision = CachePolicy().decide(method, params, context);
    QCOMPARE(cacheClassName(decision.cacheClass), cacheClassName(expectedClass));
    QCOMPARE(qint64(decision.ttl.count()), expectedTtl);
    QCOMPARE(decision.tipDependent, expectedTipDependent);
    QCOMPARE(decision.isCacheable(), expectedClass != CacheClass::Never);
}

void TestCachePolicy::durationsAreConfigurable()
{
    CachePolicy::Durations d;
    d.tipDependent = 30s;
    d.immutable = 3600s;
    d.reorgSafetyDepth = 100;
    const CachePolicy policy(d);
    CacheContext context;
    context.tipHeight = 1000;
    QCOMPARE(policy.decide(QStringLiteral("blockchain.relayfee"), QJsonArray{}, context).ttl, 30s);
    // 950 is within 100 of the tip now: short; 900 is settled: the configured hour.
    QVERIFY(policy.decide(QStringLiteral("blockchain.block.header"), QJsonArray{950}, context).tipDependent);
    const CacheDecision settled = policy.decide(QStringLiteral("blockchain.block.header"), QJsonArray{900}, context);
    QCOMPARE(settled.cacheClass, CacheClass::Immutable);
    QCOMPARE(settled.ttl, 3600s);
}

void TestCachePolicy::canonicalParamsIgnoreKeyOrder()
{
    QJsonObject a;
    a.insert(QStringLiteral("b"), 2);
    a.insert(QStringLiteral("a"), QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("y"), true}});
    const QByteArray fromA = CachePolicy::canonicalParams(a);
    QJsonObject b;
    b.insert(QStringLiteral("a"), QJsonObject{{QStringLiteral("y"), true}, {QStringLiteral("z"), 1}});
    b.insert(QStringLiteral("b"), 2);
    QCOMPARE(fromA, CachePolicy::canonicalParams(b));
    QCOMPARE(fromA, QByteArrayLiteral("{\"a\":{\"y\":true,\"z\":1},\"b\":2}"));
    QCOMPARE(CachePolicy::canonicalParams(QJsonArray{1, QStringLiteral("x")}), QByteArrayLiteral("[1,\"x\"]"));
    QCOMPARE(CachePolicy::canonicalParams(QJsonValue()), QByteArrayLiteral("[]"));
    QCOMPARE(CachePolicy::canonicalParams(QJsonArray{}), QByteArrayLiteral("[]"));
    // Order inside arrays is meaningful.
    QVERIFY(CachePolicy::canonicalParams(QJsonArray{1, 2}) != CachePolicy::canonicalParams(QJsonArray{2, 1}));
}

void TestCachePolicy::keysSeparateServersMethodsAndParams()
{
    const CachePolicy policy;
    const QString method = QStringLiteral("server.features");
    const CacheDecision decision = policy.decide(method, QJsonArray{});
    const QByteArray base =
        CachePolicy::makeKey(QStringLiteral("a.example:50002:s"), method, QJsonArray{}, decision, {});
    QCOMPARE(base, QByteArrayLiteral("a.example:50002:s|server.features|[]"));
    QVERIFY(base != CachePolicy::makeKey(QStringLiteral("a.example:50001:t"), method, QJsonArray{}, decision, {}));
    QVERIFY(base != CachePolicy::makeKey(QStringLiteral("b.example:50002:s"), method, QJsonArray{}, decision, {}));
    QVERIFY(base != CachePolicy::makeKey(QStringLiteral("a.example:50002:s"), QStringLiteral("server.banner"),
                                         QJsonArray{}, decision, {}));
    QVERIFY(base != CachePolicy::makeKey(QStringLiteral("a.example:50002:s"), method, QJsonArray{1}, decision, {}));
}

void TestCachePolicy::tipDependentKeysChangeWithTheTip()
{
    const CachePolicy policy;
    const QString method = QStringLiteral("blockchain.scripthash.get_balance");
    const QJsonArray params{QStringLiteral("ab")};
    CacheContext at100;
    at100.tipHeight = 100;
    CacheContext at101;
    at101.tipHeight = 101;
    const QByteArray k100 =
        CachePolicy::makeKey(QStringLiteral("h:1:t"), method, params, policy.decide(method, params, at100), at100);
    const QByteArray k101 =
        CachePolicy::makeKey(QStringLiteral("h:1:t"), method, params, policy.decide(method, params, at101), at101);
    QVERIFY(k100 != k101);
    QVERIFY(k100.contains("tip=100"));
    const QByteArray unknown =
        CachePolicy::makeKey(QStringLiteral("h:1:t"), method, params, policy.decide(method, params, {}), {});
    QVERIFY(unknown.contains("tip=?"));
}

void TestCachePolicy::settledKeysDoNotCarryTheTip()
{
    const CachePolicy policy;
    const QString method = QStringLiteral("blockchain.block.header");
    const QJsonArray params{10};
    CacheContext at100;
    at100.tipHeight = 100;
    CacheContext at200;
    at200.tipHeight = 200;
    // A settled header stays reachable when the tip moves on.
    QCOMPARE(
        CachePolicy::makeKey(QStringLiteral("h:1:t"), method, params, policy.decide(method, params, at100), at100),
        CachePolicy::makeKey(QStringLiteral("h:1:t"), method, params, policy.decide(method, params, at200), at200));
}

void TestCachePolicy::longParamsAreHashedInKeys()
{
    const QJsonArray longParams{QString(300, QLatin1Char('a'))};
    const QByteArray key = CachePolicy::makeKey(QStringLiteral("h:1:t"), QStringLiteral("server.banner"), longParams,
                                                CacheDecision{CacheClass::ServerInfo, 600s, false}, {});
    QVERIFY(key.size() < 200);
    QVERIFY(key.contains("sha256="));
    const QJsonArray otherLong{QString(300, QLatin1Char('b'))};
    QVERIFY(key != CachePolicy::makeKey(QStringLiteral("h:1:t"), QStringLiteral("server.banner"), otherLong,
                                        CacheDecision{CacheClass::ServerInfo, 600s, false}, {}));
}

QTEST_GUILESS_MAIN(TestCachePolicy)
#include "tst_cachepolicy.moc"
