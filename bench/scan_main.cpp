// btcw-bench-scan: one HealthScan over live, slow, silent and refused loopback addresses; wall time and peak RSS.
#include "BenchUtil.h"
#include "health/HealthScan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>
#include <memory>
#include <vector>

using namespace btcw;
using namespace btcw::bench;

namespace {

// Ports nothing listens on: bound, noted, released (all held at once so they are distinct).
QList<quint16> closedPorts(int count, const QSet<quint16>& avoid)
{
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<quint16> ports;
    while (ports.size() < count) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress(QHostAddress::LocalHost), 0))
            break;
        if (!avoid.contains(server->serverPort()))
            ports << server->serverPort();
        held.push_back(std::move(server));
    }
    return ports;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serversFile(QStringLiteral("servers-file"),
                                         QStringLiteral("Output of btcw-bench-server-farm."), QStringLiteral("file"));
    const QCommandLineOption total(QStringLiteral("total"), QStringLiteral("Addresses in all (rest: refused ports)."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Checks in flight."),
                                         QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption budget(QStringLiteral("budget-ms"), QStringLiteral("Time budget of one check."),
                                    QStringLiteral("ms"), QStringLiteral("3000"));
    parser.addOptions({serversFile, total, concurrency, budget});
    parser.process(app);

    QFile file(parser.value(serversFile));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read --servers-file\n";
        return 2;
    }
    QList<ServerAddress> addresses;
    QSet<quint16> used;
    const QRegularExpression line(QStringLiteral(R"(^server tcp=(\d+) tls=(\d+))"));
    for (const QByteArray& bytes : file.readAll().split('\n')) {
        const auto match = line.match(QString::fromLatin1(bytes));
        if (!match.hasMatch())
            continue;
        for (int i = 1; i <= 2; ++i) {
            const int port = match.captured(i).toInt();
            used.insert(quint16(port));
            addresses << ServerAddress::create(u"127.0.0.1", port, i == 1 ? Transport::Tcp : Transport::Tls).value();
        }
    }
    const int live = int(addresses.size());
    const int wanted = std::max(parser.value(total).toInt(), live);
    for (quint16 port : closedPorts(wanted - live, used))
        addresses << ServerAddress::create(u"127.0.0.1", port, Transport::Tcp).value();

    HealthScanOptions options;
    options.concurrency = std::max(1, parser.value(concurrency).toInt());
    options.check.expectedNetwork = BitcoinNetwork::Regtest;
    options.check.budget = std::chrono::milliseconds(std::max(100, parser.value(budget).toInt()));
    options.check.connection.connectTimeout = options.check.budget;
    const double rssBefore = peakRssMiB();
    HealthScan scan(ProxyPolicy{}, nullptr, options);
    int ok = 0;
    int failed = 0;
    QObject::connect(&scan, &HealthScan::reportReady, &app,
                     [&](const HealthReport& report) { (report.ok ? ok : failed) += 1; });
    QElapsedTimer clock;
    bool cancelled = false;
    QObject::connect(&scan, &HealthScan::finished, &app, [&](bool wasCancelled) {
        cancelled = wasCancelled;
        app.quit();
    });
    // A hard bound on the whole run: a stuck scan is reported as such, never waited for forever.
    QTimer::singleShot(120'000, &app, [&] { scan.cancel(); });
    clock.start();
    if (!scan.start(addresses)) {
        QTextStream(stderr) << "the scan did not start\n";
        return 1;
    }
    app.exec();
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    printResult(QStringLiteral("scan"),
                {{QStringLiteral("concurrency"), QString::number(options.concurrency)},
                 {QStringLiteral("addresses"), QString::number(addresses.size())},
                 {QStringLiteral("live"), QString::number(live)},
                 {QStringLiteral("ok"), QString::number(ok)},
                 {QStringLiteral("failed"), QString::number(failed)},
                 {QStringLiteral("cancelled"), cancelled ? QStringLiteral("yes") : QStringLiteral("no")},
                 {QStringLiteral("wall_ms"), ms(wallMs)},
                 {QStringLiteral("rss_before_mib"), QString::number(rssBefore, 'f', 1)},
                 {QStringLiteral("peak_rss_mib"), QString::number(peakRssMiB(), 'f', 1)}});
    return cancelled || ok + failed != addresses.size() ? 1 : 0;
}
