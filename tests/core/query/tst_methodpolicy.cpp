// The method allow-list, method by method: reads pass, state changes need --allow-broadcast, unknown names need
// --allow-unknown-methods (and --allow-broadcast too unless their name says they read).
#include "query/MethodPolicy.h"

#include <QTest>

using namespace btcw;
using namespace Qt::StringLiterals;

class TestMethodPolicy : public QObject
{
    Q_OBJECT

private slots:
    void tableIsSortedAndCoversTheProtocol()
    {
        const QList<KnownMethod>& table = knownMethods();
        QCOMPARE(table.size(), 25);
        for (qsizetype i = 1; i < table.size(); ++i)
            QVERIFY2(table.at(i - 1).name < table.at(i).name, qPrintable(table.at(i).name));
        for (const KnownMethod& method : table)
            QCOMPARE(findKnownMethod(method.name), &method);
        QVERIFY(!findKnownMethod(u"no.such.method"_s));
        QVERIFY(!findKnownMethod(u""_s));
    }

    void everyMethodByDefault_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("allowed");
        const QStringList changes = {u"blockchain.transaction.broadcast"_s,
                                     u"blockchain.transaction.broadcast_package"_s, u"server.add_peer"_s};
        for (const KnownMethod& method : knownMethods()) {
            QTest::newRow(qPrintable(method.name)) << method.name << !changes.contains(method.name);
            QCOMPARE(method.effect == MethodEffect::ChangesState, changes.contains(method.name));
        }
        // Names the table does not know, including look-alikes of the state-changing ones.
        for (const QString& unknown :
             {u"blockchain.transaction.broadcast_package2"_s, u"blockchain.transaction.broadcastx"_s,
              u"server.add_peers"_s, u"blockchain.scripthash.get_balance2"_s, u"server.shutdown"_s,
              u"Blockchain.Transaction.Broadcast"_s, u"blockchain.transaction.broadcast "_s, u"x"_s, u""_s}) {
            QTest::newRow(qPrintable(u"unknown "_s + unknown)) << unknown << false;
        }
    }
    void everyMethodByDefault()
    {
        QFETCH(QString, method);
        QFETCH(bool, allowed);
        const Status status = MethodPolicy{}.check(method);
        QCOMPARE(status.ok(), allowed);
        if (!allowed)
            QCOMPARE(status.error().kind, ErrorKind::NotAllowed);
    }

    void stateChangesNeedAllowBroadcast()
    {
        MethodPolicy policy;
        policy.allowStateChanges = true;
        for (const KnownMethod& method : knownMethods())
            QVERIFY2(policy.check(method.name).ok(), qPrintable(method.name));
        const Status unknown = policy.check(u"server.shutdown"_s);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"--allow-unknown-methods"_s));
        const Status refused = MethodPolicy{}.check(u"server.add_peer"_s);
        QVERIFY(refused.error().message.contains(u"--allow-broadcast"_s));
    }

    void unknownMethodsNeedTheirOwnSwitch_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("allowedWithUnknownOnly");
        QTest::newRow("a read by its name") << u"blockchain.scripthash.get_utxos"_s << true;
        QTest::newRow("a list") << u"blockchain.outpoint.listunspent"_s << true;
        QTest::newRow("a subscription") << u"blockchain.outpoint.subscribe"_s << true;
        QTest::newRow("an estimate") << u"blockchain.estimatesmartfee"_s << true;
        QTest::newRow("a broadcast by another name") << u"blockchain.transaction.broadcast_v2"_s << false;
        QTest::newRow("get in a broadcast") << u"blockchain.transaction.get_broadcast"_s << false;
        QTest::newRow("a peer") << u"server.add_peer_v2"_s << false;
        QTest::newRow("not a read") << u"server.shutdown"_s << false;
        QTest::newRow("submit") << u"blockchain.package.submit"_s << false;
    }
    void unknownMethodsNeedTheirOwnSwitch()
    {
        QFETCH(QString, method);
        QFETCH(bool, allowedWithUnknownOnly);
        MethodPolicy unknownOnly;
        unknownOnly.allowUnknown = true;
        QCOMPARE(unknownOnly.check(method).ok(), allowedWithUnknownOnly);
        MethodPolicy both = unknownOnly;
        both.allowStateChanges = true;
        QVERIFY(both.check(method).ok());
        QVERIFY(!MethodPolicy{}.check(method).ok());
    }

    void longNamesAreCutInMessages()
    {
        const QString huge(10'000, u'a');
        const Status status = MethodPolicy{}.check(huge);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.size() < 400, qPrintable(QString::number(status.error().message.size())));
    }
};

QTEST_GUILESS_MAIN(TestMethodPolicy)
#include "tst_methodpolicy.moc"
