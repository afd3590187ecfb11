#include "NotificationBudget.h"

#include <QJsonDocument>
#include <algorithm>

namespace btcw {

QString NotificationBudget::keyFor(const Notification& notification)
{
    QString key = notification.method.left(128);
    if (!notification.params.isEmpty() && notification.params.at(0).isString())
        key += QLatin1Char('|') + notification.params.at(0).toString().left(128);
    return key;
}

NotificationBudget::Verdict NotificationBudget::drop()
{
    ++m_dropped;
    return m_dropped >= m_limits.maxDropped ? Verdict::Disconnect : Verdict::Dropped;
}

NotificationBudget::Verdict NotificationBudget::offer(Notification notification, qint64 nowMs, bool hasListener)
{
    if (m_updatedMs >= 0 && nowMs > m_updatedMs)
        m_tokens =
            std::min(double(m_limits.burst), m_tokens + double(nowMs - m_updatedMs) * m_limits.perSecond / 1000.0);
    m_updatedMs = std::max(m_updatedMs, nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return hasListener ? Verdict::Deliver : Verdict::Dropped;
    }
    if (!hasListener)
        return drop();
    const QString key = keyFor(notification);
    if (auto it = m_coalesced.find(key); it != m_coalesced.end()) {
        *it = std::move(notification); // the newer state replaces the older one
        return Verdict::Coalesced;
    }
    if (m_order.size() >= m_limits.maxCoalesced)
        return drop();
    m_coalesced.insert(key, std::move(notification));
    m_order.append(key);
    return Verdict::Coalesced;
}

QList<Notification> NotificationBudget::takeCoalesced()
{
    QList<Notification> out;
    out.reserve(m_order.size());
    for (const QString& key : std::as_const(m_order))
        out.append(m_coalesced.take(key));
    m_order.clear();
    m_coalesced.clear();
    return out;
}

} // namespace btcw
