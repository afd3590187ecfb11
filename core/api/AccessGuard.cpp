#include "AccessGuard.h"

#include "secrets/ApiCookie.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMinTokenChars = 32;
constexpr qsizetype kMaxTokenChars = 1024;
constexpr int kPruneAbove = 1024; // client buckets kept before idle ones are forgotten

// Tokens earned in `elapsed` at `perSecond`.
double refill(std::chrono::steady_clock::duration elapsed, double perSecond)
{
    return std::chrono::duration<double>(elapsed).count() * perSecond;
}

} // namespace

Result<QByteArray> readTokenFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::InvalidArgument, u"cannot read the API token file %1"_s.arg(path),
                           file.errorString());
#ifdef Q_OS_UNIX
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        return Error::make(
            ErrorKind::InvalidArgument,
            u"the API token file %1 is readable by other users; make it private (chmod 600)"_s.arg(path));
    }
#endif
    const QByteArray token = file.read(kMaxTokenChars + 2).trimmed();
    const bool printable = std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (token.size() < kMinTokenChars || token.size() > kMaxTokenChars || !printable) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"the API token file %1 must hold one token of %2 to %3 printable characters without "
                           u"blanks (for example: openssl rand -hex 32)"_s.arg(path)
                               .arg(kMinTokenChars)
                               .arg(kMaxTokenChars));
    }
    return token;
}

void AccessGuard::Ticket::release()
{
    if (m_released)
        return;
    m_released = true;
    if (auto counts = m_counts.lock()) {
        const QMutexLocker lock(&counts->mutex);
        auto it = counts->inFlight.find(m_client);
        if (it != counts->inFlight.end() && --it.value() <= 0)
            counts->inFlight.erase(it);
    }
}

AccessGuard::AccessGuard(RequestLimits limits, const Clock& clock) : m_limits(limits), m_clock(clock) {}

bool AccessGuard::isAuthorized(QByteArrayView authorizationHeader) const
{
    if (!requiresToken())
        return true;
    const QByteArray header = authorizationHeader.toByteArray().trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return false;
    return tokensEqual(header.mid(space + 1).trimmed(), m_token);
}

bool AccessGuard::isSameOrigin(QByteArrayView originHeader, QByteArrayView hostHeader)
{
    if (originHeader.isEmpty())
        return true; // not a cross-origin browser request (same-origin GETs carry no Origin)
    const QByteArray host = hostHeader.toByteArray().trimmed();
    if (host.isEmpty())
        return false;
    return originHeader.trimmed().compare(QByteArray("http://" + host), Qt::CaseInsensitive) == 0;
}

void AccessGuard::prune(QHash<QHostAddress, Bucket>& buckets, double perSecond, int burst,
                        std::chrono::steady_clock::time_point now) const
{
    if (buckets.size() <= kPruneAbove)
        return;
    // A bucket that has refilled completely and has nothing in flight carries no state worth keeping.
    for (auto it = buckets.begin(); it != buckets.end();) {
        const double refilled = it->tokens + refill(now - it->updated, perSecond);
        if (refilled >= burst && !m_counts->inFlight.contains(it.key()))
            it = buckets.erase(it);
        else
            ++it;
    }
}

bool AccessGuard::take(Bucket& bucket, double perSecond, int burst, std::chrono::steady_clock::time_point now,
                       const QString& who, Admission& admission) const
{
    bucket.tokens = std::min(double(burst), bucket.tokens + refill(now - bucket.updated, perSecond));
    bucket.updated = now;
    if (bucket.tokens < 1.0) {
        const double waitSeconds = perSecond > 0 ? (1.0 - bucket.tokens) / perSecond : 60.0;
        admission.retryAfterSeconds = std::max(1, int(std::ceil(waitSeconds)));
        admission.reason =
            u"more than %1 requests per second from %2 (bursts up to %3); slow down"_s.arg(perSecond).arg(who).arg(
                burst);
        return false;
    }
    bucket.tokens -= 1.0;
    return true;
}

int AccessGuard::inFlight(const QHostAddress& client) const
{
    const QMutexLocker lock(&m_counts->mutex);
    return m_counts->inFlight.value(client);
}

AccessGuard::Admission AccessGuard::admit(const QHostAddress& client)
{
    const QMutexLocker lock(&m_counts->mutex);
    Admission admission;
    const auto now = m_clock.steadyNow();
    if (m_limits.requestsPerSecond > 0)
        prune(m_buckets, m_limits.requestsPerSecond, m_limits.burst, now);

    const int inFlight = m_counts->inFlight.value(client);
    if (inFlight >= m_limits.maxInFlightPerClient) {
        admission.retryAfterSeconds = 1;
        admission.reason =
            u"%1 requests from %2 are already being answered (the limit is %3); wait for them"_s.arg(inFlight)
                .arg(client.toString())
                .arg(m_limits.maxInFlightPerClient);
        return admission;
    }

    if (m_limits.requestsPerSecond > 0) {
        auto bucket = m_buckets.find(client);
        if (bucket == m_buckets.end())
            bucket = m_buckets.insert(client, Bucket{double(m_limits.burst), now});
        if (!take(*bucket, m_limits.requestsPerSecond, m_limits.burst, now, client.toString(), admission))
            return admission;
    }
    m_counts->inFlight[client] += 1;
    admission.ticket = std::shared_ptr<Ticket>(new Ticket(m_counts, client));
    return admission;
}

AccessGuard::Admission AccessGuard::admitUnauthenticated(const QHostAddress& client)
{
    const QMutexLocker lock(&m_counts->mutex);
    Admission admission;
    const auto now = m_clock.steadyNow();
    prune(m_unauthenticated, m_limits.unauthenticatedPerSecond, m_limits.unauthenticatedBurst, now);
    const bool loopback = client.isLoopback();
    const QHostAddress key = loopback ? QHostAddress(QHostAddress::LocalHost) : client;
    auto bucket = m_unauthenticated.find(key);
    if (bucket == m_unauthenticated.end())
        bucket = m_unauthenticated.insert(key, Bucket{double(m_limits.unauthenticatedBurst), now});
    const QString who =
        loopback ? u"this machine without a valid token"_s : client.toString() + u" without a valid token"_s;
    if (!take(*bucket, m_limits.unauthenticatedPerSecond, m_limits.unauthenticatedBurst, now, who, admission))
        return admission;
    // Answered at once (401 or a static page): nothing to hold, so the ticket counts nowhere.
    admission.ticket = std::shared_ptr<Ticket>(new Ticket({}, key));
    return admission;
}

} // namespace btcw
