// A server's big replies and notification floods must not keep the client's event loop busy (issue 17, item 5).
#include "LoopLateness.h"
#include "ServerThread.h"
#include "electrum/ElectrumSession.h"
#include "net/CertificatePinStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <memory>

using namespace btcw;
using btcw::test::LoopLateness;
using btcw::test::ServerThread;
using btcw::test::TestElectrumServer;
using namespace Qt::StringLiterals;

namespace {

// The target: the loop is never late by more than this at p99. Under ASan+UBSan (a -O0 build where every
// access is checked) the same 1 ms slices take about twice as long, so the sanitizer run allows 2.5 times the
// lateness: still below what a loop that works a big reply off in one go showed (p99 31-231 ms, optimised build).
#if defined(__SANITIZE_ADDRESS__)
constexpr double kTargetP99Ms = 50;
#else
constexpr double kTargetP99Ms = 20;
#endif

// Scheduling noise on a loaded machine only ever adds lateness (a loop busy in perfect 1 ms slices sees p99 9-25 ms
// on the shared 2-core machine at load 9): a measurement is repeated until one meets the target, while a stall the
// session itself causes shows in every attempt.
constexpr int kAttempts = 3;

TestElectrumServer::Options tcpOnly(bool tls = false)
{
    TestElectrumServer::Options options;
    options.enableTls = tls;
    options.enableTcp = !tls;
    return options;
}

QString describe(const QList<double>& p99s)
{
    QStringList parts;
    for (double p : p99s)
        parts << QString::number(p, 'f', 1);
    return QStringLiteral("p99 lateness in ms, per attempt: ") + parts.join(QStringLiteral(", "));
}

ServerAddress tcpAddress(const ServerThread& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
}

ServerAddress tlsAddress(const ServerThread& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls).value();
}

constexpr qsizetype kBigReplyBytes = 7 * 1024 * 1024;

// One long string that a reordering or a lost chunk would change: the offset of every 16th character written out.
QJsonValue patternedString(qsizetype size)
{
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; text.size() < size; i += 16)
        text += QStringLiteral("%1|").arg(i, 15, 16, QLatin1Char('0'));
    text.truncate(size);
    return text;
}

