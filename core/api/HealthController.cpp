#include "HealthController.h"

#include "Problem.h"
#include "QueryRequest.h"
#include "health/HealthMonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::milliseconds kDefaultBudget{30'000};

Result<BitcoinNetwork> parseNetwork(const QUrlQuery& query)
{
    if (!query.hasQueryItem(u"network"_s))
        return BitcoinNetwork::Mainnet;
    const QString name = query.queryItemValue(u"network"_s, QUrl::FullyDecoded).trimmed();
    if (const auto network = networkFromName(name))
        return *network;
    return Error::make(ErrorKind::InvalidArgument,
                       u"network: '%1' is not one of mainnet, testnet, testnet4, signet, regtest"_s.arg(name.left(40)));
}

} // namespace

HealthController::HealthController(HealthMonitor& health, QObject* context) : m_health(health), m_context(context) {}

void HealthController::check(const QUrlQuery& query, const QString& instance, Respond respond)
{
    if (auto bad =
            unknownParameterReply(query, {u"url"_s, u"port"_s, u"ssl"_s, u"network"_s, u"timeout"_s}, instance)) {
        respond(*bad);
        return;
    }
    auto network = parseNetwork(query);
    if (!network) {
        respond(problemNoStore(network.error(), instance));
        return;
    }
    // The address and timeout follow exactly the rules (and messages) of /electrum/query.
    QUrlQuery target = query;
    target.removeAllQueryItems(u"network"_s);
    auto parsed = parseQueryRequest(target);
    if (!parsed) {
        respond(problemNoStore(parsed.error(), instance));
        return;
    }
    if (!m_context) {
        respond(problemNoStore(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), instance));
        return;
    }
    const std::chrono::milliseconds budget = parsed->timeout.count() > 0 ? parsed->timeout : kDefaultBudget;
    const BitcoinNetwork chain = network.value();
    m_health.checkOne(parsed->server, chain, budget, m_context,
                      [chain, instance, respond = std::move(respond)](Result<HealthReport> report) {
                          if (!report) {
                              respond(problemNoStore(report.error(), instance));
                              return;
                          }
                          QJsonObject body = report->toJson();
                          body.insert(u"network"_s, networkName(chain));
                          respond(noStore(HttpReply::json(QJsonDocument(body))));
                      });
}

