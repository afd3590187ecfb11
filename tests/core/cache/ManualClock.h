// A clock the test moves by hand, for deterministic TTL and age checks.
#pragma once

#include "cache/Cache.h"

#include <QDateTime>
#include <QTimeZone>
#include <chrono>

namespace btcw::test {

class ManualClock
{
public:
    ManualClock() : m_now(QDateTime(QDate(2024, 4, 20), QTime(12, 0), QTimeZone::utc())) {}

    QDateTime now() const { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    // The Clock to inject; this object must outlive its users.
    btcw::Clock clock()
    {
        return [this] { return m_now; };
    }

private:
    QDateTime m_now;
};

} // namespace btcw::test
