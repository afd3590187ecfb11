// A small "check all" runner: server.features then blockchain.headers.subscribe per server, bounded concurrency.
// Kept behind this narrow interface (enqueue / cancel / signals) so the staged health checker can replace it.
#pragma once

#include "directory/ServerDirectory.h"
#include "models/ServerStatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <chrono>
#include <functional>

namespace btcw {

class SessionPool;

class ServerCheckRunner : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ServerCheckRunner(SessionPool& pool, QObject* parent = nullptr);

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    int concurrency() const { return m_concurrency; }
    // Per request; the first request also covers connecting (and Tor for .onion servers).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Adds servers to the running batch (or starts one). A server already waiting or running is not added twice.
    void enqueue(const QList<ServerEntry>& entries);
    // Drops what is waiting and ignores answers still on their way; emits finished(true).
    void cancel();

    bool isRunning() const { return m_total > 0; }
    int total() const { return m_total; }
    int doneCount() const { return m_done; }

signals:
    void serverStarted(const QString& key);
    void serverFinished(const QString& key, const btcw::ServerStatus& status);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    struct Job
    {
        ServerEntry entry;
        ServerStatus status;
    };
    void pump();
    void startJob(const ServerEntry& entry);
    void finishJob(const QString& key, ServerStatus status);

    SessionPool& m_pool;
    int m_concurrency = 16;
    std::chrono::milliseconds m_timeout{8'000};
    Clock m_clock;
    QList<ServerEntry> m_waiting;
    QSet<QString> m_queuedKeys; // waiting or running
    int m_running = 0;
    int m_total = 0;
    int m_done = 0;
    quint64 m_generation = 0; // answers from a cancelled batch carry an old generation
};

} // namespace btcw
