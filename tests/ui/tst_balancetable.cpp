// The query console's Balances tab against the test Electrum server: many addresses in, one batch out, rows in the
// order given, a bad address failing alone, and the second lookup answered from the cache. Offscreen.
#include "Engine.h"
#include "EngineQuery.h"
#include "TestElectrumServer.h"
#include "query/QueryService.h"
#include "widgets/BalanceTable.h"
#include "widgets/QueryConsole.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace btcw;
using btcw::test::FundedScript;
using btcw::test::TestElectrumServer;

namespace {

EngineOptions consoleEngine()
{
    EngineOptions options;
    options.tor.enabled = false;
    return options;
}

// What the server says an address holds, asked on its own and past the cache.
QJsonObject balanceOf(Engine& engine, const ServerAddress& server, const QString& address)
{
    Query query;
    query.server = server;
    query.method = QStringLiteral("blockchain.scripthash.get_balance");
    query.bitcoinAddress = address;
    query.allowPrivateTarget = true;
    query.readCache = false;
    query.writeCache = false;
    // An empty object (no answer, or none in time) fails the comparison.
    const QueryOutcome outcome = test::runQuery(engine, query, 10'000);
    return outcome.answer.ok() ? outcome.answer->result().toObject() : QJsonObject();
}

} // namespace

class TestBalanceTable : public QObject
{
    Q_OBJECT
private slots:
    void addressesAreSplitAndDeduplicatedInOrder()
    {
        QCOMPARE(BalanceTable::parseAddresses(QStringLiteral(" b1\na2, b1;c3\t\n\n a2 ")),
                 (QStringList{QStringLiteral("b1"), QStringLiteral("a2"), QStringLiteral("c3")}));
        QVERIFY(BalanceTable::parseAddresses(QStringLiteral(" \n ,")).isEmpty());
    }

    void satoshisAreShownAsBtc()
    {
        QCOMPARE(BalanceTable::btcText(0), QStringLiteral("0.00000000"));
        QCOMPARE(BalanceTable::btcText(150'000'000), QStringLiteral("1.50000000"));
        QCOMPARE(BalanceTable::btcText(-1000), QStringLiteral("-0.00001000"));
        QCOMPARE(BalanceTable::btcText(2'100'000'000'000'000), QStringLiteral("21000000.00000000"));
    }

    void balancesComeInOneBatchThenFromTheCache()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Engine engine(consoleEngine());
        QueryConsole console(engine.queries());
        const ServerAddress address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
        console.setServer(address);
        console.showBalances();
        QCOMPARE(console.findChild<QTabWidget*>()->currentWidget(), console.balanceTable());
        BalanceTable* table = console.balanceTable();

        QStringList addresses;
        for (const FundedScript& funded : server.fundedScripts())
            addresses << funded.address;
        QVERIFY(addresses.size() >= 2);
        addresses.insert(1, QStringLiteral("bcrt1qnotanaddress"));
        table->setAddressesText(addresses.join(u'\n') + u'\n' + addresses.first()); // the repeat is dropped

        QSignalSpy finished(table, &BalanceTable::lookUpFinished);
        table->lookUp();
        QVERIFY(table->isBusy());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().toBool(), false); // one address failed
        QCOMPARE(table->rowCount(), addresses.size());
        QCOMPARE(server.batchesReceived(), 1);
        QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.scripthash.get_balance")),
                 int(addresses.size()) - 1);
        for (int row = 0; row < addresses.size(); ++row)
            QCOMPARE(table->cellText(row, BalanceTable::AddressColumn), addresses[row]);
        QVERIFY2(table->cellText(1, BalanceTable::SourceColumn).contains(QStringLiteral("not a Bitcoin address")),
                 qPrintable(table->cellText(1, BalanceTable::SourceColumn)));
        QVERIFY(table->cellText(1, BalanceTable::ConfirmedColumn).isEmpty());
        QVERIFY2(table->statusText().contains(QStringLiteral("1 failed")), qPrintable(table->statusText()));
        for (int row : {0, 2}) {
            const QJsonObject expected = balanceOf(engine, address, addresses[row]);
            QCOMPARE(table->cellText(row, BalanceTable::ConfirmedColumn),
                     BalanceTable::btcText(expected.value(QStringLiteral("confirmed")).toInteger()));
            QCOMPARE(table->cellText(row, BalanceTable::UnconfirmedColumn),
                     BalanceTable::btcText(expected.value(QStringLiteral("unconfirmed")).toInteger()));
            QCOMPARE(table->cellText(row, BalanceTable::SourceColumn), QStringLiteral("server"));
        }

        // Again: every good address from the cache, nothing asked.
        const int asked = server.requestsReceived(QStringLiteral("blockchain.scripthash.get_balance"));
        table->lookUp();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.scripthash.get_balance")), asked);
        QCOMPARE(server.batchesReceived(), 1);
        for (int row = 0; row < addresses.size(); ++row) {
            if (row != 1)
                QCOMPARE(table->cellText(row, BalanceTable::SourceColumn), QStringLiteral("cache"));
        }

        // A single query shows on the Result tab again.
        console.setMethod(QStringLiteral("server.ping"));
        QSignalSpy queried(&console, &QueryConsole::queryFinished);
        console.send();
        QVERIFY(queried.wait(10'000));
        QCOMPARE(console.findChild<QTabWidget*>()->currentIndex(), 0);
    }

    void nothingIsAskedWithoutServerOrAddresses()
    {
        Engine engine(consoleEngine());
        QueryConsole console(engine.queries());
        BalanceTable* table = console.balanceTable();
        QSignalSpy finished(table, &BalanceTable::lookUpFinished);
        table->setAddressesText(QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
        table->lookUp();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(table->statusText(), QStringLiteral("Choose a server first."));

        console.setServer(ServerAddress::create(u"127.0.0.1", 1, Transport::Tcp).value());
        table->setAddressesText(QStringLiteral(" \n"));
        table->lookUp();
        QCOMPARE(table->statusText(), QStringLiteral("Type or paste at least one address."));

        QStringList many;
        for (int i = 0; i <= BalanceTable::kMaxAddresses; ++i)
            many << QStringLiteral("a%1").arg(i);
        table->setAddressesText(many.join(u' '));
        table->lookUp();
        QVERIFY2(table->statusText().contains(QStringLiteral("at most 1000")), qPrintable(table->statusText()));
        QCOMPARE(table->rowCount(), 0);
    }
};

QTEST_MAIN(TestBalanceTable)
#include "tst_balancetable.moc"
