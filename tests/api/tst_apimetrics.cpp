// GET /metrics against the test Electrum server: per-server health and the app's counters, linted by promtool; and
// the watch list in /electrum/servers (`watched`, `watched=true|false`).
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "RequestMetrics.h"
#include "TestElectrumServer.h"
#include "directory/WatchList.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

namespace {

// The value of the one sample named exactly `series` (name and labels as written); NaN (equal to nothing) when there
// is none, or more than one.
double sampleValue(const QByteArray& text, const QString& series)
{
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    std::optional<double> found;
    for (const QByteArray& line : text.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(series + u' ')) {
            if (found)
                return missing; // twice: the test must not guess which
            found = l.mid(series.size() + 1).toDouble();
        }
    }
    return found.value_or(missing);
}

bool has(const QByteArray& text, const QString& series)
{
    return !std::isnan(sampleValue(text, series));
}

QString serverSeries(const QString& name, quint16 port, const QString& transport)
{
    return u"%1{network=\"regtest\",host=\"127.0.0.1\",port=\"%2\",transport=\"%3\"}"_s.arg(name).arg(port).arg(
        transport);
}

// promtool's verdict on an exposition: exit code and what it printed.
struct Lint
{
    int exitCode = -1;
    QByteArray output;
};

Lint promtoolCheck(const QByteArray& text)
{
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(QStringLiteral(BTCW_PROMTOOL), {u"check"_s, u"metrics"_s});
    if (!promtool.waitForStarted(10'000))
        return {};
    promtool.write(text);
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(30'000)) {
        promtool.kill();
        promtool.waitForFinished();
        return {};
    }
    return {promtool.exitCode(), promtool.readAll()};
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestApiMetrics : public QObject
{
    Q_OBJECT

    ApiHarness m_h;
    std::unique_ptr<TestElectrumServer> m_server;
    quint16 m_downPort = 0;

    HttpResult check(quint16 port, bool tls)
    {
        QUrlQuery q = electrumQuery(port, tls);
        q.addQueryItem(u"network"_s, u"regtest"_s);
        q.addQueryItem(u"timeout"_s, u"5"_s);
        return m_h.client->get(u"/electrum/check"_s, q, {}, 60'000);
    }
    QByteArray metrics(const RequestHeaders& headers = {})
    {
        const HttpResult r = m_h.client->get(u"/metrics"_s, {}, headers);
        return r.status == 200 ? r.body : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(BTCW_PROMTOOL)).isExecutable(),
                 "promtool is missing: install Debian's prometheus package (scripts/setup.sh)");
        TestElectrumServer::Options options;
        options.blocks = 20;
        m_server = std::make_unique<TestElectrumServer>(options);
        QVERIFY(m_server->start());
        EngineOptions engineOptions = loopbackEngineOptions();
        engineOptions.follow.followWatched = false; // it watches a bundled public server: no live subscription to it
        m_h.startEngine(engineOptions);
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(check(m_server->tcpPort(), false).json().value(u"ok"_s).toBool());
        QVERIFY(check(m_server->tlsPort(), true).json().value(u"ok"_s).toBool());
        m_downPort = closedPort();
        QVERIFY(m_downPort != 0);
        const HttpResult down = check(m_downPort, false);
        QCOMPARE(down.status, 200);
        QCOMPARE(down.json().value(u"ok"_s).toBool(true), false);
    }

    void cleanupTestCase()
    {
        m_h.stop();
        m_server.reset();
    }

    void everyCheckedServerHasItsHealth()
    {
        const HttpResult r = m_h.client->get(u"/metrics"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        const QByteArray& text = r.body;
        const quint16 tcp = m_server->tcpPort(), tls = m_server->tlsPort();
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_up"_s, tcp, u"tcp"_s)), 1.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_up"_s, tls, u"tls"_s)), 1.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_up"_s, m_downPort, u"tcp"_s)), 0.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_height"_s, tcp, u"tcp"_s)), 20.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_lag_blocks"_s, tls, u"tls"_s)), 0.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_uptime_24h_ratio"_s, tcp, u"tcp"_s)), 1.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_uptime_24h_ratio"_s, m_downPort, u"tcp"_s)), 0.0);
        const double latency = sampleValue(text, serverSeries(u"btcw_server_check_latency_seconds"_s, tcp, u"tcp"_s));
        QVERIFY2(latency >= 0 && latency < 5, qPrintable(QString::number(latency)));
        // The down server has no latency, and TCP servers no certificate.
        QVERIFY(!text.contains(serverSeries(u"btcw_server_check_latency_seconds"_s, m_downPort, u"tcp"_s).toUtf8()));
        QVERIFY(!text.contains(
            serverSeries(u"btcw_server_certificate_expiry_timestamp_seconds"_s, tcp, u"tcp"_s).toUtf8()));
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_certificate_expiry_timestamp_seconds"_s, tls, u"tls"_s)),
                 double(m_server->certificate().expiryDate().toSecsSinceEpoch()));
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_certificate_pin_changes_total"_s, tls, u"tls"_s)), 0.0);
        QCOMPARE(sampleValue(text, serverSeries(u"btcw_server_certificate_pin_pending"_s, tls, u"tls"_s)), 0.0);
        QCOMPARE(sampleValue(text, u"btcw_tor_state{state=\"off\"}"_s), 1.0);
        QCOMPARE(sampleValue(text, u"btcw_tor_state{state=\"ready\"}"_s), 0.0);
        QVERIFY(sampleValue(text, u"btcw_api_open_connections"_s) >= 1); // this very request's
        QVERIFY(has(text, u"btcw_cache_entries{backend=\"memory\"}"_s));
    }

    void promtoolFindsNothingToComplainAbout()
    {
        const QByteArray text = metrics();
        QVERIFY(!text.isEmpty());
        const Lint lint = promtoolCheck(text);
        QVERIFY2(lint.exitCode == 0 && lint.output.trimmed().isEmpty(), lint.output.constData());
    }

    void promtoolCatchesWhatItShould()
    {
        // The lint above can fail: the same tool rejects a counter without _total and a broken line.
        const Lint badName = promtoolCheck("# HELP btcw_x Things.\n# TYPE btcw_x counter\nbtcw_x 1\n");
        QVERIFY2(badName.exitCode != 0 || !badName.output.trimmed().isEmpty(), badName.output.constData());
        const Lint broken = promtoolCheck("btcw_x{a=\"b} 1\n");
        QVERIFY(broken.exitCode != 0);
    }

    void requestsAreCountedByRouteAndStatus()
    {
        const QString tip = u"btcw_api_requests_total{route=\"/electrum/tip\",status=\"200\"}"_s;
        const QString bad = u"btcw_api_requests_total{route=\"/electrum/tip\",status=\"400\"}"_s;
        const QByteArray before = metrics();
        const double tipBefore = has(before, tip) ? sampleValue(before, tip) : 0;
        const double badBefore = has(before, bad) ? sampleValue(before, bad) : 0;
        QUrlQuery regtest;
        regtest.addQueryItem(u"network"_s, u"regtest"_s);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_h.client->get(u"/electrum/tip"_s, regtest).status, 200);
        QUrlQuery wrong;
        wrong.addQueryItem(u"network"_s, u"moonnet"_s);
        QCOMPARE(m_h.client->get(u"/electrum/tip"_s, wrong).status, 400);
        const QByteArray after = metrics();
        QCOMPARE(sampleValue(after, tip), tipBefore + 5);
        QCOMPARE(sampleValue(after, bad), badBefore + 1);
        // Each counted request is in the histogram too (its count is at least what the counter says).
        const double tipCount =
            sampleValue(after, u"btcw_api_request_duration_seconds_count{route=\"/electrum/tip\"}"_s);
        QVERIFY(tipCount >= tipBefore + 6);
        QCOMPARE(sampleValue(after, u"btcw_api_request_duration_seconds_bucket{route=\"/electrum/tip\",le=\"+Inf\"}"_s),
                 tipCount);
        // The same count through the counters themselves, as the HTTP threads recorded it.
        const RequestMetrics* counted = m_h.api->requestMetrics();
        QVERIFY(counted);
        QCOMPARE(double(counted->requests(counted->routeIndex(u"/electrum/tip"_s), 200)), tipBefore + 5);
        // Paths that are no endpoint are counted together, not one series per path a client made up.
        QCOMPARE(m_h.client->get(u"/no/such/thing"_s).status, 404);
        QVERIFY(sampleValue(metrics(), u"btcw_api_requests_total{route=\"other\",status=\"404\"}"_s) >= 1);
    }

    void openMetricsWhenTheScraperAsks()
    {
        const HttpResult r = m_h.client->get(
            u"/metrics"_s, {},
            {{"Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
        QVERIFY(r.body.endsWith("\n# EOF\n"));
        QVERIFY(r.body.contains("# TYPE btcw_api_requests counter\n"));
        QVERIFY(r.body.contains("\nbtcw_api_requests_total{"));
    }

    void metricsNeedTheToken()
    {
        QNetworkAccessManager nam;
        QUrl url = m_h.api->baseUrl();
        url.setPath(u"/metrics"_s);
        QNetworkReply* reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->rawHeader("Content-Type").startsWith("application/problem+json"));
        QVERIFY(!reply->readAll().contains("btcw_server_up"));
        reply->deleteLater();
    }

    void serverListSaysWhatIsWatched()
    {
        QUrlQuery mainnet;
        mainnet.addQueryItem(u"network"_s, u"mainnet"_s);
        const HttpResult before = m_h.client->get(u"/electrum/servers"_s, mainnet);
        QCOMPARE(before.status, 200);
        const QJsonArray all = before.json().value(u"servers"_s).toArray();
        QVERIFY(all.size() >= 3);
        for (const auto& s : all)
            QCOMPARE(s.toObject().value(u"watched"_s).toBool(true), false);
        const QString host = all.at(1).toObject().value(u"host"_s).toString();
        m_h.engine->watchList().setWatched(u"mainnet/"_s + host, true);

        // At once, though the list without the filter was just built (a change of the list forgets the bodies).
        const QJsonArray after = m_h.client->get(u"/electrum/servers"_s, mainnet).json().value(u"servers"_s).toArray();
        QCOMPARE(after.at(1).toObject().value(u"watched"_s).toBool(), true);
        QUrlQuery watched = mainnet;
        watched.addQueryItem(u"watched"_s, u"true"_s);
        const QJsonObject only = m_h.client->get(u"/electrum/servers"_s, watched).json();
        QCOMPARE(only.value(u"count"_s).toInt(), 1);
        QCOMPARE(only.value(u"servers"_s).toArray().first().toObject().value(u"host"_s).toString(), host);
        QUrlQuery others = mainnet;
        others.addQueryItem(u"watched"_s, u"false"_s);
        QCOMPARE(m_h.client->get(u"/electrum/servers"_s, others).json().value(u"count"_s).toInt(), int(all.size()) - 1);
        QUrlQuery grouped = watched;
        grouped.addQueryItem(u"group"_s, u"identity"_s);
        const QJsonArray groups = m_h.client->get(u"/electrum/servers"_s, grouped).json().value(u"servers"_s).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(u"watched"_s).toBool(), true);

        QUrlQuery bad = mainnet;
        bad.addQueryItem(u"watched"_s, u"maybe"_s);
        const HttpResult refused = m_h.client->get(u"/electrum/servers"_s, bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(u"detail"_s).toString(), u"watched: 'maybe' is not true or false"_s);
        m_h.engine->watchList().setWatched(u"mainnet/"_s + host, false);
    }

    void parametersAreRefused()
    {
        QUrlQuery q;
        q.addQueryItem(u"name[]"_s, u"btcw_server_up"_s);
        const HttpResult r = m_h.client->get(u"/metrics"_s, q);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("content-type").startsWith("application/problem+json"));
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"name[]"_s), r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestApiMetrics)
#include "tst_apimetrics.moc"
