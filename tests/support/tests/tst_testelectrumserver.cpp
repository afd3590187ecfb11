#include "ChainEncoding.h"
#include "TestElectrumServer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace btcw::test;
using namespace std::chrono_literals;

namespace {

// Spins the event loop (the server lives on this thread) until `done` or 5 s.
template <typename F> bool waitUntil(F done, int ms = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(2);
    return done();
}

// A raw client: writes lines, reads lines, nothing else. Every wait is bounded.
class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; });
    }
    void writeLine(const QByteArray& line) { m_socket.write(line + '\n'); }
    // The next line from the server ('\n' stripped), or empty after 5 s.
    QByteArray readLine()
    {
        waitUntil([this] { return m_socket.canReadLine(); });
        QByteArray line = m_socket.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        return line;
    }
    QJsonValue call(const QByteArray& json)
    {
        writeLine(json);
        const QJsonDocument doc = QJsonDocument::fromJson(readLine());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    bool waitClosed()
    {
        return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; });
    }
    QTcpSocket& socket() { return m_socket; }

private:
    QTcpSocket m_socket;
};

QByteArray request(int id, const char* method, const char* params = "[]")
{
    return QByteArray(R"({"jsonrpc":"2.0","id":)") + QByteArray::number(id) + R"(,"method":")" + method +
           R"(","params":)" + params + '}';
}

QByteArray headerBytes(const TestChain& chain, int height)
{
    return chain.header(height);
}

} // namespace

