// The status bar's indicators: how many servers are shown, Tor, the local API and the response cache.
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QLabel;
class QStatusBar;

namespace btcw {

class Cache;
class ResponseCache;
class TorService;

// Not a widget of its own: the labels sit in the status bar itself (the count on the left, the rest permanent on
// the right, with the window's progress in between), so they look like any status bar item.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    // Adds the labels to `bar`: the count of `shown` rows (out of `all`) first, then Tor, API and cache (whichever
    // backend `cache` uses now: the settings may switch it). The services and models must outlive the indicators.
    StatusIndicators(QStatusBar* bar, TorService& tor, ResponseCache& cache, const QAbstractItemModel* shown,
                     const QAbstractItemModel* all, QObject* parent = nullptr);

    // What the local API is doing: the URL it listens on, or (empty URL) why it does not.
    void setApiStatus(const QString& listeningUrl, const QString& error);
    // The cache backend in plain words ("in memory", "Redis at 127.0.0.1:6379").
    void setCacheDescription(const QString& description);
    // Backend, degraded state and hit counts of the cache (also refreshed every two seconds).
    void refreshCacheStatus();

    QString torStatusText() const;
    QString apiStatusText() const;
    QString cacheStatusText() const;

private:
    void updateTorStatus();
    void updateCount();
    void followBackend(Cache* backend);

    TorService& m_tor;
    ResponseCache& m_cache;
    const QAbstractItemModel* m_shown;
    const QAbstractItemModel* m_all;
    QLabel* m_countLabel = nullptr;
    QLabel* m_torLabel = nullptr;
    QLabel* m_apiLabel = nullptr;
    QLabel* m_cacheLabel = nullptr;
};

} // namespace btcw
