// The exposition writer (Prometheus text 0.0.4 and OpenMetrics 1.0) and the API's lock-free request counters.
#include "MetricsText.h"
#include "RequestMetrics.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace btcw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestMetricsText : public QObject
{
    Q_OBJECT

private slots:
    void acceptPicksOpenMetricsOnlyWhenAsked()
    {
        QCOMPARE(metricsFormatFor(""), MetricsFormat::Prometheus);
        QCOMPARE(metricsFormatFor("*/*"), MetricsFormat::Prometheus);
        QCOMPARE(metricsFormatFor("text/plain;version=0.0.4"), MetricsFormat::Prometheus);
        // What Prometheus 2.42 sends.
        QCOMPARE(metricsFormatFor("application/openmetrics-text;version=1.0.0,application/openmetrics-text;"
                                  "version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"),
                 MetricsFormat::OpenMetrics);
        QCOMPARE(metricsFormatFor("text/plain, Application/OpenMetrics-Text; q=0.2"), MetricsFormat::OpenMetrics);
        QCOMPARE(metricsFormatFor("application/openmetrics-text;q=0, text/plain"), MetricsFormat::Prometheus);
        QVERIFY(metricsContentType(MetricsFormat::Prometheus).startsWith("text/plain; version=0.0.4"));
        QVERIFY(
            metricsContentType(MetricsFormat::OpenMetrics).startsWith("application/openmetrics-text; version=1.0.0"));
    }

    void counterFamilyIsNamedPerFormat()
    {
        MetricsWriter text(MetricsFormat::Prometheus);
        text.counter("btcw_x", "Things.");
        text.sample({{"a", u"b"_s}}, 3);
        QCOMPARE(text.finish(), QByteArray("# HELP btcw_x_total Things.\n# TYPE btcw_x_total counter\n"
                                           "btcw_x_total{a=\"b\"} 3\n"));
        MetricsWriter open(MetricsFormat::OpenMetrics);
        open.counter("btcw_x", "Things.");
        open.sample({}, 3);
        QCOMPARE(open.finish(), QByteArray("# HELP btcw_x Things.\n# TYPE btcw_x counter\nbtcw_x_total 3\n# EOF\n"));
    }

    void labelValuesAndHelpAreEscaped()
    {
        MetricsWriter w(MetricsFormat::Prometheus);
        w.gauge("btcw_g", "a\\b\nc");
        w.sample({{"host", u"ev\"il\\\nx"_s}, {"port", u"1"_s}}, 0.25);
        QCOMPARE(w.finish(), QByteArray("# HELP btcw_g a\\\\b\\nc\n# TYPE btcw_g gauge\n"
                                        "btcw_g{host=\"ev\\\"il\\\\\\nx\",port=\"1\"} 0.25\n"));
    }

    void numbersAreWrittenAsPrometheusReadsThem()
    {
        QCOMPARE(MetricsWriter::number(0), QByteArray("0"));
        QCOMPARE(MetricsWriter::number(1733000000), QByteArray("1733000000"));
        QCOMPARE(MetricsWriter::number(0.0005), QByteArray("0.0005"));
        QCOMPARE(MetricsWriter::number(qInf()), QByteArray("+Inf"));
        QCOMPARE(MetricsWriter::number(qQNaN()), QByteArray("NaN"));
    }

    void histogramBucketsAreCumulative()
    {
        MetricsWriter w(MetricsFormat::Prometheus);
        w.histogram("btcw_h_seconds", "H.", {0.1, 1});
        w.histogramSample({{"route", u"/r"_s}}, {2, 3}, 4, 7.5);
        QCOMPARE(w.finish(), QByteArray("# HELP btcw_h_seconds H.\n# TYPE btcw_h_seconds histogram\n"
                                        "btcw_h_seconds_bucket{route=\"/r\",le=\"0.1\"} 2\n"
                                        "btcw_h_seconds_bucket{route=\"/r\",le=\"1\"} 5\n"
                                        "btcw_h_seconds_bucket{route=\"/r\",le=\"+Inf\"} 9\n"
                                        "btcw_h_seconds_sum{route=\"/r\"} 7.5\n"
                                        "btcw_h_seconds_count{route=\"/r\"} 9\n"));
    }

    void unknownPathsCountAsDocsOrOther()
    {
        const RequestMetrics m({u"/metrics"_s, u"/electrum/query"_s});
        QCOMPARE(m.routeName(m.routeIndex(u"/metrics"_s)), u"/metrics"_s);
        QCOMPARE(m.routeName(m.routeIndex(u"/docs/index.html"_s)), u"/docs"_s);
        QCOMPARE(m.routeName(m.routeIndex(u"/nope"_s)), u"other"_s);
        QCOMPARE(m.routeName(m.routeIndex(u"/docsx"_s)), u"other"_s);
    }

    void requestsAreCountedByRouteStatusAndDuration()
    {
        RequestMetrics m({u"/a"_s});
        const int a = m.routeIndex(u"/a"_s);
        m.record(a, 200, 50us); // le 0.0001
        m.record(a, 200, 2ms);  // le 0.0025
        m.record(a, 404, 10s);  // above every bound
        m.record(a, 1000, 1ms); // clamped to 599
        QCOMPARE(m.requests(a, 200), quint64(2));
        QCOMPARE(m.requests(a, 404), quint64(1));
        QCOMPARE(m.requests(a, 599), quint64(1));
        MetricsWriter w(MetricsFormat::Prometheus);
        m.writeTo(w);
        const QByteArray text = w.finish();
        QVERIFY2(text.contains("btcw_api_requests_total{route=\"/a\",status=\"200\"} 2\n"), text.constData());
        QVERIFY(text.contains("btcw_api_request_duration_seconds_bucket{route=\"/a\",le=\"0.0001\"} 1\n"));
        QVERIFY(text.contains("btcw_api_request_duration_seconds_bucket{route=\"/a\",le=\"0.0025\"} 3\n"));
        QVERIFY(text.contains("btcw_api_request_duration_seconds_bucket{route=\"/a\",le=\"2.5\"} 3\n"));
        QVERIFY(text.contains("btcw_api_request_duration_seconds_bucket{route=\"/a\",le=\"+Inf\"} 4\n"));
        QVERIFY(text.contains("btcw_api_request_duration_seconds_count{route=\"/a\"} 4\n"));
        QVERIFY(text.contains("btcw_api_request_duration_seconds_sum{route=\"/a\"} 10.00305\n"));
        // Routes nobody asked for are left out rather than written as zeros.
        QVERIFY(!text.contains("route=\"other\""));
    }

    void countingFromManyThreadsLosesNothing()
    {
        RequestMetrics m({u"/a"_s, u"/b"_s});
        constexpr int kThreads = 4, kEach = 200'000;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&m, t] {
                const int route = m.routeIndex(t % 2 ? u"/a"_s : u"/b"_s);
                for (int i = 0; i < kEach; ++i)
                    m.record(route, 200 + (i % 2) * 100, std::chrono::nanoseconds(i));
            });
        }
        for (auto& t : threads)
            t.join();
        for (const QString& r : {u"/a"_s, u"/b"_s}) {
            QCOMPARE(m.requests(m.routeIndex(r), 200), quint64(kThreads / 2 * kEach / 2));
            QCOMPARE(m.requests(m.routeIndex(r), 300), quint64(kThreads / 2 * kEach / 2));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsText)
#include "tst_metricstext.moc"
