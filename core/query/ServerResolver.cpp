#include "ServerResolver.h"

#include "net/CertificatePinStore.h"
#include "net/ProxyPolicy.h"
#include "net/TargetGuard.h"
#include "query/QueryService.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QJsonObject recordJson(const AddressRecord& record)
{
    QJsonObject json{{u"address"_s, record.address.toString()},
                     {u"type"_s, record.address.protocol() == QAbstractSocket::IPv6Protocol ? u"AAAA"_s : u"A"_s}};
    json.insert(u"ttl"_s, record.ttlSeconds ? QJsonValue(*record.ttlSeconds) : QJsonValue(QJsonValue::Null));
    return json;
}

// Refusals that make the whole request wrong, as for /electrum/query; anything else is "could not reach it".
bool refusesTheRequest(ErrorKind kind)
{
    return kind == ErrorKind::NotAllowed || kind == ErrorKind::InvalidArgument || kind == ErrorKind::BadAddress;
}

constexpr int kLookupTimeoutMs = 10'000;

} // namespace

struct ServerResolver::Job
{
    ResolveRequest request;
    QPointer<QObject> context;
    Done done;
    QJsonObject addresses;
    QJsonObject features; // the answer's "features" part
    TwinOrigin origin;
    bool reached = false;
    AnnouncedHosts announced;
    QList<TwinLink> verdicts;
    int pending = 0;
    bool answered = false;
};

ServerResolver::ServerResolver(QueryService& queries, const TargetGuard& guard, const ProxyPolicy& proxies,
                               ServerIdentities& identities, const CertificatePinStore& pins, const Clock& clock,
                               QObject* parent)
    : QObject(parent), m_queries(queries), m_guard(guard), m_proxies(proxies), m_identities(identities), m_pins(pins),
      m_clock(clock), m_lookup(&ServerResolver::lookupWithQHostInfo)
{
    m_twinOptions.clock = &clock;
}

void ServerResolver::lookupWithQHostInfo(const QString& host, QObject* context, RecordsCallback done)
{
    // The lookup cannot be aborted; a late answer after the timeout is dropped.
    auto once = std::make_shared<RecordsCallback>(std::move(done));
    QHostInfo::lookupHost(host, context, [host, once](const QHostInfo& info) {
        if (!*once)
            return;
        auto callback = std::exchange(*once, nullptr);
        if (info.error() != QHostInfo::NoError) {
            callback(Error::make(ErrorKind::HostNotFound, u"Cannot resolve %1."_s.arg(host), info.errorString()));
            return;
        }
        QList<AddressRecord> records;
        for (const QHostAddress& address : info.addresses())
            records.append(AddressRecord{address, std::nullopt}); // getaddrinfo does not say how long it may keep them
        callback(records);
    });
    QTimer::singleShot(kLookupTimeoutMs, context, [host, once] {
        if (*once)
            std::exchange(*once, nullptr)(Error::make(ErrorKind::Timeout, u"Resolving %1 took too long."_s.arg(host)));
    });
}

void ServerResolver::resolve(const ResolveRequest& request, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->done = std::move(done);
    job->origin.server = request.server;
    askFeatures(job);
}

void ServerResolver::askFeatures(const std::shared_ptr<Job>& job)
{
    Query query;
    query.server = job->request.server;
    query.method = u"server.features"_s;
    query.readCache = !job->request.recheck;
    query.allowPrivateTarget = job->request.allowPrivateTarget;
    query.timeout = job->request.timeout;
    // Through the query use case: the same method policy, target check and response cache as /electrum/query.
    m_queries.run(query, this, [this, job](const QueryOutcome& outcome) {
        if (!outcome.answer.ok()) {
            const Error& error = outcome.answer.error();
            if (refusesTheRequest(error.kind)) {
                job->answered = true;
                if (job->context)
                    job->done(error);
                return;
            }
            job->features = QJsonObject{{u"error"_s, error.kindName()}, {u"message"_s, error.message}};
            lookUpAddresses(job);
            return;
        }
        const QJsonObject& body = outcome.answer->body;
        const QJsonValue result = body.value(u"result"_s);
        job->features = QJsonObject{{u"cached"_s, outcome.cacheUse == CacheUse::Hit},
                                    {u"server_software"_s, body.value(u"server_software"_s)}};
        if (!result.isObject()) {
            job->features.insert(u"error"_s, u"protocol"_s);
            job->features.insert(u"message"_s, u"server.features did not return an object."_s);
        } else {
            job->reached = true;
            job->origin.features = result.toObject();
            job->features.insert(u"genesis_hash"_s, job->origin.features.value(u"genesis_hash"_s));
            job->origin.certificateSha256 = body.value(u"certificate_sha256"_s).toString();
            if (const auto pin = m_pins.pin(job->request.server.hostPort()))
                job->origin.pinnedSha256 = pin->sha256;
        }
        lookUpAddresses(job);
    });
}

