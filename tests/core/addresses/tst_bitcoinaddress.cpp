// Bitcoin address decoding (Base58Check, bech32, bech32m) and Electrum scripthashes, against published vectors.
#include "electrum/BitcoinAddress.h"

#include <QCryptographicHash>
#include <QTest>
#include <algorithm>

using namespace btcw;
using namespace Qt::StringLiterals;

class TestBitcoinAddress : public QObject
{
    Q_OBJECT
private slots:
    void decodesValidAddresses_data();
    void decodesValidAddresses();
    void rejectsInvalidAddresses_data();
    void rejectsInvalidAddresses();
    void scripthashMatchesElectrumKnownAnswer();
    void scripthashOfEveryDecodedAddressIsSha256Reversed();
    void everySingleCharacterTypoIsCaught();
    void matchesAddressesToNetworks();
};

void TestBitcoinAddress::decodesValidAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("scriptHex");

    // Base58Check: the genesis coinbase address and well-known fixtures for the same hash on each network.
    QTest::newRow("genesis p2pkh") << u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s << u"mainnet"_s << u"p2pkh"_s
                                   << u"76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac"_s;
    QTest::newRow("mainnet p2pkh") << u"1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH"_s << u"mainnet"_s << u"p2pkh"_s
                                   << u"76a914751e76e8199196d454941c45d1b3a323f1433bd688ac"_s;
    QTest::newRow("mainnet p2sh") << u"3LRW7jeCvQCRdPF8S3yUCfRAx4eqXFmdcr"_s << u"mainnet"_s << u"p2sh"_s
                                  << u"a914cd7b44d0b03f2d026d1e586d7ae18903b0d385f687"_s;
    QTest::newRow("testnet p2pkh") << u"mrCDrCybB6J1vRfbwM5hemdJz73FwDBC8r"_s << u"testnet"_s << u"p2pkh"_s
                                   << u"76a914751e76e8199196d454941c45d1b3a323f1433bd688ac"_s;
    QTest::newRow("testnet p2sh") << u"2NByiBUaEXrhmqAsg7BbLpcQSAQs1EDwt5w"_s << u"testnet"_s << u"p2sh"_s
                                  << u"a914cd7b44d0b03f2d026d1e586d7ae18903b0d385f687"_s;
    QTest::newRow("spaces trimmed") << u" 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa\n"_s << u"mainnet"_s << u"p2pkh"_s
                                    << u"76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac"_s;

    // BIP-350 valid segwit vectors (they supersede BIP-173's for v1+).
    QTest::newRow("bip350 upper p2wpkh") << u"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"_s << u"mainnet"_s
                                         << u"p2wpkh"_s << u"0014751e76e8199196d454941c45d1b3a323f1433bd6"_s;
    QTest::newRow("bip350 testnet p2wsh")
        << u"tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"_s << u"testnet"_s << u"p2wsh"_s
        << u"00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"_s;
    QTest::newRow("bip350 v1 40 bytes")
        << u"bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y"_s << u"mainnet"_s
        << u"witness_unknown"_s
        << u"5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"_s;
    QTest::newRow("bip350 v16") << u"BC1SW50QGDZ25J"_s << u"mainnet"_s << u"witness_unknown"_s << u"6002751e"_s;
    QTest::newRow("bip350 v2") << u"bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs"_s << u"mainnet"_s << u"witness_unknown"_s
                               << u"5210751e76e8199196d454941c45d1b3a323"_s;
    QTest::newRow("bip350 testnet p2wsh zeros")
        << u"tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy"_s << u"testnet"_s << u"p2wsh"_s
        << u"0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"_s;
    QTest::newRow("bip350 testnet p2tr") << u"tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c"_s
                                         << u"testnet"_s << u"p2tr"_s
                                         << u"5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"_s;
    QTest::newRow("bip350 mainnet p2tr") << u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"_s
                                         << u"mainnet"_s << u"p2tr"_s
                                         << u"512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"_s;
    // BIP-173's testnet P2WPKH and the common regtest form of the same program.
    QTest::newRow("bip173 testnet p2wpkh") << u"tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"_s << u"testnet"_s
                                           << u"p2wpkh"_s << u"0014751e76e8199196d454941c45d1b3a323f1433bd6"_s;
    QTest::newRow("regtest p2wpkh") << u"bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"_s << u"regtest"_s << u"p2wpkh"_s
                                    << u"0014751e76e8199196d454941c45d1b3a323f1433bd6"_s;
}

void TestBitcoinAddress::decodesValidAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, network);
    QFETCH(QString, type);
    QFETCH(QString, scriptHex);

    const auto decoded = decodeBitcoinAddress(address);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->network, network);
    QCOMPARE(decoded->type, type);
    QCOMPARE(QString::fromLatin1(decoded->script.toHex()), scriptHex);
    QCOMPARE(decoded->witnessVersion >= 0, !type.startsWith(u"p2pkh"_s) && !type.startsWith(u"p2sh"_s));
}

