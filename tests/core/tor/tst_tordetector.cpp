// Unit: finding Tor by SOCKS5 probe: a real-looking SOCKS listener, garbage, silence and nothing at all.
#include "FakeSocksServer.h"
#include "TorTestUtil.h"
#include "tor/TorDetector.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

Result<TorEndpoint> runProbe(TorDetector& detector, QList<TorEndpoint> candidates)
{
    std::optional<Result<TorEndpoint>> result;
    QObject context;
    QObject::connect(&detector, &TorDetector::finished, &context, [&](const Result<TorEndpoint>& r) { result = r; });
    detector.probe(std::move(candidates));
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10'000))
        return Error::make(ErrorKind::Internal, u"the detector never finished"_s);
    return *result;
}

} // namespace

class TestTorDetector : public QObject
{
    Q_OBJECT
private slots:
    void candidatesAreConfiguredOnlyOrSystemThenTorBrowser();
    void findsTheFirstEndpointThatAnswersSocks5();
    void garbageAnswerIsNotTor();
    void nothingListeningIsReportedPerCandidate();
    void silentListenerTimesOut();
    void cancelSuppressesTheAnswer();
};

void TestTorDetector::candidatesAreConfiguredOnlyOrSystemThenTorBrowser()
{
    // A configured endpoint is exclusive (issue #23): auto-detection's ports are not candidates next to it.
    const auto configured = TorDetector::defaultCandidates(u"10.0.0.5"_s, 9999, true);
    QCOMPARE(configured.size(), 1);
    QCOMPARE(configured[0].toString(), u"10.0.0.5:9999"_s);
    QCOMPARE(configured[0].source, TorSource::Configured);
    const auto list = TorDetector::defaultCandidates({}, 0, true);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].port, quint16(9050));
    QCOMPARE(list[0].source, TorSource::System);
    QCOMPARE(list[1].port, quint16(9150));
    QCOMPARE(list[1].source, TorSource::TorBrowser);
    const auto injected = TorDetector::defaultCandidates({}, 0, true, 19050, 19150);
    QCOMPARE(injected.value(0).port, quint16(19050));
    QCOMPARE(injected.value(1).port, quint16(19150));
    QCOMPARE(TorDetector::defaultCandidates({}, 0, false).size(), 0);
    QCOMPARE(TorDetector::defaultCandidates({}, 9999, false).value(0).host, u"127.0.0.1"_s);
}

void TestTorDetector::findsTheFirstEndpointThatAnswersSocks5()
{
    FakeSocksServer socks;
    TorDetector detector;
    const auto result = runProbe(detector, {{u"127.0.0.1"_s, closedPort(), TorSource::Configured},
                                            {u"127.0.0.1"_s, socks.serverPort(), TorSource::System}});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->port, socks.serverPort());
    QCOMPARE(result->source, TorSource::System);
    QCOMPARE(socks.greeting, QByteArray::fromHex("050100")); // no-auth greeting only
}

void TestTorDetector::garbageAnswerIsNotTor()
{
    FakeSocksServer garbage(FakeSocksServer::Mode::Garbage);
    TorDetector detector;
    const auto result = runProbe(detector, {{u"127.0.0.1"_s, garbage.serverPort(), TorSource::Configured}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::TorUnavailable);
    QVERIFY2(result.error().detail.contains(u"not a SOCKS5 proxy"_s), qPrintable(result.error().detail));
}

void TestTorDetector::nothingListeningIsReportedPerCandidate()
{
    const quint16 a = closedPort();
    const quint16 b = closedPort();
    TorDetector detector;
    const auto result =
        runProbe(detector, {{u"127.0.0.1"_s, a, TorSource::System}, {u"127.0.0.1"_s, b, TorSource::TorBrowser}});
    QVERIFY(!result.ok());
    const QString detail = result.error().detail;
    QVERIFY2(detail.contains(u"127.0.0.1:%1 (system): connection refused"_s.arg(a)), qPrintable(detail));
    QVERIFY2(detail.contains(u"127.0.0.1:%1 (tor-browser): connection refused"_s.arg(b)), qPrintable(detail));
}

void TestTorDetector::silentListenerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    TorDetector detector;
    detector.setProbeTimeout(200ms);
    QElapsedTimer clock;
    clock.start();
    const auto result = runProbe(detector, {{u"127.0.0.1"_s, silent.serverPort(), TorSource::Configured}});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().detail.contains(u"no answer in time"_s), qPrintable(result.error().detail));
    QVERIFY(clock.elapsed() < 5000);
}

void TestTorDetector::cancelSuppressesTheAnswer()
{
    FakeSocksServer socks;
    TorDetector detector;
    QSignalSpy finished(&detector, &TorDetector::finished);
    detector.probe({{u"127.0.0.1"_s, socks.serverPort(), TorSource::Configured}});
    detector.cancel();
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!detector.isRunning());
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestTorDetector)
#include "tst_tordetector.moc"
