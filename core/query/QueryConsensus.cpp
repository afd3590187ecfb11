// consensus=N: one query to N healthy servers of a network at once, answered only when they agree.
#include "QueryService.h"

#include <QJsonDocument>
#include <QPointer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// One consensus query on its way: each server's outcome as it comes.
struct Round
{
    Query query;
    QList<ServerAddress> servers;
    QList<std::optional<QueryOutcome>> outcomes;
    int left = 0;
    QueryService::Done done;
};

void conclude(const std::shared_ptr<Round>& round)
{
    // Group the answers by their result; errors apart (a timeout is reported, not counted against agreement).
    QList<QString> keys;
    QList<QList<int>> groups;
    QJsonArray report;
    QStringList failures;
    for (int i = 0; i < round->servers.size(); ++i) {
        const QueryOutcome& o = *round->outcomes[i];
        QJsonObject line{{u"server"_s, round->servers[i].toString()}};
        if (!o.answer.ok()) {
            line.insert(u"error_kind"_s, o.answer.error().kindName());
            line.insert(u"error"_s, o.answer.error().message);
            failures << u"%1: %2"_s.arg(round->servers[i].toString(), o.answer.error().kindName());
        } else {
            const QString key = compact(o.answer->result());
            line.insert(u"result"_s, o.answer->result());
            qsizetype g = keys.indexOf(key);
            if (g < 0) {
                keys.append(key);
                groups.append(QList<int>{});
                g = keys.size() - 1;
            }
            groups[g].append(i);
        }
        report.append(line);
    }
    const int asked = int(round->servers.size());
    const int agreed = groups.size() == 1 ? int(groups.front().size()) : 0;
    QJsonObject consensus{{u"asked"_s, asked},
                          {u"agreed"_s, agreed},
                          {u"answered"_s, asked - int(failures.size())},
                          {u"servers"_s, report}};
    if (groups.size() == 1 && agreed >= QueryService::minConsensus) {
        // Every server that answered gave this result: the first one's answer speaks for them.
        QueryOutcome chosen = *round->outcomes[groups.front().front()];
        QueryAnswer answer = chosen.answer.value();
        answer.body.insert(u"consensus"_s, consensus);
        answer.stored.clear();
        answer.etag = CachedValue::etagFor(QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
        chosen.answer = answer;
        round->done(chosen);
        return;
    }
    QStringList said;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QStringList who;
        for (int i : std::as_const(groups[g]))
            who << round->servers[i].toString();
        const QString result = keys[g].size() > 200 ? keys[g].left(200) + u"…"_s : keys[g];
        said << u"%1 answered %2"_s.arg(who.join(u", "_s), result);
    }
    said << failures;
    Error e = Error::make(
        ErrorKind::NoConsensus,
        groups.size() > 1 ? u"The %1 servers asked did not agree."_s.arg(asked)
                          : u"Only %1 of the %2 servers asked answered; %3 must agree."_s.arg(agreed).arg(asked).arg(
                                QueryService::minConsensus),
        said.join(u"; "_s));
    e.rpcData = consensus; // the API lists who answered what
    round->done(QueryOutcome{e, CacheUse::NotReached});
}

} // namespace

void QueryService::runConsensus(const Query& asked, QObject* context, Done done)
{
    auto fail = [context, done](Error error) {
        QMetaObject::invokeMethod(
            context,
            [done, error] {
                done(QueryOutcome{error, CacheUse::NotReached});
            },
            Qt::QueuedConnection);
    };
    if (asked.consensus < minConsensus || asked.consensus > maxConsensus) {
        fail(Error::make(ErrorKind::InvalidArgument,
                         u"consensus must be between %1 and %2 servers; got %3"_s.arg(minConsensus)
                             .arg(maxConsensus)
                             .arg(asked.consensus)));
        return;
    }
    if (!m_consensusPeers) {
        fail(Error::make(ErrorKind::Internal, u"no source of healthy servers is set up for consensus"_s));
        return;
    }
    const Result<QList<ServerAddress>> peers = m_consensusPeers(asked.server, asked.consensus - 1);
    if (!peers) {
        fail(peers.error());
        return;
    }
    if (peers->size() < asked.consensus - 1) {
        fail(Error::make(
            ErrorKind::NoConsensus,
            u"consensus=%1 needs %2 other healthy servers of this network; %3 are known"_s.arg(asked.consensus)
                .arg(asked.consensus - 1)
                .arg(peers->size()),
            u"scan the network first (GET /electrum/scan?action=start) so healthy servers are known"_s));
        return;
    }
    auto round = std::make_shared<Round>();
    round->query = asked;
    round->servers = QList<ServerAddress>{asked.server} + *peers;
    round->outcomes.resize(round->servers.size());
    round->left = int(round->servers.size());
    round->done = std::move(done);
    for (int i = 0; i < round->servers.size(); ++i) {
        Query one = asked;
        one.consensus = 0;
        one.server = round->servers[i];
        one.readCache = false; // agreement means the servers' answers now, not one stored earlier
        run(one, context, [round, i](const QueryOutcome& outcome) {
            round->outcomes[i] = outcome;
            if (--round->left == 0)
                conclude(round);
        });
    }
}

} // namespace btcw
