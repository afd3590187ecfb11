// Lets a test run what the event loop already has queued, instead of waiting a guessed time for it.
#pragma once

#include <QTest>
#include <QTimer>

namespace btcw::test {

// Runs the zero-delay timers and posted events queued before the call (e.g. a QTimer::singleShot(0) reaction to a
// signal), then returns true; false if the loop did not get to them within timeoutMs. What is queued with a delay
// still waits.
[[nodiscard]] inline bool runQueuedEvents(int timeoutMs = 5000)
{
    bool reached = false;
    QObject marker;
    QTimer::singleShot(0, &marker, [&reached] { reached = true; });
    return QTest::qWaitFor([&reached] { return reached; }, timeoutMs);
}

} // namespace btcw::test