// A busy address's history as blockchain.scripthash.get_history gives it: {tx_hash, height} entries, ~100 bytes each.
QJsonValue history(qsizetype size)
{
    QJsonArray entries;
    qsizetype bytes = 0;
    for (int i = 0; bytes < size; ++i) {
        const QString txHash = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        entries.append(QJsonObject{{QStringLiteral("tx_hash"), txHash}, {QStringLiteral("height"), 100'000 + i}});
        bytes += 96;
    }
    return entries;
}

// Runs the event loop (a real one: QTest::qWaitFor sleeps 10 ms between its rounds) until `done` or the timeout.
bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

void report(const char* what, const LoopLateness& lateness)
{
    qInfo("%s: %lld ms, %lld deadlines, lateness p50 %.1f ms, p99 %.1f ms, max %.1f ms", what, lateness.elapsedMs(),
          qint64(lateness.deadlines()), lateness.percentileMs(0.5), lateness.percentileMs(0.99), lateness.maxMs());
}

} // namespace

class TestSessionResponsiveness : public QObject
{
    Q_OBJECT
private slots:
    void bigReplyArrivesIntactAndInOrderWhileTheLoopStaysPrompt_data()
    {
        QTest::addColumn<QJsonValue>("result");
        QTest::addColumn<bool>("tls");
        const QJsonValue text = patternedString(kBigReplyBytes);
        const QJsonValue entries = history(kBigReplyBytes);
        QTest::newRow("one 7 MB string") << text << false;
        QTest::newRow("a 7 MB history") << entries << false;
        QTest::newRow("a 7 MB history over TLS") << entries << true;
    }

    void bigReplyArrivesIntactAndInOrderWhileTheLoopStaysPrompt()
    {
        QFETCH(QJsonValue, result);
        QFETCH(bool, tls);
        QList<double> p99s;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const double p99 = bigReplyLateness(result, tls);
            if (QTest::currentTestFailed())
                return;
            p99s << p99;
            if (p99 < kTargetP99Ms)
                break;
        }
        // Before issue 17's item 5 the reply was parsed on the loop: one stall as long as the parse (the history:
        // p99 70-150 ms here, every time).
        QVERIFY2(p99s.last() < kTargetP99Ms, qPrintable(describe(p99s)));
    }

    void notificationFloodIsWorkedOffInSlicesWhileTheLoopStaysPrompt()
    {
        QList<double> p99s;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const double p99 = floodLateness();
            if (QTest::currentTestFailed())
                return;
            p99s << p99;
            if (p99 < kTargetP99Ms)
                break;
        }
        // Before issue 17's item 5 the flood was parsed in one go: p99 120-230 ms here, every time.
        QVERIFY2(p99s.last() < kTargetP99Ms, qPrintable(describe(p99s)));
    }

    void answerSentJustBeforeTheServerClosesIsStillDelivered()
    {
        ServerThread server(tcpOnly());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.run([](TestElectrumServer& s) { s.setBanner(QString(3 * 1024 * 1024, u'b')); });
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        QSignalSpy ready(&session, &ElectrumSession::ready);
        session.open();
        QVERIFY(ready.wait(5000));
        std::optional<Result<QJsonValue>> big;
        session.call(QStringLiteral("server.banner"), {}, nullptr, [&](Result<QJsonValue> r) { big = std::move(r); });
        // Once the server has the request its answer is written; then it closes the connection behind it.
        QVERIFY(runUntil(
            [&] {
                int asked = 0;
                server.run([&asked](TestElectrumServer& s) { asked = s.requestsReceived(u"server.banner"_s); });
                return asked == 1;
            },
            5000));
        server.run([](TestElectrumServer& s) { s.closeAllClients(); });
        QVERIFY(runUntil([&] { return big.has_value(); }, 10'000));
        QVERIFY2(big->ok(), qPrintable(big->ok() ? QString() : big->error().toString()));
        QCOMPARE(big->value().toString().size(), 3 * 1024 * 1024);
        QVERIFY(runUntil([&] { return session.state() == ElectrumSession::State::Closed; }, 5000));
        QCOMPARE(session.closeReason().kind, ErrorKind::ConnectionClosed);
    }

    void sessionDestroyedWhileALongLineIsParsedAnswersOnce()
    {
        ServerThread server(tcpOnly());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QJsonValue entries = history(kBigReplyBytes);
        server.run(
            [&entries](TestElectrumServer& s) { s.setMethodResult(u"blockchain.scripthash.get_history"_s, entries); });
        // Destroyed at different moments: before the answer came, while it is framed or parsed on the worker, after.
        for (int delayMs : {0, 10, 20, 40, 80, 160}) {
            auto session =
                std::make_unique<ElectrumSession>(tcpAddress(server), ProxyChoice{}, ConnectionSettings{}, nullptr);
            int answers = 0;
            session->call(QStringLiteral("blockchain.scripthash.get_history"), QJsonArray{QString(64, u'a')}, nullptr,
                          [&answers](const Result<QJsonValue>&) { ++answers; });
            QElapsedTimer clock;
            clock.start();
            runUntil([&] { return clock.elapsed() >= delayMs; }, 5000);
            session.reset();
            // A parse still running on the worker comes back to nobody.
            runUntil([&] { return clock.elapsed() >= delayMs + 300; }, 5000);
            QCOMPARE(answers, 1);
        }
    }

private:
    // One 7 MB answer between two small ones: checks they arrive intact and in order; returns the loop's p99 lateness.
    double bigReplyLateness(const QJsonValue& result, bool tls)
    {
        ServerThread server(tcpOnly(tls));
        if (!server.start()) {
            QTest::qFail(qPrintable(server.errorString()), __FILE__, __LINE__);
            return -1;
        }
        server.run(
            [&result](TestElectrumServer& s) { s.setMethodResult(u"blockchain.scripthash.get_history"_s, result); });
        CertificatePinStore pins; // trusts the test server's certificate on first use
        ElectrumSession session(tls ? tlsAddress(server) : tcpAddress(server), {}, {}, &pins);
        QSignalSpy ready(&session, &ElectrumSession::ready);
        session.open();
        [&] { QVERIFY(ready.wait(5000)); }();
        if (QTest::currentTestFailed())
            return -1;

        QStringList order;
        std::optional<Result<QJsonValue>> big;
        LoopLateness lateness;
        lateness.start();
        session.call(QStringLiteral("server.ping"), {}, nullptr,
                     [&](Result<QJsonValue> r) { order << (r.ok() ? QStringLiteral("ping") : r.error().toString()); });
        session.call(QStringLiteral("blockchain.scripthash.get_history"), QJsonArray{QString(64, u'a')}, nullptr,
                     [&](Result<QJsonValue> r) {
                         order << (r.ok() ? QStringLiteral("history") : r.error().toString());
                         big = std::move(r);
                     });
        session.call(QStringLiteral("blockchain.headers.subscribe"), {}, nullptr,
                     [&](Result<QJsonValue> r) { order << (r.ok() ? QStringLiteral("tip") : r.error().toString()); });
        const bool answered = runUntil([&] { return order.size() == 3; }, 30'000);
        lateness.stop();
        report(QTest::currentDataTag(), lateness);
        [&] {
            QVERIFY(answered);
            QCOMPARE(order, (QStringList{u"ping"_s, u"history"_s, u"tip"_s}));
            QVERIFY(big->value() == result); // not QCOMPARE: it would print 7 MB on failure
            QCOMPARE(session.state(), ElectrumSession::State::Ready);
        }();
        return lateness.percentileMs(0.99);
    }

    // 100,000 notifications to a session with a listener, then a ping behind them: checks the budget held; returns
    // the loop's p99 lateness while they were worked off.
    double floodLateness()
    {
        ServerThread server(tcpOnly());
        if (!server.start()) {
            QTest::qFail(qPrintable(server.errorString()), __FILE__, __LINE__);
            return -1;
        }
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        int delivered = 0;
        QObject::connect(&session, &ElectrumSession::notification, &session,
                         [&delivered](const QString&, const QJsonArray&) { ++delivered; });
        bool subscribed = false;
        session.call(QStringLiteral("blockchain.headers.subscribe"), {}, nullptr,
                     [&](Result<QJsonValue> r) { subscribed = r.ok(); });
        [&] { QVERIFY(runUntil([&] { return subscribed; }, 5000)); }();
        if (QTest::currentTestFailed())
            return -1;

        LoopLateness lateness;
        lateness.start();
        // Not run(): that would hold this loop while the server encodes and writes the flood.
        auto written = std::make_shared<std::atomic<bool>>(false);
        server.post([written](TestElectrumServer& s) {
            s.sendNotifications(100'000);
            *written = true;
        });
        const bool wrote = runUntil([&] { return written->load(); }, 10'000);
        // The answer to a ping sent now comes after the whole flood.
        bool answered = false;
        session.call(QStringLiteral("server.ping"), {}, nullptr, [&](Result<QJsonValue> r) { answered = r.ok(); });
        runUntil([&] { return answered || session.state() == ElectrumSession::State::Closed; }, 30'000);
        lateness.stop();
        report("100,000 notifications", lateness);
        [&] {
            QVERIFY(wrote);
            QVERIFY2(answered, qPrintable(session.closeReason().toString()));
            // The budget still holds: a burst delivered at once, the rest coalesced (one key: the tip) for the
            // next flush, nothing dropped.
            QVERIFY2(delivered >= 1 && delivered <= 1000, qPrintable(QString::number(delivered)));
            QCOMPARE(session.droppedNotifications(), 0);
        }();
        return lateness.percentileMs(0.99);
    }
};

QTEST_GUILESS_MAIN(TestSessionResponsiveness)
#include "tst_sessionresponsiveness.moc"
