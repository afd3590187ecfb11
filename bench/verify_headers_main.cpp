// Verifying one retarget period: HeaderChain::extend over 2,016 real-PoW headers (the test server's regtest chain)
// under mainnet's rules (linkage, proof of work, bits constant inside the period and the retarget computed at the
// boundary), in memory and into a store file. Prints the machine and the command first.
#include "BenchUtil.h"
#include "TestChain.h"
#include "chain/ChainRules.h"
#include "chain/HeaderChain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <thread>

using namespace btcw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QTextStream(stdout) << "machine: " << cpu << ", " << std::thread::hardware_concurrency() << " threads, "
                        << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelVersion() << Qt::endl
                        << "command: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << Qt::endl;

    constexpr int period = 2016;
    const test::TestChain chain(period); // genesis + 2,016 mined blocks: heights 0 … 2016
    QList<QByteArray> headers;
    for (int h = 0; h <= period; ++h)
        headers.append(chain.header(h));
    // Mainnet's rule set with regtest's limit, so the regtest headers (real double-SHA256 proof of work) pass it and
    // the retarget at 2,016 is computed (it caps at the limit, which is what those headers carry).
    ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Regtest);
    rules.difficulty = DifficultyRule::Retarget;

    QList<double> memory, stored;
    QTemporaryDir dir;
    for (int round = 0; round < 9; ++round) {
        HeaderChain inMemory(rules);
        QElapsedTimer t;
        t.start();
        const Status ok = inMemory.extend(0, headers);
        memory.append(double(t.nsecsElapsed()) / 1e6);
        if (!ok || inMemory.tipHeight() != period) {
            QTextStream(stderr) << "verification failed: " << (ok ? QStringLiteral("short") : ok.error().toString())
                                << Qt::endl;
            return 1;
        }
        const QString path = dir.filePath(QStringLiteral("headers-%1.bin").arg(round));
        HeaderChain onDisk(rules, path);
        t.restart();
        (void)onDisk.extend(0, headers);
        stored.append(double(t.nsecsElapsed()) / 1e6);
    }
    bench::printResult(QStringLiteral("verify_2016_headers"),
                       {{QStringLiteral("headers"), QString::number(headers.size())},
                        {QStringLiteral("memory_median_ms"), bench::ms(bench::quantile(memory, 0.5))},
                        {QStringLiteral("memory_max_ms"), bench::ms(bench::quantile(memory, 1.0))},
                        {QStringLiteral("store_median_ms"), bench::ms(bench::quantile(stored, 0.5))},
                        {QStringLiteral("target_ms"), QStringLiteral("20")}});
    return 0;
}
