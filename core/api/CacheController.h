// GET /electrum/cache: what the response cache holds and how it is doing (backend, degraded, hits, misses).
#pragma once

#include "HttpReply.h"

#include <QString>
#include <QUrlQuery>

namespace btcw {

class Engine;

class CacheController
{
public:
    explicit CacheController(Engine& engine);

    // GET /electrum/cache. The API only reads (GET/HEAD): clearing is not offered here, see openapi.json.
    HttpReply stats(const QUrlQuery& query, const QString& instance) const;

private:
    Engine& m_engine;
};

} // namespace btcw
