// The one source of time in core: a steady clock for durations and the UTC wall clock for timestamps, injected so
// that tests move time by hand instead of waiting for it.
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QTimeZone>
#include <chrono>

namespace btcw {

class Clock
{
public:
    virtual ~Clock() = default;
    // For durations and deadlines (rate limits, ages of memoized bodies, idle sessions): never jumps back.
    virtual std::chrono::steady_clock::time_point steadyNow() const = 0;
    // For timestamps that are stored, compared across runs or shown (cache entries, checks, pins).
    virtual QDateTime utcNow() const = 0;
};

// The real clocks; lives as long as the program.
const Clock& systemClock();

// A clock that moves only when told to (tests, benchmarks). Not thread-safe; must outlive its users.
class ManualClock final : public Clock
{
public:
    ManualClock() : m_utc(QDate(2024, 4, 20), QTime(12, 0), QTimeZone::utc()) {}
    ManualClock(const ManualClock& other) : m_steady(other.steadyNow()), m_utc(other.utcNow()) {}
    ManualClock& operator=(const ManualClock& other)
    {
        if (this != &other) {
            const auto steady = other.steadyNow();
            const QDateTime utc = other.utcNow();
            const QMutexLocker lock(&m_mutex);
            m_steady = steady;
            m_utc = utc;
        }
        return *this;
    }

    // Read from any thread (the API's HTTP threads), set by the test's.
    std::chrono::steady_clock::time_point steadyNow() const override
    {
        const QMutexLocker lock(&m_mutex);
        return m_steady;
    }
    QDateTime utcNow() const override
    {
        const QMutexLocker lock(&m_mutex);
        return m_utc;
    }

    // Moves both clocks forward by `by`.
    void advance(std::chrono::milliseconds by)
    {
        const QMutexLocker lock(&m_mutex);
        m_steady += by;
        m_utc = m_utc.addMSecs(by.count());
    }
    // Sets the wall clock alone, as a user changing the system time would.
    void setUtcNow(const QDateTime& now)
    {
        const QMutexLocker lock(&m_mutex);
        m_utc = now.toUTC();
    }

private:
    mutable QMutex m_mutex;
    std::chrono::steady_clock::time_point m_steady{std::chrono::hours(1)};
    QDateTime m_utc;
};

} // namespace btcw