void ServerResolver::lookUpAddresses(const std::shared_ptr<Job>& job)
{
    const ServerAddress& server = job->request.server;
    if (server.isOnion()) {
        job->addresses =
            QJsonObject{{u"lookup"_s, u"none"_s},
                        {u"records"_s, QJsonArray()},
                        {u"note"_s, u"a .onion address is resolved by Tor only; nothing is looked up locally"_s}};
        checkTwins(job);
        return;
    }
    if (server.isIpLiteral()) {
        job->addresses = QJsonObject{{u"lookup"_s, u"literal"_s},
                                     {u"records"_s, QJsonArray{recordJson({QHostAddress(server.host()), {}})}}};
        checkTwins(job);
        return;
    }
    if (m_proxies.routeAllViaTor()) {
        job->addresses = QJsonObject{
            {u"lookup"_s, u"tor"_s},
            {u"records"_s, QJsonArray()},
            {u"note"_s, u"every connection goes through Tor (\"route all via Tor\"): the name is resolved by Tor's "
                        u"exit and nothing is looked up locally"_s}};
        checkTwins(job);
        return;
    }
    m_lookup(server.host(), this, [this, job](Result<QList<AddressRecord>> records) {
        job->addresses = QJsonObject{{u"lookup"_s, u"system"_s}};
        QJsonArray list;
        if (records.ok()) {
            for (const AddressRecord& record : records.value())
                list.append(recordJson(record));
        } else {
            job->addresses.insert(u"error"_s, records.error().kindName());
            job->addresses.insert(u"message"_s, records.error().message);
        }
        job->addresses.insert(u"records"_s, list);
        checkTwins(job);
    });
}

void ServerResolver::checkTwins(const std::shared_ptr<Job>& job)
{
    if (!job->reached) {
        finish(job);
        return;
    }
    const bool allowPrivate = m_guard.allowsPrivateTargets() || job->request.allowPrivateTarget;
    job->announced = parseAnnouncedHosts(job->origin.features.value(u"hosts"_s), allowPrivate);
    const QString origin = job->request.server.host();
    const QDateTime now = m_clock.utcNow();
    m_identities.recordAnnounced(origin, job->announced.hosts,
                                 u"server.features of %1"_s.arg(job->request.server.toString()), now);

    TwinCheckOptions options = m_twinOptions;
    options.allowPrivateTarget = job->request.allowPrivateTarget;
    int started = 0;
    QList<TwinCheck*> checks;
    for (const AnnouncedHost& host : std::as_const(job->announced.hosts)) {
        if (host.host == origin)
            continue;
        const std::optional<TwinLink> known = m_identities.link(origin, host.host);
        // Verdicts are reused for a while; a twin that could not be checked (no Tor, unreachable) is tried again.
        const bool settled = known && (known->state == TwinState::Confirmed || known->state == TwinState::Conflicting);
        const bool fresh = settled && known->checkedAt.isValid() && known->checkedAt.secsTo(now) < m_verdictTtl.count();
        if (!job->request.recheck && fresh)
            continue; // the stored verdict is shown
        if (started >= kMaxTwinChecks)
            continue; // listed as announced
        ++started;
        auto* check = new TwinCheck(job->origin, host, m_proxies, m_guard, options, this);
        connect(check, &TwinCheck::finished, this, [this, job, check](const TwinLink& link) {
            check->deleteLater();
            m_identities.recordVerdict(job->request.server.host(), link);
            if (--job->pending == 0)
                finish(job);
        });
        checks.append(check);
    }
    job->pending = int(checks.size());
    if (checks.isEmpty()) {
        finish(job);
        return;
    }
    for (TwinCheck* check : std::as_const(checks))
        check->start();
}

void ServerResolver::finish(const std::shared_ptr<Job>& job)
{
    if (job->answered)
        return;
    job->answered = true;
    const ServerAddress& server = job->request.server;
    QJsonObject body{{u"server"_s, server.toString()},
                     {u"host"_s, server.host()},
                     {u"kind"_s, hostKindName(server.hostKind())},
                     {u"addresses"_s, job->addresses},
                     {u"features"_s, job->features}};
    QJsonArray announced;
    for (const AnnouncedHost& host : std::as_const(job->announced.hosts))
        announced.append(announcedHostJson(host));
    QJsonArray rejected;
    for (const RejectedHost& host : std::as_const(job->announced.rejected))
        rejected.append(QJsonObject{{u"host"_s, host.name}, {u"reason"_s, host.reason}});
    body.insert(u"announced_hosts"_s, announced);
    body.insert(u"rejected_hosts"_s, rejected);
    body.insert(u"omitted_hosts"_s, job->announced.omitted);
    QJsonArray twins;
    for (const AnnouncedHost& host : std::as_const(job->announced.hosts)) {
        if (host.host == server.host())
            continue;
        if (const auto link = m_identities.link(server.host(), host.host))
            twins.append(twinLinkJson(*link));
    }
    body.insert(u"twins"_s, twins);
    body.insert(u"identity"_s, m_identities.identityOf(server.host()));
    body.insert(u"identity_members"_s, QJsonArray::fromStringList(m_identities.membersOf(server.host())));
    if (job->context)
        job->done(body);
}

} // namespace btcw
