#include "TwinCheck.h"

#include "electrum/Network.h"
#include "health/HealthCheck.h"
#include "net/TargetGuard.h"
#include "net/TorAccess.h"

#include <QJsonDocument>
#include <QTimer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

// The first key whose value differs (hosts compared as a set, which QJsonObject equality already does).
QString firstDifference(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys();
    for (const QString& key : b.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            return key;
    }
    return {};
}

} // namespace

TwinLink judgeTwin(const TwinOrigin& origin, const AnnouncedHost& twin, const HealthReport& report)
{
    TwinLink link;
    link.twin = twin;
    link.checkedAddress = report.server.toString();
    link.checkedAt = report.checkedAt.toUTC();
    link.viaTor = report.server.isOnion();
    if (report.features.isEmpty()) {
        link.state = TwinState::Unconfirmed;
        link.reason = u"unreachable: %1"_s.arg(report.error.message);
        return link;
    }
    const QString genesis = origin.features.value(u"genesis_hash"_s).toString().toLower();
    const QString twinGenesis = report.features.value(u"genesis_hash"_s).toString().toLower();
    if (twinGenesis != genesis) {
        link.state = TwinState::Conflicting;
        auto name = [](const QString& hash) {
            const auto network = networkForGenesis(hash);
            return network ? networkName(*network) : shortHash(hash);
        };
        link.reason = u"it serves another chain: genesis %1, not %2"_s.arg(name(twinGenesis), name(genesis));
        return link;
    }
    if (const QString key = firstDifference(origin.features, report.features); !key.isEmpty()) {
        link.state = TwinState::Conflicting;
        link.reason =
            key == u"hosts" ? u"it announces other hosts"_s : u"its server.features differ in %1"_s.arg(key.left(40));
        return link;
    }
    QString compared = u"same genesis and server.features"_s;
    if (report.server.isTls()) {
        const QString cert = report.certificateSha256.toLower();
        const bool same =
            !cert.isEmpty() && (cert == origin.certificateSha256.toLower() || cert == origin.pinnedSha256.toLower());
        if (!same) {
            link.state = TwinState::Conflicting;
            link.reason = u"it presents another certificate (sha256 %1)"_s.arg(shortHash(cert));
            return link;
        }
        compared += u", same certificate"_s;
    }
    link.state = TwinState::Confirmed;
    link.reason = link.viaTor ? compared + u", checked through Tor"_s : compared;
    return link;
}

TwinCheck::TwinCheck(TwinOrigin origin, AnnouncedHost twin, ProxyPolicy proxies, const TargetGuard& guard,
                     TwinCheckOptions options, QObject* parent)
    : QObject(parent), m_origin(std::move(origin)), m_twin(std::move(twin)), m_proxies(std::move(proxies)),
      m_guard(guard), m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = &systemClock();
    m_address = m_twin.address(m_origin.server.transport());
}

TwinCheck::~TwinCheck() = default;

TwinLink TwinCheck::unconfirmed(const QString& reason) const
{
    TwinLink link;
    link.twin = m_twin;
    link.state = TwinState::Unconfirmed;
    link.reason = reason;
    link.checkedAddress = m_address.isValid() ? m_address.toString() : QString();
    link.viaTor = m_address.isOnion();
    link.checkedAt = m_options.clock->utcNow();
    return link;
}

void TwinCheck::finish(TwinLink link)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, link = std::move(link)] { emit finished(link); });
}

void TwinCheck::start()
{
    if (!m_address.isValid()) {
        finish(unconfirmed(u"it announces no usable port"_s));
        return;
    }
    const ProxyTarget target = m_address.proxyTarget();
    const bool needsTor = m_proxies.needsTor(target);
    if (needsTor && !m_proxies.choose(target).ok() && !m_proxies.canWaitForTor(target)) {
        const QString why = m_proxies.torAccess() ? m_proxies.torAccess()->unavailableReason() : QString();
        finish(unconfirmed(why.isEmpty() ? u"needs Tor"_s : u"needs Tor (%1)"_s.arg(why)));
        return;
    }
    // Announced hosts are chosen by the server, not by us: the same SSRF guard as a caller's target.
    m_guard.check(
        m_address.host(), this,
        [this, needsTor](Result<CheckedTarget> checked) {
            if (!checked.ok()) {
                finish(unconfirmed(u"refused by the target check: %1"_s.arg(checked.error().message)));
                return;
            }
            HealthCheckOptions options;
            options.expectedNetwork = networkForGenesis(m_origin.features.value(u"genesis_hash"_s).toString().toLower())
                                          .value_or(BitcoinNetwork::Mainnet);
            options.budget = needsTor ? m_options.torBudget : m_options.budget;
            options.measurePing = false;
            options.connection = m_options.connection;
            options.addresses = checked.value().addresses;
            options.clock = m_options.clock;
            // A check of its own pins (in memory): a twin's certificate is compared, never trusted into the store.
            m_check = new HealthCheck(m_address, m_proxies, nullptr, options, this);
            connect(m_check, &HealthCheck::finished, this,
                    [this](const HealthReport& report) { finish(judgeTwin(m_origin, m_twin, report)); });
            m_check->start();
        },
        m_options.allowPrivateTarget);
}

} // namespace btcw
