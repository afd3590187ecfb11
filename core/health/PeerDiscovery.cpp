#include "PeerDiscovery.h"

#include "directory/ServerDirectory.h"
#include "electrum/SessionPool.h"
#include "net/TargetGuard.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace btcw {

namespace {

constexpr int kMaxProblems = 30;
constexpr int kMaxProvenancePerHost = 32;

void addProblem(PeerListParse& parse, int index, const QString& why)
{
    if (parse.problems.size() < kMaxProblems)
        parse.problems << QStringLiteral("entry %1: %2").arg(index).arg(why);
}

// "s50002" → 50002, "s" → the default port; nullopt for anything else.
std::optional<quint16> featurePort(QStringView rest, Transport transport)
{
    if (rest.isEmpty())
        return ServerAddress::defaultPort(transport);
    bool ok = false;
    const uint port = rest.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

ServerAddress PeerCandidate::preferredAddress() const
{
    if (tlsPort)
        return ServerAddress::create(host, *tlsPort, Transport::Tls).valueOr({});
    if (tcpPort)
        return ServerAddress::create(host, *tcpPort, Transport::Tcp).valueOr({});
    return {};
}

QJsonObject PeerCandidate::toJson() const
{
    QJsonObject o{{QStringLiteral("host"), host},
                  {QStringLiteral("announcedBy"), provenance.announcedBy.toString()},
                  {QStringLiteral("announcedAt"), provenance.announcedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("ip"), provenance.ip},
                  {QStringLiteral("features"), QJsonArray::fromStringList(provenance.features)}};
    if (tcpPort)
        o.insert(QStringLiteral("t"), int(*tcpPort));
    if (tlsPort)
        o.insert(QStringLiteral("s"), int(*tlsPort));
    if (!version.isEmpty())
        o.insert(QStringLiteral("version"), version);
    if (!pruning.isEmpty())
        o.insert(QStringLiteral("pruning"), pruning);
    return o;
}

Result<PeerListParse> parsePeerList(const QJsonValue& result, const ServerAddress& announcedBy,
                                    const QDateTime& announcedAt, int maxEntries)
{
    if (!result.isArray()) {
        return Error::make(ErrorKind::Protocol, QStringLiteral("server.peers.subscribe did not answer with a list."));
    }
    const QJsonArray entries = result.toArray();
    PeerListParse parse;
    QSet<ServerAddress> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int index = int(i);
        if (i >= maxEntries) {
            parse.junk += int(entries.size() - i);
            addProblem(parse, index, QStringLiteral("over the limit of %1 entries").arg(maxEntries));
            break;
        }
        const QJsonArray entry = entries.at(i).toArray();
        if (!entries.at(i).isArray() || entry.size() < 3 || !entry.at(0).isString() || !entry.at(1).isString() ||
            !entry.at(2).isArray()) {
            ++parse.junk;
            addProblem(parse, index, QStringLiteral("not [ip, host, [features…]]"));
            continue;
        }
        PeerCandidate c;
        c.provenance.announcedBy = announcedBy;
        c.provenance.announcedAt = announcedAt.toUTC();
        c.provenance.ip = entry.at(0).toString();
        // The host name is what clients connect to; a peer without a usable one is reached by its IP.
        const QString name = entry.at(1).toString().trimmed();
        auto host = ServerAddress::normalizeHost(name);
        if (name.isEmpty() || !host)
            host = ServerAddress::normalizeHost(c.provenance.ip.trimmed());
        if (!host) {
            ++parse.junk;
            addProblem(parse, index, QStringLiteral("no usable host (%1)").arg(host.error().message));
            continue;
        }
        c.host = host.value();

        QString bad;
        for (const QJsonValue& f : entry.at(2).toArray()) {
            const QString feature = f.toString();
            if (!f.isString() || feature.isEmpty()) {
                bad = QStringLiteral("a feature that is not a string");
                break;
            }
            c.provenance.features << feature;
            const QChar kind = feature.at(0).toLower();
            const QStringView rest = QStringView(feature).mid(1);
            if (kind == u'v') {
                c.version = rest.toString();
            } else if (kind == u'p') {
                c.pruning = rest.toString();
            } else if (kind == u's' || kind == u't') {
                const Transport transport = kind == u's' ? Transport::Tls : Transport::Tcp;
                const auto port = featurePort(rest, transport);
                if (!port) {
                    bad = QStringLiteral("bad port “%1”").arg(feature);
                    break;
                }
                (transport == Transport::Tls ? c.tlsPort : c.tcpPort) = *port;
            }
            // Other features are kept in the provenance and otherwise ignored.
        }
        if (bad.isEmpty() && !c.tcpPort && !c.tlsPort)
            bad = QStringLiteral("no TCP or TLS port");
        if (!bad.isEmpty()) {
            ++parse.junk;
            addProblem(parse, index, bad);
            continue;
        }
        const ServerAddress address = c.preferredAddress();
        if (seen.contains(address)) {
            ++parse.duplicates;
            continue;
        }
        seen.insert(address);
        parse.candidates << c;
    }
    return parse;
}

QJsonObject AnnouncerSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("server"), server.toString()},
                  {QStringLiteral("answered"), answered},
                  {QStringLiteral("announced"), announced},
                  {QStringLiteral("junk"), junk},
                  {QStringLiteral("known"), known},
                  {QStringLiteral("skipped"), skipped},
                  {QStringLiteral("refused"), refused},
                  {QStringLiteral("verified"), verified},
                  {QStringLiteral("failed"), failed},
                  {QStringLiteral("suspicious"), suspicious}};
    if (!answered)
        o.insert(QStringLiteral("error"), error.toString());
    return o;
}

