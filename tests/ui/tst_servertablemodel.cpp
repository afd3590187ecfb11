// The server table model and its sort/filter proxy: seed order by default, filters, sorting, lag, health reports
// with tip agreement, uptime and provenance, 10,000 rows.
#include "Clock.h"
#include "health/HealthReport.h"
#include "health/TipAgreement.h"
#include "live/LiveEvent.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "monitor/BlockArrival.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace btcw;

namespace {

ServerEntry makeEntry(const QString& host, HostKind kind, std::optional<quint16> tcp, std::optional<quint16> tls,
                      const QString& network = QStringLiteral("mainnet"))
{
    ServerEntry e;
    e.host = host;
    e.kind = kind;
    e.tcpPort = tcp;
    e.tlsPort = tls;
    e.network = network;
    e.version = QStringLiteral("1.4");
    e.source = QStringLiteral("bundled");
    return e;
}

// The seed's order as the directory gives it: hostnames, onion, IP.
QList<ServerEntry> seedEntries()
{
    const QString onion = QStringLiteral("%1.onion").arg(QString(56, QLatin1Char('a')));
    return {
        makeEntry(QStringLiteral("alpha.example.org"), HostKind::Hostname, 50001, 50002),
        makeEntry(QStringLiteral("beta.example.org"), HostKind::Hostname, std::nullopt, 50002),
        makeEntry(QStringLiteral("gamma.example.org"), HostKind::Hostname, 50001, std::nullopt),
        makeEntry(onion, HostKind::Onion, 50001, std::nullopt),
        makeEntry(QStringLiteral("10.0.0.7"), HostKind::IPv4, 50001, 50002),
        makeEntry(QStringLiteral("testnet.example.org"), HostKind::Hostname, 51001, 51002, QStringLiteral("testnet")),
    };
}

ServerStatus up(int height, qint64 latency)
{
    ServerStatus s;
    s.state = ServerState::Up;
    s.height = height;
    s.latencyMs = latency;
    s.lastChecked = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return s;
}

ServerStatus down(const QString& reason)
{
    ServerStatus s;
    s.state = ServerState::Down;
    s.reason = reason;
    s.lastChecked = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return s;
}

ServerAddress addressOf(const ServerEntry& e)
{
    return e.preferredAddress();
}

// A passed staged check of `server` at `height` with tip `hash`.
HealthReport okReport(const ServerAddress& server, int height, const QString& hash, qint64 latency)
{
    HealthReport r;
    r.server = server;
    r.checkedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    r.ok = true;
    r.height = height;
    r.tipHash = hash;
    r.latencyMs = latency;
    r.protocol = QStringLiteral("1.4.2");
    for (const QLatin1String stage :
         {healthstage::Connect, healthstage::Version, healthstage::Features, healthstage::Tip, healthstage::Header})
        r.stages.append(StageReport{stage, true, 5, {}});
    return r;
}

HealthReport failedReport(const ServerAddress& server, QLatin1String stage, const QString& why)
{
    HealthReport r;
    r.server = server;
    r.checkedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    r.failedStage = stage;
    r.error = Error::make(ErrorKind::Protocol, why);
    r.stages.append(StageReport{healthstage::Connect, true, 3, {}});
    r.stages.append(StageReport{stage, false, 7, why});
    return r;
}

QStringList hostsInProxyOrder(const QAbstractItemModel& proxy)
{
    QStringList hosts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        hosts.append(proxy.index(row, ServerTableModel::HostColumn).data().toString());
    return hosts;
}

QStringList hostsOf(const QList<ServerEntry>& entries)
{
    QStringList hosts;
    for (const ServerEntry& e : entries)
        hosts.append(e.host);
    return hosts;
}

} // namespace

