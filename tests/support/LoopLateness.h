// Measures how late the calling thread's event loop is: a 1 ms repeating timer, and for every 1 ms deadline since
// start() how long after it the loop got round to it. A stall of 300 ms thus counts as 300 late deadlines (300 ms,
// 299 ms, …), not as one late tick among hundreds of punctual ones.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace btcw::test {

class LoopLateness
{
public:
    LoopLateness()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_nextDeadlineUs = 1000;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
        std::sort(m_lateness.begin(), m_lateness.end());
    }

    // After stop(): the lateness in ms that this share of the deadlines did not exceed (0.99: the p99).
    double percentileMs(double share) const
    {
        if (m_lateness.isEmpty())
            return 0;
        const auto index = std::min(m_lateness.size() - 1, qsizetype(double(m_lateness.size()) * share));
        return double(m_lateness.at(index)) / 1000.0;
    }
    double maxMs() const { return m_lateness.isEmpty() ? 0 : double(m_lateness.last()) / 1000.0; }
    qsizetype deadlines() const { return m_lateness.size(); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void tick()
    {
        const qint64 nowUs = m_clock.nsecsElapsed() / 1000;
        for (; m_nextDeadlineUs <= nowUs; m_nextDeadlineUs += 1000)
            m_lateness.append(nowUs - m_nextDeadlineUs);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_nextDeadlineUs = 1000;
    QList<qint64> m_lateness; // µs, one per deadline
};

} // namespace btcw::test
