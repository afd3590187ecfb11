#include "cache/Cache.h"

#include <QCryptographicHash>
#include <algorithm>

namespace btcw {

std::chrono::seconds CachedValue::age(const QDateTime& now) const
{
    if (!storedAt.isValid())
        return std::chrono::seconds{0};
    return std::chrono::seconds{std::max<qint64>(0, storedAt.secsTo(now))};
}

std::chrono::seconds CachedValue::remaining(const QDateTime& now) const
{
    if (!storedAt.isValid())
        return std::chrono::seconds{0};
    // Millisecond precision so that a 1 s entry stored 999 ms ago is still alive.
    const qint64 leftMs = ttl.count() * 1000 - storedAt.msecsTo(now);
    if (leftMs <= 0)
        return std::chrono::seconds{0};
    return std::chrono::seconds{(leftMs + 999) / 1000};
}

QByteArray CachedValue::etagFor(const QByteArray& body)
{
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    const QByteArray tag = digest.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return '"' + tag + '"';
}

} // namespace btcw
