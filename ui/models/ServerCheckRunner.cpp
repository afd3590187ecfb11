#include "models/ServerCheckRunner.h"

#include "electrum/SessionPool.h"

#include <QJsonObject>

namespace btcw {

ServerCheckRunner::ServerCheckRunner(SessionPool& pool, QObject* parent)
    : QObject(parent), m_pool(pool), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ServerCheckRunner::enqueue(const QList<ServerEntry>& entries)
{
    int added = 0;
    for (const ServerEntry& entry : entries) {
        const QString key = entry.key();
        if (m_queuedKeys.contains(key))
            continue;
        m_queuedKeys.insert(key);
        m_waiting.append(entry);
        ++added;
    }
    if (added == 0)
        return;
    m_total += added;
    emit progress(m_done, m_total);
    pump();
}

void ServerCheckRunner::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    m_waiting.clear();
    m_queuedKeys.clear();
    m_running = 0;
    m_total = 0;
    m_done = 0;
    emit finished(true);
}

void ServerCheckRunner::pump()
{
    while (m_running < m_concurrency && !m_waiting.isEmpty())
        startJob(m_waiting.takeFirst());
}

void ServerCheckRunner::startJob(const ServerEntry& entry)
{
    ++m_running;
    const QString key = entry.key();
    emit serverStarted(key);
    const ServerAddress address = entry.preferredAddress();
    if (!address.isValid()) {
        ServerStatus status;
        status.state = ServerState::Down;
        status.reason = tr("The server has neither a TCP nor a TLS port.");
        // Finish after returning, so enqueue() callers see the signals in a predictable order.
        QMetaObject::invokeMethod(
            this,
            [this, key, status, gen = m_generation] {
                if (gen == m_generation)
                    finishJob(key, status);
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    m_pool.call(
        address, QStringLiteral("server.features"), {}, this,
        [this, key, address, generation](Result<CallResult> features) {
            if (generation != m_generation)
                return;
            ServerStatus status;
            if (!features.ok()) {
                status.state = ServerState::Down;
                status.reason = features.error().message;
                finishJob(key, status);
                return;
            }
            status.protocol = features->protocol;
            status.serverSoftware = features->serverSoftware;
            status.certificateSha256 = features->certificateSha256;
            status.features = features->result.toObject();
            m_pool.call(
                address, QStringLiteral("blockchain.headers.subscribe"), {}, this,
                [this, key, status, generation](Result<CallResult> tip) mutable {
                    if (generation != m_generation)
                        return;
                    if (!tip.ok()) {
                        status.state = ServerState::Down;
                        status.reason = tip.error().message;
                    } else {
                        const QJsonObject header = tip->result.toObject();
                        const int height = header.value(QStringLiteral("height")).toInt(-1);
                        if (height < 0) {
                            status.state = ServerState::Down;
                            status.reason = tr("The server's tip header has no height.");
                        } else {
                            status.state = ServerState::Up;
                            status.height = height;
                            status.latencyMs = tip->elapsedMs;
                        }
                    }
                    finishJob(key, status);
                },
                m_timeout);
        },
        m_timeout);
}

void ServerCheckRunner::finishJob(const QString& key, ServerStatus status)
{
    status.lastChecked = m_clock();
    --m_running;
    ++m_done;
    m_queuedKeys.remove(key);
    emit serverFinished(key, status);
    emit progress(m_done, m_total);
    if (m_running == 0 && m_waiting.isEmpty()) {
        m_total = 0;
        m_done = 0;
        emit finished(false);
        return;
    }
    pump();
}

} // namespace btcw
