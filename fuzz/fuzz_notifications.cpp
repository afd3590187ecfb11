// The notification path of a session: framed lines from a server, parsed, and passed through NotificationBudget
// with a clock and a listener switch taken from the input.
#include "FuzzCheck.h"
#include "electrum/JsonRpc.h"
#include "electrum/LineFramer.h"
#include "electrum/NotificationBudget.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace btcw;
    if (size < 2)
        return 0;
    NotificationLimits limits;
    limits.perSecond = 5;
    limits.burst = 3;
    limits.maxCoalesced = 4;
    limits.maxDropped = 20;
    NotificationBudget budget(limits);
    const bool listener = data[0] & 1;
    const int step = data[1]; // ms between lines
    LineFramer framer(4096);
    const auto lines = framer.feed(QByteArray(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2)));
    if (!lines)
        return 0;
    qint64 now = 0;
    qint64 droppedBefore = 0;
    bool disconnected = false;
    for (const QByteArray& line : lines.value()) {
        now += step;
        const auto message = jsonrpc::parseLine(line);
        if (!message || !message.value().isObject())
            continue;
        const QJsonObject object = message.value().toObject();
        if (!jsonrpc::isNotification(object))
            continue;
        BTCW_FUZZ_CHECK(!disconnected); // a session stops reading once it is told to disconnect
        const Notification n{object.value(QLatin1String("method")).toString(),
                             object.value(QLatin1String("params")).toArray()};
        const auto verdict = budget.offer(n, now, listener);
        BTCW_FUZZ_CHECK(budget.dropped() >= droppedBefore);
        BTCW_FUZZ_CHECK(budget.coalescedCount() <= limits.maxCoalesced);
        if (!listener)
            BTCW_FUZZ_CHECK(verdict != NotificationBudget::Verdict::Deliver &&
                            verdict != NotificationBudget::Verdict::Coalesced);
        if (verdict == NotificationBudget::Verdict::Disconnect) {
            BTCW_FUZZ_CHECK(budget.dropped() >= limits.maxDropped);
            disconnected = true;
        }
        droppedBefore = budget.dropped();
        BTCW_FUZZ_CHECK(NotificationBudget::keyFor(n).size() <= 257);
        if (now % 7 == 0) {
            const qsizetype pending = budget.coalescedCount();
            const QList<Notification> due = budget.takeCoalesced();
            BTCW_FUZZ_CHECK(due.size() == pending);
            QSet<QString> keys;
            for (const Notification& d : due)
                keys.insert(NotificationBudget::keyFor(d));
            BTCW_FUZZ_CHECK(keys.size() == due.size()); // one per item
            BTCW_FUZZ_CHECK(budget.coalescedCount() == 0);
        }
        if (disconnected)
            break;
    }
    return 0;
}