class TestServerTableModel : public QObject
{
    Q_OBJECT
private slots:
    void modelPassesTheItemModelTesterThroughUpdates();
    void downRowsShowAShortVerdictAndTheFullOneInTheTooltip_data();
    void downRowsShowAShortVerdictAndTheFullOneInTheTooltip();
    void proxyDefaultsToTheSeedOrder();
    void substringFilterMatchesHostsCaseInsensitively();
    void quickFiltersNarrowToOnionTlsAndUp();
    void networkFilterShowsOneNetwork();
    void sortsNumbersNumericallyWithUnknownLast();
    void lagIsMeasuredAgainstTheBestTipOfTheSameNetwork();
    void bestTipFallsBackWhenItsServerGoesDown();
    void statusesSurviveAReloadOfTheEntries();
    void reportsShowTheVerdictHeightAndLatency();
    void tipAgreementGivesLagAndForkOverTheModelsOwnBestTip();
    void uptimeAndSourceColumnsShowAndSort();
    void suspiciousAnnouncersAreMarkedAcrossReloads();
    void arrivalColumnShowsTheLastLagAndItsPercentiles();
    void troubledFilterShowsLaggingAndForkedServers();
    void tenThousandRowsFillSortAndFilterCorrectly();
};

void TestServerTableModel::modelPassesTheItemModelTesterThroughUpdates()
{
    ServerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setEntries(seedEntries());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ServerTableModel::ColumnCount));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setState(QStringLiteral("mainnet/alpha.example.org"), ServerState::Checking);
    QCOMPARE(changed.count(), 1);
    model.setStatus(QStringLiteral("mainnet/alpha.example.org"), up(840000, 42));
    model.setStatus(QStringLiteral("mainnet/10.0.0.7"), down(QStringLiteral("Connection refused.")));
    model.setStatus(QStringLiteral("mainnet/no.such.host"), up(1, 1)); // ignored
    proxy.sort(ServerTableModel::HeightColumn, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("example"));
    proxy.setUpOnly(true);
    proxy.setUpOnly(false);
    model.setEntries(seedEntries().mid(0, 3));
    QCOMPARE(proxy.rowCount(), 3);

    const QModelIndex alpha = model.index(model.rowForKey(QStringLiteral("mainnet/alpha.example.org")), 0);
    QCOMPARE(model.index(alpha.row(), ServerTableModel::StatusColumn).data().toString(), QStringLiteral("up"));
    QCOMPARE(model.index(alpha.row(), ServerTableModel::LatencyColumn).data().toString(), QStringLiteral("42 ms"));
    QCOMPARE(model.index(alpha.row(), ServerTableModel::KindColumn).data().toString(), QStringLiteral("hostname"));
    QCOMPARE(model.index(alpha.row(), ServerTableModel::TlsPortColumn).data().toString(), QStringLiteral("50002"));
    QVERIFY(!model.index(alpha.row(), ServerTableModel::KindColumn).data(Qt::DecorationRole).isNull());
}

void TestServerTableModel::proxyDefaultsToTheSeedOrder()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries(seedEntries());
    QCOMPARE(hostsInProxyOrder(proxy), hostsOf(seedEntries()));

    // Sorting by host and clearing the sort goes back to the seed's order (onion before IP, not alphabetical).
    proxy.sort(ServerTableModel::HostColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("10.0.0.7"));
    proxy.sort(-1);
    QCOMPARE(hostsInProxyOrder(proxy), hostsOf(seedEntries()));
}

