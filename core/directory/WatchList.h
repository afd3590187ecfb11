// The servers an operator watches (starred in the window): directory entry keys ("network/host"), kept in order.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace btcw {

class ServerAddress;

// Lives on the engine's thread. The app loads it from the settings and saves it on changed(); the window stars and
// unstars, the API lists it (`watched` in /electrum/servers), and notifications follow the watched servers only.
class WatchList : public QObject
{
    Q_OBJECT
public:
    // A settings value holds at most this many keys; more are dropped (and said so by setKeys()).
    static constexpr int kMaxServers = 10'000;

    explicit WatchList(QObject* parent = nullptr);

    bool isWatched(const QString& entryKey) const { return m_keys.contains(entryKey); }
    // The entry key of a checked address on `network` ("mainnet/electrum.example.org").
    static QString keyOf(const QString& network, const ServerAddress& server);
    bool isWatched(const QString& network, const ServerAddress& server) const;
    // Stars or unstars one entry; emits changed() only when something changed.
    void setWatched(const QString& entryKey, bool watched);
    // Replaces the whole list (from the settings): keys that are not "network/host" are skipped and counted.
    // Returns how many were skipped.
    int setKeys(const QStringList& keys);
    QStringList keys() const; // sorted, for a stable settings value
    int size() const { return int(m_keys.size()); }

signals:
    void changed();

private:
    QSet<QString> m_keys;
};

} // namespace btcw