class TestTestElectrumServer : public QObject
{
    Q_OBJECT
private slots:
    void genesisIsRegtestsRealGenesisBlock()
    {
        TestChain chain(0);
        const QByteArray genesis = headerBytes(chain, 0);
        QCOMPARE(genesis.size(), 80);
        QCOMPARE(hashToHex(sha256d(genesis)), TestChain::regtestGenesisHash());
        // Its merkle root is the txid of the genesis coinbase we serve.
        QCOMPARE(hashToHex(TestChain::genesisCoinbase().txid()),
                 QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"));
        QCOMPARE(genesis.mid(36, 32), TestChain::genesisCoinbase().txid());
    }

    void headersLinkAndMeetTheirTarget()
    {
        TestChain chain(30);
        QCOMPARE(chain.tipHeight(), 30);
        for (int h = 1; h <= chain.tipHeight(); ++h) {
            const QByteArray header = chain.header(h);
            QCOMPARE(header.size(), 80);
            QCOMPARE(header.mid(4, 32), sha256d(chain.header(h - 1)));    // prev hash = hash of the parent
            QCOMPARE(header.mid(72, 4), QByteArray::fromHex("ffff7f20")); // bits 0x207fffff, little-endian
            // Target 0x7fffff << 232: the big-endian hash must start below 0x80 (the next two bytes are then free).
            const QString shown = hashToHex(sha256d(header));
            QVERIFY2(shown.at(0) < u'8', qPrintable(shown));
            // The merkle root commits to this block's transactions.
            QCOMPARE(header.mid(36, 32), merkleRoot(chain.blockTxids(h)));
        }
        QVERIFY(!hashMeetsTarget(QByteArray::fromHex(QByteArray(64, 'f')), 0x207fffff));
        QVERIFY(hashMeetsTarget(QByteArray(32, '\0'), 0x1d00ffff));
    }

    void chainIsDeterministic()
    {
        TestChain a(12), b(12);
        for (int h = 0; h <= 12; ++h)
            QCOMPARE(a.header(h), b.header(h));
    }

    void coinbaseCarriesBip34Height()
    {
        TestChain chain(20);
        for (int h : {1, 16, 17, 20}) {
            const auto raw = chain.rawTransaction(chain.blockTxids(h).front());
            QVERIFY(raw);
            const auto tx = parseTransaction(*raw);
            QVERIFY(tx);
            QVERIFY(tx->inputs.front().isCoinbase());
            const QByteArray sig = tx->inputs.front().scriptSig;
            if (h <= 16)
                QCOMPARE(quint8(sig.at(0)), quint8(0x50 + h));
            else
                QCOMPARE(sig.left(2), QByteArray::fromHex("01") + char(h));
        }
    }

    void scriptHashesAndAddressesFollowTheSpecs()
    {
        // Electrum's own documented example: the P2PKH script of 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.
        QCOMPARE(scriptHashHex(QByteArray::fromHex("76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac")),
                 QStringLiteral("8b01df4e368ea28f8dc0423bcf7a4923e3a12d307c875e47a0cfbf90b5c39161"));
        // BIP173 / BIP350 / Base58Check reference vectors.
        QCOMPARE(encodeSegwitAddress(QStringLiteral("bc"), 0,
                                     QByteArray::fromHex("751e76e8199196d454941c45d1b3a323f1433bd6")),
                 QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        QCOMPARE(encodeSegwitAddress(
                     QStringLiteral("bc"), 1,
                     QByteArray::fromHex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")),
                 QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"));
        QCOMPARE(encodeBase58Check(0x00, QByteArray(20, '\0')), QStringLiteral("1111111111111111111114oLvT2"));

        const auto scripts = TestChain::scripts();
        QCOMPARE(scripts.size(), 3);
        for (const FundedScript& s : scripts)
            QCOMPARE(s.scriptHash, scriptHashHex(QByteArray::fromHex(s.scriptHex.toLatin1())));
        QVERIFY(scripts[0].address.startsWith(QLatin1String("bcrt1q")));
        QCOMPARE(scripts[0].address.size(), 44);
        QVERIFY(scripts[1].address.startsWith(u'm') || scripts[1].address.startsWith(u'n'));
        QVERIFY(scripts[2].address.startsWith(QLatin1String("bcrt1p")));
    }

    void transactionsRoundTripAndSegwitTxidsSkipWitness()
    {
        Transaction tx;
        tx.inputs.append({QByteArray(32, '\x11'), 3, {}, 0xfffffffd});
        tx.outputs.append({12345, QByteArray::fromHex("0014") + QByteArray(20, '\x22')});
        tx.witnesses.append({QByteArray(71, '\x30'), QByteArray(33, '\x02')});
        const QByteArray raw = tx.serialize();
        const auto parsed = parseTransaction(raw);
        QVERIFY(parsed);
        QCOMPARE(parsed->serialize(), raw);
        QCOMPARE(parsed->txid(), sha256d(tx.serializeLegacy()));
        QVERIFY(parsed->txid() != sha256d(raw));
        QVERIFY(!parseTransaction(raw.left(raw.size() - 1)));
        QVERIFY(!parseTransaction(raw + '\0'));
        QVERIFY(!parseTransaction(QByteArray::fromHex("deadbeef")));
    }

    void balancesAddUpToWhatBlocksPaid()
    {
        TestChain chain(20);
        qint64 total = 0;
        for (const FundedScript& s : TestChain::scripts()) {
            const qint64 balance = chain.confirmedBalance(s.scriptHash);
            QVERIFY(balance > 0);
            qint64 fromUtxos = 0;
            for (const Unspent& u : chain.unspent(s.scriptHash))
                fromUtxos += u.value;
            QCOMPARE(fromUtxos, balance);
            QVERIFY(!chain.history(s.scriptHash).isEmpty());
            total += balance;
        }
        // 20 blocks × 50 BTC were created; payment fees go back to the miners, so nothing is lost.
        QCOMPARE(total, 20 * 50 * 100'000'000LL);
    }

    void versionNegotiationPicksTheHighestCommonVersion()
    {
        TestElectrumServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        struct Case
        {
            const char* params;
            const char* expected; // nullptr: an error and a closed connection
        };
        const Case cases[] = {
            {R"(["c", ["1.4", "1.6"]])", "1.6"}, {R"(["c", ["1.2", "1.4.2"]])", "1.4.2"}, {R"(["c", "1.4"])", "1.4"},
            {R"(["c", ["1.5", "2.0"]])", "1.6"}, {R"(["c", ["1.0", "1.2"]])", nullptr},   {R"(["c", "2.0"])", nullptr}};
        for (const Case& c : cases) {
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            const QJsonObject reply = client.call(request(7, "server.version", c.params)).toObject();
            QCOMPARE(reply.value(QLatin1String("id")).toInt(), 7);
            if (c.expected) {
                const QJsonArray result = reply.value(QLatin1String("result")).toArray();
                QCOMPARE(result.at(0).toString(), TestElectrumServer::serverSoftware());
                QCOMPARE(result.at(1).toString(), QString::fromLatin1(c.expected));
            } else {
                QVERIFY(reply.contains(QLatin1String("error")));
                QVERIFY(client.waitClosed());
            }
        }
    }

    void secondServerVersionIsAnError()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        QVERIFY(
            client.call(request(1, "server.version", R"(["c", "1.4"])")).toObject().contains(QLatin1String("result")));
        const QJsonObject again = client.call(request(2, "server.version", R"(["c", "1.4"])")).toObject();
        QCOMPARE(again.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 1);
        QCOMPARE(server.requestsReceived(QStringLiteral("server.version")), 2);
        QCOMPARE(server.lastClientVersionParams(), (QJsonArray{QStringLiteral("c"), QStringLiteral("1.4")}));
    }

    void rawExchangeKeepsStringIdsAndReportsErrors()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        // Before server.version, requests are served at the lowest protocol, as ElectrumX does.
        client.writeLine(R"({"jsonrpc":"2.0","id":"abc","method":"blockchain.block.header","params":[3]})");
        const QJsonObject header = QJsonDocument::fromJson(client.readLine()).object();
        QCOMPARE(header.value(QLatin1String("id")).toString(), QStringLiteral("abc"));
        QCOMPARE(header.value(QLatin1String("result")).toString(), server.headerHex(3));

        const QJsonObject unknown = client.call(request(2, "no.such.method")).toObject();
        QCOMPARE(unknown.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32601);
        const QJsonObject badParams = client.call(request(3, "blockchain.block.header", R"(["x"])")).toObject();
        QCOMPARE(badParams.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32602);
        client.writeLine("this is not json");
        const QJsonObject parseError = QJsonDocument::fromJson(client.readLine()).object();
        QCOMPARE(parseError.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32700);
        QVERIFY(parseError.value(QLatin1String("id")).isNull());
    }

    void batchGetsAnArrayReply()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        const QJsonArray replies =
            client
                .call("[" + request(1, "server.ping") + "," + request(2, "blockchain.block.header", "[1]") + "," +
                      request(3, "nope") + "]")
                .toArray();
        QCOMPARE(replies.size(), 3);
        QHash<int, QJsonObject> byId;
        for (const QJsonValue& r : replies)
            byId.insert(r.toObject().value(QLatin1String("id")).toInt(), r.toObject());
        QVERIFY(byId[1].contains(QLatin1String("result")) && byId[1].value(QLatin1String("result")).isNull());
        QCOMPARE(byId[2].value(QLatin1String("result")).toString(), server.headerHex(1));
        QCOMPARE(byId[3].value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32601);
    }

    void headersShapeFollowsTheNegotiatedProtocol()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        for (const char* version : {"1.4", "1.6"}) {
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            client.call(request(0, "server.version", QByteArray(R"(["c", ")") + version + "\"]"));
            const QJsonObject r = client.call(request(1, "blockchain.block.headers", "[2, 3]"))
                                      .toObject()
                                      .value(QLatin1String("result"))
                                      .toObject();
            QCOMPARE(r.value(QLatin1String("count")).toInt(), 3);
            QCOMPARE(r.value(QLatin1String("max")).toInt(), 2016);
            const QString expected = server.headerHex(2) + server.headerHex(3) + server.headerHex(4);
            if (qstrcmp(version, "1.4") == 0)
                QCOMPARE(r.value(QLatin1String("hex")).toString(), expected);
            else
                QCOMPARE(r.value(QLatin1String("headers")).toArray(),
                         (QJsonArray{server.headerHex(2), server.headerHex(3), server.headerHex(4)}));
            const QJsonObject relay = client.call(request(2, "blockchain.relayfee")).toObject();
            QCOMPARE(relay.contains(QLatin1String("error")), qstrcmp(version, "1.6") == 0);
        }
    }

