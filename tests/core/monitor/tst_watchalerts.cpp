// WatchAlerts: one event per change of a watched server's state, none for unwatched ones, quiet while one flaps.
#include "Clock.h"
#include "directory/WatchList.h"
#include "health/HealthRegistry.h"
#include "health/HealthReport.h"
#include "monitor/WatchAlerts.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace btcw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ServerAddress address(const QString& text)
{
    return ServerAddress::parse(text).value();
}

} // namespace

class TestWatchAlerts : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    WatchList m_watched;
    HealthRegistry m_registry;
    std::unique_ptr<WatchAlerts> m_alerts;
    QList<ServerEvent> m_events;
    const ServerAddress m_a = address(u"a.example.org:50002:s"_s);
    const ServerAddress m_b = address(u"b.example.org:50001:t"_s);

    // A check of `server` as HealthMonitor records it: into the registry, then to the alerts.
    void check(const ServerAddress& server, bool ok, int height = 100, const QString& pinState = {},
               const QString& certificate = {})
    {
        HealthReport r;
        r.server = server;
        r.checkedAt = m_clock.utcNow();
        r.ok = ok;
        if (ok) {
            r.height = height;
            r.tipHash = u"%1"_s.arg(height, 64, 10, QLatin1Char('0'));
        } else {
            r.failedStage = u"connect"_s;
            r.error = Error::make(ErrorKind::ConnectionRefused, u"connection refused"_s);
        }
        r.pinState = pinState;
        r.certificateSha256 = certificate;
        m_registry.record(r, BitcoinNetwork::Mainnet);
        m_alerts->observe(r, BitcoinNetwork::Mainnet);
    }
    QStringList kinds() const
    {
        QStringList out;
        for (const ServerEvent& e : m_events)
            out << serverEventKindName(e.kind) + u' ' + e.server.host();
        return out;
    }

