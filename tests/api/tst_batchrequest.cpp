// parseBatchRequest and batchReply: Content-Type (415), size and count limits (413), the shared server parameters, and
// 400s that name the first bad call's index; the reply keeps call order and gives each failure its own problem.
#include "BatchRequest.h"
#include "Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace btcw;
using namespace Qt::StringLiterals;

namespace {

const QUrlQuery kServer(u"url=electrum.example.org&port=50001&ssl=false"_s);
constexpr QByteArrayView kJson = "application/json";

QByteArray calls(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject call(const QString& method, const QJsonArray& params = {})
{
    return QJsonObject{{u"method"_s, method}, {u"params"_s, params}};
}

int statusOf(const Error& error)
{
    return problemReply(error, {}).status;
}

} // namespace

class TestBatchRequest : public QObject
{
    Q_OBJECT
private slots:
    void callsKeepTheirOrderAndShareTheServer()
    {
        const QByteArray body = calls({call(u"server.features"_s),
                                       QJsonObject{{u"method"_s, u"blockchain.scripthash.get_balance"_s},
                                                   {u"address"_s, u" bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq "_s}},
                                       call(u"blockchain.block.header"_s, {7})});
        auto r =
            parseBatchRequest(QUrlQuery(u"url=electrum.example.org&port=50001&timeout=5&cache=false"_s), kJson, body);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->server.toString(), u"electrum.example.org:50001:t"_s);
        QCOMPARE(r->calls.size(), 3);
        QCOMPARE(r->calls[0].method, u"server.features"_s);
        QCOMPARE(r->calls[1].method, u"blockchain.scripthash.get_balance"_s);
        QCOMPARE(r->calls[1].bitcoinAddress, u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s);
        QCOMPARE(r->calls[1].params, QJsonArray());
        QCOMPARE(r->calls[2].params, QJsonArray{7});
        for (const Query& q : r->calls) {
            QCOMPARE(q.server, r->server);
            QCOMPARE(q.timeout.count(), 5000);
            QVERIFY(!q.readCache);
            QVERIFY(!q.writeCache);
            QVERIFY(!q.allowPrivateTarget); // the API never gets the window's exemption
        }
    }

