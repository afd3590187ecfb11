// The local REST API over real HTTP (QNetworkAccessManager) against the project's test Electrum server.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "QueryRequest.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

class TestApiServer : public QObject
{
    Q_OBJECT

    // Bounded requests with the API's token, through the shared test client (ApiTestUtil.h).
    HttpResult request(const QByteArray& verb, const QString& path, const QUrlQuery& query = {})
    {
        return m_h.client->request(verb, path, query);
    }
    HttpResult get(const QString& path, const QUrlQuery& query = {}) { return m_h.client->get(path, query); }
    static void verifyProblem(const HttpResult& r, int status, const QString& kind)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        const QJsonObject p = r.json();
        QCOMPARE(p.value(u"status"_s).toInt(), status);
        QVERIFY(!p.value(u"title"_s).toString().isEmpty());
        QVERIFY(!p.value(u"detail"_s).toString().isEmpty());
        QVERIFY(!p.value(u"type"_s).toString().isEmpty());
        if (!kind.isEmpty()) {
            QCOMPARE(p.value(u"error_kind"_s).toString(), kind);
            QCOMPARE(p.value(u"type"_s).toString(), u"urn:btc-worker:problem:"_s + kind);
        }
    }

    std::unique_ptr<TestElectrumServer> m_electrum;
    ApiHarness m_h;
    QNetworkAccessManager m_nam; // for the raw requests that set their own headers

