// ElectrumSession::callBatch and SessionPool::callBatch: answers matched by id whatever their order, a missing answer
// or a server error as that request's own error, and the fallback to separate lines for servers that refuse batches.
#include "TestElectrumServer.h"
#include "electrum/ElectrumSession.h"
#include "electrum/SessionPool.h"
#include "net/ProxyPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <optional>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

using BatchOutcome = std::optional<Result<QList<Result<QJsonValue>>>>;

ServerAddress tcpAddress(quint16 port)
{
    return ServerAddress::create(u"127.0.0.1", port, Transport::Tcp).value();
}

QList<RpcRequest> headers(std::initializer_list<int> heights)
{
    QList<RpcRequest> out;
    for (int h : heights)
        out.append({u"blockchain.block.header"_s, {h}});
    return out;
}

// A server that says exactly what a test wants: server.version is answered, every other line goes to `answer`, which
// returns the bytes to write back (nothing: no answer).
class ScriptedServer : public QObject
{
public:
    std::function<QByteArray(const QJsonDocument& line)> answer;
    QList<QJsonDocument> received; // every line after server.version

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_buffer += socket->readAll();
                for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
                    const QJsonDocument line = QJsonDocument::fromJson(m_buffer.left(end));
                    m_buffer.remove(0, end + 1);
                    if (line.isObject() && line.object().value(u"method"_s) == u"server.version"_s) {
                        socket->write(QJsonDocument(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                                                {u"id"_s, line.object().value(u"id"_s)},
                                                                {u"result"_s, QJsonArray{u"Scripted 1"_s, u"1.4"_s}}})
                                          .toJson(QJsonDocument::Compact) +
                                      '\n');
                        continue;
                    }
                    received.append(line);
                    if (answer)
                        socket->write(answer(line));
                }
            });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_buffer;
};

QJsonObject resultFor(const QJsonValue& request, const QJsonValue& result)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, request.toObject().value(u"id"_s)}, {u"result"_s, result}};
}

