// verify=true: checks a server's answer against the verified header chain of its network (headers: linkage, proof of
// work, checkpoints, difficulty; transactions: txid and merkle proof to the verified header), fetching what it needs
// from the same server. Says what it checked, or why the method cannot be verified; a failed check is an Error
// (ErrorKind::VerificationFailed) with the exact mismatch, and reported through invalidDataServed().
#pragma once

#include "Result.h"
#include "chain/HeaderChain.h"
#include "electrum/Network.h"
#include "electrum/ServerAddress.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace btcw {

class SessionPool;
struct CallResult;

// What verification found: `verified` and, with it, what was checked; or, when the method has no proof, why not.
struct Verification
{
    bool verified = false;
    QStringList checked; // one line per check that passed
    QString reason;      // when not verified: why the method (or this answer) cannot be verified
    QString network;     // the network whose chain was used
    int chainTip = -1;   // the verified chain's tip after the check

    QJsonObject toJson() const;
};

class AnswerVerifier : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<Verification>)>;

    // `storeDir`: where each network's header store lives (headers-<network>.bin); empty: memory only.
    AnswerVerifier(SessionPool& pool, QString storeDir, QObject* parent = nullptr);
    ~AnswerVerifier() override;

    // Verifies `result`, the server's answer to `method` with `params`; calls back once on `context`.
    void verify(const ServerAddress& server, const QString& method, const QJsonArray& params, const QJsonValue& result,
                std::chrono::milliseconds timeout, QObject* context, Done done);

    // Called as the caller's own call is sent (verify=true): for blockchain.transaction.get asks the same pooled
    // session, in the same round trip, where the transaction is (the verbose form: block hash and confirmations) and
    // the server's tip, so verify() needs one more round trip (the merkle proof) instead of two. Other methods:
    // nothing.
    void prefetch(const ServerAddress& server, const QString& method, const QJsonArray& params,
                  std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses);

    // How many whole retarget periods each chain keeps (HeaderChain::defaultKeepPeriods), for chains opened later.
    void setKeepPeriods(int periods) { m_keepPeriods = periods; }
    // The verified chain of `network` (opened from its store on first use).
    HeaderChain& chain(BitcoinNetwork network);
    // Headers are fetched in chunks of this many (a retarget period).
    static constexpr int chunkSize = 2016;

signals:
    // A server's answer failed a check: the health registry marks it ("served invalid data").
    void invalidDataServed(const btcw::ServerAddress& server, btcw::BitcoinNetwork network, const btcw::Error& error);

private:
    struct Job;
    struct Location;
    using Step = std::function<void(Result<Verification>)>;
    void withNetwork(const std::shared_ptr<Job>& job, std::function<void(BitcoinNetwork)> next);
    void syncTo(const std::shared_ptr<Job>& job, int height, std::function<void()> next);
    void verifyHeaders(const std::shared_ptr<Job>& job, int start, const QList<QByteArray>& headers);
    // Compares `headers` (from `start`, all below the kept ones) with the verified chain's, then calls next().
    void confirmDropped(const std::shared_ptr<Job>& job, int start, const QList<QByteArray>& headers,
                        std::function<void()> next);
    // The verified header at `height`: kept, or from its dropped segment fetched again and tied to the kept hash of
    // its last header (the last few such segments stay in memory). Below the checkpoint: finishes, unverifiable.
    void headerAt(const std::shared_ptr<Job>& job, int height, std::function<void(const BlockHeader&)> next);
    void verifyTransaction(const std::shared_ptr<Job>& job);
    std::shared_ptr<Location> locate(const ServerAddress& server, const QByteArray& txid,
                                     std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses);
    void heightFromHistory(const std::shared_ptr<Job>& job, const QByteArray& txid, const QList<QByteArray>& scripts);
    void heightFromLocation(const std::shared_ptr<Job>& job, const QByteArray& txid, const Location& where,
                            const QList<QByteArray>& scripts);
    void proveAt(const std::shared_ptr<Job>& job, const QByteArray& txid, int height);
    void checkProof(const std::shared_ptr<Job>& job, const QByteArray& txid, int height, const QJsonObject& proof);
    void call(const std::shared_ptr<Job>& job, const QString& method, const QJsonArray& params,
              std::function<void(const QJsonValue&)> next);
    void finish(const std::shared_ptr<Job>& job, Result<Verification> outcome);

    SessionPool& m_pool;
    QString m_storeDir;
    std::map<BitcoinNetwork, std::unique_ptr<HeaderChain>> m_chains;
    QHash<QString, BitcoinNetwork> m_networks;             // server key → network its genesis header names
    QHash<QString, std::shared_ptr<Location>> m_locations; // server key + txid → what prefetch() asked
    int m_keepPeriods = HeaderChain::defaultKeepPeriods;
    static constexpr int keptSegments = 4;
    QHash<QString, QList<BlockHeader>> m_segments; // network + first height → a dropped segment fetched again
};

} // namespace btcw
