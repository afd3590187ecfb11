// The notification budget: delivered within the rate, coalesced per item past it, dropped (counted) past that, and
// a disconnect once a server has flooded past every allowance; without a listener nothing is kept.
#include "electrum/NotificationBudget.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace btcw;

namespace {

Notification header(int height)
{
    return {QStringLiteral("blockchain.headers.subscribe"),
            QJsonArray{QJsonObject{{QStringLiteral("height"), height}}}};
}

Notification status(const QString& scripthash, const QString& value)
{
    return {QStringLiteral("blockchain.scripthash.subscribe"), QJsonArray{scripthash, value}};
}

} // namespace

class TestNotificationBudget : public QObject
{
    Q_OBJECT
private slots:
    void deliversWithinTheRateThenCoalescesPerItem()
    {
        NotificationLimits limits;
        limits.perSecond = 10;
        limits.burst = 3;
        NotificationBudget budget(limits);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(budget.offer(header(i), 0, true), NotificationBudget::Verdict::Deliver);
        QCOMPARE(budget.offer(header(3), 0, true), NotificationBudget::Verdict::Coalesced);
        QCOMPARE(budget.offer(header(4), 0, true), NotificationBudget::Verdict::Coalesced);
        QCOMPARE(budget.offer(status(QStringLiteral("aa"), QStringLiteral("1")), 0, true),
                 NotificationBudget::Verdict::Coalesced);
        QCOMPARE(budget.offer(status(QStringLiteral("bb"), QStringLiteral("1")), 0, true),
                 NotificationBudget::Verdict::Coalesced);
        QCOMPARE(budget.coalescedCount(), 3);
        const QList<Notification> due = budget.takeCoalesced();
        QCOMPARE(due.size(), 3);
        // The latest state of each item, in the order the items first came.
        QCOMPARE(due.at(0).params.at(0).toObject().value(QStringLiteral("height")).toInt(), 4);
        QCOMPARE(due.at(1).params.at(0).toString(), QStringLiteral("aa"));
        QCOMPARE(budget.coalescedCount(), 0);
        QCOMPARE(budget.dropped(), 0);
        // 100 ms at 10/s: one more goes straight through.
        QCOMPARE(budget.offer(header(5), 100, true), NotificationBudget::Verdict::Deliver);
    }

    void dropsPastTheCoalescingCapAndThenDisconnects()
    {
        NotificationLimits limits;
        limits.perSecond = 1;
        limits.burst = 1;
        limits.maxCoalesced = 2;
        limits.maxDropped = 5;
        NotificationBudget budget(limits);
        QCOMPARE(budget.offer(status(QStringLiteral("a"), {}), 0, true), NotificationBudget::Verdict::Deliver);
        QCOMPARE(budget.offer(status(QStringLiteral("b"), {}), 0, true), NotificationBudget::Verdict::Coalesced);
        QCOMPARE(budget.offer(status(QStringLiteral("c"), {}), 0, true), NotificationBudget::Verdict::Coalesced);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(budget.offer(status(QStringLiteral("x%1").arg(i), {}), 0, true),
                     NotificationBudget::Verdict::Dropped);
        QCOMPARE(budget.offer(status(QStringLiteral("y"), {}), 0, true), NotificationBudget::Verdict::Disconnect);
        QCOMPARE(budget.dropped(), 5);
    }

    void withoutAListenerNothingIsKept()
    {
        NotificationLimits limits;
        limits.burst = 2;
        limits.perSecond = 0;
        limits.maxDropped = 3;
        NotificationBudget budget(limits);
        QCOMPARE(budget.offer(header(1), 0, false), NotificationBudget::Verdict::Dropped);
        QCOMPARE(budget.offer(header(2), 0, false), NotificationBudget::Verdict::Dropped);
        QCOMPARE(budget.dropped(), 0); // within the rate: not a flood
        QCOMPARE(budget.offer(header(3), 0, false), NotificationBudget::Verdict::Dropped);
        QCOMPARE(budget.offer(header(4), 0, false), NotificationBudget::Verdict::Dropped);
        QCOMPARE(budget.offer(header(5), 0, false), NotificationBudget::Verdict::Disconnect);
        QCOMPARE(budget.coalescedCount(), 0);
    }

    void aClockGoingBackDoesNotMintTokens()
    {
        NotificationLimits limits;
        limits.burst = 1;
        limits.perSecond = 1;
        NotificationBudget budget(limits);
        QCOMPARE(budget.offer(header(1), 10'000, true), NotificationBudget::Verdict::Deliver);
        QCOMPARE(budget.offer(header(2), 0, true), NotificationBudget::Verdict::Coalesced);
        QCOMPARE(budget.offer(header(3), 10'500, true), NotificationBudget::Verdict::Coalesced);
    }
};

QTEST_GUILESS_MAIN(TestNotificationBudget)
#include "tst_notificationbudget.moc"
