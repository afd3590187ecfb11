// Who may use the API and how often: the bearer token, the Origin rule and per-client rate and concurrency limits.
#pragma once

#include "Clock.h"
#include "RequestLimits.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <chrono>
#include <memory>

namespace btcw {

// Reads a fixed API token from a file the user manages (--api-token-file): trimmed, at least 32 printable
// characters without blanks, and (on Unix) readable by its owner only.
Result<QByteArray> readTokenFile(const QString& path);

// Thread-safe: every HTTP thread admits its requests here, and a ticket may be released on any thread.
class AccessGuard
{
    struct Counts;

public:
    // Held while a request is being answered; releasing it (or destroying it) frees the client's slot.
    class Ticket
    {
    public:
        ~Ticket() { release(); }
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;
        void release();

    private:
        friend class AccessGuard;
        Ticket(std::weak_ptr<Counts> counts, QHostAddress client)
            : m_counts(std::move(counts)), m_client(std::move(client))
        {
        }
        std::weak_ptr<Counts> m_counts;
        QHostAddress m_client;
        bool m_released = false;
    };

    struct Admission
    {
        std::shared_ptr<Ticket> ticket; // null: refused
        int retryAfterSeconds = 0;
        QString reason;
        bool admitted() const { return ticket != nullptr; }
    };

    // The clock's steady time refills the token buckets.
    explicit AccessGuard(RequestLimits limits, const Clock& clock = systemClock());

    // An empty token turns authentication off. Set before the API serves its first request.
    void setToken(QByteArray token) { m_token = std::move(token); }
    const QByteArray& token() const { return m_token; }
    bool requiresToken() const { return !m_token.isEmpty(); }
    // True for "Bearer <the token>" (scheme case-insensitive), compared in constant time; always true without a token.
    bool isAuthorized(QByteArrayView authorizationHeader) const;

    // True when a browser's Origin header is absent or names the API itself (http://<Host>). Any other page's
    // origin is refused: together with "no CORS headers" this keeps web pages from using the API.
    static bool isSameOrigin(QByteArrayView originHeader, QByteArrayView hostHeader);

    // For token holders: takes one token from the client's bucket and one of its in-flight slots, or says when to
    // come back.
    Admission admit(const QHostAddress& client);
    // For requests without a valid token (401s, the public /docs): a budget of their own, which loopback shares as
    // one client, so they never spend token holders' budgets and hopping over 127.x.y.z gains nothing.
    Admission admitUnauthenticated(const QHostAddress& client);

    int inFlight(const QHostAddress& client) const;

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point updated;
    };

    // Requests being answered per client, shared with the tickets (which may outlive the guard).
    struct Counts
    {
        QMutex mutex; // guards inFlight, and the guard's buckets too
        QHash<QHostAddress, int> inFlight;
    };

    // Takes one token from `bucket`: false (and the admission says when to come back) when it is empty. These two run
    // under m_counts->mutex.
    bool take(Bucket& bucket, double perSecond, int burst, std::chrono::steady_clock::time_point now,
              const QString& who, Admission& admission) const;
    void prune(QHash<QHostAddress, Bucket>& buckets, double perSecond, int burst,
               std::chrono::steady_clock::time_point now) const;

    RequestLimits m_limits;
    const Clock& m_clock;
    QByteArray m_token;
    QHash<QHostAddress, Bucket> m_buckets;
    QHash<QHostAddress, Bucket> m_unauthenticated;                 // loopback under one key
    std::shared_ptr<Counts> m_counts = std::make_shared<Counts>(); // its mutex guards the buckets above as well
};

} // namespace btcw
