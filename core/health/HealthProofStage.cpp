// The health check's "proof" stage: does the server prove what it serves? A merkle proof checked against a
// checkpointed header, and the headers around its tip checked for linkage and proof of work.
#include "chain/ChainRules.h"
#include "chain/HeaderChain.h"
#include "chain/TransactionProof.h"
#include "health/HealthCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace btcw {

void HealthCheck::failProof(const Error& error)
{
    failStage(error, QStringLiteral("served invalid data: ") + (error.detail.isEmpty() ? error.message : error.detail),
              MessageCode{QStringLiteral("check.invalid-data"), {}});
}

void HealthCheck::checkProof()
{
    if (!m_options.checkProof) {
        measurePing();
        return;
    }
    beginStage(healthstage::Proof);
    // Block 0 is a checkpoint of every network, and its only transaction's txid is its merkle root: the proof of that
    // transaction must lead back to it.
    call(QStringLiteral("blockchain.block.header"), QJsonArray{0}, [this](Result<QJsonValue> reply) {
        if (m_finished)
            return;
        if (!reply.ok()) {
            failStage(reply.error(), reply.error().message);
            return;
        }
        const ChainRules rules = ChainRules::forNetwork(m_options.expectedNetwork);
        auto genesis = parseBlockHeaderHex(reply.value().toString());
        if (!genesis || genesis->hash != rules.checkpoints.front().hash) {
            failProof(Error::make(ErrorKind::VerificationFailed,
                                  QStringLiteral("The genesis header is not the checkpoint."),
                                  genesis ? QStringLiteral("header 0 hashes to %1, the checkpoint is %2")
                                                .arg(genesis->hashHex(), hashToHex(rules.checkpoints.front().hash))
                                          : genesis.error().message));
            return;
        }
        const QByteArray txid = genesis->merkleRoot;
        const QByteArray root = genesis->merkleRoot;
        call(QStringLiteral("blockchain.transaction.get_merkle"), QJsonArray{hashToHex(txid), 0},
             [this, txid, root](Result<QJsonValue> proof) {
                 if (m_finished)
                     return;
                 if (!proof.ok()) {
                     failStage(proof.error(), proof.error().message);
                     return;
                 }
                 const QJsonObject o = proof.value().toObject();
                 QList<QByteArray> branch;
                 for (const QJsonValue& v : o.value(QLatin1String("merkle")).toArray())
                     branch.append(hashFromHex(v.toString()));
                 const qint64 pos = o.value(QLatin1String("pos")).toInteger(-1);
                 const QByteArray led = pos < 0 || branch.contains(QByteArray())
                                            ? QByteArray()
                                            : merkleRootFromBranch(txid, branch, quint64(pos));
                 if (led != root) {
                     failProof(Error::make(
                         ErrorKind::VerificationFailed,
                         QStringLiteral("The merkle proof of the genesis coinbase does not lead to the genesis block."),
                         QStringLiteral("the branch of %1 hashes at position %2 leads to %3, the genesis merkle root "
                                        "is %4")
                             .arg(branch.size())
                             .arg(pos)
                             .arg(led.isEmpty() ? QStringLiteral("nothing (it does not parse)") : hashToHex(led),
                                  hashToHex(root))));
                     return;
                 }
                 checkTipWindow();
             });
    });
}

void HealthCheck::checkTipWindow()
{
    const int tip = m_report.height;
    const int start = std::max(0, tip - m_options.proofWindow + 1);
    call(QStringLiteral("blockchain.block.headers"), QJsonArray{start, tip - start + 1},
         [this, start, tip](Result<QJsonValue> reply) {
             if (m_finished)
                 return;
             if (!reply.ok()) {
                 failStage(reply.error(), reply.error().message);
                 return;
             }
             const QJsonObject o = reply.value().toObject();
             QList<QByteArray> headers;
             if (o.value(QLatin1String("headers")).isArray()) {
                 for (const QJsonValue& v : o.value(QLatin1String("headers")).toArray())
                     headers.append(QByteArray::fromHex(v.toString().toLatin1()));
             } else {
                 const QByteArray all = QByteArray::fromHex(o.value(QLatin1String("hex")).toString().toLatin1());
                 for (qsizetype i = 0; i + blockHeaderSize <= all.size(); i += blockHeaderSize)
                     headers.append(all.mid(i, blockHeaderSize));
             }
             if (headers.size() != tip - start + 1) {
                 failProof(Error::make(ErrorKind::VerificationFailed,
                                       QStringLiteral("The headers to the tip are missing."),
                                       QStringLiteral("asked for %1 headers from %2, got %3")
                                           .arg(tip - start + 1)
                                           .arg(start)
                                           .arg(headers.size())));
                 return;
             }
             // The window's first header stands in for a checkpoint: the rest must link to it and meet their targets.
             ChainRules rules = ChainRules::forNetwork(m_options.expectedNetwork);
             rules.checkpoints = {Checkpoint{start, sha256d(headers.front()), 0}};
             HeaderChain window(rules);
             if (Status s = window.extend(start, headers); !s) {
                 failProof(s.error());
                 return;
             }
             passStage(QStringLiteral("merkle proof at height 0 and headers %1 to %2 verified").arg(start).arg(tip),
                       MessageCode{QStringLiteral("check.proof"), {QString::number(start), QString::number(tip)}});
             measurePing();
         });
}

} // namespace btcw
