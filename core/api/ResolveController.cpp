#include "ResolveController.h"

#include "Problem.h"
#include "QueryRequest.h"
#include "query/ServerResolver.h"

#include <QJsonDocument>

namespace btcw {

using namespace Qt::StringLiterals;

ResolveController::ResolveController(ServerResolver& resolver, QObject* context)
    : m_resolver(resolver), m_context(context)
{
}

void ResolveController::resolve(const QUrlQuery& query, const QString& instance, Respond respond)
{
    static const QStringList known{u"url"_s, u"port"_s, u"ssl"_s, u"timeout"_s, u"recheck"_s};
    if (Status names = checkParameterNames(query, known); !names.ok()) {
        respond(problemNoStore(names.error(), instance));
        return;
    }
    if (!query.hasQueryItem(u"url"_s)) {
        respond(invalidArgument(u"url: missing; give the server's host name, IP address or .onion"_s, instance));
        return;
    }
    // url, port, ssl and timeout mean what they mean for /electrum/query, checked by the same function.
    QUrlQuery server = query;
    server.removeAllQueryItems(u"recheck"_s);
    const Result<QueryRequest> parsed = parseQueryRequest(server);
    if (!parsed) {
        respond(problemNoStore(parsed.error(), instance));
        return;
    }
    bool recheck = false;
    if (query.hasQueryItem(u"recheck"_s)) {
        const QString value = query.queryItemValue(u"recheck"_s, QUrl::FullyDecoded).trimmed().toLower();
        if (value != u"true" && value != u"false") {
            respond(invalidArgument(u"recheck: '%1' is not true or false"_s.arg(value.left(40)), instance));
            return;
        }
        recheck = value == u"true";
    }
    if (!m_context) {
        respond(problemNoStore(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), instance));
        return;
    }
    ResolveRequest request;
    request.server = parsed->server;
    request.timeout = parsed->timeout;
    request.recheck = recheck;
    m_resolver.resolve(request, m_context, [instance, respond = std::move(respond)](Result<QJsonObject> answer) {
        if (!answer) {
            respond(problemNoStore(answer.error(), instance));
            return;
        }
        respond(noStore(HttpReply::json(QJsonDocument(answer.value()))));
    });
}

} // namespace btcw
