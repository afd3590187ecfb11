#include "electrum/JsonRpc.h"

#include <QJsonDocument>
#include <QTest>

using namespace btcw;

class TestJsonRpc : public QObject
{
    Q_OBJECT
private slots:
    void requestIsOneCompactLineWithIntegerId()
    {
        const QByteArray line = jsonrpc::encodeRequest(7, QStringLiteral("server.ping"), {});
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QLatin1String("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(o.value(QLatin1String("id")).toInteger(), 7);
        QCOMPARE(o.value(QLatin1String("method")).toString(), QStringLiteral("server.ping"));
        QVERIFY(o.value(QLatin1String("params")).isArray());
    }

    void resultAndErrorAreSeparated()
    {
        auto ok = jsonrpc::replyResult(QJsonDocument::fromJson(R"({"id":1,"result":{"a":1}})").object());
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().toObject().value(QLatin1String("a")).toInt(), 1);

        auto nullResult =
            jsonrpc::replyResult(QJsonDocument::fromJson(R"({"id":1,"result":null,"error":null})").object());
        QVERIFY(nullResult.ok());
        QVERIFY(nullResult.value().isNull());

        auto err = jsonrpc::replyResult(
            QJsonDocument::fromJson(R"({"id":1,"error":{"code":-32601,"message":"unknown method","data":5}})")
                .object());
        QVERIFY(!err.ok());
        QCOMPARE(err.error().kind, ErrorKind::Rpc);
        QCOMPARE(err.error().rpcCode, -32601);
        QCOMPARE(err.error().message, QStringLiteral("unknown method"));
        QCOMPARE(err.error().rpcData.toInt(), 5);

        auto neither = jsonrpc::replyResult(QJsonDocument::fromJson(R"({"id":1})").object());
        QVERIFY(!neither.ok());
        QCOMPARE(neither.error().kind, ErrorKind::Protocol);
    }

    void idsWeNeverSendAreRejected()
    {
        QCOMPARE(jsonrpc::replyId(QJsonDocument::fromJson(R"({"id":12})").object()), 12);
        QCOMPARE(jsonrpc::replyId(QJsonDocument::fromJson(R"({"id":"12"})").object()), -1);
        QCOMPARE(jsonrpc::replyId(QJsonDocument::fromJson(R"({"id":1.5})").object()), -1);
        QCOMPARE(jsonrpc::replyId(QJsonDocument::fromJson(R"({"id":-3})").object()), -1);
        QCOMPARE(jsonrpc::replyId(QJsonDocument::fromJson(R"({"id":null})").object()), -1);
    }

    void notificationsHaveAMethodAndNoId()
    {
        QVERIFY(jsonrpc::isNotification(
            QJsonDocument::fromJson(R"({"jsonrpc":"2.0","method":"blockchain.headers.subscribe","params":[{}]})")
                .object()));
        QVERIFY(!jsonrpc::isNotification(QJsonDocument::fromJson(R"({"id":3,"result":1})").object()));
    }

    void invalidJsonIsAProtocolErrorWithOffset()
    {
        auto parsed = jsonrpc::parseLine("{\"id\":1,");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Protocol);
        QVERIFY(parsed.error().detail.contains(QLatin1String("offset")));
        QVERIFY(!jsonrpc::parseLine("42").ok());
        QVERIFY(jsonrpc::parseLine("[{\"id\":1,\"result\":2}]").value().isArray());
    }
};

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
