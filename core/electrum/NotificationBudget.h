// How many server pushes (notifications) one session takes: delivered within a rate, coalesced past it, dropped
// with a count past that, and the connection cut when a server keeps flooding.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace btcw {

struct NotificationLimits
{
    double perSecond = 100;      // delivered at once up to this rate …
    int burst = 500;             // … with bursts up to this many
    int maxCoalesced = 256;      // past the rate: the latest per (method, first param), at most this many kept
    qint64 maxDropped = 10'000;  // past that: dropped; this many dropped and the session is closed
    int flushIntervalMs = 1'000; // how often coalesced notifications are delivered
};

struct Notification
{
    QString method;
    QJsonArray params;
};

class NotificationBudget
{
public:
    enum class Verdict
    {
        Deliver,    // hand it on now
        Coalesced,  // kept (replacing an older one of the same key) until the next flush
        Dropped,    // counted and thrown away
        Disconnect, // the server has flooded past every allowance
    };

    explicit NotificationBudget(NotificationLimits limits = {}) : m_limits(limits), m_tokens(limits.burst) {}

    // Decides on one notification that arrived at `nowMs` (a monotonic clock). Without a listener nothing is kept:
    // the notification only counts against the budget.
    Verdict offer(Notification notification, qint64 nowMs, bool hasListener);
    // The coalesced notifications, oldest key first, and forgets them.
    QList<Notification> takeCoalesced();

    qint64 dropped() const { return m_dropped; }
    qsizetype coalescedCount() const { return m_order.size(); }
    const NotificationLimits& limits() const { return m_limits; }

    // The coalescing key: the method and, for per-item subscriptions, the item (a scripthash, an outpoint).
    static QString keyFor(const Notification& notification);

private:
    Verdict drop();

    NotificationLimits m_limits;
    double m_tokens;
    qint64 m_updatedMs = -1;
    qint64 m_dropped = 0;
    QHash<QString, Notification> m_coalesced;
    QList<QString> m_order;
};

} // namespace btcw