    void checkpointProofLeadsToTheRoot()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        const int height = 5, cp = 13;
        const QJsonObject r = client.call(request(1, "blockchain.block.header", "[5, 13]"))
                                  .toObject()
                                  .value(QLatin1String("result"))
                                  .toObject();
        QCOMPARE(r.value(QLatin1String("header")).toString(), server.headerHex(height));
        // Walk the branch from the header's hash up and compare with the root of hashes 0…cp computed here.
        QByteArray node = sha256d(QByteArray::fromHex(r.value(QLatin1String("header")).toString().toLatin1()));
        int index = height;
        for (const QJsonValue& sibling : r.value(QLatin1String("branch")).toArray()) {
            const QByteArray s = hexToHash(sibling.toString());
            node = index % 2 ? sha256d(s + node) : sha256d(node + s);
            index /= 2;
        }
        QList<QByteArray> leaves;
        for (int h = 0; h <= cp; ++h)
            leaves.append(sha256d(server.chain().header(h)));
        QCOMPARE(hashToHex(node), r.value(QLatin1String("root")).toString());
        QCOMPARE(hashToHex(node), hashToHex(merkleRoot(leaves)));
        const QJsonObject bad = client.call(request(2, "blockchain.block.header", "[9, 4]")).toObject();
        QVERIFY(bad.contains(QLatin1String("error")));
    }

    void scripthashQueriesMatchTheChain()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        client.call(request(0, "server.version", R"(["c", ["1.4", "1.6"]])"));
        const FundedScript s = server.fundedScripts().at(1);
        const QByteArray sh = '"' + s.scriptHash.toLatin1() + '"';
        const QJsonObject balance = client.call(request(1, "blockchain.scripthash.get_balance", "[" + sh + "]"))
                                        .toObject()
                                        .value(QLatin1String("result"))
                                        .toObject();
        QCOMPARE(qint64(balance.value(QLatin1String("confirmed")).toDouble()),
                 server.chain().confirmedBalance(s.scriptHash));
        QCOMPARE(balance.value(QLatin1String("unconfirmed")).toInt(), 0);
        const QJsonArray history = client.call(request(2, "blockchain.scripthash.get_history", "[" + sh + "]"))
                                       .toObject()
                                       .value(QLatin1String("result"))
                                       .toArray();
        QCOMPARE(history.size(), server.chain().history(s.scriptHash).size());
        int previous = 0;
        for (const QJsonValue& e : history) {
            const int h = e.toObject().value(QLatin1String("height")).toInt();
            QVERIFY(h >= previous);
            previous = h;
            // Every listed transaction exists and its merkle proof checks against its block header.
            const QString txHash = e.toObject().value(QLatin1String("tx_hash")).toString();
            const QJsonObject proof =
                client
                    .call(request(3, "blockchain.transaction.get_merkle",
                                  "[\"" + txHash.toLatin1() + "\", " + QByteArray::number(h) + "]"))
                    .toObject()
                    .value(QLatin1String("result"))
                    .toObject();
            QByteArray node = hexToHash(txHash);
            int pos = proof.value(QLatin1String("pos")).toInt();
            for (const QJsonValue& sibling : proof.value(QLatin1String("merkle")).toArray()) {
                const QByteArray sib = hexToHash(sibling.toString());
                node = pos % 2 ? sha256d(sib + node) : sha256d(node + sib);
                pos /= 2;
            }
            QCOMPARE(node, server.chain().header(h).mid(36, 32));
            const QString raw = client.call(request(4, "blockchain.transaction.get", "[\"" + txHash.toLatin1() + "\"]"))
                                    .toObject()
                                    .value(QLatin1String("result"))
                                    .toString();
            QCOMPARE(hashToHex(sha256d(QByteArray::fromHex(raw.toLatin1()))), txHash);
        }
        const QJsonObject bad = client.call(request(5, "blockchain.scripthash.get_balance", R"(["zz"])")).toObject();
        QVERIFY(bad.contains(QLatin1String("error")));
    }

    void broadcastEntersTheMempoolAndNotifiesSubscribers()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        client.call(request(0, "server.version", R"(["c", "1.4"])"));
        const FundedScript target = server.fundedScripts().at(0);
        const QByteArray sh = '"' + target.scriptHash.toLatin1() + '"';
        const QJsonValue before = client.call(request(1, "blockchain.scripthash.subscribe", "[" + sh + "]"))
                                      .toObject()
                                      .value(QLatin1String("result"));
        QCOMPARE(before.toString(), server.chain().status(target.scriptHash));
        Transaction tx;
        tx.inputs.append({QByteArray(32, '\x42'), 0, {}, 0xffffffff});
        tx.outputs.append({7777, QByteArray::fromHex(target.scriptHex.toLatin1())});
        const QByteArray hex = tx.serialize().toHex();
        const QJsonObject sent =
            client.call(request(2, "blockchain.transaction.broadcast", "[\"" + hex + "\"]")).toObject();
        QCOMPARE(sent.value(QLatin1String("result")).toString(), hashToHex(tx.txid()));
        QCOMPARE(server.broadcastTxids(), QStringList{hashToHex(tx.txid())});
        const QJsonObject note = QJsonDocument::fromJson(client.readLine()).object();
        QCOMPARE(note.value(QLatin1String("method")).toString(), QStringLiteral("blockchain.scripthash.subscribe"));
        QVERIFY(!note.contains(QLatin1String("id")));
        QCOMPARE(note.value(QLatin1String("params")).toArray().at(1).toString(),
                 server.chain().status(target.scriptHash));
        QVERIFY(note.value(QLatin1String("params")).toArray().at(1).toString() != before.toString());
        const QJsonObject balance = client.call(request(3, "blockchain.scripthash.get_balance", "[" + sh + "]"))
                                        .toObject()
                                        .value(QLatin1String("result"))
                                        .toObject();
        QCOMPARE(balance.value(QLatin1String("unconfirmed")).toInt(), 7777);
        const QJsonObject rejected =
            client.call(request(4, "blockchain.transaction.broadcast", R"(["00112233"])")).toObject();
        QVERIFY(rejected.contains(QLatin1String("error")));

        // Mining confirms the mempool: the header subscription and the scripthash both get told.
        client.call(request(5, "blockchain.headers.subscribe"));
        server.mineBlock();
        const QJsonObject tip = QJsonDocument::fromJson(client.readLine()).object();
        QCOMPARE(tip.value(QLatin1String("params")).toArray().at(0).toObject().value(QLatin1String("height")).toInt(),
                 server.tipHeight());
        QCOMPARE(server.chain().heightOf(tx.txid()), server.tipHeight());
    }

    void tlsPresentsTheAdvertisedCertificateAndRegenerates()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        for (int round = 0; round < 2; ++round) {
            QSslSocket socket;
            QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket](const QList<QSslError>& errors) {
                socket.ignoreSslErrors(errors); // self-signed on purpose
            });
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.tlsPort());
            QVERIFY2(waitUntil([&socket] { return socket.isEncrypted(); }), qPrintable(socket.errorString()));
            QCOMPARE(QString::fromLatin1(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex()),
                     server.certificateSha256());
            socket.write(request(1, "server.ping") + '\n');
            QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), 5000);
            QVERIFY(socket.readLine().contains("\"result\":null"));
            const QString before = server.certificateSha256();
            server.regenerateCertificate();
            QVERIFY(server.certificateSha256() != before);
        }
        QCOMPARE(server.connectionsAccepted(), 2);
    }

    void faultsMisbehaveAsNamed()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        {
            server.setFault(TestElectrumServer::Fault::Garbage);
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            client.writeLine(request(1, "server.ping"));
            const QByteArray line = client.readLine();
            QVERIFY(!line.isEmpty());
            QVERIFY(QJsonDocument::fromJson(line).isNull());
        }
        {
            server.setFault(TestElectrumServer::Fault::CloseMidReply);
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            client.writeLine(request(1, "server.version", R"(["c", "1.4"])"));
            QVERIFY(client.waitClosed());
            const QByteArray partial = client.socket().readAll();
            QVERIFY(!partial.isEmpty());
            QVERIFY(!partial.contains('\n'));
        }
        {
            server.setFault(TestElectrumServer::Fault::SlowDrip);
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            QElapsedTimer clock;
            clock.start();
            const QJsonObject reply = client.call(request(1, "server.ping")).toObject();
            QVERIFY(reply.contains(QLatin1String("result")));
            QVERIFY(clock.elapsed() >= 20); // ~40 bytes, one per millisecond or slower
        }
        {
            server.setFault(TestElectrumServer::Fault::EndlessLine);
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            client.writeLine(request(1, "server.ping"));
            qint64 received = 0;
            QElapsedTimer clock;
            clock.start();
            while (received < 1024 * 1024 && clock.elapsed() < 10000) {
                QTest::qWait(5);
                const QByteArray chunk = client.socket().readAll();
                QVERIFY(!chunk.contains('\n'));
                received += chunk.size();
            }
            QVERIFY(received >= 1024 * 1024);
        }
        {
            server.setFault(TestElectrumServer::Fault::Silent);
            RawClient client;
            QVERIFY(client.connectTo(server.tcpPort()));
            client.writeLine(request(1, "server.ping"));
            QTest::qWait(300);
            QCOMPARE(client.socket().bytesAvailable(), 0);
        }
        server.setFault(TestElectrumServer::Fault::None);
        server.setMethodError(QStringLiteral("server.banner"), -101, QStringLiteral("forced"));
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        const QJsonObject forced = client.call(request(1, "server.banner")).toObject();
        QCOMPARE(forced.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -101);
    }

    void featuresDescribeTheServer()
    {
        TestElectrumServer::Options options;
        options.network = QStringLiteral("testnet4");
        TestElectrumServer server(options);
        QVERIFY(server.start());
        RawClient client;
        QVERIFY(client.connectTo(server.tcpPort()));
        const QJsonObject f =
            client.call(request(1, "server.features")).toObject().value(QLatin1String("result")).toObject();
        QCOMPARE(f.value(QLatin1String("genesis_hash")).toString(),
                 TestElectrumServer::genesisHashFor(QStringLiteral("testnet4")));
        QCOMPARE(f.value(QLatin1String("hash_function")).toString(), QStringLiteral("sha256"));
        QCOMPARE(f.value(QLatin1String("protocol_min")).toString(), QStringLiteral("1.4"));
        QCOMPARE(f.value(QLatin1String("protocol_max")).toString(), QStringLiteral("1.6"));
        QVERIFY(f.contains(QLatin1String("pruning")) && f.value(QLatin1String("pruning")).isNull());
        const QJsonObject ports =
            f.value(QLatin1String("hosts")).toObject().value(QLatin1String("127.0.0.1")).toObject();
        QCOMPARE(ports.value(QLatin1String("tcp_port")).toInt(), int(server.tcpPort()));
        QCOMPARE(ports.value(QLatin1String("ssl_port")).toInt(), int(server.tlsPort()));
    }
};

QTEST_GUILESS_MAIN(TestTestElectrumServer)
#include "tst_testelectrumserver.moc"
