#include "StatusIndicators.h"

#include "cache/ResponseCache.h"
#include "models/EngineText.h"
#include "tor/TorService.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace btcw {

StatusIndicators::StatusIndicators(QStatusBar* bar, TorService& tor, ResponseCache& cache,
                                   const QAbstractItemModel* shown, const QAbstractItemModel* all, QObject* parent)
    : QObject(parent), m_tor(tor), m_cache(cache), m_shown(shown), m_all(all)
{
    m_countLabel = new QLabel(bar);
    m_torLabel = new QLabel(bar);
    m_apiLabel = new QLabel(bar);
    m_apiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cacheLabel = new QLabel(bar);
    bar->addWidget(m_countLabel);
    bar->addPermanentWidget(m_torLabel);
    bar->addPermanentWidget(m_apiLabel);
    bar->addPermanentWidget(m_cacheLabel);

    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &StatusIndicators::updateCount);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &StatusIndicators::updateCount);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &StatusIndicators::updateCount);
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, &StatusIndicators::updateCount);
    connect(&m_tor, &TorService::stateChanged, this, &StatusIndicators::updateTorStatus);
    connect(&m_tor, &TorService::bootstrapChanged, this, &StatusIndicators::updateTorStatus);
    // Hit counts move with every query (the API's too): a cheap periodic refresh keeps the tooltip honest.
    auto* cacheTimer = new QTimer(this);
    connect(cacheTimer, &QTimer::timeout, this, &StatusIndicators::refreshCacheStatus);
    cacheTimer->start(2000);
    connect(&m_cache, &ResponseCache::backendChanged, this, &StatusIndicators::followBackend);
    followBackend(&m_cache.cache());

    updateTorStatus();
}

void StatusIndicators::followBackend(Cache* backend)
{
    // The old backend is gone after the switch; its connection went with it.
    connect(backend, &Cache::degradedChanged, this, &StatusIndicators::refreshCacheStatus);
    refreshCacheStatus();
}

QString StatusIndicators::torStatusText() const
{
    return m_torLabel->text();
}

QString StatusIndicators::apiStatusText() const
{
    return m_apiLabel->text();
}

QString StatusIndicators::cacheStatusText() const
{
    return m_cacheLabel->text();
}

void StatusIndicators::updateCount()
{
    const int shown = m_shown->rowCount();
    const int all = m_all->rowCount();
    m_countLabel->setText(tr("%n server(s) shown", nullptr, shown) +
                          (shown == all ? QString() : QStringLiteral(" / %1").arg(all)));
}

void StatusIndicators::updateTorStatus()
{
    const QString where = m_tor.endpoint() ? m_tor.endpoint()->toString() : QString();
    QString text;
    switch (m_tor.state()) {
    case TorState::Off:
        text = tr("Tor: off");
        break;
    case TorState::Detecting:
        text = tr("Tor: detecting…");
        break;
    case TorState::Detected:
        text = tr("Tor: detected at %1").arg(where);
        break;
    case TorState::Idle:
        text = tr("Tor: starts when needed");
        break;
    case TorState::Launching:
        text = tr("Tor: launching");
        break;
    case TorState::Bootstrapping:
        text = tr("Tor: bootstrapping %1%").arg(m_tor.bootstrapProgress());
        break;
    case TorState::Ready:
        text = tr("Tor: ready at %1").arg(where);
        break;
    case TorState::Error:
        text = tr("Tor: unavailable");
        break;
    }
    m_torLabel->setText(text);
    // Why Tor is not usable yet ("still starting (bootstrapped 45%)", how to install tor, …); empty when it is.
    const QString why = EngineText::message(m_tor.unavailableReasonCode());
    m_torLabel->setToolTip(why.isEmpty() ? m_tor.unavailableReason() : why);
}

void StatusIndicators::setApiStatus(const QString& listeningUrl, const QString& error)
{
    if (!listeningUrl.isEmpty()) {
        m_apiLabel->setText(tr("API: %1").arg(listeningUrl));
        m_apiLabel->setToolTip(tr("The local REST API listens here"));
    } else {
        m_apiLabel->setText(error.isEmpty() ? tr("API: off") : tr("API: off (%1)").arg(error));
        m_apiLabel->setToolTip(error);
    }
}

void StatusIndicators::setCacheDescription(const QString& description)
{
    m_cacheLabel->setText(tr("Cache: %1").arg(description));
}

void StatusIndicators::refreshCacheStatus()
{
    const Cache& backend = m_cache.cache();
    const CacheStats stats = backend.stats();
    const QString name = EngineText::cacheBackend(backend.backendName());
    setCacheDescription(stats.degraded ? tr("%1 (degraded)").arg(name) : name);
    QString tip = tr("%1 hits, %2 misses, %3 entries, %4 KiB held here")
                      .arg(stats.hits)
                      .arg(stats.misses)
                      .arg(stats.entries)
                      .arg(stats.bytes / 1024);
    if (stats.degraded)
        tip += QLatin1Char('\n') + stats.degradedReason;
    m_cacheLabel->setToolTip(tip);
}

} // namespace btcw