QByteArray line(const QJsonValue& value)
{
    return (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

class TestSessionBatch : public QObject
{
    Q_OBJECT
private slots:
    void answersAreMatchedByIdWhateverTheirOrder()
    {
        TestElectrumServer::Options options;
        options.replyOutOfOrder = true; // the batch reply comes reversed
        TestElectrumServer server(options);
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server.tcpPort()), {}, {}, nullptr);
        BatchOutcome outcome;
        QList<RpcRequest> requests = headers({3, 1});
        requests.insert(1, RpcRequest{u"no.such.method"_s, {}});
        session.callBatch(requests, nullptr, [&](auto r) { outcome = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(outcome->ok());
        const auto& results = outcome->value();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].value().toString(), server.headerHex(3));
        QCOMPARE(results[1].error().kind, ErrorKind::Rpc); // the server's error object, for that request only
        QCOMPARE(results[1].error().rpcCode, -32601);
        QCOMPARE(results[2].value().toString(), server.headerHex(1));
        QCOMPARE(server.batchesReceived(), 1);
        QVERIFY(!session.refusesBatches());
    }

    void anAnswerMissingFromTheReplyIsThatRequestsError()
    {
        ScriptedServer server;
        server.answer = [](const QJsonDocument& batch) {
            const QJsonArray requests = batch.array();
            // Answers the third and first request, in that order, and forgets the second.
            return line(QJsonArray{resultFor(requests[2], u"c"_s), resultFor(requests[0], u"a"_s)});
        };
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server.port()), {}, {}, nullptr);
        BatchOutcome outcome;
        session.callBatch(headers({1, 2, 3}), nullptr, [&](auto r) { outcome = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(outcome->ok());
        const auto& results = outcome->value();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].value().toString(), u"a"_s);
        QCOMPARE(results[1].error().kind, ErrorKind::Protocol);
        QCOMPARE(results[2].value().toString(), u"c"_s);
        QVERIFY(session.isUsable());
    }

    void aRefusedBatchIsSentAgainAsSeparateLines()
    {
        TestElectrumServer::Options options;
        options.refuseBatches = true;
        TestElectrumServer server(options);
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server.tcpPort()), {}, {}, nullptr);
        BatchOutcome first;
        session.callBatch(headers({2, 0, 1}), nullptr, [&](auto r) { first = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 5000);
        QVERIFY(first->ok());
        QCOMPARE(first->value().size(), 3);
        QCOMPARE(first->value()[0].value().toString(), server.headerHex(2));
        QCOMPARE(first->value()[1].value().toString(), server.headerHex(0));
        QCOMPARE(first->value()[2].value().toString(), server.headerHex(1));
        QVERIFY(session.refusesBatches());
        QCOMPARE(server.batchesReceived(), 1);
        QCOMPARE(server.requestsReceived(u"blockchain.block.header"_s), 3); // the refused array ran nothing

        // The session remembers: the next batch goes as separate lines at once.
        BatchOutcome second;
        session.callBatch(headers({4, 5}), nullptr, [&](auto r) { second = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 5000);
        QVERIFY(second->ok());
        QCOMPARE(second->value()[1].value().toString(), server.headerHex(5));
        QCOMPARE(server.batchesReceived(), 1);
        QCOMPARE(server.singleRequestLinesReceived(), 1 + 3 + 2); // server.version, then one line per request
    }

    void separateLinesKeepTheAnswersThatCameBeforeTheTimeout()
    {
        ScriptedServer server;
        server.answer = [](const QJsonDocument& request) -> QByteArray {
            if (request.isArray()) { // no batches here
                return line(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                        {u"id"_s, QJsonValue::Null},
                                        {u"error"_s, QJsonObject{{u"code"_s, -32600}, {u"message"_s, u"no"_s}}}});
            }
            if (request.object().value(u"params"_s).toArray().at(0).toInt() == 2)
                return {}; // never answered
            return line(resultFor(request.object(), u"ok"_s));
        };
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server.port()), {}, {}, nullptr);
        BatchOutcome outcome;
        session.callBatch(
            headers({1, 2, 3}), nullptr, [&](auto r) { outcome = std::move(r); }, 700ms);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(outcome->ok());
        const auto& results = outcome->value();
        QCOMPARE(results[0].value().toString(), u"ok"_s);
        QCOMPARE(results[1].error().kind, ErrorKind::Timeout);
        QCOMPARE(results[2].value().toString(), u"ok"_s);
        QCOMPARE(server.received.size(), 1 + 3); // the array once, then each request on its own line
    }

    void poolAnswersServerVersionFromTheHandshakeAndKeepsOrder()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        std::optional<QList<Result<CallResult>>> outcome;
        pool.callBatch(tcpAddress(server.tcpPort()),
                       {{u"blockchain.block.header"_s, {1}}, {u"server.version"_s, {}}, {u"server.ping"_s, {}}},
                       nullptr, [&](const QList<Result<CallResult>>& r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QCOMPARE(outcome->size(), 3);
        QCOMPARE(outcome->at(0).value().result.toString(), server.headerHex(1));
        QVERIFY(outcome->at(0).value().freshConnection);
        QCOMPARE(outcome->at(0).value().serverSoftware, TestElectrumServer::serverSoftware());
        QCOMPARE(outcome->at(1).value().result.toArray().at(0).toString(), TestElectrumServer::serverSoftware());
        QVERIFY(outcome->at(2).ok());
        QCOMPARE(server.requestsReceived(u"server.version"_s), 1); // only the handshake's
        QCOMPARE(server.batchesReceived(), 1);
    }

    void poolGivesEveryRequestTheErrorOfAFailedConnection()
    {
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        QTcpServer closed; // a port where nothing listens any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        std::optional<QList<Result<CallResult>>> outcome;
        pool.callBatch(tcpAddress(port), headers({1, 2}), nullptr,
                       [&](const QList<Result<CallResult>>& r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QCOMPARE(outcome->size(), 2);
        for (const auto& result : *outcome)
            QCOMPARE(result.error().kind, ErrorKind::ConnectionRefused);
    }
};

QTEST_GUILESS_MAIN(TestSessionBatch)
#include "tst_sessionbatch.moc"