QList<ServerAddress> PeerDiscoverySummary::suspiciousAnnouncers() const
{
    QList<ServerAddress> out;
    for (const AnnouncerSummary& a : announcers) {
        if (a.suspicious)
            out << a.server;
    }
    return out;
}

const AnnouncerSummary* PeerDiscoverySummary::announcer(const ServerAddress& server) const
{
    for (const AnnouncerSummary& a : announcers) {
        if (a.server == server)
            return &a;
    }
    return nullptr;
}

QJsonObject PeerDiscoverySummary::toJson() const
{
    QJsonArray list;
    for (const AnnouncerSummary& a : announcers)
        list.append(a.toJson());
    return QJsonObject{{QStringLiteral("announcers"), list},    {QStringLiteral("candidates"), candidates},
                       {QStringLiteral("verified"), verified},  {QStringLiteral("failed"), failed},
                       {QStringLiteral("added"), added},        {QStringLiteral("twins"), twins},
                       {QStringLiteral("cancelled"), cancelled}};
}

PeerDiscovery::PeerDiscovery(SessionPool* pool, ServerDirectory* directory, ProxyPolicy proxies,
                             CertificatePinStore* pins, PeerDiscoveryOptions options, QObject* parent)
    : QObject(parent), m_pool(pool), m_directory(directory), m_proxies(std::move(proxies)), m_pins(pins),
      m_options(std::move(options))
{
    m_options.concurrency = std::max(1, m_options.concurrency);
}

PeerDiscovery::~PeerDiscovery()
{
    for (HealthCheck* check : m_checks.keys())
        check->disconnect(this);
}

QList<PeerProvenance> PeerDiscovery::provenance(const QString& host) const
{
    const auto normalized = ServerAddress::normalizeHost(host);
    return m_provenance.value(normalized ? normalized.value() : host);
}

