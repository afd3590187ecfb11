// GET /electrum/resolve: a server's addresses, announced hosts and twins. HTTP in, ServerResolver, HTTP out.
#pragma once

#include "HttpReply.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace btcw {

class ServerResolver;

class ResolveController
{
public:
    using Respond = std::function<void(const HttpReply&)>;

    // The resolver must outlive the controller; answers for a destroyed `context` are dropped.
    ResolveController(ServerResolver& resolver, QObject* context);

    // ?url=…[&port=…&ssl=…&timeout=…&recheck=true]: answers later (or at once on a bad request), exactly once.
    void resolve(const QUrlQuery& query, const QString& instance, Respond respond);

private:
    ServerResolver& m_resolver;
    QPointer<QObject> m_context;
};

} // namespace btcw
