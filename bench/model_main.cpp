// btcw-bench-model: fills the window's server table (model + sort/filter proxy) with 10,000 rows, sets every
// row's status as a scan would, and re-sorts; median of several rounds, each on a fresh model.
#include "BenchUtil.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace btcw;
using namespace btcw::bench;

namespace {

QList<ServerEntry> makeEntries(int count, QRandomGenerator& random)
{
    QList<ServerEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        ServerEntry e;
        switch (i % 3) {
        case 0:
            e.host = QStringLiteral("electrum%1.example%2.org").arg(random.bounded(1'000'000)).arg(i);
            e.kind = HostKind::Hostname;
            break;
        case 1:
            e.host = QStringLiteral("%1%2.onion").arg(i, 8, 10, QLatin1Char('0')).arg(QString(48, QLatin1Char('a')));
            e.kind = HostKind::Onion;
            break;
        default:
            e.host = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
            e.kind = HostKind::IPv4;
            break;
        }
        if (i % 4 != 0)
            e.tlsPort = quint16(50002 + random.bounded(100));
        if (i % 5 != 0 || !e.tlsPort)
            e.tcpPort = quint16(50001 + random.bounded(100));
        e.network = i % 10 == 0 ? QStringLiteral("testnet") : QStringLiteral("mainnet");
        e.version = QStringLiteral("1.4");
        e.source = QStringLiteral("bundled");
        entries << e;
    }
    return entries;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = 10'000;
    const int rounds = 7;
    QRandomGenerator random(42);
    const QList<ServerEntry> entries = makeEntries(rows, random);
    QList<ServerStatus> statuses;
    for (int i = 0; i < rows; ++i) {
        ServerStatus s;
        s.state = i % 7 == 0 ? ServerState::Down : ServerState::Up;
        s.height = s.state == ServerState::Up ? 870'000 + random.bounded(5) : -1;
        s.latencyMs = s.state == ServerState::Up ? random.bounded(20, 2000) : -1;
        s.lastChecked = QDateTime::currentDateTimeUtc();
        s.protocol = QStringLiteral("1.4");
        s.reason = s.state == ServerState::Down ? QStringLiteral("connection refused") : QString();
        statuses << s;
    }

    QList<double> fill, sortHost, status, sortLatency, fillSort;
    for (int round = 0; round < rounds; ++round) {
        ServerTableModel model;
        ServerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ServerTableModel::LatencyColumn, Qt::AscendingOrder);

        QElapsedTimer clock;
        clock.start();
        model.setEntries(entries); // the proxy re-sorts on the reset
        const double fillMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        proxy.sort(ServerTableModel::HostColumn, Qt::AscendingOrder);
        const double sortMs = double(clock.nsecsElapsed()) / 1e6;
        if (proxy.rowCount() != rows)
            qFatal("the proxy shows %d rows, not %d", proxy.rowCount(), rows);

        clock.restart();
        for (int i = 0; i < rows; ++i)
            model.setStatus(entries.at(i).key(), statuses.at(i));
        const double statusMs = double(clock.nsecsElapsed()) / 1e6;

        clock.restart();
        proxy.sort(ServerTableModel::LatencyColumn, Qt::DescendingOrder);
        const double latencyMs = double(clock.nsecsElapsed()) / 1e6;
        // Keep the optimiser honest and check the sort did happen: the first row is the slowest server.
        const qint64 first =
            proxy.index(0, ServerTableModel::LatencyColumn).data(ServerTableModel::SortRole).toLongLong();
        const qint64 last =
            proxy.index(rows - 1, ServerTableModel::LatencyColumn).data(ServerTableModel::SortRole).toLongLong();
        if (round == 0 && first < last)
            qWarning("latency sort looks wrong: first %lld, last %lld", first, last);

        fill << fillMs;
        sortHost << sortMs;
        status << statusMs;
        sortLatency << latencyMs;
        fillSort << fillMs + sortMs;
    }
    printResult(QStringLiteral("model_fill"), {{QStringLiteral("rows"), QString::number(rows)},
                                               {QStringLiteral("median_ms"), ms(quantile(fill, 0.5))}});
    printResult(QStringLiteral("model_sort_host"), {{QStringLiteral("median_ms"), ms(quantile(sortHost, 0.5))}});
    printResult(QStringLiteral("model_fill_and_sort"), {{QStringLiteral("median_ms"), ms(quantile(fillSort, 0.5))},
                                                        {QStringLiteral("max_ms"), ms(quantile(fillSort, 1.0))}});
    printResult(QStringLiteral("model_set_10000_statuses"), {{QStringLiteral("median_ms"), ms(quantile(status, 0.5))}});
    printResult(QStringLiteral("model_sort_latency"), {{QStringLiteral("median_ms"), ms(quantile(sortLatency, 0.5))}});
    return 0;
}