void TestServerTableModel::substringFilterMatchesHostsCaseInsensitively()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries(seedEntries());

    proxy.setFilterText(QStringLiteral("  BETA "));
    QCOMPARE(hostsInProxyOrder(proxy), QStringList{QStringLiteral("beta.example.org")});
    proxy.setFilterText(QStringLiteral("example.org"));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFilterText(QStringLiteral("alpha.example.org:5000"));
    QCOMPARE(hostsInProxyOrder(proxy), QStringList{QStringLiteral("alpha.example.org")});
    proxy.setFilterText(QStringLiteral("nothing-like-this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestServerTableModel::quickFiltersNarrowToOnionTlsAndUp()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries(seedEntries());

    proxy.setOnionOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.index(0, 0).data().toString().endsWith(QStringLiteral(".onion")));
    proxy.setOnionOnly(false);

    proxy.setTlsOnly(true);
    QCOMPARE(hostsInProxyOrder(proxy),
             (QStringList{QStringLiteral("alpha.example.org"), QStringLiteral("beta.example.org"),
                          QStringLiteral("10.0.0.7"), QStringLiteral("testnet.example.org")}));
    proxy.setTlsOnly(false);

    proxy.setUpOnly(true);
    QCOMPARE(proxy.rowCount(), 0);
    model.setStatus(QStringLiteral("mainnet/gamma.example.org"), up(100, 5));
    // The filter is dynamic: a server that comes up appears without refiltering by hand.
    QCOMPARE(hostsInProxyOrder(proxy), QStringList{QStringLiteral("gamma.example.org")});
    model.setStatus(QStringLiteral("mainnet/gamma.example.org"), down(QStringLiteral("Timed out.")));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestServerTableModel::networkFilterShowsOneNetwork()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries(seedEntries());
    proxy.setNetwork(QStringLiteral("testnet"));
    QCOMPARE(hostsInProxyOrder(proxy), QStringList{QStringLiteral("testnet.example.org")});
    proxy.setNetwork(QStringLiteral("mainnet"));
    QCOMPARE(proxy.rowCount(), 5);
}

void TestServerTableModel::sortsNumbersNumericallyWithUnknownLast()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries(seedEntries());
    model.setStatus(QStringLiteral("mainnet/alpha.example.org"), up(900, 9));
    model.setStatus(QStringLiteral("mainnet/beta.example.org"), up(1000, 120));
    model.setStatus(QStringLiteral("mainnet/gamma.example.org"), up(99, 15));

    proxy.sort(ServerTableModel::LatencyColumn, Qt::AscendingOrder);
    QCOMPARE(hostsInProxyOrder(proxy).mid(0, 3),
             (QStringList{QStringLiteral("alpha.example.org"), QStringLiteral("gamma.example.org"),
                          QStringLiteral("beta.example.org")}));
    proxy.sort(ServerTableModel::HeightColumn, Qt::AscendingOrder);
    QCOMPARE(hostsInProxyOrder(proxy).mid(0, 3),
             (QStringList{QStringLiteral("gamma.example.org"), QStringLiteral("alpha.example.org"),
                          QStringLiteral("beta.example.org")}));
    // Rows without a height come after every known height; among themselves they keep the seed's order.
    QCOMPARE(hostsInProxyOrder(proxy).mid(3),
             (QStringList{QString(56, QLatin1Char('a')) + QStringLiteral(".onion"), QStringLiteral("10.0.0.7"),
                          QStringLiteral("testnet.example.org")}));
    proxy.sort(ServerTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ServerTableModel::StatusColumn).data().toString(), QStringLiteral("up"));
}

void TestServerTableModel::lagIsMeasuredAgainstTheBestTipOfTheSameNetwork()
{
    ServerTableModel model;
    model.setEntries(seedEntries());
    model.setStatus(QStringLiteral("mainnet/alpha.example.org"), up(1000, 9));
    model.setStatus(QStringLiteral("mainnet/beta.example.org"), up(997, 9));
    model.setStatus(QStringLiteral("testnet/testnet.example.org"), up(5000, 9));
    QCOMPARE(model.bestTip(QStringLiteral("mainnet")), 1000);
    QCOMPARE(model.bestTip(QStringLiteral("testnet")), 5000);
    const int beta = model.rowForKey(QStringLiteral("mainnet/beta.example.org"));
    QCOMPARE(model.lag(beta), 3);
    QCOMPARE(model.index(beta, ServerTableModel::LagColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.lag(model.rowForKey(QStringLiteral("testnet/testnet.example.org"))), 0);
    QCOMPARE(model.lag(model.rowForKey(QStringLiteral("mainnet/gamma.example.org"))), -1);

    // A new best tip moves every other row's lag, and the model says so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStatus(QStringLiteral("mainnet/gamma.example.org"), up(1002, 9));
    QCOMPARE(model.lag(beta), 5);
    bool lagColumnAnnounced = false;
    for (const auto& args : changed) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        if (from.row() <= beta && to.row() >= beta && from.column() <= ServerTableModel::LagColumn &&
            to.column() >= ServerTableModel::LagColumn)
            lagColumnAnnounced = true;
    }
    QVERIFY(lagColumnAnnounced);
}

