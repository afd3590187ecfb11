// A real Prometheus (Debian's) scrapes /metrics on loopback with the API's token, and answers for btcw_server_up.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "TestElectrumServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed again when `probe` goes; Prometheus binds it right after
}

// GET on Prometheus's own HTTP API (no token there); the JSON body, empty when it did not answer.
QJsonObject prometheusGet(quint16 port, const QString& path, const QUrlQuery& query)
{
    QNetworkAccessManager nam;
    QUrl url(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
    url.setQuery(query);
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5'000)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

} // namespace

class TestPrometheusScrape : public QObject
{
    Q_OBJECT

    ApiHarness m_h;
    std::unique_ptr<TestElectrumServer> m_server;
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    quint16 m_port = 0;

    // Starts Prometheus scraping the API every second, with `token` (none: no authorization block).
    bool startPrometheus(const QByteArray& token)
    {
        const QString tokenFile = m_dir.filePath(u"token"_s);
        QFile t(tokenFile);
        if (!t.open(QIODevice::WriteOnly) || t.write(token) != token.size())
            return false;
        t.close();
        const QString config = u"global:\n"
                               u"  scrape_interval: 1s\n"
                               u"  evaluation_interval: 1s\n"
                               u"scrape_configs:\n"
                               u"  - job_name: btc-worker\n"
                               u"    metrics_path: /metrics\n"
                               u"    authorization:\n"
                               u"      type: Bearer\n"
                               u"      credentials_file: %1\n"
                               u"    static_configs:\n"
                               u"      - targets: ['127.0.0.1:%2']\n"_s.arg(tokenFile)
                                   .arg(m_h.api->port());
        QFile c(m_dir.filePath(u"prometheus.yml"_s));
        if (!c.open(QIODevice::WriteOnly) || c.write(config.toUtf8()) < 0)
            return false;
        c.close();
        m_port = freePort();
        if (m_port == 0)
            return false;
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(QStringLiteral(BTCW_PROMETHEUS),
                           {u"--config.file=%1"_s.arg(c.fileName()),
                            u"--storage.tsdb.path=%1"_s.arg(m_dir.filePath(u"data"_s)),
                            u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port), u"--log.level=warn"_s});
        return m_prometheus.waitForStarted(10'000);
    }

    // Asks Prometheus for `promql` until it has a result (or the deadline passes); the result array.
    QJsonArray waitForResult(const QString& promql, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_prometheus.state() == QProcess::Running) {
            QUrlQuery q;
            q.addQueryItem(u"query"_s, promql);
            const QJsonObject answer = prometheusGet(m_port, u"/api/v1/query"_s, q);
            const QJsonArray result = answer.value(u"data"_s).toObject().value(u"result"_s).toArray();
            if (!result.isEmpty())
                return result;
            QTest::qWait(250); // the API's engine-side routes answer from this thread's loop meanwhile
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(BTCW_PROMETHEUS)).isExecutable(),
                 "prometheus is missing: install Debian's prometheus package (scripts/setup.sh)");
        QVERIFY(m_dir.isValid());
        TestElectrumServer::Options options;
        options.blocks = 12;
        m_server = std::make_unique<TestElectrumServer>(options);
        QVERIFY(m_server->start());
        m_h.startEngine();
        ApiOptions api = loopbackApiOptions();
        api.fixedToken = "scrape-test-token-0123456789abcdef";
        const QString failed = m_h.startApi(api);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QUrlQuery q = electrumQuery(m_server->tlsPort(), true);
        q.addQueryItem(u"network"_s, u"regtest"_s);
        QVERIFY(m_h.client->get(u"/electrum/check"_s, q, {}, 60'000).json().value(u"ok"_s).toBool());
        QVERIFY(startPrometheus(api.fixedToken));
    }

    void cleanupTestCase()
    {
        if (m_prometheus.state() != QProcess::NotRunning) {
            m_prometheus.terminate();
            if (!m_prometheus.waitForFinished(15'000)) {
                m_prometheus.kill();
                m_prometheus.waitForFinished();
            }
        }
        m_h.stop();
        m_server.reset();
    }

    void prometheusScrapesServerUp()
    {
        const QJsonArray result = waitForResult(u"btcw_server_up"_s, 60'000);
        QVERIFY2(!result.isEmpty(), m_prometheus.readAll().constData());
        QCOMPARE(result.size(), 1);
        const QJsonObject series = result.first().toObject();
        const QJsonObject labels = series.value(u"metric"_s).toObject();
        QCOMPARE(labels.value(u"network"_s).toString(), u"regtest"_s);
        QCOMPARE(labels.value(u"host"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(labels.value(u"port"_s).toString(), QString::number(m_server->tlsPort()));
        QCOMPARE(labels.value(u"transport"_s).toString(), u"tls"_s);
        QCOMPARE(labels.value(u"job"_s).toString(), u"btc-worker"_s);
        QCOMPARE(series.value(u"value"_s).toArray().at(1).toString(), u"1"_s);
    }

    void theDashboardsQueriesRunOnTheseMetrics()
    {
        // Every query of docs/grafana-dashboard.json parses in Prometheus and names only series /metrics sends.
        QFile file(QStringLiteral(BTCW_SOURCE_DIR "/docs/grafana-dashboard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject dashboard = QJsonDocument::fromJson(file.readAll()).object();
        const QByteArray exposition = m_h.client->get(u"/metrics"_s).body;
        QVERIFY(!exposition.isEmpty());
        int queries = 0;
        static const QRegularExpression metricName(u"\\b(btcw_[a-z0-9_]+)"_s);
        for (const auto& panel : dashboard.value(u"panels"_s).toArray()) {
            for (const auto& target : panel.toObject().value(u"targets"_s).toArray()) {
                QString expr = target.toObject().value(u"expr"_s).toString();
                QVERIFY(!expr.isEmpty());
                ++queries;
                for (auto it = metricName.globalMatch(expr); it.hasNext();) {
                    const QString name = it.next().captured(1);
                    // A family of followed servers has no sample here, but is declared.
                    QVERIFY2(exposition.contains("\n" + name.toUtf8()) ||
                                 exposition.contains("# TYPE " + name.toUtf8() + ' '),
                             qPrintable(name + u" is not in /metrics"_s));
                }
                expr.replace(u"$network"_s, u".*"_s);
                QUrlQuery q;
                q.addQueryItem(u"query"_s, expr);
                const QJsonObject answer = prometheusGet(m_port, u"/api/v1/query"_s, q);
                QVERIFY2(answer.value(u"status"_s).toString() == u"success"_s,
                         qPrintable(expr + u": "_s + QString::fromUtf8(QJsonDocument(answer).toJson())));
            }
        }
        QVERIFY(queries >= 10);
    }

    void theScrapeItselfIsHealthyAndCounted()
    {
        // Prometheus's own view of the target: up, and the API counted its scrapes as 200s on /metrics.
        const QJsonArray up = waitForResult(u"up{job=\"btc-worker\"} == 1"_s, 30'000);
        QCOMPARE(up.size(), 1);
        const QJsonArray scrapes =
            waitForResult(u"btcw_api_requests_total{route=\"/metrics\",status=\"200\"} >= 2"_s, 30'000);
        QCOMPARE(scrapes.size(), 1);
        const QJsonArray histogram =
            waitForResult(u"btcw_api_request_duration_seconds_count{route=\"/metrics\"} >= 2"_s, 30'000);
        QCOMPARE(histogram.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusScrape)
#include "tst_prometheusscrape.moc"
