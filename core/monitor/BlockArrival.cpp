#include "monitor/BlockArrival.h"

#include "PrivateFiles.h"
#include "live/LiveEvent.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace btcw {

namespace {

// The parent's hash as shown (byte-reversed) from an 80-byte header in hex; empty when the header is not one.
QString arrivalParentHash(const QString& headerHex)
{
    if (headerHex.size() != 160)
        return {};
    QByteArray parent = QByteArray::fromHex(headerHex.mid(8, 64).toLatin1());
    if (parent.size() != 32)
        return {};
    std::reverse(parent.begin(), parent.end());
    return QString::fromLatin1(parent.toHex());
}

// Nearest rank: the smallest value with at least p% of the values at or below it.
qint64 arrivalNearestRank(const QList<qint64>& sorted, int percent)
{
    const auto rank = qsizetype(std::ceil(double(percent) / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

} // namespace

BlockArrival::BlockArrival(const Clock& clock, BlockArrivalOptions options, QObject* parent)
    : QObject(parent), m_clock(clock), m_options(options)
{
}

BlockArrival::SeenBlock* BlockArrival::holdBlock(QMap<int, Height>& chain, int height, const QString& hash,
                                                 const ServerAddress& server, std::chrono::steady_clock::time_point now)
{
    // Heights below the kept range are forgotten: nobody's first time is known there any more.
    if (chain.size() >= m_options.maxHeights && !chain.contains(height) && height < chain.firstKey())
        return nullptr;
    Height& blocks = chain[height];
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        if (it.key() != hash)
            it->holders.remove(server); // a server holds one block per height: it moved to another chain
    }
    auto it = blocks.find(hash);
    if (it == blocks.end())
        it = blocks.insert(hash, SeenBlock{now, {}, {}});
    it->holders.insert(server);
    SeenBlock* held = &*it;
    while (chain.size() > m_options.maxHeights)
        chain.erase(chain.begin()); // never `height`: it is among the highest, or it was refused above
    return held;
}

void BlockArrival::releaseFrom(QMap<int, Height>& chain, int height, const ServerAddress& server)
{
    for (auto it = chain.lowerBound(height); it != chain.end(); ++it) {
        for (SeenBlock& block : *it)
            block.holders.remove(server);
    }
}

void BlockArrival::observe(const QString& network, const ServerAddress& server, const LiveTip& tip, bool announced)
{
    if (!server.isValid() || !tip.isValid() || tip.hash.isEmpty() || network.isEmpty())
        return;
    const auto now = m_clock.steadyNow();
    ServerState& state = m_servers[server];
    if (state.network != network) {
        if (!state.network.isEmpty())
            releaseFrom(m_chains[state.network], 0, server);
        state.network = network;
    }
    QMap<int, Height>& chain = m_chains[network];
    // A tip lower than the last one (a reorganisation to a shorter chain): the server no longer has what is above.
    releaseFrom(chain, tip.height + 1, server);
    state.height = tip.height;
    state.hash = tip.hash;
    if (tip.height > 0) {
        if (const QString parent = arrivalParentHash(tip.hex); !parent.isEmpty())
            holdBlock(chain, tip.height - 1, parent, server, now);
    }
    SeenBlock* block = holdBlock(chain, tip.height, tip.hash, server, now);
    // A new tip may mark (or clear) any server of the network: one that another block now stands beside, too.
    updateForkMarks(network);
    if (!announced || !block || block->sampled.contains(server))
        return;
    block->sampled.insert(server);
    const qint64 lagMs =
        std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(now - block->firstAt).count());
    state.lastLagMs = lagMs;
    state.lastLagHeight = tip.height;
    state.lastAt = m_clock.utcNow();
    const ArrivalSample sample{state.lastAt, tip.height, lagMs};
    addSample(state, sample);
    persist(server, state, sample);
    emit arrived(server, tip.height, lagMs);
}

void BlockArrival::forgetTip(const ServerAddress& server)
{
    const auto it = m_servers.find(server);
    if (it == m_servers.end() || it->network.isEmpty())
        return;
    releaseFrom(m_chains[it->network], 0, server);
    it->height = -1;
    it->hash.clear();
    updateForkMarks(it->network);
}

void BlockArrival::updateForkMarks(const QString& network)
{
    // At most the followed servers (200): a pass over them per tip is cheap next to the notification that caused it.
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (it->network != network)
            continue;
        const bool forked = isForked(it.key(), *it);
        if (forked == m_forked.contains(it.key()))
            continue;
        if (forked)
            m_forked.insert(it.key());
        else
            m_forked.remove(it.key());
        emit forkChanged(it.key(), network, forked, it->height, it->hash);
    }
}