void TestBitcoinAddress::rejectsInvalidAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("messagePart");

    // BIP-350 invalid segwit vectors, with the reason each must fail for.
    QTest::newRow("bip350 unknown hrp") << u"tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut"_s
                                        << u"unknown prefix"_s;
    QTest::newRow("bip350 v1 with bech32")
        << u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"_s << u"use bech32m"_s;
    QTest::newRow("bip350 testnet v2 with bech32")
        << u"tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf"_s << u"use bech32m"_s;
    QTest::newRow("bip350 v16 with bech32")
        << u"BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL"_s << u"use bech32m"_s;
    QTest::newRow("bip350 v0 with bech32m")
        << u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"_s << u"use bech32, not bech32m"_s;
    QTest::newRow("bip350 testnet v0 with bech32m")
        << u"tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47"_s << u"use bech32, not bech32m"_s;
    QTest::newRow("bip350 bad checksum char")
        << u"bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4"_s << u"not a bech32 character"_s;
    QTest::newRow("bip350 witness version 17")
        << u"BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R"_s << u"witness version"_s;
    QTest::newRow("bip350 1-byte program") << u"bc1pw5dgrnzv"_s << u"1 bytes"_s;
    QTest::newRow("bip350 41-byte program")
        << u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav"_s << u"41 bytes"_s;
    QTest::newRow("bip350 v0 16-byte program") << u"BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"_s << u"20 or 32"_s;
    QTest::newRow("bip350 mixed case") << u"tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq"_s
                                       << u"mixes upper and lower case"_s;
    QTest::newRow("bip350 padding over 4 bits")
        << u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf"_s << u"padding"_s;
    QTest::newRow("bip350 non-zero padding")
        << u"tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j"_s << u"padding"_s;
    QTest::newRow("bip350 empty data") << u"bc1gmk9yu"_s << u"no witness version"_s;

    // Base58Check failures.
    QTest::newRow("base58 bad checksum") << u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"_s << u"bad checksum"_s;
    QTest::newRow("base58 too short") << u"1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf"_s << u"wrong length"_s;
    QTest::newRow("base58 too long") << u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaaaaaaaaaaa"_s << u"wrong length"_s;
    // Valid Base58Check of version byte 0x30 (a Litecoin P2PKH address): right checksum, wrong coin.
    QTest::newRow("base58 unknown version") << u"LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9"_s << u"unknown prefix"_s;
    QTest::newRow("not an address") << u"hello world"_s << u"not a Bitcoin address"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("bech32 no separator") << u"bcqw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s << u"not a Bitcoin"_s;
    QTest::newRow("bech32 bad checksum") << u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"_s << u"bad checksum"_s;
    QTest::newRow("bech32 too long") << QString(u"bc1q"_s + u"q"_s.repeated(90)) << u"too long"_s;
}

void TestBitcoinAddress::rejectsInvalidAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, messagePart);

    const auto decoded = decodeBitcoinAddress(address);
    QVERIFY2(!decoded.ok(), qPrintable(decoded.ok() ? QString::fromLatin1(decoded->script.toHex()) : QString()));
    QCOMPARE(decoded.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(decoded.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(decoded.error().message));
}

void TestBitcoinAddress::scripthashMatchesElectrumKnownAnswer()
{
    // The example in Electrum's protocol documentation: the genesis coinbase address.
    const auto decoded = decodeBitcoinAddress(u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    QVERIFY(decoded.ok());
    QCOMPARE(electrumScripthash(decoded->script),
             u"8b01df4e368ea28f8dc0423bcf7a4923e3a12d307c875e47a0cfbf90b5c39161"_s);
}

void TestBitcoinAddress::scripthashOfEveryDecodedAddressIsSha256Reversed()
{
    const QByteArray script = QByteArray::fromHex("0014751e76e8199196d454941c45d1b3a323f1433bd6");
    const QString hash = electrumScripthash(script);
    QCOMPARE(hash.size(), 64);
    QByteArray forward = QCryptographicHash::hash(script, QCryptographicHash::Sha256);
    // Reversing the bytes back must give the plain SHA-256.
    QByteArray back = QByteArray::fromHex(hash.toLatin1());
    std::reverse(back.begin(), back.end());
    QCOMPARE(back, forward);
    QCOMPARE(electrumScripthash(decodeBitcoinAddress(u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")->script), hash);
}

void TestBitcoinAddress::everySingleCharacterTypoIsCaught()
{
    const QString charset = u"qpzry9x8gf2tvdw0s3jn54khce6mua7l"_s;
    const QString taproot = u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"_s;
    for (qsizetype i = 3; i < taproot.size(); ++i) {
        QString typo = taproot;
        typo[i] = charset.at((charset.indexOf(typo.at(i)) + 7) % charset.size());
        QVERIFY2(!decodeBitcoinAddress(typo).ok(), qPrintable(typo));
    }
    const QString base58 = u"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"_s;
    const QString genesis = u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s;
    for (qsizetype i = 1; i < genesis.size(); ++i) {
        QString typo = genesis;
        typo[i] = base58.at((base58.indexOf(typo.at(i)) + 1) % base58.size());
        QVERIFY2(!decodeBitcoinAddress(typo).ok(), qPrintable(typo));
    }
}

void TestBitcoinAddress::matchesAddressesToNetworks()
{
    const auto mainnet = decodeBitcoinAddress(u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4").value();
    const auto testnet = decodeBitcoinAddress(u"tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx").value();
    const auto regtest = decodeBitcoinAddress(u"bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080").value();
    const auto testnetBase58 = decodeBitcoinAddress(u"mrCDrCybB6J1vRfbwM5hemdJz73FwDBC8r").value();

    QVERIFY(addressFitsNetwork(mainnet, u"mainnet"));
    QVERIFY(!addressFitsNetwork(mainnet, u"testnet"));
    for (auto net : {u"testnet", u"testnet4", u"signet"}) {
        QVERIFY(addressFitsNetwork(testnet, net));
        QVERIFY(addressFitsNetwork(testnetBase58, net));
        QVERIFY(!addressFitsNetwork(regtest, net));
    }
    QVERIFY(addressFitsNetwork(regtest, u"regtest"));
    QVERIFY(addressFitsNetwork(testnetBase58, u"regtest"));
    QVERIFY(!addressFitsNetwork(testnet, u"regtest"));
    QVERIFY(!addressFitsNetwork(mainnet, u"nonsense"));
}

QTEST_GUILESS_MAIN(TestBitcoinAddress)
#include "tst_bitcoinaddress.moc"
