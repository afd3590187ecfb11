// POST /electrum/batch end to end: call order, partial failure, the method policy per call, per-call cache hits,
// the limits (1,000 calls, 1 MiB), 400 naming the bad index, Content-Type, token, methods, servers that refuse
// batches, and the connection gate letting exactly one declared body through.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "BatchRequest.h"
#include "Engine.h"
#include "TestElectrumServer.h"
#include "query/QueryService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject call(const QString& method, const QJsonArray& params = {})
{
    return QJsonObject{{u"method"_s, method}, {u"params"_s, params}};
}

QJsonObject addressCall(const QString& method, const QString& address)
{
    return QJsonObject{{u"method"_s, method}, {u"address"_s, address}};
}

QByteArray bodyOf(const QJsonArray& calls)
{
    return QJsonDocument(calls).toJson(QJsonDocument::Compact);
}

// The first complete answer in `raw` (a 100 Continue before it is skipped), or an empty array while incomplete.
QByteArray firstAnswer(const QByteArray& raw)
{
    qsizetype start = 0;
    while (raw.mid(start).startsWith("HTTP/1.1 100")) {
        const qsizetype end = raw.indexOf("\r\n\r\n", start);
        if (end < 0)
            return {};
        start = end + 4;
    }
    const qsizetype headEnd = raw.indexOf("\r\n\r\n", start);
    if (headEnd < 0)
        return {};
    qint64 length = 0;
    for (const QByteArray& line : raw.mid(start, headEnd - start).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (raw.size() < headEnd + 4 + length)
        return {};
    return raw.mid(start, headEnd + 4 + length - start);
}

int statusOf(const QByteArray& answer)
{
    return answer.mid(9, 3).toInt();
}

QJsonObject jsonOf(const QByteArray& answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// A raw connection: what the gate sees byte for byte.
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port); }
    QTcpSocket& socket() { return m_socket; }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    // Waits for `until` to hold on what arrived (or the connection to end, or the time to run out).
    QByteArray waitFor(const std::function<bool(const QByteArray&)>& until, int timeoutMs = 10'000)
    {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, [&] {
            m_received += m_socket.readAll();
            if (until(m_received))
                loop.quit();
        });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        m_received += m_socket.readAll();
        if (!until(m_received) && m_socket.state() != QAbstractSocket::UnconnectedState) {
            deadline.start(timeoutMs);
            loop.exec();
        }
        m_socket.disconnect(&loop);
        return m_received;
    }
    // The next complete answer (consumed).
    QByteArray answer(int timeoutMs = 10'000)
    {
        waitFor([](const QByteArray& raw) { return !firstAnswer(raw).isEmpty(); }, timeoutMs);
        QByteArray skipped = m_received;
        const QByteArray one = firstAnswer(skipped);
        m_received.remove(0, m_received.indexOf(one) + one.size());
        return one;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

class TestApiBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestElectrumServer> m_electrum;
    std::unique_ptr<TestElectrumServer> m_refusing; // answers batches with an error, as some servers do
    ApiHarness m_h;
    QNetworkAccessManager m_nam;

    QUrlQuery server(quint16 port) const
    {
        QUrlQuery q;
        q.addQueryItem(u"url"_s, u"127.0.0.1"_s);
        q.addQueryItem(u"port"_s, QString::number(port));
        q.addQueryItem(u"ssl"_s, u"false"_s);
        return q;
    }

    HttpResult post(const QByteArray& body, const QUrlQuery& query, const QByteArray& contentType = "application/json",
                    bool withToken = true)
    {
        QUrl url = m_h.api->baseUrl();
        url.setPath(QString::fromLatin1(kBatchPath));
        url.setQuery(query);
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (withToken)
            req.setRawHeader("Authorization", "Bearer " + m_h.api->accessToken());
        if (!contentType.isEmpty())
            req.setRawHeader("Content-Type", contentType);
        QNetworkReply* reply = m_nam.post(req, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult r;
        if (!reply->isFinished() && !finished.wait(30'000)) {
            reply->abort();
            reply->deleteLater();
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }
    HttpResult post(const QJsonArray& calls) { return post(bodyOf(calls), server(m_electrum->tcpPort())); }

    QByteArray rawPost(const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        return "POST /electrum/batch?url=127.0.0.1&port=" + QByteArray::number(m_electrum->tcpPort()) +
               "&ssl=false HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_h.api->accessToken() +
               "\r\nContent-Type: application/json\r\n" + extraHeaders +
               (extraHeaders.contains("Content-Length") || extraHeaders.contains("Transfer-Encoding")
                    ? QByteArray()
                    : "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
               "\r\n" + body;
    }

private slots:
    void initTestCase()
    {
        m_electrum = std::make_unique<TestElectrumServer>();
        QVERIFY2(m_electrum->start(), qPrintable(m_electrum->errorString()));
        TestElectrumServer::Options refusing;
        refusing.refuseBatches = true;
        m_refusing = std::make_unique<TestElectrumServer>(refusing);
        QVERIFY2(m_refusing->start(), qPrintable(m_refusing->errorString()));
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase()
    {
        m_h.stop();
        m_refusing.reset();
        m_electrum.reset();
    }

    void answersComeInCallOrderFromOneBatch()
    {
        const int batches = m_electrum->batchesReceived();
        const HttpResult r =
            post(QJsonArray{call(u"blockchain.block.header"_s, {5}), call(u"blockchain.block.header"_s, {1}),
                            call(u"server.ping"_s), call(u"blockchain.block.header"_s, {3})});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QVERIFY(!r.hasHeader("access-control-allow-origin"));
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[0].toObject().value(u"result"_s).toString(), m_electrum->headerHex(5));
        QCOMPARE(items[1].toObject().value(u"result"_s).toString(), m_electrum->headerHex(1));
        QCOMPARE(items[2].toObject().value(u"method"_s).toString(), u"server.ping"_s);
        QCOMPARE(items[3].toObject().value(u"result"_s).toString(), m_electrum->headerHex(3));
        QCOMPARE(items[0].toObject().value(u"cached"_s).toBool(true), false);
        QCOMPARE(m_electrum->batchesReceived(), batches + 1); // one JSON-RPC batch for all four
    }

    void oneBadCallDoesNotFailTheOthers()
    {
        const FundedScript funded = m_electrum->fundedScripts().first();
        const HttpResult r = post(QJsonArray{
            addressCall(u"blockchain.scripthash.get_balance"_s, funded.address),
            addressCall(u"blockchain.scripthash.get_balance"_s, u"bcrt1qnotanaddress"_s),
            call(u"blockchain.transaction.broadcast"_s, {u"00"_s}),
            call(u"no.such_method"_s),
            call(u"blockchain.block.header"_s, {999'999}),
            call(u"blockchain.block.header"_s, {2}),
        });
        QCOMPARE(r.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(items.size(), 6);
        const QJsonObject balance = items[0].toObject();
        QCOMPARE(balance.value(u"scripthash"_s).toString(), funded.scriptHash);
        QVERIFY2(balance.value(u"result"_s).toObject().contains(u"confirmed"_s), r.body.constData());
        QCOMPARE(items[1].toObject().value(u"error_kind"_s).toString(), u"invalid-argument"_s);
        QVERIFY(items[1].toObject().value(u"detail"_s).toString().startsWith(u"address: 'bcrt1qnotanaddress'"_s));
        QCOMPARE(items[2].toObject().value(u"error_kind"_s).toString(), u"not-allowed"_s);
        QCOMPARE(items[2].toObject().value(u"status"_s).toInt(), 403);
        QCOMPARE(items[3].toObject().value(u"error_kind"_s).toString(), u"not-allowed"_s); // unknown methods too
        QCOMPARE(items[4].toObject().value(u"error_kind"_s).toString(), u"rpc-error"_s);   // the server's own error
        QVERIFY(items[4].toObject().contains(u"rpc_code"_s));
        QCOMPARE(items[5].toObject().value(u"result"_s).toString(), m_electrum->headerHex(2));
        QVERIFY(m_electrum->broadcastTxids().isEmpty());
    }

    void methodPolicyAppliesToEachCall()
    {
        m_h.engine->queries().setAllowBroadcast(true);
        const HttpResult allowed = post(QJsonArray{call(u"blockchain.transaction.broadcast"_s, {u"00"_s})});
        m_h.engine->queries().setAllowBroadcast(false);
        QCOMPARE(allowed.status, 200);
        // Sent this time: the server itself refuses the bad transaction.
        QCOMPARE(QJsonDocument::fromJson(allowed.body).array()[0].toObject().value(u"error_kind"_s).toString(),
                 u"rpc-error"_s);
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.transaction.broadcast"_s), 1);
    }

    void secondIdenticalBatchIsAnsweredFromTheCache()
    {
        const FundedScript funded = m_electrum->fundedScripts().last();
        const QJsonArray calls{call(u"server.banner"_s), call(u"blockchain.block.header"_s, {7}),
                               addressCall(u"blockchain.scripthash.get_history"_s, funded.address)};
        const HttpResult first = post(calls);
        QCOMPARE(first.status, 200);
        const int banners = m_electrum->requestsReceived(u"server.banner"_s);
        const int batches = m_electrum->batchesReceived();
        for (const QJsonValue& item : QJsonDocument::fromJson(first.body).array())
            QCOMPARE(item.toObject().value(u"cached"_s).toBool(true), false);

        const HttpResult second = post(calls);
        QCOMPARE(second.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(second.body).array();
        QCOMPARE(items.size(), 3);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].toObject().value(u"cached"_s).toBool(), true);
            QVERIFY(items[i].toObject().value(u"age"_s).isDouble());
            QCOMPARE(items[i].toObject().value(u"result"_s),
                     QJsonDocument::fromJson(first.body).array()[i].toObject().value(u"result"_s));
        }
        QCOMPARE(m_electrum->requestsReceived(u"server.banner"_s), banners);
        QCOMPARE(m_electrum->batchesReceived(), batches); // nothing asked

        // A batch of one hit and one miss asks the server for the miss only.
        const int headers = m_electrum->requestsReceived(u"blockchain.block.header"_s);
        const HttpResult mixed = post(QJsonArray{call(u"server.banner"_s), call(u"blockchain.block.header"_s, {8})});
        const QJsonArray mixedItems = QJsonDocument::fromJson(mixed.body).array();
        QCOMPARE(mixedItems[0].toObject().value(u"cached"_s).toBool(), true);
        QCOMPARE(mixedItems[1].toObject().value(u"cached"_s).toBool(), false);
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.block.header"_s), headers + 1);
        QCOMPARE(m_electrum->requestsReceived(u"server.banner"_s), banners);

        // cache=false asks again (and stores nothing).
        QUrlQuery fresh = server(m_electrum->tcpPort());
        fresh.addQueryItem(u"cache"_s, u"false"_s);
        const HttpResult skipped = post(bodyOf(QJsonArray{call(u"server.banner"_s)}), fresh);
        QCOMPARE(QJsonDocument::fromJson(skipped.body).array()[0].toObject().value(u"cached"_s).toBool(true), false);
        QCOMPARE(m_electrum->requestsReceived(u"server.banner"_s), banners + 1);
    }

    void serverRefusingBatchesStillAnswersEveryCall()
    {
        const HttpResult r = post(bodyOf(QJsonArray{call(u"blockchain.block.header"_s, {4}), call(u"server.ping"_s),
                                                    call(u"blockchain.block.header"_s, {6})}),
                                  server(m_refusing->tcpPort()));
        QCOMPARE(r.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].toObject().value(u"result"_s).toString(), m_refusing->headerHex(4));
        QVERIFY2(!items[1].toObject().contains(u"error_kind"_s), r.body.constData());
        QCOMPARE(items[2].toObject().value(u"result"_s).toString(), m_refusing->headerHex(6));
        QCOMPARE(m_refusing->batchesReceived(), 1);
        QCOMPARE(m_refusing->requestsReceived(u"blockchain.block.header"_s), 2);
    }

    void tooManyCallsGive413WithTheLimit()
    {
        QJsonArray calls;
        for (int i = 0; i <= kMaxBatchCalls; ++i)
            calls.append(call(u"server.ping"_s));
        const HttpResult r = post(calls);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"at most 1000"_s), r.body.constData());
    }

    void thousandCallsAreAnsweredInOrder()
    {
        QJsonArray calls;
        for (int i = 0; i < kMaxBatchCalls; ++i)
            calls.append(call(u"blockchain.block.header"_s, {i % (m_electrum->tipHeight() + 1)}));
        const HttpResult r = post(calls);
        QCOMPARE(r.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(items.size(), kMaxBatchCalls);
        for (int i = 0; i < kMaxBatchCalls; ++i)
            QCOMPARE(items[i].toObject().value(u"result"_s).toString(),
                     m_electrum->headerHex(i % (m_electrum->tipHeight() + 1)));
    }

    void bodyOverOneMebibyteGives413WithTheLimit()
    {
        // Declared too large: refused from the head, and the body sent anyway is read away so the answer arrives.
        const QByteArray body = '[' + QByteArray(kMaxBatchBodyBytes, ' ') + ']';
        RawClient client(m_h.api->port());
        client.send(rawPost(body));
        const QByteArray answer = client.answer();
        QCOMPARE(statusOf(answer), 413);
        QVERIFY2(jsonOf(answer).value(u"detail"_s).toString().contains(u"1048576"_s), answer.constData());
        // Within the limit but still JSON of the right shape only up to the parser: exactly 1 MiB is taken.
        QByteArray exact = bodyOf(QJsonArray{call(u"server.ping"_s)});
        exact += QByteArray(kMaxBatchBodyBytes - exact.size(), ' ');
        RawClient ok(m_h.api->port());
        ok.send(rawPost(exact));
        QCOMPARE(statusOf(ok.answer()), 200);
    }

    void malformedBodyGives400NamingTheFirstBadIndex()
    {
        const HttpResult r = post(QJsonArray{call(u"server.ping"_s), call(u"server.ping"_s),
                                             QJsonObject{{u"method"_s, u"server.ping"_s}, {u"params"_s, 5}},
                                             QJsonObject{{u"nothing"_s, 1}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error_kind"_s).toString(), u"invalid-argument"_s);
        QVERIFY2(r.json().value(u"detail"_s).toString().startsWith(u"body[2].params:"_s), r.body.constData());
        QCOMPARE(r.json().value(u"instance"_s).toString(), QString::fromLatin1(kBatchPath));

        const HttpResult notJson = post("[{\"method\":", server(m_electrum->tcpPort()));
        QCOMPARE(notJson.status, 400);
        QVERIFY(notJson.json().value(u"detail"_s).toString().startsWith(u"body: not valid JSON"_s));
        const HttpResult badPort = post(bodyOf({call(u"server.ping"_s)}), QUrlQuery(u"url=127.0.0.1&port=0"_s));
        QCOMPARE(badPort.status, 400);
        QVERIFY(badPort.json().value(u"detail"_s).toString().startsWith(u"port:"_s));
    }

    void otherContentTypesGive415()
    {
        const QByteArray body = bodyOf({call(u"server.ping"_s)});
        for (const QByteArray& type : {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
                                       QByteArray("application/json; charset=latin1")}) {
            const HttpResult r = post(body, server(m_electrum->tcpPort()), type);
            QCOMPARE(r.status, 415);
            QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"application/json"_s) ||
                         r.json().value(u"detail"_s).toString().contains(u"UTF-8"_s),
                     r.body.constData());
        }
        QCOMPARE(post(body, server(m_electrum->tcpPort()), "application/json; charset=utf-8").status, 200);
    }

    void withoutTheTokenGives401()
    {
        const HttpResult r =
            post(bodyOf({call(u"server.ping"_s)}), server(m_electrum->tcpPort()), "application/json", false);
        QCOMPARE(r.status, 401);
        QVERIFY(r.hasHeader("www-authenticate"));
    }

    void crossOriginGives403WithoutCors()
    {
        RawClient client(m_h.api->port());
        client.send(rawPost(bodyOf({call(u"server.ping"_s)}), "Origin: http://evil.example\r\n"));
        const QByteArray answer = client.answer();
        QCOMPARE(statusOf(answer), 403);
        QVERIFY(!answer.toLower().contains("access-control-allow"));
    }

    void onlyPostIsAnswered()
    {
        for (const QByteArray& verb :
             {QByteArray("GET"), QByteArray("HEAD"), QByteArray("PUT"), QByteArray("DELETE")}) {
            const HttpResult r = m_h.client->request(verb, QString::fromLatin1(kBatchPath), server(0));
            QCOMPARE(r.status, 405);
            QCOMPARE(r.header("allow"), QByteArray("POST"));
        }
        // Every other path still answers reads only.
        const HttpResult elsewhere = m_h.client->request("POST", u"/electrum/servers"_s);
        QCOMPARE(elsewhere.status, 405);
        QCOMPARE(elsewhere.header("allow"), QByteArray("GET, HEAD"));
    }

    void bodiesElsewhereAndChunkedBatchesAreRefused()
    {
        RawClient elsewhere(m_h.api->port());
        elsewhere.send("POST /electrum/servers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n[]");
        QCOMPARE(statusOf(elsewhere.answer()), 413);

        RawClient chunked(m_h.api->port());
        chunked.send(rawPost("", "Transfer-Encoding: chunked\r\n") + "2\r\n[]\r\n0\r\n\r\n");
        const QByteArray refused = chunked.answer();
        QCOMPARE(statusOf(refused), 411);
        QVERIFY(jsonOf(refused).value(u"detail"_s).toString().contains(u"Content-Length"_s));

        RawClient twoLengths(m_h.api->port());
        twoLengths.send(rawPost("[]", "Content-Length: 2\r\nContent-Length: 2\r\n"));
        QCOMPARE(statusOf(twoLengths.answer()), 400);

        RawClient trailing(m_h.api->port()); // bytes after the declared body: a second request smuggled in
        trailing.send(rawPost(bodyOf({call(u"server.ping"_s)})) + "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(trailing.answer()), 400);
    }

    void expectContinueIsAnswered()
    {
        const QByteArray body = bodyOf({call(u"server.ping"_s)});
        RawClient client(m_h.api->port());
        const QByteArray request = rawPost(body, "Expect: 100-continue\r\n");
        client.send(request.left(request.size() - body.size()));
        const QByteArray interim =
            client.waitFor([](const QByteArray& raw) { return raw.contains("\r\n\r\n"); }, 5'000);
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), interim.constData());
        client.send(body);
        const QByteArray answer = client.answer();
        QCOMPARE(statusOf(answer), 200);
    }

    void openApiDescribesTheBatchRoute()
    {
        const QJsonObject doc = m_h.client->get(u"/openapi.json"_s).json();
        const QJsonObject path = doc.value(u"paths"_s).toObject().value(QString::fromLatin1(kBatchPath)).toObject();
        QVERIFY(!path.contains(u"get"_s));
        const QJsonObject post = path.value(u"post"_s).toObject();
        const QJsonObject body = post.value(u"requestBody"_s).toObject().value(u"content"_s).toObject();
        QCOMPARE(
            body.value(u"application/json"_s).toObject().value(u"schema"_s).toObject().value(u"maxItems"_s).toInt(),
            kMaxBatchCalls);
        const QJsonObject responses = post.value(u"responses"_s).toObject();
        for (const auto& status : {u"200"_s, u"400"_s, u"401"_s, u"405"_s, u"411"_s, u"413"_s, u"415"_s})
            QVERIFY2(responses.contains(status), qPrintable(status));
        QStringList parameters;
        for (const QJsonValue& p : post.value(u"parameters"_s).toArray())
            parameters << p.toObject().value(u"name"_s).toString();
        QCOMPARE(parameters, batchParameterNames());
        const QJsonObject schemas = doc.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
        for (const auto& schema : {u"BatchCall"_s, u"BatchAnswer"_s, u"BatchItem"_s})
            QVERIFY2(schemas.contains(schema), qPrintable(schema));
    }

    void keptAliveConnectionTakesBatchesBetweenReads()
    {
        const QByteArray read = "GET /electrum/tor HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                m_h.api->accessToken() + "\r\n\r\n";
        const QByteArray batch = rawPost(bodyOf({call(u"blockchain.block.header"_s, {9})}));
        RawClient client(m_h.api->port());
        client.send(read);
        QCOMPARE(statusOf(client.answer()), 200);
        // The batch in pieces, so QtHttpServer reads the head before the body is in.
        client.send(batch.left(batch.size() - 10));
        QTest::qWait(50);
        client.send(batch.right(10));
        const QByteArray answer = client.answer();
        QCOMPARE(statusOf(answer), 200);
        QVERIFY2(answer.contains(m_electrum->headerHex(9).toLatin1()), answer.constData());
        client.send(read);
        QCOMPARE(statusOf(client.answer()), 200);
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestApiBatch)
#include "tst_apibatch.moc"
