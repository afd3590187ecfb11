// parseQueryRequest: defaults, every parameter's validation, and errors that name the parameter.
#include "QueryRequest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace btcw;
using namespace Qt::StringLiterals;

namespace {

QUrlQuery q(const QString& text)
{
    return QUrlQuery(text);
}

} // namespace

class TestQueryRequest : public QObject
{
    Q_OBJECT
private slots:
    void hostAloneDefaultsToFeaturesOverTls50002()
    {
        auto r = parseQueryRequest(q(u"url=electrum.example.org"_s));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->server.toString(), u"electrum.example.org:50002:s"_s);
        QCOMPARE(r->method, u"server.features"_s);
        QCOMPARE(r->params, QJsonArray());
        QCOMPARE(r->timeout.count(), 0);
        QVERIFY(r->bitcoinAddress.isEmpty());
    }

    void transportDefaultsFollowThePort_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("server");
        QTest::newRow("50001 is tcp") << u"url=h.example&port=50001"_s << u"h.example:50001:t"_s;
        QTest::newRow("51001 is tcp") << u"url=h.example&port=51001"_s << u"h.example:51001:t"_s;
        QTest::newRow("60001 is tcp") << u"url=h.example&port=60001"_s << u"h.example:60001:t"_s;
        QTest::newRow("50002 is tls") << u"url=h.example&port=50002"_s << u"h.example:50002:s"_s;
        QTest::newRow("other is tls") << u"url=h.example&port=443"_s << u"h.example:443:s"_s;
        QTest::newRow("ssl=false no port") << u"url=h.example&ssl=false"_s << u"h.example:50001:t"_s;
        QTest::newRow("ssl=0 custom port") << u"url=h.example&port=443&ssl=0"_s << u"h.example:443:t"_s;
        QTest::newRow("ssl=true on 50001") << u"url=h.example&port=50001&ssl=true"_s << u"h.example:50001:s"_s;
        QTest::newRow("ssl=1") << u"url=h.example&ssl=1"_s << u"h.example:50002:s"_s;
        QTest::newRow("electrum form s") << u"url=h.example:1234:s"_s << u"h.example:1234:s"_s;
        QTest::newRow("electrum form t") << u"url=h.example:1234:t"_s << u"h.example:1234:t"_s;
        QTest::newRow("host:port tcp port") << u"url=h.example:50001"_s << u"h.example:50001:t"_s;
        QTest::newRow("host:port agrees") << u"url=h.example:50001:t&port=50001&ssl=false"_s << u"h.example:50001:t"_s;
        QTest::newRow("ipv4") << u"url=127.0.0.1&port=50001"_s << u"127.0.0.1:50001:t"_s;
        QTest::newRow("bare ipv6") << u"url=::1&port=50002"_s << u"[::1]:50002:s"_s;
        QTest::newRow("bracketed ipv6") << u"url=%5B::1%5D&port=50001"_s << u"[::1]:50001:t"_s;
        QTest::newRow("upper case host") << u"url=H.Example"_s << u"h.example:50002:s"_s;
    }
    void transportDefaultsFollowThePort()
    {
        QFETCH(QString, query);
        QFETCH(QString, server);
        auto r = parseQueryRequest(q(query));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->server.toString(), server);
    }

    void paramsMethodAndTimeoutAreParsed()
    {
        QUrlQuery query;
        query.addQueryItem(u"url"_s, u"h.example"_s);
        query.addQueryItem(u"method"_s, u"blockchain.block.header"_s);
        query.addQueryItem(u"params"_s, u"[5, {\"a\": \"b&c\"}]"_s);
        query.addQueryItem(u"timeout"_s, u"2.5"_s);
        auto r = parseQueryRequest(query);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->method, u"blockchain.block.header"_s);
        QCOMPARE(r->params.size(), 2);
        QCOMPARE(r->params.at(0).toInt(), 5);
        QCOMPARE(r->params.at(1).toObject().value(u"a"_s).toString(), u"b&c"_s);
        QCOMPARE(r->timeout.count(), 2500);
    }

    void addressIsKeptForScripthashMethods()
    {
        auto r = parseQueryRequest(q(
            u"url=h.example&method=blockchain.scripthash.get_balance&address=bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->bitcoinAddress, u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s);
        QVERIFY(isScripthashMethod(r->method));
        QVERIFY(!isScripthashMethod(u"blockchain.headers.subscribe"_s));
    }

    void addressBecomesTheFirstParamAsAScripthash()
    {
        // BIP-173's P2WPKH example; its script is 0014751e76e8199196d454941c45d1b3a323f1433bd6.
        auto r = parseQueryRequest(q(u"url=h.example&method=blockchain.scripthash.get_history&params=[]"
                                     u"&address=bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s));
        QVERIFY(r.ok());
        auto sent = electrumParams(r.value());
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        const QByteArray script = QByteArray::fromHex("0014751e76e8199196d454941c45d1b3a323f1433bd6");
        QByteArray hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256);
        std::reverse(hash.begin(), hash.end());
        QCOMPARE(sent->scripthash, QString::fromLatin1(hash.toHex()));
        QCOMPARE(sent->params, QJsonArray{sent->scripthash});
    }

    void withoutAddressParamsAreSentAsGiven()
    {
        auto r = parseQueryRequest(q(u"url=h.example&method=blockchain.block.header&params=[3]"_s));
        QVERIFY(r.ok());
        auto sent = electrumParams(r.value());
        QVERIFY(sent.ok());
        QCOMPARE(sent->params, QJsonArray{3});
        QVERIFY(sent->scripthash.isEmpty());
    }

    void badAddressNamesTheParameter()
    {
        auto r =
            parseQueryRequest(q(u"url=h.example&method=blockchain.scripthash.get_balance&address=bc1notanaddress"_s));
        QVERIFY(r.ok());
        auto sent = electrumParams(r.value());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(sent.error().message.startsWith(u"address: 'bc1notanaddress'"_s), qPrintable(sent.error().message));
    }

    void badParametersAreNamed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("kind");
        const int inv = int(ErrorKind::InvalidArgument);
        const int bad = int(ErrorKind::BadAddress);
        QTest::newRow("missing url") << u"port=50001"_s << u"url: missing"_s << inv;
        QTest::newRow("empty url") << u"url="_s << u"url: missing"_s << inv;
        QTest::newRow("bad host") << u"url=bad_host!"_s << u"url: "_s << bad;
        QTest::newRow("port text") << u"url=h.example&port=abc"_s
                                   << u"port: 'abc' is not a number between 1 and 65535"_s << inv;
        QTest::newRow("port zero") << u"url=h.example&port=0"_s << u"port: '0' is not"_s << inv;
        QTest::newRow("port too big") << u"url=h.example&port=65536"_s << u"port: '65536' is not"_s << inv;
        QTest::newRow("ssl word") << u"url=h.example&ssl=maybe"_s << u"ssl: 'maybe' is not one of"_s << inv;
        QTest::newRow("method empty") << u"url=h.example&method="_s << u"method: ''"_s << inv;
        QTest::newRow("method spaces") << u"url=h.example&method=server features"_s << u"method: "_s << inv;
        QTest::newRow("method no dot") << u"url=h.example&method=features"_s << u"method: 'features'"_s << inv;
        QTest::newRow("params not json") << u"url=h.example&params=[1,"_s << u"params: not valid JSON"_s << inv;
        QTest::newRow("params object") << u"url=h.example&params={}"_s << u"params: must be a JSON array"_s << inv;
        QTest::newRow("params number") << u"url=h.example&params=5"_s << u"params: must be a JSON array"_s << inv;
        QTest::newRow("timeout low") << u"url=h.example&timeout=0.5"_s << u"timeout: '0.5' is not"_s << inv;
        QTest::newRow("timeout high") << u"url=h.example&timeout=121"_s << u"timeout: '121' is not"_s << inv;
        QTest::newRow("timeout text") << u"url=h.example&timeout=soon"_s << u"timeout: 'soon'"_s << inv;
        QTest::newRow("timeout nan") << u"url=h.example&timeout=nan"_s << u"timeout: 'nan'"_s << inv;
        QTest::newRow("unknown param") << u"url=h.example&methdo=x"_s << u"'methdo': unknown parameter"_s << inv;
        QTest::newRow("repeated param") << u"url=h.example&port=1&port=2"_s << u"port: given more than once"_s << inv;
        QTest::newRow("port contradicts url")
            << u"url=h.example:50001:t&port=50002"_s << u"port: 50002 contradicts"_s << inv;
        QTest::newRow("ssl contradicts url") << u"url=h.example:50001:t&ssl=true"_s << u"ssl: contradicts"_s << inv;
        QTest::newRow("address without scripthash method")
            << u"url=h.example&address=bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s
            << u"address: only used with blockchain.scripthash.*"_s << inv;
        QTest::newRow("empty address") << u"url=h.example&method=blockchain.scripthash.get_balance&address="_s
                                       << u"address: empty"_s << inv;
        QTest::newRow("bad port in url") << u"url=h.example:99999"_s << u"url: "_s << bad;
        QTest::newRow("cache word") << u"url=h.example&cache=stale"_s << u"cache: 'stale' is not one of"_s << inv;
        QTest::newRow("cache repeated") << u"url=h.example&cache=1&cache=0"_s << u"cache: given more than once"_s
                                        << inv;
    }
    void badParametersAreNamed()
    {
        QFETCH(QString, query);
        QFETCH(QString, prefix);
        QFETCH(int, kind);
        auto r = parseQueryRequest(q(query));
        QVERIFY2(!r.ok(), qPrintable(u"accepted: "_s + query));
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
        QCOMPARE(int(r.error().kind), kind);
    }

    void cacheParameterTurnsTheLookupOff()
    {
        auto byDefault = parseQueryRequest(q(u"url=h.example"_s));
        QVERIFY(byDefault.ok());
        QVERIFY(byDefault->useCache);
        for (const QString& off : {u"false"_s, u"0"_s, u"no"_s, u"FALSE"_s}) {
            auto r = parseQueryRequest(q(u"url=h.example&cache="_s + off));
            QVERIFY2(r.ok(), qPrintable(off));
            QVERIFY2(!r->useCache, qPrintable(off));
        }
        auto on = parseQueryRequest(q(u"url=h.example&cache=true"_s));
        QVERIFY(on.ok());
        QVERIFY(on->useCache);
        QVERIFY(queryParameterNames().contains(u"cache"_s));
    }

    void verifyAndConsensusAreParsedAndBoundsChecked()
    {
        auto plain = parseQueryRequest(q(u"url=h.example"_s));
        QVERIFY(plain.ok());
        QVERIFY(!plain->verify);
        QCOMPARE(plain->consensus, 0);
        auto both = parseQueryRequest(q(u"url=h.example&verify=true&consensus=3"_s));
        QVERIFY(both.ok());
        QVERIFY(both->verify);
        QCOMPARE(both->consensus, 3);
        auto badVerify = parseQueryRequest(q(u"url=h.example&verify=maybe"_s));
        QVERIFY(!badVerify.ok());
        QVERIFY2(badVerify.error().message.startsWith(u"verify"_s), qPrintable(badVerify.error().message));
        for (const QString& n : {u"1"_s, u"8"_s, u"two"_s, u""_s}) {
            auto bad = parseQueryRequest(q(u"url=h.example&consensus="_s + n));
            QVERIFY2(!bad.ok(), qPrintable(n));
            QCOMPARE(bad.error().kind, ErrorKind::InvalidArgument);
            QVERIFY2(bad.error().message.contains(u"between 2 and 7"_s), qPrintable(bad.error().message));
        }
    }

    void longValuesAreCutInMessages()
    {
        const QString longPort = QString(5000, u'9');
        auto r = parseQueryRequest(q(u"url=h.example&port="_s + longPort));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.size() < 200, qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestQueryRequest)
#include "tst_queryrequest.moc"
