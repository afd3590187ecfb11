// The test server's chain faults: headers, merkle branches and balances that lie, each in exactly one way.
#include "TestElectrumServer.h"

#include <QtEndian>

namespace btcw::test {

namespace {

// A header like `honest` with another prev_hash and/or a nonce chosen so its hash meets (or misses) its target.
QByteArray regrind(QByteArray header, const QByteArray* prevHash, bool meetTarget)
{
    if (prevHash)
        header.replace(4, 32, *prevHash);
    const quint32 bits = qFromLittleEndian<quint32>(header.constData() + 72);
    for (quint32 nonce = 0;; ++nonce) {
        qToLittleEndian<quint32>(nonce, header.data() + 76);
        if (hashMeetsTarget(sha256d(header), bits) == meetTarget)
            return header;
    }
}

} // namespace

void TestElectrumServer::setChainFault(ChainFault fault, int faultHeight)
{
    m_chainFault = fault;
    m_faultHeight = faultHeight < 0 ? m_chain.tipHeight() : faultHeight;
    m_faultyHeader.clear();
    const QByteArray honest = m_chain.header(m_faultHeight);
    if (fault == ChainFault::BrokenLinkage) {
        const QByteArray elsewhere = sha256d(QByteArrayLiteral("btcw-test: a parent that is not there"));
        m_faultyHeader = regrind(honest, &elsewhere, true);
    } else if (fault == ChainFault::MissedTarget) {
        m_faultyHeader = regrind(honest, nullptr, false);
    }
}

QString TestElectrumServer::servedHeaderHex(int height) const
{
    if (height == m_faultHeight && !m_faultyHeader.isEmpty())
        return QString::fromLatin1(m_faultyHeader.toHex());
    return m_chain.headerHex(height);
}

QJsonArray TestElectrumServer::servedMerkleBranch(const QList<QByteArray>& branch) const
{
    QList<QByteArray> served = branch;
    if (m_chainFault == ChainFault::WrongMerkleBranch) {
        if (served.isEmpty())
            served.append(sha256d(QByteArrayLiteral("btcw-test: a sibling that is not there")));
        else
            served[0][0] = char(served[0][0] ^ 0x01);
    }
    QJsonArray out;
    for (const QByteArray& node : served)
        out.append(hashToHex(node));
    return out;
}

} // namespace btcw::test