namespace {

constexpr int kMaxWaitSeconds = 120;

QString isoOrNull(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject scanJson(const HealthMonitor& monitor)
{
    const ScanStatus& status = monitor.status();
    QJsonObject json{
        {u"network"_s, networkName(status.network)},
        {u"running"_s, status.running},
        {u"done"_s, status.done},
        {u"total"_s, status.total},
        {u"up"_s, status.up},
        {u"cancelled"_s, status.cancelled},
        {u"discovering"_s, status.discovering},
        {u"concurrency"_s, monitor.options().concurrency},
        {u"interval_s"_s, qint64(monitor.options().interval.count() / 1000)},
    };
    json.insert(u"started_at"_s, status.startedAt.isValid() ? QJsonValue(isoOrNull(status.startedAt)) : QJsonValue());
    json.insert(u"finished_at"_s,
                status.finishedAt.isValid() ? QJsonValue(isoOrNull(status.finishedAt)) : QJsonValue());
    json.insert(u"last_discovery"_s,
                status.lastDiscovery ? QJsonValue(status.lastDiscovery->toJson()) : QJsonValue(QJsonValue::Null));
    return json;
}

} // namespace

namespace {

struct ScanRequest
{
    QString action; // empty, "start" or "cancel"
    int waitSeconds = 0;
    BitcoinNetwork network = BitcoinNetwork::Mainnet;
    bool networkGiven = false;
};

Result<ScanRequest> parseScanRequest(const QUrlQuery& query)
{
    if (Status names = checkParameterNames(query, {u"network"_s, u"action"_s, u"wait"_s}); !names.ok())
        return names.error();
    ScanRequest request;
    request.action = query.queryItemValue(u"action"_s, QUrl::FullyDecoded).trimmed();
    if (query.hasQueryItem(u"action"_s) && request.action != u"start" && request.action != u"cancel") {
        return Error::make(ErrorKind::InvalidArgument,
                           u"action: '%1' is not one of start, cancel"_s.arg(request.action.left(40)));
    }
    if (query.hasQueryItem(u"wait"_s)) {
        const QString text = query.queryItemValue(u"wait"_s, QUrl::FullyDecoded).trimmed();
        bool ok = false;
        request.waitSeconds = text.toInt(&ok);
        if (!ok || request.waitSeconds < 0 || request.waitSeconds > kMaxWaitSeconds) {
            return Error::make(
                ErrorKind::InvalidArgument,
                u"wait: '%1' is not a number of seconds from 0 to %2"_s.arg(text.left(40)).arg(kMaxWaitSeconds));
        }
    }
    auto network = parseNetwork(query);
    if (!network)
        return network.error();
    request.network = network.value();
    request.networkGiven = query.hasQueryItem(u"network"_s);
    return request;
}

Error scanAlreadyRunning(const ScanStatus& now)
{
    const QString network = networkName(now.network);
    return Error::make(ErrorKind::Conflict,
                       now.running ? u"A scan of %1 is already running (%2 of %3 servers checked); wait for it or "
                                     u"cancel it with action=cancel."_s.arg(network)
                                         .arg(now.done)
                                         .arg(now.total)
                                   : u"Peer discovery after the scan of %1 is still running; wait for it or cancel it "
                                     u"with action=cancel."_s.arg(network));
}

} // namespace

void HealthController::scan(const QUrlQuery& query, const QString& instance, Respond respond)
{
    const Result<ScanRequest> request = parseScanRequest(query);
    if (!request) {
        respond(problemNoStore(request.error(), instance));
        return;
    }
    const ScanStatus& now = m_health.status();
    if (request->networkGiven && m_health.isBusy() && now.network != request->network && request->action != u"start") {
        respond(invalidArgument(u"network: the scan in progress is for %1, not %2"_s.arg(networkName(now.network),
                                                                                         networkName(request->network)),
                                instance));
        return;
    }
    int status = HttpStatus::Ok;
    if (request->action == u"start") {
        if (m_health.isBusy()) {
            respond(problemNoStore(scanAlreadyRunning(now), instance));
            return;
        }
        m_health.startScan(request->network);
        status = HttpStatus::Accepted;
    } else if (request->action == u"cancel") {
        m_health.cancel();
    }
    answerWhenIdle(status, request->waitSeconds, std::move(respond));
}

void HealthController::answerWhenIdle(int status, int waitSeconds, Respond respond)
{
    if (waitSeconds == 0 || !m_health.isBusy() || !m_context) {
        respond(noStore(HttpReply::json(QJsonDocument(scanJson(m_health)), status)));
        return;
    }
    // Long poll: answer once the scan and the discovery after it are over, or when the wait runs out.
    auto* waiter = new QObject(m_context);
    auto answer = [this, waiter, status, respond = std::move(respond)] {
        if (waiter->property("answered").toBool())
            return;
        waiter->setProperty("answered", true);
        waiter->deleteLater();
        respond(noStore(HttpReply::json(QJsonDocument(scanJson(m_health)), status)));
    };
    // scanFinished comes just before the discovery that may follow it starts: look once the loop is back.
    auto whenIdle = [this, answer] {
        if (!m_health.isBusy())
            answer();
    };
    QObject::connect(&m_health, &HealthMonitor::scanFinished, waiter,
                     [waiter, whenIdle] { QTimer::singleShot(0, waiter, whenIdle); });
    QObject::connect(&m_health, &HealthMonitor::discoveryFinished, waiter,
                     [waiter, whenIdle] { QTimer::singleShot(0, waiter, whenIdle); });
    QTimer::singleShot(std::chrono::seconds(waitSeconds), waiter, answer);
}

HttpReply HealthController::tip(const QUrlQuery& query, const QString& instance) const
{
    if (auto bad = unknownParameterReply(query, {u"network"_s}, instance))
        return *bad;
    auto network = parseNetwork(query);
    if (!network)
        return problemNoStore(network.error(), instance);
    const QList<HealthReport> reports = m_health.registry().reports(network.value());
    QJsonObject body = computeTipAgreement(reports).toJson();
    body.insert(u"network"_s, networkName(network.value()));
    body.insert(u"checked"_s, int(reports.size()));
    // When each server's figure was seen, so a stale check can be told from a lagging server.
    QJsonArray servers = body.value(u"servers"_s).toArray();
    for (qsizetype i = 0; i < servers.size() && i < reports.size(); ++i) {
        QJsonObject entry = servers.at(i).toObject();
        entry.insert(u"checked_at"_s, reports.at(i).checkedAt.toUTC().toString(Qt::ISODate));
        entry.insert(u"ok"_s, reports.at(i).ok);
        servers.replace(i, entry);
    }
    body.insert(u"servers"_s, servers);
    return noStore(HttpReply::json(QJsonDocument(body)));
}

} // namespace btcw