bool PeerDiscovery::start(const QList<ServerAddress>& healthyServers)
{
    if (m_running)
        return false;
    m_running = true;
    m_summary = {};
    m_pending.clear();
    m_outcome.clear();
    m_done.clear();
    m_byAddress.clear();
    m_nextToCheck = 0;
    m_seeds.clear();
    for (const ServerAddress& s : healthyServers) {
        if (s.isValid() && !m_seeds.contains(s))
            m_seeds << s;
    }
    for (const ServerAddress& s : std::as_const(m_seeds)) {
        AnnouncerSummary a;
        a.server = s;
        m_summary.announcers << a;
    }
    m_askedOutstanding = m_pool ? int(m_seeds.size()) : 0;
    if (!m_pool) {
        for (AnnouncerSummary& a : m_summary.announcers)
            a.error = Error::make(ErrorKind::Internal, QStringLiteral("No session pool to ask the server with."));
    }
    const quint64 run = ++m_run;
    for (int i = 0; m_pool && i < int(m_seeds.size()); ++i) {
        m_pool->call(
            m_seeds.at(i), QStringLiteral("server.peers.subscribe"), {}, this,
            [this, i, run](Result<CallResult> r) {
                if (run != m_run || !m_running)
                    return;
                onPeers(i, r ? Result<QJsonValue>(r->result) : Result<QJsonValue>(r.error()));
            },
            m_options.peersTimeout);
    }
    // Always from the event loop, even with nothing to ask.
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_run)
            finishIfDone();
    });
    return true;
}

void PeerDiscovery::onPeers(int index, const Result<QJsonValue>& result)
{
    --m_askedOutstanding;
    AnnouncerSummary& a = m_summary.announcers[index];
    auto parse = result
                     ? parsePeerList(*result, a.server, m_options.check.clock->utcNow(), m_options.maxEntriesPerServer)
                     : Result<PeerListParse>(result.error());
    if (!parse) {
        a.error = parse.error();
    } else {
        a.answered = true;
        a.announced = int(result->toArray().size());
        a.junk = parse->junk;
        for (const PeerCandidate& c : parse->candidates)
            consider(index, c);
    }
    launchChecks();
    finishIfDone();
}

bool PeerDiscovery::isKnown(const PeerCandidate& c) const
{
    if (m_seeds.contains(c.preferredAddress()))
        return true;
    if (!m_directory)
        return false;
    const auto entry = m_directory->find(networkName(m_options.check.expectedNetwork), c.host);
    if (!entry)
        return false;
    return c.tlsPort ? entry->tlsPort == c.tlsPort : entry->tcpPort == c.tcpPort;
}

bool PeerDiscovery::isRefused(const PeerCandidate& c) const
{
    if (m_options.allowPrivateTargets)
        return false;
    const QHostAddress ip(c.host);
    // Host names are resolved when checked; only literal addresses can be judged here.
    return !ip.isNull() && !isPublicAddress(ip);
}

void PeerDiscovery::consider(int announcer, const PeerCandidate& c)
{
    QList<PeerProvenance>& seenBy = m_provenance[c.host];
    if (seenBy.size() >= kMaxProvenancePerHost)
        seenBy.removeFirst();
    seenBy << c.provenance;

    AnnouncerSummary& a = m_summary.announcers[announcer];
    const ServerAddress address = c.preferredAddress();
    if (const auto it = m_byAddress.constFind(address); it != m_byAddress.cend()) {
        // Already being checked for someone else: this announcer shares the outcome.
        Pending& p = m_pending[it.value()];
        if (!p.announcers.contains(announcer)) {
            p.announcers << announcer;
            if (m_done.at(it.value()))
                ++(m_outcome.at(it.value()) ? a.verified : a.failed);
        }
        return;
    }
    if (isKnown(c)) {
        ++a.known;
        return;
    }
    if (isRefused(c)) {
        ++a.refused;
        return;
    }
    // A .onion is worth a check while Tor is usable or can still be started for it (the check then waits for it).
    const ProxyTarget target = address.proxyTarget();
    const bool reachable = m_proxies.choose(target).ok() || m_proxies.canWaitForTor(target);
    if (!reachable || m_pending.size() >= m_options.maxCandidates) {
        ++a.skipped; // a .onion without Tor, or over this run's limit: not the announcer's fault
        return;
    }
    m_byAddress.insert(address, int(m_pending.size()));
    m_pending << Pending{c, {announcer}};
    m_outcome << false;
    m_done << false;
    emit candidateFound(c);
}