private slots:
    void init()
    {
        m_registry.clear();
        m_watched.setKeys({});
        m_alerts = std::make_unique<WatchAlerts>(m_watched, m_registry, m_clock);
        m_events.clear();
        connect(m_alerts.get(), &WatchAlerts::serverEvent, this, [this](const ServerEvent& e) { m_events << e; });
        m_watched.setWatched(u"mainnet/a.example.org"_s, true);
    }

    void oneEventPerStateChange()
    {
        check(m_a, true); // the baseline: nothing to tell
        QVERIFY(m_events.isEmpty());
        m_clock.advance(11min);
        check(m_a, false);
        check(m_a, false); // still down: told once
        QCOMPARE(kinds(), QStringList{u"down a.example.org"_s});
        QCOMPARE(m_events.first().verdict, u"connect: connection refused"_s);
        m_clock.advance(11min);
        check(m_a, true);
        check(m_a, true);
        QCOMPARE(kinds(), (QStringList{u"down a.example.org"_s, u"up a.example.org"_s}));
        QCOMPARE(m_events.last().height, 100);
    }

    void aForkMarkIsToldOnlyWhenItHoldsAndItsEndAtOnce()
    {
        AlertOptions options;
        options.forkSettle = 400ms;
        m_alerts->setOptions(options);
        const QString hash = QString(64, u'c');
        m_alerts->observeFork(m_b, u"mainnet"_s, true, 101, hash);               // not watched
        m_alerts->observeFork(m_a, u"mainnet"_s, false, 100, QString(64, u'a')); // not forked: nothing new
        // Marked for a moment (another server of the split announced first), then not: never told.
        m_alerts->observeFork(m_a, u"mainnet"_s, true, 101, hash);
        m_alerts->observeFork(m_a, u"mainnet"_s, false, 101, QString(64, u'a'));
        QTest::qWait(600);
        QVERIFY(m_events.isEmpty());

        // Marked, and still marked when the settle time is over: told once.
        m_alerts->observeFork(m_a, u"mainnet"_s, true, 101, hash);
        QVERIFY(m_events.isEmpty());
        m_clock.advance(1s);
        QTRY_COMPARE_WITH_TIMEOUT(m_events.size(), 1, 5000);
        QCOMPARE(kinds(), QStringList{u"forked a.example.org"_s});
        QCOMPARE(m_events.last().height, 101);
        QCOMPARE(m_events.last().blockHash, hash);
        QVERIFY2(m_events.last().verdict.contains(u"101"_s), qPrintable(m_events.last().verdict));
        QCOMPARE(m_events.last().toJson().value(u"event"_s).toString(), u"forked"_s);
        QCOMPARE(m_events.last().toJson().value(u"block_hash"_s).toString(), hash);
        m_alerts->observeFork(m_a, u"mainnet"_s, true, 101, hash); // the same mark again
        QTest::qWait(600);
        QCOMPARE(m_events.size(), 1);

        // Its end is told at once (after the quiet period since the mark was told).
        m_clock.advance(11min);
        m_alerts->observeFork(m_a, u"mainnet"_s, false, 102, QString(64, u'a'));
        QCOMPARE(kinds(), (QStringList{u"forked a.example.org"_s, u"fork-resolved a.example.org"_s}));
        QCOMPARE(m_events.last().height, 102);
    }

    void aForkMarkThatFlapsIsToldWhenTheQuietPeriodEnds()
    {
        AlertOptions options;
        options.quietPeriod = 1s;
        options.forkSettle = 0ms;
        m_alerts->setOptions(options);
        m_alerts->observeFork(m_a, u"mainnet"_s, true, 101, QString(64, u'c'));
        m_alerts->observeFork(m_a, u"mainnet"_s, false, 102, QString(64, u'a')); // within the period: waits
        QCOMPARE(kinds(), QStringList{u"forked a.example.org"_s});
        // No other mark comes (marks change only with tips): the end of the period tells the state it is in then.
        m_clock.advance(2s);
        QTRY_COMPARE_WITH_TIMEOUT(m_events.size(), 2, 5000);
        QCOMPARE(kinds().last(), u"fork-resolved a.example.org"_s);
        // Forked and back within the next period: nothing stale is told when it ends.
        m_alerts->observeFork(m_a, u"mainnet"_s, true, 103, QString(64, u'd'));
        m_alerts->observeFork(m_a, u"mainnet"_s, false, 104, QString(64, u'a'));
        QTest::qWait(1500);
        QCOMPARE(m_events.size(), 2);
    }

    void forkMarksCanBeSwitchedOff()
    {
        AlertOptions options;
        options.fork = false;
        options.forkSettle = 0ms;
        m_alerts->setOptions(options);
        m_alerts->observeFork(m_a, u"mainnet"_s, true, 101, QString(64, u'c'));
        m_clock.advance(11min);
        m_alerts->observeFork(m_a, u"mainnet"_s, false, 102, QString(64, u'a'));
        QVERIFY(m_events.isEmpty());
    }

    void aFirstCheckThatFailsIsNews()
    {
        check(m_a, false);
        QCOMPARE(kinds(), QStringList{u"down a.example.org"_s});
    }

    void unwatchedServersAreNotFollowed()
    {
        check(m_b, true);
        check(m_b, false);
        QVERIFY(m_events.isEmpty());
        // Watched from now on: a fresh baseline, then its changes count.
        m_watched.setWatched(u"mainnet/b.example.org"_s, true);
        check(m_b, true);
        m_clock.advance(11min);
        check(m_b, false);
        QCOMPARE(kinds(), QStringList{u"down b.example.org"_s});
    }

    void aFlappingServerIsToldOfOncePerQuietPeriod()
    {
        AlertOptions options;
        options.quietPeriod = 10min;
        m_alerts->setOptions(options);
        check(m_a, true);
        check(m_a, false);            // told
        for (int i = 0; i < 4; ++i) { // eight minutes of flapping
            m_clock.advance(1min);
            check(m_a, true);
            m_clock.advance(1min);
            check(m_a, false);
        }
        QCOMPARE(kinds(), QStringList{u"down a.example.org"_s});
        // It ends up: after the quiet period the next check tells the state it is in now.
        m_clock.advance(1min);
        check(m_a, true); // nine minutes after it was told of: still quiet
        QCOMPARE(m_events.size(), 1);
        m_clock.advance(10min);
        check(m_a, true);
        QCOMPARE(kinds(), (QStringList{u"down a.example.org"_s, u"up a.example.org"_s}));
        // Down again within the period after that: quiet, and never a stale "up" later on.
        m_clock.advance(1min);
        check(m_a, false);
        m_clock.advance(1min);
        check(m_a, true);
        m_clock.advance(20min);
        check(m_a, true);
        QCOMPARE(m_events.size(), 2);
    }

    void fallingBehindIsToldWithTheLag()
    {
        m_watched.setWatched(u"mainnet/b.example.org"_s, true);
        check(m_b, true, 200); // the best tip comes from b
        check(m_a, true, 200);
        QVERIFY(m_events.isEmpty());
        m_clock.advance(11min);
        check(m_a, true, 197); // 3 behind: not more than the default 3
        QVERIFY(m_events.isEmpty());
        check(m_a, true, 196);
        QCOMPARE(kinds(), QStringList{u"lagging a.example.org"_s});
        QCOMPARE(m_events.last().lag, 4);
        QCOMPARE(m_events.last().toJson().value(u"lag"_s).toInt(), 4);
        m_clock.advance(11min);
        check(m_a, true, 200);
        QCOMPARE(kinds(), (QStringList{u"lagging a.example.org"_s, u"caught-up a.example.org"_s}));
    }

    void anotherCertificateIsToldOncePerFingerprint()
    {
        check(m_a, true, 100, u"match"_s, u"aa"_s);
        check(m_a, false, 100, u"changed"_s, u"bb"_s);
        check(m_a, false, 100, u"changed"_s, u"bb"_s);
        QCOMPARE(kinds(), (QStringList{u"down a.example.org"_s, u"certificate-changed a.example.org"_s}));
        QCOMPARE(m_events.last().certificateSha256, u"bb"_s);
        QCOMPARE(m_events.last().toJson().value(u"pin_state"_s).toString(), u"changed"_s);
        check(m_a, false, 100, u"changed"_s, u"cc"_s);
        QCOMPARE(m_events.size(), 3);
    }

    void eachKindCanBeSwitchedOff()
    {
        AlertOptions options;
        options.down = false;
        options.certificate = false;
        m_alerts->setOptions(options);
        check(m_a, true);
        m_clock.advance(11min);
        check(m_a, false, 100, u"changed"_s, u"bb"_s);
        m_clock.advance(11min);
        check(m_a, true);
        QVERIFY(m_events.isEmpty());
    }

    void theEventJsonSaysWhatAndWhere()
    {
        check(m_a, false);
        const QJsonObject json = m_events.first().toJson();
        QCOMPARE(json.value(u"event"_s).toString(), u"down"_s);
        QCOMPARE(json.value(u"server"_s).toString(), u"a.example.org:50002:s"_s);
        QCOMPARE(json.value(u"host"_s).toString(), u"a.example.org"_s);
        QCOMPARE(json.value(u"port"_s).toInt(), 50002);
        QCOMPARE(json.value(u"transport"_s).toString(), u"tls"_s);
        QCOMPARE(json.value(u"network"_s).toString(), u"mainnet"_s);
        QCOMPARE(QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODateWithMs), m_clock.utcNow());
    }

    void watchListKeepsOnlyUsableKeys()
    {
        WatchList list;
        QSignalSpy changed(&list, &WatchList::changed);
        QCOMPARE(list.setKeys({u"mainnet/a.example.org"_s, u"moonnet/x.org"_s, u"noslash"_s, u"testnet/"_s,
                               u"signet/bad host"_s}),
                 4);
        QCOMPARE(list.keys(), QStringList{u"mainnet/a.example.org"_s});
        QCOMPARE(changed.size(), 1);
        list.setWatched(u"mainnet/a.example.org"_s, true); // already: no change
        QCOMPARE(changed.size(), 1);
        QVERIFY(list.isWatched(u"mainnet"_s, address(u"a.example.org:50001:t"_s)));
        QVERIFY(!list.isWatched(u"testnet"_s, address(u"a.example.org:50001:t"_s)));
    }
};

QTEST_GUILESS_MAIN(TestWatchAlerts)
#include "tst_watchalerts.moc"