void BlockArrival::addSample(ServerState& state, const ArrivalSample& sample)
{
    state.samples.push_back(sample);
    const QDateTime oldest =
        sample.at.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_options.retention).count());
    while (!state.samples.empty() &&
           (int(state.samples.size()) > m_options.maxSamplesPerServer || state.samples.front().at < oldest))
        state.samples.pop_front();
}

ArrivalPercentiles BlockArrival::percentiles(const ServerState& state, std::chrono::hours window) const
{
    const QDateTime since = m_clock.utcNow().addSecs(-std::chrono::duration_cast<std::chrono::seconds>(window).count());
    QList<qint64> lags;
    for (auto it = state.samples.crbegin(); it != state.samples.crend() && it->at >= since; ++it)
        lags.append(it->lagMs);
    ArrivalPercentiles out;
    out.samples = int(lags.size());
    if (lags.isEmpty())
        return out;
    std::sort(lags.begin(), lags.end());
    out.p50Ms = arrivalNearestRank(lags, 50);
    out.p95Ms = arrivalNearestRank(lags, 95);
    return out;
}

bool BlockArrival::isForked(const ServerAddress& server, const ServerState& state) const
{
    if (state.height < 0)
        return false;
    const auto chain = m_chains.constFind(state.network);
    if (chain == m_chains.cend())
        return false;
    const auto height = chain->constFind(state.height);
    if (height == chain->cend())
        return false;
    const auto own = height->constFind(state.hash);
    if (own == height->cend() || own->holders.size() != 1)
        return false; // another server shares it (or it was forgotten)
    return std::any_of(height->cbegin(), height->cend(), [&](const SeenBlock& other) {
        return !other.holders.isEmpty() && !other.holders.contains(server);
    });
}

std::optional<ArrivalStats> BlockArrival::stats(const ServerAddress& server) const
{
    const auto it = m_servers.constFind(server);
    if (it == m_servers.cend())
        return std::nullopt;
    ArrivalStats out;
    out.network = it->network;
    out.lastLagMs = it->lastLagMs;
    out.lastHeight = it->lastLagHeight;
    out.lastAt = it->lastAt;
    out.day = percentiles(*it, m_options.shortWindow);
    out.week = percentiles(*it, m_options.longWindow);
    out.forked = isForked(server, *it);
    return out;
}

QList<ServerAddress> BlockArrival::servers() const
{
    return m_servers.keys();
}

QList<ArrivalSample> BlockArrival::samples(const ServerAddress& server) const
{
    const auto it = m_servers.constFind(server);
    if (it == m_servers.cend())
        return {};
    return QList<ArrivalSample>(it->samples.cbegin(), it->samples.cend());
}

// --- Persistence: one JSON line per sample, beside the health history ---

namespace {

QJsonObject arrivalSampleJson(const ServerAddress& server, const QString& network, const ArrivalSample& sample)
{
    return QJsonObject{{QStringLiteral("server"), server.toString()},
                       {QStringLiteral("network"), network},
                       {QStringLiteral("at"), sample.at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("height"), sample.height},
                       {QStringLiteral("lag_ms"), double(sample.lagMs)}};
}

} // namespace

