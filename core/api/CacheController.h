// GET /electrum/cache: what the response cache holds and how it is doing (backend, degraded, hits, misses).
#pragma once

#include "HttpReply.h"

#include <QString>
#include <QUrlQuery>

namespace btcw {

class ResponseCache;
struct CacheSettings;

class CacheController
{
public:
    // Both must outlive the controller; `settings` says whether and where Redis is configured.
    CacheController(ResponseCache& cache, const CacheSettings& settings);

    // GET /electrum/cache. The API only reads (GET/HEAD): clearing is not offered here, see openapi.json.
    HttpReply stats(const QUrlQuery& query, const QString& instance) const;

private:
    ResponseCache& m_cache;
    const CacheSettings& m_settings;
};

} // namespace btcw
