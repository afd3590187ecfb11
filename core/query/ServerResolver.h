// The "what are this server's addresses" use case, for the API's /electrum/resolve and the window's details pane:
// its A/AAAA records, the hosts it announces in server.features, and which of them are confirmed twins.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "directory/ServerIdentities.h"
#include "electrum/ServerAddress.h"
#include "health/TwinCheck.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <chrono>
#include <functional>
#include <optional>

namespace btcw {

class CertificatePinStore;
class ProxyPolicy;
class QueryService;
class TargetGuard;

// One address record of a host name; the TTL when the resolver reports one.
struct AddressRecord
{
    QHostAddress address;
    std::optional<int> ttlSeconds;
};

struct ResolveRequest
{
    ServerAddress server;
    bool recheck = false;            // ask the server and the twins again instead of the cached features and verdicts
    bool allowPrivateTarget = false; // the window's user typed it
    std::chrono::milliseconds timeout{0}; // the features query's; 0 = the pool's default
};

// At most this many twins are checked per request; more are listed as "announced".
inline constexpr int kMaxTwinChecks = 8;

class ServerResolver : public QObject
{
    Q_OBJECT
public:
    using RecordsCallback = std::function<void(Result<QList<AddressRecord>>)>;
    // Looks up a host name's A/AAAA records; calls back once on `context`.
    using RecordsLookup = std::function<void(const QString& host, QObject* context, RecordsCallback done)>;
    using Done = std::function<void(Result<QJsonObject>)>;

    // All of these must outlive the resolver (the engine owns them together).
    ServerResolver(QueryService& queries, const TargetGuard& guard, const ProxyPolicy& proxies,
                   ServerIdentities& identities, const CertificatePinStore& pins, const Clock& clock,
                   QObject* parent = nullptr);

    // The default is the system resolver (QHostInfo: hosts file, DNS, …), which reports no TTL.
    void setRecordsLookup(RecordsLookup lookup) { m_lookup = std::move(lookup); }
    void setTwinCheckOptions(const TwinCheckOptions& options) { m_twinOptions = options; }
    // A verdict younger than this is reused (the features answer follows the response cache's own policy).
    void setVerdictTtl(std::chrono::seconds ttl) { m_verdictTtl = ttl; }

    // Answers exactly once on `context`: the JSON body of /electrum/resolve, or an error when the server may not be
    // asked (target check, method policy). A server that cannot be reached is an answer with `features.error`.
    void resolve(const ResolveRequest& request, QObject* context, Done done);

    static void lookupWithQHostInfo(const QString& host, QObject* context, RecordsCallback done);

private:
    struct Job;
    void lookUpAddresses(const std::shared_ptr<Job>& job);
    void askFeatures(const std::shared_ptr<Job>& job);
    void checkTwins(const std::shared_ptr<Job>& job);
    void finish(const std::shared_ptr<Job>& job);

    QueryService& m_queries;
    const TargetGuard& m_guard;
    const ProxyPolicy& m_proxies;
    ServerIdentities& m_identities;
    const CertificatePinStore& m_pins;
    const Clock& m_clock;
    RecordsLookup m_lookup;
    TwinCheckOptions m_twinOptions;
    std::chrono::seconds m_verdictTtl{600};
};

} // namespace btcw
