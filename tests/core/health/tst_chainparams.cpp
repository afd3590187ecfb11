#include "health/ChainParams.h"

#include <QCryptographicHash>
#include <QTest>

using namespace btcw;

namespace {

// The regtest genesis header, assembled from its published fields (version 1, merkle root, time, bits, nonce).
QByteArray regtestGenesisHeader()
{
    QByteArray h;
    auto le32 = [&h](quint32 v) {
        for (int i = 0; i < 4; ++i)
            h.append(char((v >> (8 * i)) & 0xff));
    };
    le32(1);
    h.append(QByteArray(32, '\0'));
    QByteArray merkle = QByteArray::fromHex("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b");
    std::reverse(merkle.begin(), merkle.end());
    h.append(merkle);
    le32(1296688602);
    le32(0x207fffff);
    le32(2);
    return h;
}

} // namespace

class TestChainParams : public QObject
{
    Q_OBJECT
private slots:
    void genesisHashesMapBackToTheirNetwork()
    {
        for (BitcoinNetwork n : {BitcoinNetwork::Mainnet, BitcoinNetwork::Testnet3, BitcoinNetwork::Testnet4,
                                 BitcoinNetwork::Signet, BitcoinNetwork::Regtest}) {
            QCOMPARE(genesisHash(n).size(), 64);
            QCOMPARE(networkForGenesis(genesisHash(n)), std::optional<BitcoinNetwork>(n));
            QCOMPARE(networkForGenesis(genesisHash(n).toUpper()), std::optional<BitcoinNetwork>(n));
            QCOMPARE(networkFromName(networkName(n)), std::optional<BitcoinNetwork>(n));
        }
        QVERIFY(!networkForGenesis(QString(64, u'0')).has_value());
        QCOMPARE(networkFromName(u"testnet"), std::optional<BitcoinNetwork>(BitcoinNetwork::Testnet3));
        QVERIFY(!networkFromName(u"litecoin").has_value());
    }

    void headerHashIsDoubleSha256Reversed()
    {
        const QByteArray header = regtestGenesisHeader();
        QCOMPARE(header.size(), 80);
        const Result<QString> hash = blockHeaderHash(header);
        QVERIFY(hash.ok());
        QCOMPARE(hash.value(), genesisHash(BitcoinNetwork::Regtest));
        const Result<QString> fromHex = blockHeaderHashFromHex(QString::fromLatin1(header.toHex().toUpper()));
        QVERIFY(fromHex.ok());
        QCOMPARE(fromHex.value(), hash.value());
    }

    void malformedHeadersAreErrors()
    {
        QCOMPARE(blockHeaderHash(QByteArray(79, 'x')).error().kind, ErrorKind::Protocol);
        QVERIFY(!blockHeaderHashFromHex(QString(158, u'a')).ok());
        QVERIFY(!blockHeaderHashFromHex(QString(160, u'g')).ok());
        QVERIFY(blockHeaderHashFromHex(QString(160, u'a')).ok());
    }
};

QTEST_GUILESS_MAIN(TestChainParams)
#include "tst_chainparams.moc"