    void contentTypeMustBeJson_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QByteArray("application/json") << true;
        QTest::newRow("charset") << QByteArray("application/json; charset=utf-8") << true;
        QTest::newRow("quoted charset") << QByteArray("Application/JSON;charset=\"UTF-8\"") << true;
        QTest::newRow("other parameter") << QByteArray("application/json; foo=bar") << true;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << false;
        QTest::newRow("text") << QByteArray("text/plain") << false;
        QTest::newRow("latin1") << QByteArray("application/json; charset=iso-8859-1") << false;
        QTest::newRow("json suffix") << QByteArray("application/jsonx") << false;
    }
    void contentTypeMustBeJson()
    {
        QFETCH(QByteArray, type);
        QFETCH(bool, accepted);
        auto r = parseBatchRequest(kServer, type, calls({call(u"server.features"_s)}));
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(httpProblemOf(r.error()), std::optional<HttpProblem>(HttpProblem::UnsupportedMediaType));
            QCOMPARE(statusOf(r.error()), 415);
            QVERIFY(r.error().message.contains(u"application/json"_s));
        }
    }

    void limitsGive413WithTheLimit()
    {
        QJsonArray many;
        for (int i = 0; i <= kMaxBatchCalls; ++i)
            many.append(call(u"server.ping"_s));
        auto tooMany = parseBatchRequest(kServer, kJson, calls(many));
        QVERIFY(!tooMany.ok());
        QCOMPARE(statusOf(tooMany.error()), 413);
        QVERIFY2(tooMany.error().message.contains(u"1000"_s), qPrintable(tooMany.error().message));

        many.removeLast();
        QVERIFY(parseBatchRequest(kServer, kJson, calls(many)).ok()); // exactly 1,000 is fine

        const QByteArray huge = '[' + QByteArray(kMaxBatchBodyBytes, ' ') + ']';
        auto tooLarge = parseBatchRequest(kServer, kJson, huge);
        QVERIFY(!tooLarge.ok());
        QCOMPARE(statusOf(tooLarge.error()), 413);
        QVERIFY2(tooLarge.error().message.contains(u"1048576"_s), qPrintable(tooLarge.error().message));
    }

    void serverParametersAreTheQueryRoutes()
    {
        auto unknown =
            parseBatchRequest(QUrlQuery(u"url=h.example&method=server.ping"_s), kJson, calls({call(u"server.ping"_s)}));
        QVERIFY(!unknown.ok());
        QCOMPARE(statusOf(unknown.error()), 400);
        QVERIFY2(unknown.error().message.startsWith(u"'method': unknown parameter"_s),
                 qPrintable(unknown.error().message));
        auto noUrl = parseBatchRequest(QUrlQuery(), kJson, calls({call(u"server.ping"_s)}));
        QVERIFY(!noUrl.ok());
        QVERIFY(noUrl.error().message.startsWith(u"url: missing"_s));
        auto badPort = parseBatchRequest(QUrlQuery(u"url=h.example&port=x"_s), kJson, calls({call(u"server.ping"_s)}));
        QVERIFY(!badPort.ok());
        QVERIFY(badPort.error().message.startsWith(u"port: "_s));
    }

    void aLongUrlIsNotEchoedBack()
    {
        // Found by fuzz_batchbody: ServerAddress's messages quote the whole url, which could be 8 KiB.
        QUrlQuery query;
        query.addQueryItem(u"url"_s, u"h.ex"_s + QString(2000, u'\0') + u"ple:50001"_s);
        auto r = parseBatchRequest(query, kJson, calls({call(u"server.ping"_s)}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(u"url: "_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.size() < 200, qPrintable(QString::number(r.error().message.size())));
        QCOMPARE(statusOf(r.error()), 400);
    }

    void malformedBodyNamesTheFirstBadIndex_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("start");
        const QByteArray ok = R"({"method":"server.ping"})";
        QTest::newRow("empty") << QByteArray("  ") << u"body: empty"_s;
        QTest::newRow("not json") << QByteArray("[{") << u"body: not valid JSON"_s;
        QTest::newRow("object") << QByteArray(ok) << u"body: must be a JSON array"_s;
        QTest::newRow("empty array") << QByteArray("[]") << u"body: the array is empty"_s;
        QTest::newRow("not an object") << "[" + ok + ",42," + ok + "]" << u"body[1]: not an object"_s;
        QTest::newRow("no method") << "[" + ok + "," + ok + R"(,{"params":[]}])" << u"body[2].method: missing"_s;
        QTest::newRow("method not string") << QByteArray(R"([{"method":5}])") << u"body[0].method: must be"_s;
        QTest::newRow("bad method name") << "[" + ok + R"(,{"method":"Server.Ping"}])"
                                         << u"body[1].method: 'Server.Ping' is not"_s;
        QTest::newRow("params object") << QByteArray(R"([{"method":"server.ping","params":{}}])")
                                       << u"body[0].params: must be a JSON array"_s;
        QTest::newRow("unknown key") << "[" + ok + R"(,{"method":"server.ping","id":1}])"
                                     << u"body[1]: unknown key 'id'"_s;
        QTest::newRow("address not string") << QByteArray(R"([{"method":"blockchain.scripthash.get_balance",)"
                                                          R"("address":1}])")
                                            << u"body[0].address: must be"_s;
        QTest::newRow("address with other method")
            << QByteArray(R"([{"method":"server.ping","address":"bc1q"}])") << u"body[0].address: only used with"_s;
        QTest::newRow("first bad one wins")
            << QByteArray(R"([{"method":"server.ping"},{"x":1},7])") << u"body[1]: unknown key 'x'"_s;
    }
    void malformedBodyNamesTheFirstBadIndex()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, start);
        auto r = parseBatchRequest(kServer, kJson, body);
        QVERIFY(!r.ok());
        QCOMPARE(statusOf(r.error()), 400);
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(r.error().message.startsWith(start), qPrintable(r.error().message));
    }

    void policyAndAddressesAreLeftToEachCall()
    {
        // Refused methods and undecodable addresses are the service's to answer per call, not a malformed body.
        auto r = parseBatchRequest(kServer, kJson,
                                   calls({call(u"blockchain.transaction.broadcast"_s, {u"00"_s}),
                                          QJsonObject{{u"method"_s, u"blockchain.scripthash.get_balance"_s},
                                                      {u"address"_s, u"not-an-address"_s}},
                                          call(u"no.such_method"_s)}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->calls.size(), 3);
    }

    void replyKeepsOrderAndGivesEachFailureItsProblem()
    {
        QueryAnswer fresh;
        fresh.body =
            QJsonObject{{u"method"_s, u"server.ping"_s}, {u"result"_s, QJsonValue::Null}, {u"server"_s, u"h:1:t"_s}};
        QueryAnswer hit;
        hit.body = QJsonObject{{u"method"_s, u"blockchain.scripthash.get_balance"_s},
                               {u"result"_s, QJsonObject{{u"confirmed"_s, 5}}},
                               {u"scripthash"_s, u"ab"_s}};
        hit.cache.age = std::chrono::seconds(3);
        const QList<QueryOutcome> outcomes{
            {fresh, CacheUse::Miss},
            {Error::make(ErrorKind::NotAllowed, u"broadcasts are off"_s), CacheUse::NotReached},
            {hit, CacheUse::Hit},
        };
        const HttpReply reply = batchReply(outcomes);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonArray items = QJsonDocument::fromJson(reply.body).array();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].toObject(),
                 (QJsonObject{{u"method"_s, u"server.ping"_s}, {u"result"_s, QJsonValue::Null}, {u"cached"_s, false}}));
        const QJsonObject refused = items[1].toObject();
        QCOMPARE(refused.value(u"error_kind"_s).toString(), u"not-allowed"_s);
        QCOMPARE(refused.value(u"status"_s).toInt(), 403);
        QCOMPARE(refused.value(u"detail"_s).toString(), u"broadcasts are off"_s);
        QVERIFY(!refused.contains(u"result"_s));
        const QJsonObject cached = items[2].toObject();
        QCOMPARE(cached.value(u"cached"_s).toBool(), true);
        QCOMPARE(cached.value(u"age"_s).toInt(), 3);
        QCOMPARE(cached.value(u"scripthash"_s).toString(), u"ab"_s);
        QCOMPARE(cached.value(u"result"_s).toObject().value(u"confirmed"_s).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestBatchRequest)
#include "tst_batchrequest.moc"