void PeerDiscovery::launchChecks()
{
    while (m_running && m_checks.size() < m_options.concurrency && m_nextToCheck < m_pending.size()) {
        const int index = int(m_nextToCheck++);
        auto* check =
            new HealthCheck(m_pending.at(index).candidate.preferredAddress(), m_proxies, m_pins, m_options.check, this);
        m_checks.insert(check, index);
        connect(check, &HealthCheck::finished, this,
                [this, check](const HealthReport& report) { onCheckFinished(check, report); });
        check->start();
    }
}

void PeerDiscovery::onCheckFinished(HealthCheck* check, const HealthReport& report)
{
    const auto it = m_checks.find(check);
    if (it == m_checks.end())
        return;
    const int index = it.value();
    m_checks.erase(it);
    check->deleteLater();
    const Pending& p = m_pending.at(index);
    m_done[index] = true;
    m_outcome[index] = report.ok;
    ++m_summary.candidates;
    for (int announcer : p.announcers)
        ++(report.ok ? m_summary.announcers[announcer].verified : m_summary.announcers[announcer].failed);
    if (report.ok) {
        ++m_summary.verified;
        const QStringList twinOf =
            m_directory ? m_directory->identities().announcersOf(p.candidate.host) : QStringList();
        if (!twinOf.isEmpty()) {
            // Another server lists this host as its own address: a twin of that server, not a new one.
            ServerIdentities& identities = m_directory->identities();
            for (const QString& origin : twinOf) {
                std::optional<TwinLink> link = identities.link(origin, p.candidate.host);
                if (!link || link->provenance.contains(QLatin1String("peer discovery")))
                    continue;
                TwinLink updated = *link;
                updated.provenance += QStringLiteral("; peer discovery: announced by %1 at %2")
                                          .arg(p.candidate.provenance.announcedBy.toString(),
                                               p.candidate.provenance.announcedAt.toUTC().toString(Qt::ISODate));
                identities.recordVerdict(origin, updated);
            }
            ++m_summary.twins;
        } else if (m_directory) {
            // Only the transport that was checked joins the directory.
            ServerEntry entry;
            entry.host = p.candidate.host;
            entry.network = networkName(m_options.check.expectedNetwork);
            (report.server.isTls() ? entry.tlsPort : entry.tcpPort) = report.server.port();
            entry.version = p.candidate.version;
            entry.pruning = p.candidate.pruning.isEmpty() ? QStringLiteral("-") : p.candidate.pruning;
            entry.source = QStringLiteral("peer");
            entry.announcedBy = p.candidate.provenance.announcedBy.toString();
            entry.discoveredAt = report.checkedAt.isValid() ? report.checkedAt : p.candidate.provenance.announcedAt;
            if (m_directory->add(entry))
                ++m_summary.added;
        }
        emit candidateVerified(p.candidate, report);
    } else {
        ++m_summary.failed;
        emit candidateRejected(p.candidate, report);
    }
    launchChecks();
    finishIfDone();
}

void PeerDiscovery::judgeAnnouncers()
{
    for (AnnouncerSummary& a : m_summary.announcers) {
        const int bad = a.junk + a.refused + a.failed;
        const int judged = bad + a.verified;
        a.suspicious =
            judged >= m_options.suspiciousMinAnnounced && double(bad) > m_options.suspiciousFailShare * double(judged);
    }
}

void PeerDiscovery::finishIfDone()
{
    if (!m_running || m_askedOutstanding > 0 || !m_checks.isEmpty() || m_nextToCheck < m_pending.size())
        return;
    judgeAnnouncers();
    m_running = false;
    emit finished(m_summary);
}

void PeerDiscovery::cancel()
{
    if (!m_running)
        return;
    ++m_run; // late peer lists of this run are ignored
    const auto checks = m_checks.keys();
    m_checks.clear();
    for (HealthCheck* check : checks) {
        check->disconnect(this);
        check->cancel();
        check->deleteLater();
    }
    m_askedOutstanding = 0;
    m_summary.cancelled = true;
    judgeAnnouncers();
    m_running = false;
    emit finished(m_summary);
}

} // namespace btcw
