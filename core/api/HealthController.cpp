#include "HealthController.h"

#include "Engine.h"
#include "Problem.h"
#include "QueryRequest.h"
#include "cache/ResponseCache.h"
#include "electrum/SessionPool.h"
#include "health/HealthCheck.h"
#include "health/HealthMonitor.h"
#include "net/TargetGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::milliseconds kDefaultBudget{30'000};

HttpReply noStore(HttpReply reply)
{
    return reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

HttpReply invalid(const QString& message, const QString& instance)
{
    return noStore(problemReply(Error::make(ErrorKind::InvalidArgument, message), instance));
}

// Unknown or repeated parameters are errors, as for /electrum/query.
std::optional<HttpReply> unknownParameter(const QUrlQuery& query, const QStringList& known, const QString& instance)
{
    if (Status names = checkParameterNames(query, known); !names.ok())
        return noStore(problemReply(names.error(), instance));
    return std::nullopt;
}

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

HealthController::HealthController(Engine& engine, QObject* context) : m_engine(engine), m_context(context) {}

HealthController::~HealthController()
{
    // Running checks are children of the context; stop them before their finished() could reach this object.
    for (const QPointer<HealthCheck>& check : std::as_const(m_running)) {
        if (check) {
            QObject::disconnect(check, nullptr, nullptr, nullptr);
            delete check.data();
        }
    }
}

void HealthController::check(const QUrlQuery& query, const QString& instance, Respond respond)
{
    if (auto bad = unknownParameter(query, {u"url"_s, u"port"_s, u"ssl"_s, u"network"_s, u"timeout"_s}, instance)) {
        respond(*bad);
        return;
    }
    auto network = parseNetwork(query);
    if (!network) {
        respond(noStore(problemReply(network.error(), instance)));
        return;
    }
    // The address and timeout follow exactly the rules (and messages) of /electrum/query.
    QUrlQuery target = query;
    target.removeAllQueryItems(u"network"_s);
    auto parsed = parseQueryRequest(target);
    if (!parsed) {
        respond(noStore(problemReply(parsed.error(), instance)));
        return;
    }
    if (!m_context) {
        respond(noStore(problemReply(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), instance)));
        return;
    }
    const ServerAddress server = parsed->server;
    const std::chrono::milliseconds budget = parsed->timeout.count() > 0 ? parsed->timeout : kDefaultBudget;
    const BitcoinNetwork chain = network.value();
    // A check connects to a caller-chosen target, so it passes the same SSRF guard as a query.
    m_engine.targetGuard().check(
        server.host(), m_context,
        [this, server, chain, budget, instance, respond = std::move(respond)](Result<CheckedTarget> allowed) {
            if (!allowed) {
                respond(noStore(problemReply(allowed.error(), instance)));
                return;
            }
            run(server, allowed.value().addresses, chain, budget, respond);
        });
}