Result<int> BlockArrival::load()
{
    m_file.reset();
    if (m_options.filePath.isEmpty())
        return 0;
    QFile file(m_options.filePath);
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot read the block arrival history %1.").arg(m_options.filePath),
                           file.errorString());
    }
    const QDateTime oldest =
        m_clock.utcNow().addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_options.retention).count());
    int loaded = 0;
    bool rewrite = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        const auto server = ServerAddress::parse(json.value(QStringLiteral("server")).toString());
        const QString network = json.value(QStringLiteral("network")).toString();
        ArrivalSample sample;
        sample.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        sample.height = json.value(QStringLiteral("height")).toInt(-1);
        sample.lagMs = qint64(json.value(QStringLiteral("lag_ms")).toDouble(-1));
        if (!server || network.isEmpty() || !sample.at.isValid() || sample.height < 0 || sample.lagMs < 0) {
            rewrite = true; // damaged (a torn last line after a crash): skipped, and gone after the rewrite
            continue;
        }
        if (sample.at < oldest) {
            rewrite = true;
            continue;
        }
        ServerState& state = m_servers[server.value()];
        if (state.network.isEmpty())
            state.network = network;
        state.samples.push_back(sample);
        if (!state.lastAt.isValid() || sample.at >= state.lastAt) {
            state.lastLagMs = sample.lagMs;
            state.lastLagHeight = sample.height;
            state.lastAt = sample.at;
        }
        ++loaded;
    }
    file.close();
    for (ServerState& state : m_servers) {
        std::stable_sort(state.samples.begin(), state.samples.end(),
                         [](const ArrivalSample& a, const ArrivalSample& b) { return a.at < b.at; });
        while (int(state.samples.size()) > m_options.maxSamplesPerServer) {
            state.samples.pop_front();
            rewrite = true;
        }
    }
    m_linesWritten = loaded;
    if (rewrite) {
        if (Status s = rewriteFile(); !s)
            return s.error();
    }
    return loaded;
}

Status BlockArrival::rewriteFile()
{
    m_file.reset();
    QSaveFile out(m_options.filePath);
    if (!QDir().mkpath(QFileInfo(m_options.filePath).absolutePath()) || !out.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot rewrite the block arrival history %1.").arg(m_options.filePath),
                           out.errorString());
    }
    out.setPermissions(kOwnerOnlyFile);
    int lines = 0;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        for (const ArrivalSample& sample : it->samples) {
            out.write(QJsonDocument(arrivalSampleJson(it.key(), it->network, sample)).toJson(QJsonDocument::Compact));
            out.write("\n", 1);
            ++lines;
        }
    }
    if (!out.commit()) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot rewrite the block arrival history %1.").arg(m_options.filePath),
                           out.errorString());
    }
    m_linesWritten = lines;
    return success();
}

void BlockArrival::persist(const ServerAddress& server, const ServerState& state, const ArrivalSample& sample)
{
    if (m_options.filePath.isEmpty())
        return;
    // Samples past the retention or the caps stay in the file until it holds twice what memory keeps.
    int kept = 0;
    for (const ServerState& s : std::as_const(m_servers))
        kept += int(s.samples.size());
    if (m_linesWritten >= 2 * std::max(kept, 500)) {
        if (Status s = rewriteFile(); !s)
            emit persistenceFailed(s.error());
        return; // the rewrite wrote this sample too
    }
    if (!m_file) {
        QDir().mkpath(QFileInfo(m_options.filePath).absolutePath());
        auto file = std::make_unique<QFile>(m_options.filePath);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            emit persistenceFailed(
                Error::make(ErrorKind::Internal,
                            QStringLiteral("Cannot write the block arrival history %1.").arg(m_options.filePath),
                            file->errorString()));
            return;
        }
        file->setPermissions(kOwnerOnlyFile);
        m_file = std::move(file);
    }
    QByteArray line = QJsonDocument(arrivalSampleJson(server, state.network, sample)).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (m_file->write(line) != line.size() || !m_file->flush()) {
        const QString why = m_file->errorString();
        m_file.reset();
        emit persistenceFailed(
            Error::make(ErrorKind::Internal,
                        QStringLiteral("Cannot write the block arrival history %1.").arg(m_options.filePath), why));
        return;
    }
    ++m_linesWritten;
}

} // namespace btcw
