// When each followed server announced each new block, behind the first server that announced the same height and
// hash: every server's last arrival lag, its p50/p95 over 24 hours and 7 days, and a mark on a server whose tip no
// other server shares while another block stands at that height (a possible fork or a stale tip).
#pragma once

#include "Clock.h"
#include "Result.h"
#include "electrum/ServerAddress.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>

namespace btcw {

struct LiveTip;

struct BlockArrivalOptions
{
    int maxHeights = 200;                  // per network, the highest heights seen are kept
    std::chrono::hours retention{24 * 7};  // samples older than this are dropped
    int maxSamplesPerServer = 20'000;      // the oldest go first (regtest and signet mine fast)
    std::chrono::hours shortWindow{24};    // the first percentile window
    std::chrono::hours longWindow{24 * 7}; // the second one
    // Where the samples are kept across starts (JSON lines, beside the health history); empty: memory only.
    QString filePath;
};

// Percentiles of one server's lags in a window (nearest rank); empty without samples in it.
struct ArrivalPercentiles
{
    int samples = 0;
    std::optional<qint64> p50Ms;
    std::optional<qint64> p95Ms;
};

struct ArrivalStats
{
    QString network;
    std::optional<qint64> lastLagMs; // the lag of the latest block the server announced
    int lastHeight = -1;             // the height of that block
    QDateTime lastAt;                // when it announced it (UTC)
    ArrivalPercentiles day;          // shortWindow
    ArrivalPercentiles week;         // longWindow
    bool forked = false;             // its tip is a block no other server has, and another block has its height
};

// One sample: a server announced a block `lagMs` after the first server did.
struct ArrivalSample
{
    QDateTime at; // UTC
    int height = -1;
    qint64 lagMs = 0;
};

// Lives on the engine's thread; fed by ChainFollower::tipChanged. Blocks are told apart per network (the caller
// names it): heights of different chains never meet.
class BlockArrival : public QObject
{
    Q_OBJECT
public:
    explicit BlockArrival(const Clock& clock = systemClock(), BlockArrivalOptions options = {},
                          QObject* parent = nullptr);

    // A server's tip. `announced`: it came as a push (a headers notification), so its time is when the server told
    // of the block; a subscription's answer only says the server has it (since some unknown time): it dates the
    // block when nobody announced it before but gives the server no sample. The header's parent counts as held by
    // the server too, so a server that skipped a height is not taken for forked there.
    void observe(const QString& network, const ServerAddress& server, const LiveTip& tip, bool announced);
    // Forgets a server's tip (no longer followed): it is not compared any more; its samples stay.
    void forgetTip(const ServerAddress& server);

    std::optional<ArrivalStats> stats(const ServerAddress& server) const;
    // Servers with a sample or a tip.
    QList<ServerAddress> servers() const;
    // The server's samples, oldest first.
    QList<ArrivalSample> samples(const ServerAddress& server) const;

    const BlockArrivalOptions& options() const { return m_options; }

    // Reads the samples of the last 7 days from the file (a missing file: none); damaged lines (a torn last line
    // after a crash) and expired samples are skipped, and the file rewritten without them. Returns how many were
    // kept; an error only when the file cannot be read or rewritten. Tips and first times are not kept: blocks
    // after the start are timed afresh.
    Result<int> load();
    static QString defaultFileName() { return QStringLiteral("block-arrival.jsonl"); }

signals:
    // A server announced a block `lagMs` after the first one did (0: it was first).
    void arrived(const btcw::ServerAddress& server, int height, qint64 lagMs);
    // A sample could not be written to the file (it is kept in memory).
    void persistenceFailed(const btcw::Error& error);
    // A server's fork mark (ArrivalStats::forked) came or went; `height` and `hash` are its tip then.
    void forkChanged(const btcw::ServerAddress& server, const QString& network, bool forked, int height,
                     const QString& hash);

private:
    struct SeenBlock
    {
        std::chrono::steady_clock::time_point firstAt; // the first time any server had it
        QSet<ServerAddress> holders;                   // servers whose chain has it now
        QSet<ServerAddress> sampled;                   // servers that got a sample for it
    };
    using Height = QHash<QString, SeenBlock>; // block hash → what is known of it
    struct ServerState
    {
        QString network;
        int height = -1; // the current tip
        QString hash;
        std::optional<qint64> lastLagMs;
        int lastLagHeight = -1;
        QDateTime lastAt;
        std::deque<ArrivalSample> samples; // oldest first
    };

    SeenBlock* holdBlock(QMap<int, Height>& chain, int height, const QString& hash, const ServerAddress& server,
                         std::chrono::steady_clock::time_point now);
    void releaseFrom(QMap<int, Height>& chain, int height, const ServerAddress& server);
    void addSample(ServerState& state, const ArrivalSample& sample);
    ArrivalPercentiles percentiles(const ServerState& state, std::chrono::hours window) const;
    bool isForked(const ServerAddress& server, const ServerState& state) const;
    // Compares every server of the network with its last known mark and tells of the changes.
    void updateForkMarks(const QString& network);
    void persist(const ServerAddress& server, const ServerState& state, const ArrivalSample& sample);
    Status rewriteFile();

    const Clock& m_clock;
    BlockArrivalOptions m_options;
    QHash<QString, QMap<int, Height>> m_chains; // network → height → blocks
    QHash<ServerAddress, ServerState> m_servers;
    QSet<ServerAddress> m_forked;  // the servers last told forked
    std::unique_ptr<QFile> m_file; // open for appending while samples are persisted
    int m_linesWritten = 0;        // lines in the file: it is rewritten when they reach twice what memory keeps
};

} // namespace btcw
