#include "Clock.h"

namespace btcw {

namespace {

class SystemClock final : public Clock
{
public:
    std::chrono::steady_clock::time_point steadyNow() const override { return std::chrono::steady_clock::now(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace btcw