void TestServerTableModel::bestTipFallsBackWhenItsServerGoesDown()
{
    ServerTableModel model;
    model.setEntries(seedEntries());
    model.setStatus(QStringLiteral("mainnet/alpha.example.org"), up(1000, 9));
    model.setStatus(QStringLiteral("mainnet/beta.example.org"), up(990, 9));
    model.setStatus(QStringLiteral("mainnet/alpha.example.org"), down(QStringLiteral("Connection refused.")));
    QCOMPARE(model.bestTip(QStringLiteral("mainnet")), 990);
    QCOMPARE(model.lag(model.rowForKey(QStringLiteral("mainnet/beta.example.org"))), 0);
    const int alpha = model.rowForKey(QStringLiteral("mainnet/alpha.example.org"));
    // A short verdict in the cell, the full reason in the tooltip.
    QCOMPARE(model.index(alpha, ServerTableModel::StatusColumn).data().toString(), QStringLiteral("down"));
    QCOMPARE(model.index(alpha, ServerTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Connection refused."));
}

void TestServerTableModel::statusesSurviveAReloadOfTheEntries()
{
    ServerTableModel model;
    model.setEntries(seedEntries());
    model.setStatus(QStringLiteral("mainnet/beta.example.org"), up(1000, 9));
    QList<ServerEntry> reloaded = seedEntries();
    reloaded.removeAt(0);
    model.setEntries(reloaded);
    QCOMPARE(model.rowCount(), 5);
    const int beta = model.rowForKey(QStringLiteral("mainnet/beta.example.org"));
    QCOMPARE(beta, 0);
    QCOMPARE(model.status(beta).height, 1000);
    QCOMPARE(model.rowForKey(QStringLiteral("mainnet/alpha.example.org")), -1);
}

void TestServerTableModel::reportsShowTheVerdictHeightAndLatency()
{
    ServerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ServerEntry> entries = seedEntries();
    model.setEntries(entries);
    const QString mainnet = QStringLiteral("mainnet");

    QVERIFY(model.setReport(mainnet, okReport(addressOf(entries[0]), 840'000, QStringLiteral("aa"), 42), 87.5));
    QVERIFY(model.setReport(mainnet, failedReport(addressOf(entries[1]), healthstage::Tls,
                                                  QStringLiteral("certificate changed since 2026-11-02"))));
    QVERIFY(model.setReport(mainnet, failedReport(addressOf(entries[2]), healthstage::Features,
                                                  QStringLiteral("genesis is testnet's, expected mainnet"))));
    // A report for a host the table does not list, or listed under another network, changes nothing.
    const auto stranger = ServerAddress::create(u"stranger.example.org", 50002, Transport::Tls).value();
    QVERIFY(!model.setReport(mainnet, okReport(stranger, 1, QStringLiteral("aa"), 1)));
    QVERIFY(!model.setReport(QStringLiteral("testnet"), okReport(addressOf(entries[0]), 1, QStringLiteral("aa"), 1)));

    const int alpha = 0, beta = 1, gamma = 2;
    QCOMPARE(model.status(alpha).state, ServerState::Up);
    QCOMPARE(model.index(alpha, ServerTableModel::StatusColumn).data().toString(), QStringLiteral("up"));
    QCOMPARE(model.index(alpha, ServerTableModel::HeightColumn).data().toString(), QLocale().toString(840'000));
    QCOMPARE(model.index(alpha, ServerTableModel::LatencyColumn).data().toString(), QStringLiteral("42 ms"));
    QCOMPARE(model.index(alpha, ServerTableModel::ProtocolColumn).data().toString(), QStringLiteral("1.4.2"));
    QCOMPARE(model.index(alpha, ServerTableModel::UptimeColumn).data().toString(),
             QStringLiteral("%1 %").arg(QLocale().toString(87.5, 'f', 1)));
    QCOMPARE(model.status(alpha).server, addressOf(entries[0]));

    // Down rows show a short verdict for the stage that failed; the tooltip has the whole verdict.
    QCOMPARE(model.status(beta).state, ServerState::Down);
    QCOMPARE(model.index(beta, ServerTableModel::StatusColumn).data().toString(),
             QStringLiteral("certificate changed"));
    QCOMPARE(model.index(beta, ServerTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("tls: certificate changed since 2026-11-02"));
    QCOMPARE(model.status(beta).failedStage, QStringLiteral("tls"));
    QCOMPARE(model.index(gamma, ServerTableModel::StatusColumn).data().toString(), QStringLiteral("wrong network"));
    QCOMPARE(model.index(gamma, ServerTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("features: genesis is testnet's, expected mainnet"));
    QVERIFY(model.index(gamma, ServerTableModel::HeightColumn).data().toString().isEmpty());
    QCOMPARE(model.index(gamma, ServerTableModel::UptimeColumn).data().toString(), QString()); // no history given
}

void TestServerTableModel::tipAgreementGivesLagAndForkOverTheModelsOwnBestTip()
{
    ServerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ServerEntry> entries = seedEntries();
    model.setEntries(entries);
    const QString mainnet = QStringLiteral("mainnet");
    // Alpha and beta agree at 1000; gamma is at 1000 on another hash; the IP server lags 4 blocks. The best tip
    // comes from a server the table does not list (checked through the API, say): lag counts from it.
    const auto elsewhere = ServerAddress::create(u"elsewhere.example.org", 50002, Transport::Tls).value();
    const QList<HealthReport> reports{okReport(addressOf(entries[0]), 1000, QStringLiteral("aa"), 10),
                                      okReport(addressOf(entries[1]), 1000, QStringLiteral("aa"), 10),
                                      okReport(addressOf(entries[2]), 1000, QStringLiteral("ff"), 10),
                                      okReport(addressOf(entries[4]), 997, QStringLiteral("cc"), 10),
                                      okReport(elsewhere, 1001, QStringLiteral("dd"), 10)};
    for (const HealthReport& r : reports)
        model.setReport(mainnet, r);
    QCOMPARE(model.bestTip(mainnet), 1000); // the model alone knows only its own rows
    QCOMPARE(model.lag(4), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTipAgreement(mainnet, computeTipAgreement(reports));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.lag(0), 1);
    QCOMPARE(model.lag(4), 4);
    QCOMPARE(model.index(4, ServerTableModel::LagColumn).data().toString(), QStringLiteral("4"));
    QVERIFY(!model.isForked(0));
    QVERIFY(model.isForked(2));
    QCOMPARE(model.index(2, ServerTableModel::StatusColumn).data().toString(), QStringLiteral("fork"));
    QCOMPARE(model.index(2, ServerTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("reports another block hash at height %1 than most servers").arg(QLocale().toString(1000)));
    QCOMPARE(model.index(2, 0).data(ServerTableModel::ForkedRole).toBool(), true);
    QVERIFY(!model.index(2, ServerTableModel::StatusColumn).data(Qt::DecorationRole).isNull());

    // Sorting by status: up, then the fork, then the rest.
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ServerTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(hostsInProxyOrder(proxy).mid(0, 4),
             (QStringList{QStringLiteral("alpha.example.org"), QStringLiteral("beta.example.org"),
                          QStringLiteral("10.0.0.7"), QStringLiteral("gamma.example.org")}));
    proxy.setUpOnly(true); // rows without a lag would come first in descending order
    proxy.sort(ServerTableModel::LagColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ServerTableModel::HostColumn).data().toString(), QStringLiteral("10.0.0.7"));

    // A new report replaces the row's status; the old agreement's lag no longer applies to a new height.
    model.setReport(mainnet, okReport(addressOf(entries[4]), 1001, QStringLiteral("dd"), 10));
    QCOMPARE(model.lag(4), 0);
    // An agreement over the host's other transport (an older check) does not overwrite the row.
    const ServerAddress tcp = entries[0].address(Transport::Tcp);
    model.setTipAgreement(mainnet, computeTipAgreement(QList<HealthReport>{
                                       okReport(tcp, 990, QStringLiteral("zz"), 1),
                                       okReport(addressOf(entries[1]), 1000, QStringLiteral("aa"), 1)}));
    QCOMPARE(model.lag(0), 1);
}

void TestServerTableModel::uptimeAndSourceColumnsShowAndSort()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QList<ServerEntry> entries = seedEntries();
    entries[1].source = QStringLiteral("peer");
    entries[1].announcedBy = QStringLiteral("alpha.example.org:50002:s");
    entries[1].discoveredAt = QDateTime(QDate(2024, 4, 30), QTime(8, 15), QTimeZone::utc());
    entries[2].source = QStringLiteral("user");
    model.setEntries(entries);
    const QString mainnet = QStringLiteral("mainnet");
    model.setReport(mainnet, okReport(addressOf(entries[0]), 10, QStringLiteral("aa"), 1), 100.0);
    model.setReport(mainnet, okReport(addressOf(entries[1]), 10, QStringLiteral("aa"), 1), 50.0);
    model.setReport(mainnet, okReport(addressOf(entries[2]), 10, QStringLiteral("aa"), 1), 75.25);

    QCOMPARE(model.index(0, ServerTableModel::UptimeColumn).data().toString(), QStringLiteral("100 %"));
    proxy.sort(ServerTableModel::UptimeColumn, Qt::AscendingOrder);
    QCOMPARE(hostsInProxyOrder(proxy).mid(0, 3),
             (QStringList{QStringLiteral("beta.example.org"), QStringLiteral("gamma.example.org"),
                          QStringLiteral("alpha.example.org")}));

    QCOMPARE(model.index(1, ServerTableModel::SourceColumn).data().toString(),
             QStringLiteral("peer of alpha.example.org:50002:s"));
    const QString provenance =
        QStringLiteral("discovered from alpha.example.org:50002:s on %1")
            .arg(QLocale().toString(entries[1].discoveredAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.index(1, ServerTableModel::SourceColumn).data(Qt::ToolTipRole).toString(), provenance);
    QVERIFY(model.index(1, ServerTableModel::HostColumn).data(Qt::ToolTipRole).toString().contains(provenance));
    QCOMPARE(model.index(0, ServerTableModel::SourceColumn).data().toString(), QStringLiteral("bundled"));
    QCOMPARE(model.index(2, ServerTableModel::SourceColumn).data().toString(), QStringLiteral("added"));
    proxy.sort(ServerTableModel::SourceColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ServerTableModel::HostColumn).data().toString(), QStringLiteral("beta.example.org"));
}

// Block `height` with hash `hash` on top of block `parent` (the rest of the header is zeros).
static LiveTip arrivalTip(int height, const QString& hash, const QString& parent)
{
    QByteArray parentBytes = QByteArray::fromHex(parent.toLatin1());
    std::reverse(parentBytes.begin(), parentBytes.end());
    LiveTip tip;
    tip.height = height;
    tip.hash = hash;
    tip.hex = QStringLiteral("01000000") + QString::fromLatin1(parentBytes.toHex()) + QString(88, QLatin1Char('0'));
    return tip;
}

void TestServerTableModel::arrivalColumnShowsTheLastLagAndItsPercentiles()
{
    using namespace std::chrono_literals;
    ManualClock clock;
    BlockArrival arrival(clock);
    ServerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const QList<ServerEntry> entries = seedEntries();
    model.setEntries(entries);
    model.setBlockArrival(&arrival);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString mainnet = QStringLiteral("mainnet");
    const QString parent(64, QLatin1Char('1')), block(64, QLatin1Char('2')), other(64, QLatin1Char('3'));

    arrival.observe(mainnet, entries[0].address(Transport::Tls), arrivalTip(101, block, parent), true);
    clock.advance(850ms);
    arrival.observe(mainnet, entries[2].address(Transport::Tcp), arrivalTip(101, block, parent), true);
    clock.advance(1550ms);
    arrival.observe(mainnet, entries[4].address(Transport::Tls), arrivalTip(101, block, parent), true);
    arrival.observe(mainnet, entries[1].address(Transport::Tls), arrivalTip(101, other, parent), true);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.last().at(0).toModelIndex().column(), int(ServerTableModel::ArrivalColumn));

    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, ServerTableModel::ArrivalColumn).data(role);
    };
    QCOMPARE(cell(0).toString(), QStringLiteral("0 ms"));
    QCOMPARE(cell(2).toString(), QStringLiteral("850 ms"));
    QCOMPARE(cell(4).toString(), QStringLiteral("2.4 s"));
    QCOMPARE(cell(3).toString(), QString()); // not followed
    QCOMPARE(cell(2, Qt::ToolTipRole).toString(),
             QStringLiteral("Block 101 announced 850 ms after the first server\n"
                            "24 hours: median 850 ms, 95th percentile 850 ms (blocks: 1)\n"
                            "7 days: median 850 ms, 95th percentile 850 ms (blocks: 1)"));
    QVERIFY(cell(3, Qt::ToolTipRole).toString().contains(QStringLiteral("watch this server")));
    // beta's block at 101 is one nobody else has: marked.
    QVERIFY(cell(1, Qt::ToolTipRole).toString().contains(QStringLiteral("a fork or a stale tip")));
    QVERIFY(!cell(1, Qt::DecorationRole).isNull());
    QVERIFY(cell(0, Qt::DecorationRole).isNull());

    proxy.sort(ServerTableModel::ArrivalColumn, Qt::AscendingOrder);
    QCOMPARE(hostsInProxyOrder(proxy).mid(0, 2),
             (QStringList{QStringLiteral("alpha.example.org"), QStringLiteral("beta.example.org")})); // both first
    QCOMPARE(hostsInProxyOrder(proxy).mid(2, 2),
             (QStringList{QStringLiteral("gamma.example.org"), QStringLiteral("10.0.0.7")}));
}

void TestServerTableModel::suspiciousAnnouncersAreMarkedAcrossReloads()
{
    ServerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(seedEntries());
    const QString key = QStringLiteral("mainnet/gamma.example.org");
    model.setSuspicious(key, true);
    const int gamma = model.rowForKey(key);
    QVERIFY(model.isSuspicious(gamma));
    QCOMPARE(model.index(gamma, ServerTableModel::SourceColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("announced many peers that could not be verified"));
    QVERIFY(!model.index(gamma, ServerTableModel::SourceColumn).data(Qt::DecorationRole).isNull());
    model.setEntries(seedEntries().mid(1));
    QVERIFY(model.isSuspicious(model.rowForKey(key)));
    model.setSuspicious(key, false);
    QVERIFY(!model.index(model.rowForKey(key), 0).data(ServerTableModel::SuspiciousRole).toBool());
}

void TestServerTableModel::troubledFilterShowsLaggingAndForkedServers()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ServerEntry> entries = seedEntries();
    model.setEntries(entries);
    const QString mainnet = QStringLiteral("mainnet");
    const QList<HealthReport> reports{okReport(addressOf(entries[0]), 1000, QStringLiteral("aa"), 10),
                                      okReport(addressOf(entries[1]), 1000, QStringLiteral("aa"), 10),
                                      okReport(addressOf(entries[2]), 1000, QStringLiteral("ff"), 10),
                                      okReport(addressOf(entries[4]), 990, QStringLiteral("cc"), 10)};
    for (const HealthReport& r : reports)
        model.setReport(mainnet, r);
    proxy.setTroubledOnly(true);
    QCOMPARE(hostsInProxyOrder(proxy), QStringList{QStringLiteral("10.0.0.7")}); // lags; the fork is not known yet
    model.setTipAgreement(mainnet, computeTipAgreement(reports));
    QCOMPARE(hostsInProxyOrder(proxy), (QStringList{QStringLiteral("gamma.example.org"), QStringLiteral("10.0.0.7")}));
    proxy.setTroubledOnly(false);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestServerTableModel::tenThousandRowsFillSortAndFilterCorrectly()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QList<ServerEntry> entries;
    for (int i = 0; i < 10'000; ++i) {
        entries.append(makeEntry(QStringLiteral("host%1.example.net").arg(i, 5, 10, QLatin1Char('0')),
                                 HostKind::Hostname, 50001, (i % 2) ? std::optional<quint16>(50002) : std::nullopt));
    }
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 10'000);
    QCOMPARE(proxy.rowCount(), 10'000);
    for (int i = 0; i < 10'000; i += 3)
        model.setStatus(entries.at(i).key(), up(800'000 + i, i % 97));
    QCOMPARE(model.bestTip(QStringLiteral("mainnet")), 800'000 + 9999);

    proxy.setTlsOnly(true);
    QCOMPARE(proxy.rowCount(), 5'000);
    proxy.setUpOnly(true);
    // Up rows are the multiples of 3; TLS rows are odd: odd multiples of 3 below 10,000.
    QCOMPARE(proxy.rowCount(), 1'667);
    proxy.sort(ServerTableModel::HeightColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ServerTableModel::HostColumn).data().toString(), QStringLiteral("host09999.example.net"));
    proxy.setFilterText(QStringLiteral("host0000"));
    QCOMPARE(hostsInProxyOrder(proxy),
             (QStringList{QStringLiteral("host00009.example.net"), QStringLiteral("host00003.example.net")}));
}

void TestServerTableModel::downRowsShowAShortVerdictAndTheFullOneInTheTooltip_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("cell");
    QTest::newRow("connect") << QStringLiteral("connect")
                             << QStringLiteral("connect: Connection refused by 192.0.2.7 on port 50002")
                             << QStringLiteral("no connection");
    QTest::newRow("tls") << QStringLiteral("tls") << QStringLiteral("tls: the remote host closed the connection")
                         << QStringLiteral("TLS failed");
    QTest::newRow("certificate") << QStringLiteral("tls") << QStringLiteral("tls: certificate changed since 2026-11-02")
                                 << QStringLiteral("certificate changed");
    QTest::newRow("version") << QStringLiteral("version") << QStringLiteral("version: no answer within 20 s")
                             << QStringLiteral("no handshake");
    QTest::newRow("features") << QStringLiteral("features")
                              << QStringLiteral("features: genesis is testnet's, expected mainnet")
                              << QStringLiteral("wrong network");
    QTest::newRow("header") << QStringLiteral("header") << QStringLiteral("header: the hash does not match")
                            << QStringLiteral("no valid tip");
}

void TestServerTableModel::downRowsShowAShortVerdictAndTheFullOneInTheTooltip()
{
    QFETCH(QString, stage);
    QFETCH(QString, verdict);
    QFETCH(QString, cell);
    ServerTableModel model;
    model.setEntries(seedEntries());
    ServerStatus status = down(verdict);
    status.failedStage = stage;
    model.setStatus(QStringLiteral("mainnet/alpha.example.org"), status);
    const QModelIndex index =
        model.index(model.rowForKey(QStringLiteral("mainnet/alpha.example.org")), ServerTableModel::StatusColumn);
    QCOMPARE(index.data().toString(), cell);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), verdict);
}

QTEST_MAIN(TestServerTableModel)
#include "tst_servertablemodel.moc"
