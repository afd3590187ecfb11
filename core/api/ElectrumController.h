// /electrum/*: parse the query, call the engine, serialize the answer (problem+json on failure).
#pragma once

#include "HttpReply.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace btcw {

class Engine;
struct QueryRequest;

class ElectrumController
{
public:
    using Respond = std::function<void(const HttpReply&)>;

    // context: callbacks from the engine are dropped once it is destroyed.
    ElectrumController(Engine& engine, QObject* context);

    // GET /electrum/query: answers later (or at once on a bad request) through `respond`, exactly once.
    void query(const QUrlQuery& query, const QString& instance, Respond respond);
    // GET /electrum/servers?network=…&kind=…
    HttpReply servers(const QUrlQuery& query, const QString& instance) const;
    // GET /electrum/tor
    HttpReply tor() const;

    // Policy checks that need the engine's options (e.g. broadcasting is off unless enabled).
    Status checkAllowed(const QueryRequest& request) const;

private:
    Engine& m_engine;
    QPointer<QObject> m_context;
};

} // namespace btcw
