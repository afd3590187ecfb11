// The command line: defaults, overrides and the errors a user sees for bad values.
#include "CommandLine.h"

#include <QTest>

using namespace btcw;

namespace {
QStringList args(std::initializer_list<const char*> list)
{
    QStringList out{QStringLiteral("btc-worker")};
    for (const char* a : list)
        out << QString::fromLatin1(a);
    return out;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void defaultsServeTheApiOnLoopbackPort5000()
    {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a display exists: no automatic headless
        auto config = parseCommandLine(args({}));
        QVERIFY(config.ok());
        QCOMPARE(config->apiPort, quint16(5000));
        QCOMPARE(config->apiBind, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(config->apiEnabled);
        QVERIFY(!config->headless);
        QVERIFY(config->torEnabled);
        QVERIFY(!config->allowBroadcast);
        QVERIFY(config->helpText.contains(QStringLiteral("Usage: btc-worker")));
        QVERIFY(config->helpText.contains(QStringLiteral("--allow-private-targets")));
    }

    void optionsOverrideTheDefaults()
    {
        auto config =
            parseCommandLine(args({"--headless", "--api-port", "5055", "--api-bind", "::1", "--tor-socks",
                                   "127.0.0.1:9150", "--all-via-tor", "--allow-broadcast", "--allow-private-targets"}));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QVERIFY(config->headless);
        QCOMPARE(config->apiPort, quint16(5055));
        QCOMPARE(config->apiBind, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(config->torSocks->first, QStringLiteral("127.0.0.1"));
        QCOMPARE(config->torSocks->second, quint16(9150));
        QVERIFY(config->routeAllViaTor);
        QVERIFY(config->allowBroadcast);
        QVERIFY(config->allowPrivateTargets);
    }

    void rateLimitIsOffOnLoopbackAndOnElsewhereUnlessSet()
    {
        auto loopback = parseCommandLine(args({}));
        QVERIFY(loopback.ok());
        QCOMPARE(apiRateLimit(*loopback), 0); // token holders' scripts run at full speed
        auto network = parseCommandLine(args({"--api-bind", "0.0.0.0"}));
        QVERIFY(network.ok());
        QCOMPARE(apiRateLimit(*network), kNonLoopbackRateLimit);
        auto set = parseCommandLine(args({"--api-rate-limit", "7"}));
        QVERIFY(set.ok());
        QCOMPARE(apiRateLimit(*set), 7);
        auto off = parseCommandLine(args({"--api-bind", "0.0.0.0", "--api-rate-limit", "0"}));
        QVERIFY(off.ok());
        QCOMPARE(apiRateLimit(*off), 0);
        for (const char* bad : {"-1", "many", "2000000"}) {
            auto refused = parseCommandLine(args({"--api-rate-limit", bad}));
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().message.contains(QStringLiteral("--api-rate-limit")));
        }
    }

    void commandLineWinsOverSavedSettings()
    {
        AppConfig saved;
        saved.apiPort = 6000;
        saved.apiEnabled = false;
        auto kept = parseCommandLine(args({}), saved);
        QCOMPARE(kept->apiPort, quint16(6000));
        QVERIFY(!kept->apiEnabled);
        auto overridden = parseCommandLine(args({"--api-port=7000"}), saved);
        QCOMPARE(overridden->apiPort, quint16(7000));
    }

    void tokenOptionsReachTheConfig()
    {
        auto defaults = parseCommandLine(args({}));
        QVERIFY(defaults->apiRequireToken);
        QVERIFY(defaults->apiTokenFile.isEmpty());
        auto open = parseCommandLine(args({"--no-auth", "--api-bind", "::1"}));
        QVERIFY2(open.ok(), qPrintable(open.ok() ? QString() : open.error().message));
        QVERIFY(!open->apiRequireToken);
        auto fixed = parseCommandLine(args({"--api-token-file", "/etc/btc-worker/token"}));
        QCOMPARE(fixed->apiTokenFile, QStringLiteral("/etc/btc-worker/token"));
        QVERIFY(fixed->apiRequireToken);
    }

    void torLaunchesOnDemandByDefaultAndTheOptionsChangeWhen()
    {
        auto defaults = parseCommandLine(args({}));
        QVERIFY(defaults->launchTor);         // our own tor, on the first request that needs Tor
        QVERIFY(!defaults->launchTorAtStart); // but not at start
        auto atStart = parseCommandLine(args({"--launch-tor"}));
        QVERIFY(atStart->launchTor);
        QVERIFY(atStart->launchTorAtStart);
        AppConfig saved;
        saved.launchTor = false; // tor/launch = false in the settings
        auto forced = parseCommandLine(args({"--launch-tor"}), saved);
        QVERIFY(forced->launchTor);
        auto never = parseCommandLine(args({"--no-launch-tor"}));
        QVERIFY(!never->launchTor);
        QVERIFY(!never->launchTorAtStart);
    }

    void scanOptionsScheduleTheHealthMonitor()
    {
        auto none = parseCommandLine(args({}));
        QVERIFY(!none->health.scanAtStart);
        auto once = parseCommandLine(args({"--scan", "testnet"}));
        QVERIFY2(once.ok(), qPrintable(once.ok() ? QString() : once.error().message));
        QVERIFY(once->health.scanAtStart);
        QCOMPARE(once->health.network, BitcoinNetwork::Testnet3);
        QCOMPARE(once->health.interval.count(), 0);
        auto every = parseCommandLine(args({"--scan-every", "15"}));
        QVERIFY(every->health.scanAtStart);
        QCOMPARE(every->health.network, BitcoinNetwork::Mainnet);
        QCOMPARE(every->health.interval, std::chrono::milliseconds(15 * 60 * 1000));
        AppConfig saved;
        saved.health.interval = std::chrono::minutes(30);
        auto off = parseCommandLine(args({"--scan-every", "0"}), saved);
        QCOMPARE(off->health.interval.count(), 0);
        QVERIFY(!off->health.scanAtStart);
    }

    void badValuesNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port not a number") << args({"--api-port", "abc"}) << QStringLiteral("--api-port");
        QTest::newRow("port too large") << args({"--api-port", "70000"}) << QStringLiteral("--api-port");
        QTest::newRow("bind not an address") << args({"--api-bind", "localhostt"}) << QStringLiteral("--api-bind");
        QTest::newRow("socks without port") << args({"--tor-socks", "127.0.0.1"}) << QStringLiteral("--tor-socks");
        QTest::newRow("contradiction") << args({"--no-tor", "--all-via-tor"}) << QStringLiteral("--all-via-tor");
        QTest::newRow("launch contradiction")
            << args({"--launch-tor", "--no-launch-tor"}) << QStringLiteral("--no-launch-tor");
        QTest::newRow("unknown option") << args({"--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("stray argument") << args({"extra"}) << QStringLiteral("extra");
        QTest::newRow("no-auth off loopback")
            << args({"--no-auth", "--api-bind", "0.0.0.0"}) << QStringLiteral("--no-auth");
        QTest::newRow("scan of an unknown network") << args({"--scan", "moonnet"}) << QStringLiteral("--scan");
        QTest::newRow("scan interval negative") << args({"--scan-every", "-5"}) << QStringLiteral("--scan-every");
        QTest::newRow("scan interval not a number")
            << args({"--scan-every", "often"}) << QStringLiteral("--scan-every");
        QTest::newRow("no-auth with a token file")
            << args({"--no-auth", "--api-token-file", "/tmp/t"}) << QStringLiteral("--api-token-file");
    }

    void badValuesNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        auto config = parseCommandLine(arguments);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
    }

    void noDisplayMeansHeadless()
    {
#ifdef Q_OS_LINUX
        const QByteArray display = qgetenv("DISPLAY"), wayland = qgetenv("WAYLAND_DISPLAY"),
                         platform = qgetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
        auto config = parseCommandLine(args({}));
        QVERIFY(config->headless);
        qputenv("DISPLAY", display);
        qputenv("WAYLAND_DISPLAY", wayland);
        qputenv("QT_QPA_PLATFORM", platform);
#else
        QSKIP("Only Linux decides headless by the absence of a display.");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
