#include "directory/WatchList.h"

#include "electrum/Network.h"
#include "electrum/ServerAddress.h"

#include <algorithm>

namespace btcw {

WatchList::WatchList(QObject* parent) : QObject(parent) {}

QString WatchList::keyOf(const QString& network, const ServerAddress& server)
{
    return network + QLatin1Char('/') + server.host();
}

bool WatchList::isWatched(const QString& network, const ServerAddress& server) const
{
    return m_keys.contains(keyOf(network, server));
}

void WatchList::setWatched(const QString& entryKey, bool watched)
{
    if (watched == m_keys.contains(entryKey))
        return;
    if (watched) {
        if (m_keys.size() >= kMaxServers)
            return;
        m_keys.insert(entryKey);
    } else {
        m_keys.remove(entryKey);
    }
    emit changed();
}

int WatchList::setKeys(const QStringList& keys)
{
    QSet<QString> next;
    int skipped = 0;
    for (const QString& key : keys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const bool knownNetwork = slash > 0 && networkFromName(QStringView(key).left(slash)).has_value();
        const bool validHost = slash > 0 && ServerAddress::normalizeHost(QStringView(key).mid(slash + 1)).ok();
        if (!knownNetwork || !validHost || next.size() >= kMaxServers) {
            ++skipped;
            continue;
        }
        next.insert(key);
    }
    if (next != m_keys) {
        m_keys = std::move(next);
        emit changed();
    }
    return skipped;
}

QStringList WatchList::keys() const
{
    QStringList out(m_keys.cbegin(), m_keys.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace btcw