void HealthController::run(const ServerAddress& server, const QList<QHostAddress>& addresses, BitcoinNetwork network,
                           std::chrono::milliseconds budget, Respond respond)
{
    HealthCheckOptions options;
    options.addresses = addresses;
    options.expectedNetwork = network;
    options.budget = budget;
    options.connection = m_engine.pool().settings();
    options.clock = &m_engine.clock();
    auto* check = new HealthCheck(server, m_engine.proxies(), &m_engine.pins(), options, m_context);
    m_running.append(check);
    QObject::connect(check, &HealthCheck::finished, check,
                     [this, check, network, respond = std::move(respond)](const HealthReport& report) {
                         m_running.removeAll(check);
                         m_engine.health().record(report, network);
                         QJsonObject body = report.toJson();
                         body.insert(u"network"_s, networkName(network));
                         respond(noStore(HttpReply::json(QJsonDocument(body))));
                         check->deleteLater();
                     });
    check->start();
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

void HealthController::scan(const QUrlQuery& query, const QString& instance, Respond respond)
{
    if (auto bad = unknownParameter(query, {u"network"_s, u"action"_s, u"wait"_s}, instance)) {
        respond(*bad);
        return;
    }
    HealthMonitor& monitor = m_engine.health();
    const QString action = query.queryItemValue(u"action"_s, QUrl::FullyDecoded).trimmed();
    if (query.hasQueryItem(u"action"_s) && action != u"start" && action != u"cancel") {
        respond(invalid(u"action: '%1' is not one of start, cancel"_s.arg(action.left(40)), instance));
        return;
    }
    int wait = 0;
    if (query.hasQueryItem(u"wait"_s)) {
        const QString text = query.queryItemValue(u"wait"_s, QUrl::FullyDecoded).trimmed();
        bool ok = false;
        wait = text.toInt(&ok);
        if (!ok || wait < 0 || wait > kMaxWaitSeconds) {
            respond(
                invalid(u"wait: '%1' is not a number of seconds from 0 to %2"_s.arg(text.left(40)).arg(kMaxWaitSeconds),
                        instance));
            return;
        }
    }
    auto network = parseNetwork(query);
    if (!network) {
        respond(noStore(problemReply(network.error(), instance)));
        return;
    }
    if (query.hasQueryItem(u"network"_s) && monitor.isBusy() && monitor.status().network != network.value() &&
        action != u"start") {
        respond(invalid(u"network: the scan in progress is for %1, not %2"_s.arg(networkName(monitor.status().network),
                                                                                 networkName(network.value())),
                        instance));
        return;
    }
    int status = 200;
    if (action == u"start") {
        if (monitor.isBusy()) {
            const ScanStatus& now = monitor.status();
            respond(noStore(httpProblemReply(
                409, u"A scan is already running"_s,
                now.running ? u"The scan of %1 has checked %2 of %3 servers; wait for it or cancel it with "
                              u"action=cancel."_s.arg(networkName(now.network))
                                  .arg(now.done)
                                  .arg(now.total)
                            : u"Peer discovery after the scan of %1 is still running; wait for it or cancel it with "
                              u"action=cancel."_s.arg(networkName(now.network)),
                instance)));
            return;
        }
        monitor.startScan(network.value());
        status = 202;
    } else if (action == u"cancel") {
        monitor.cancel();
    }
    if (wait == 0 || !monitor.isBusy() || !m_context) {
        respond(noStore(HttpReply::json(QJsonDocument(scanJson(monitor)), status)));
        return;
    }
    // Long poll: answer once the scan and the discovery after it are over, or when the wait runs out.
    auto* waiter = new QObject(m_context);
    auto answer = [this, waiter, status, respond = std::move(respond)] {
        if (waiter->property("answered").toBool())
            return;
        waiter->setProperty("answered", true);
        waiter->deleteLater();
        respond(noStore(HttpReply::json(QJsonDocument(scanJson(m_engine.health())), status)));
    };
    // scanFinished comes just before the discovery that may follow it starts: look once the loop is back.
    auto whenIdle = [this, answer] {
        if (!m_engine.health().isBusy())
            answer();
    };
    QObject::connect(&monitor, &HealthMonitor::scanFinished, waiter,
                     [waiter, whenIdle] { QTimer::singleShot(0, waiter, whenIdle); });
    QObject::connect(&monitor, &HealthMonitor::discoveryFinished, waiter,
                     [waiter, whenIdle] { QTimer::singleShot(0, waiter, whenIdle); });
    QTimer::singleShot(std::chrono::seconds(wait), waiter, answer);
}

HttpReply HealthController::tip(const QUrlQuery& query, const QString& instance) const
{
    if (auto bad = unknownParameter(query, {u"network"_s}, instance))
        return *bad;
    auto network = parseNetwork(query);
    if (!network)
        return noStore(problemReply(network.error(), instance));
    const QList<HealthReport> reports = m_engine.health().registry().reports(network.value());
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