private slots:
    void initTestCase()
    {
        m_electrum = std::make_unique<TestElectrumServer>();
        QVERIFY2(m_electrum->start(), qPrintable(m_electrum->errorString()));

        m_h.startEngine(); // dataDir empty: nothing persisted

        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_h.api->port() != 0);
        QCOMPARE(m_h.api->baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(m_h.api->port()));
    }

    void cleanupTestCase()
    {
        m_h.stop();
        m_electrum.reset();
    }

    void queryDefaultsToServerFeaturesOverTcp()
    {
        const HttpResult r = get(u"/electrum/query"_s, electrumQuery(m_electrum->tcpPort(), false));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        // server.features is cacheable for 10 minutes (tst_apicache covers the cache itself).
        QCOMPARE(r.header("cache-control"), QByteArray("max-age=600"));
        QVERIFY(r.header("cache-status").startsWith("btc-worker; fwd=uri-miss; stored"));
        QVERIFY(r.header("server").startsWith("btc-worker/"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"server"_s).toString(), u"127.0.0.1:%1:t"_s.arg(m_electrum->tcpPort()));
        QCOMPARE(o.value(u"method"_s).toString(), u"server.features"_s);
        QCOMPARE(o.value(u"params"_s).toArray(), QJsonArray());
        QCOMPARE(o.value(u"server_software"_s).toString(), TestElectrumServer::serverSoftware());
        QVERIFY(!o.value(u"protocol"_s).toString().isEmpty());
        QCOMPARE(o.value(u"result"_s).toObject().value(u"genesis_hash"_s).toString(),
                 TestElectrumServer::genesisHashFor(u"regtest"_s));
        QVERIFY(o.value(u"elapsed_ms"_s).isDouble());
        QVERIFY(o.value(u"fresh_connection"_s).isBool());
    }

    void queryOverTlsReturnsTheServersTip()
    {
        const HttpResult r =
            get(u"/electrum/query"_s, electrumQuery(m_electrum->tlsPort(), true, u"blockchain.headers.subscribe"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"server"_s).toString(), u"127.0.0.1:%1:s"_s.arg(m_electrum->tlsPort()));
        const QJsonObject tip = o.value(u"result"_s).toObject();
        QCOMPARE(tip.value(u"height"_s).toInt(), m_electrum->tipHeight());
        QCOMPARE(tip.value(u"hex"_s).toString(), m_electrum->headerHex(m_electrum->tipHeight()));
        QCOMPARE(o.value(u"certificate_sha256"_s).toString().toLower(), m_electrum->certificateSha256().toLower());
    }

    void paramsArePassedAndSessionsReused()
    {
        const QUrlQuery q = electrumQuery(m_electrum->tcpPort(), false, u"blockchain.block.header"_s, u"[5]"_s);
        const HttpResult first = get(u"/electrum/query"_s, q);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"result"_s).toString(), m_electrum->headerHex(5));
        QCOMPARE(first.json().value(u"params"_s).toArray(), QJsonArray{5});
        QUrlQuery uncached = q; // past the response cache, to the pooled session
        uncached.addQueryItem(u"cache"_s, u"false"_s);
        const HttpResult second = get(u"/electrum/query"_s, uncached);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(u"fresh_connection"_s).toBool(true), false);
    }

    void addressIsSentAsItsScripthash()
    {
        const QList<FundedScript> scripts = m_electrum->fundedScripts();
        QVERIFY(!scripts.isEmpty());
        const FundedScript& funded = scripts.first();
        QUrlQuery q = electrumQuery(m_electrum->tcpPort(), false, u"blockchain.scripthash.get_history"_s);
        q.addQueryItem(u"address"_s, funded.address);
        const HttpResult r = get(u"/electrum/query"_s, q);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"scripthash"_s).toString(), funded.scriptHash);
        QCOMPARE(o.value(u"params"_s).toArray(), QJsonArray{funded.scriptHash});
        QVERIFY2(!o.value(u"result"_s).toArray().isEmpty(), r.body.constData());
    }

    void badParameterGives400NamingIt()
    {
        QUrlQuery q;
        q.addQueryItem(u"url"_s, u"127.0.0.1"_s);
        q.addQueryItem(u"port"_s, u"abc"_s);
        const HttpResult r = get(u"/electrum/query"_s, q);
        verifyProblem(r, 400, u"invalid-argument"_s);
        QVERIFY(r.json().value(u"detail"_s).toString().startsWith(u"port: 'abc'"_s));
        QCOMPARE(r.json().value(u"instance"_s).toString(), u"/electrum/query"_s);

        const HttpResult badParams =
            get(u"/electrum/query"_s, electrumQuery(m_electrum->tcpPort(), false, {}, u"{\"a\":1}"_s));
        verifyProblem(badParams, 400, u"invalid-argument"_s);
        QVERIFY(badParams.json().value(u"detail"_s).toString().startsWith(u"params:"_s));
    }

    void missingUrlGives400()
    {
        const HttpResult r = get(u"/electrum/query"_s);
        verifyProblem(r, 400, u"invalid-argument"_s);
        QVERIFY(r.json().value(u"detail"_s).toString().startsWith(u"url: missing"_s));
    }

    void refusedPortGives502()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const HttpResult r = get(u"/electrum/query"_s, electrumQuery(closedPort, false));
        verifyProblem(r, 502, u"connection-refused"_s);
    }

    void silentServerWithTimeoutGives504()
    {
        TestElectrumServer::Options options;
        options.enableTls = false;
        TestElectrumServer silent(options);
        QVERIFY2(silent.start(), qPrintable(silent.errorString()));
        silent.setFault(TestElectrumServer::Fault::Silent);
        QUrlQuery q = electrumQuery(silent.tcpPort(), false);
        q.addQueryItem(u"timeout"_s, u"1"_s);
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = get(u"/electrum/query"_s, q);
        verifyProblem(r, 504, u"timeout"_s);
        QVERIFY(!r.json().value(u"stage"_s).toString().isEmpty());
        QVERIFY2(clock.elapsed() < 8'000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    }

    void clientLeavingBeforeTheAnswerIsHarmless()
    {
        TestElectrumServer::Options options;
        options.enableTls = false;
        TestElectrumServer silent(options);
        QVERIFY2(silent.start(), qPrintable(silent.errorString()));
        silent.setFault(TestElectrumServer::Fault::Silent);
        QUrlQuery q = electrumQuery(silent.tcpPort(), false);
        q.addQueryItem(u"timeout"_s, u"1"_s);
        QUrl url = m_h.api->baseUrl();
        url.setPath(u"/electrum/query"_s);
        url.setQuery(q);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + m_h.api->accessToken());
        QNetworkReply* reply = m_nam.get(req);
        QTRY_VERIFY_WITH_TIMEOUT(silent.connectionsAccepted() > 0, 5000);
        const QHostAddress client(QHostAddress::LocalHost);
        QCOMPARE(m_h.api->requestsInFlight(client), 1);
        reply->abort(); // the API's answer now has no socket to go to
        reply->deleteLater();
        // The 1 s timeout passes: the pool answers into the void, and the answer frees the request's slot.
        QTRY_COMPARE_WITH_TIMEOUT(m_h.api->requestsInFlight(client), 0, 5000);
        const HttpResult r = get(u"/electrum/query"_s, electrumQuery(m_electrum->tcpPort(), false));
        QCOMPARE(r.status, 200);
    }

    void rpcErrorGives502WithTheServersCode()
    {
        m_electrum->setMethodError(u"blockchain.block.header"_s, 7, u"height out of range"_s);
        const HttpResult r = get(u"/electrum/query"_s,
                                 electrumQuery(m_electrum->tcpPort(), false, u"blockchain.block.header"_s, u"[1]"_s));
        m_electrum->clearMethodError(u"blockchain.block.header"_s);
        verifyProblem(r, 502, u"rpc-error"_s);
        QCOMPARE(r.json().value(u"rpc_code"_s).toInt(), 7);
        QCOMPARE(r.json().value(u"rpc_message"_s).toString(), u"height out of range"_s);
    }

    void broadcastIsForbiddenByDefault()
    {
        const HttpResult r =
            get(u"/electrum/query"_s,
                electrumQuery(m_electrum->tcpPort(), false, u"blockchain.transaction.broadcast"_s, u"[\"0100\"]"_s));
        verifyProblem(r, 403, u"not-allowed"_s);
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.transaction.broadcast"_s), 0);
    }

    void unknownPathGives404()
    {
        const HttpResult r = get(u"/electrum/nothing"_s);
        verifyProblem(r, 404, u"not-found"_s);
        QCOMPARE(r.json().value(u"instance"_s).toString(), u"/electrum/nothing"_s);
        verifyProblem(get(u"/electrum/queryx"_s), 404, u"not-found"_s);
        verifyProblem(get(u"/openapiXjson"_s), 404, u"not-found"_s);
    }

    void otherMethodsGive405WithAllow()
    {
        for (const QByteArray& verb : {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")}) {
            const HttpResult r = request(verb, u"/electrum/query"_s);
            verifyProblem(r, 405, QString());
            QCOMPARE(r.header("allow"), QByteArray("GET, HEAD"));
        }
    }

    void headSendsHeadersWithoutBody()
    {
        const HttpResult full = get(u"/openapi.json"_s);
        const HttpResult head = request("HEAD", u"/openapi.json"_s);
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-type"), full.header("content-type"));
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        QCOMPARE(head.header("content-length").toLongLong(), qint64(full.body.size()));
#endif
    }

    void serversListInSeedOrderWithFilters()
    {
        ServerDirectory& dir = m_h.engine->directory();
        const QStringList hosts{u"zeta.example"_s, u"10.0.0.7"_s, u"alpha.example"_s,
                                u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion"_s};
        for (const QString& host : hosts) {
            ServerEntry e;
            e.host = host;
            e.kind = ServerAddress::classifyHost(host);
            e.tlsPort = 60002;
            e.network = u"regtest"_s;
            e.source = u"user"_s;
            const Status added = dir.add(e);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        }
        QUrlQuery q;
        q.addQueryItem(u"network"_s, u"regtest"_s);
        const HttpResult r = get(u"/electrum/servers"_s, q);
        QCOMPARE(r.status, 200);
        const QJsonArray servers = r.json().value(u"servers"_s).toArray();
        QCOMPARE(r.json().value(u"count"_s).toInt(), servers.size());
        QStringList order;
        for (const auto& s : servers)
            order << s.toObject().value(u"host"_s).toString();
        QStringList directoryOrder;
        for (const ServerEntry& e : dir.entries(u"regtest"_s))
            directoryOrder << e.host;
        QCOMPARE(order, directoryOrder);
        // Any bundled regtest entries aside, ours come hostnames first, then onion, then IP.
        order.removeIf([&hosts](const QString& h) { return !hosts.contains(h); });
        QCOMPARE(order, (QStringList{u"alpha.example"_s, u"zeta.example"_s, hosts.at(3), u"10.0.0.7"_s}));
        QJsonObject first;
        for (const auto& s : servers) {
            if (s.toObject().value(u"host"_s).toString() == u"alpha.example")
                first = s.toObject();
        }
        QCOMPARE(first.value(u"kind"_s).toString(), u"hostname"_s);
        QCOMPARE(first.value(u"tls_port"_s).toInt(), 60002);
        QVERIFY(first.value(u"tcp_port"_s).isNull());
        QCOMPARE(first.value(u"network"_s).toString(), u"regtest"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"user"_s);

        q.addQueryItem(u"kind"_s, u"onion"_s);
        const HttpResult onions = get(u"/electrum/servers"_s, q);
        QCOMPARE(onions.status, 200);
        const QJsonArray onionList = onions.json().value(u"servers"_s).toArray();
        QCOMPARE(onions.json().value(u"count"_s).toInt(), onionList.size());
        QVERIFY(!onionList.isEmpty());
        bool ours = false;
        for (const auto& s : onionList) {
            QCOMPARE(s.toObject().value(u"kind"_s).toString(), u"onion"_s);
            QCOMPARE(s.toObject().value(u"network"_s).toString(), u"regtest"_s);
            ours = ours || s.toObject().value(u"host"_s).toString() == hosts.at(3);
        }
        QVERIFY(ours);

        QUrlQuery bad;
        bad.addQueryItem(u"network"_s, u"moonnet"_s);
        const HttpResult badNetwork = get(u"/electrum/servers"_s, bad);
        verifyProblem(badNetwork, 400, u"invalid-argument"_s);
        QVERIFY(badNetwork.json().value(u"detail"_s).toString().contains(u"mainnet, testnet"_s));
        QUrlQuery badKind;
        badKind.addQueryItem(u"kind"_s, u"tor"_s);
        verifyProblem(get(u"/electrum/servers"_s, badKind), 400, u"invalid-argument"_s);
    }

    void torStatusIsServed()
    {
        const HttpResult r = get(u"/electrum/tor"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"state"_s).toString(), u"off"_s);
    }

    void openApiDescribesTheQueryEndpoint()
    {
        const HttpResult r = get(u"/openapi.json"_s);
        QCOMPARE(r.status, 200);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.object().value(u"openapi"_s).toString().startsWith(u"3.1"_s));
        const QJsonObject paths = doc.object().value(u"paths"_s).toObject();
        for (const auto& path : {u"/electrum/query"_s, u"/electrum/servers"_s, u"/electrum/tor"_s})
            QVERIFY2(paths.contains(path), qPrintable(path));
        QStringList documented;
        const QJsonArray params =
            paths.value(u"/electrum/query"_s).toObject().value(u"get"_s).toObject().value(u"parameters"_s).toArray();
        for (const auto& p : params)
            documented << p.toObject().value(u"name"_s).toString();
        QCOMPARE(documented, queryParameterNames());
    }

    void docsServeSwaggerUiOffline()
    {
        const HttpResult root = get(u"/"_s);
        QCOMPARE(root.status, 302);
        QCOMPARE(root.header("location"), QByteArray("/docs"));

        const HttpResult page = get(u"/docs"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("/docs/swagger-ui-bundle.js"));
        QVERIFY(!page.body.contains("https://"));

        const HttpResult init = get(u"/docs/initializer.js"_s);
        QCOMPARE(init.status, 200);
        QVERIFY(init.body.contains("/openapi.json"));

        const HttpResult bundle = get(u"/docs/swagger-ui-bundle.js"_s);
        QCOMPARE(bundle.status, 200);
        QVERIFY(bundle.header("content-type").startsWith("text/javascript"));
        QVERIFY(bundle.body.size() > 100'000);
        QVERIFY(bundle.body.contains("SwaggerUIBundle"));
        QCOMPARE(get(u"/docs/swagger-ui.css"_s).status, 200);

        verifyProblem(get(u"/docs/index.css"_s), 404, u"not-found"_s);
        verifyProblem(get(u"/docs/package.json"_s), 404, u"not-found"_s);
    }

    void foreignHostHeaderIsRefused()
    {
        QUrl url = m_h.api->baseUrl();
        url.setPath(u"/electrum/tor"_s);
        for (const auto& [host, allowed] :
             {std::pair{QByteArray("evil.example"), false}, std::pair{QByteArray("evil.example:%1"), false},
              std::pair{QByteArray("localhost:%1"), true}, std::pair{QByteArray("[::1]:%1"), true},
              std::pair{QByteArray("127.0.0.1"), true}}) {
            QNetworkRequest req(url);
            req.setRawHeader("Host", QByteArray(host).replace("%1", QByteArray::number(m_h.api->port())));
            req.setRawHeader("Authorization", "Bearer " + m_h.api->accessToken());
            QNetworkReply* reply = m_nam.get(req);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || finished.wait(10'000));
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QCOMPARE(status, allowed ? 200 : 403);
            if (!allowed) {
                const QJsonObject p = QJsonDocument::fromJson(reply->readAll()).object();
                QCOMPARE(p.value(u"error_kind"_s).toString(), u"not-allowed"_s);
            }
            reply->deleteLater();
        }
    }

    void takenPortIsAClearError()
    {
        ApiOptions taken = loopbackApiOptions();
        taken.port = m_h.api->port();
        ApiServer second(*m_h.engine, taken);
        const Status started = second.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().message,
                 u"127.0.0.1:%1 is already in use; pick another with --api-port"_s.arg(m_h.api->port()));
        QCOMPARE(second.port(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
