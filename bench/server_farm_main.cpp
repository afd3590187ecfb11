// btcw-bench-server-farm: many test Electrum servers in one process (normal, slow and silent ones), so a scan
// benchmark can reach hundreds of live addresses without hundreds of processes. Prints one line per server.
#include "TestElectrumServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>
#include <vector>

using btcw::test::TestElectrumServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Starts N test Electrum servers on loopback. Prints 'server tcp=P tls=P kind=K' per server, "
                       "then 'ready'; serves until killed."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Servers in all."), QStringLiteral("n"),
                                   QStringLiteral("100"));
    const QCommandLineOption slow(QStringLiteral("slow"), QStringLiteral("How many answer server.features late."),
                                  QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption slowMs(QStringLiteral("slow-ms"), QStringLiteral("Delay of the slow ones."),
                                    QStringLiteral("ms"), QStringLiteral("300"));
    const QCommandLineOption silent(QStringLiteral("silent"), QStringLiteral("How many accept and never answer."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({count, slow, slowMs, silent});
    parser.process(app);
    const int total = std::clamp(parser.value(count).toInt(), 1, 1000);
    const int slowCount = std::clamp(parser.value(slow).toInt(), 0, total);
    const int silentCount = std::clamp(parser.value(silent).toInt(), 0, total - slowCount);
    const auto delay = std::chrono::milliseconds(std::clamp(parser.value(slowMs).toInt(), 0, 60'000));

    std::vector<std::unique_ptr<TestElectrumServer>> servers;
    QTextStream out(stdout);
    for (int i = 0; i < total; ++i) {
        auto server = std::make_unique<TestElectrumServer>();
        if (!server->start()) {
            QTextStream(stderr) << "server " << i << ": " << server->errorString() << '\n';
            return 1;
        }
        QString kind = QStringLiteral("normal");
        if (i < slowCount) {
            server->setMethodDelay(QStringLiteral("server.features"), delay);
            kind = QStringLiteral("slow");
        } else if (i < slowCount + silentCount) {
            server->setFault(TestElectrumServer::Fault::Silent);
            kind = QStringLiteral("silent");
        }
        out << "server tcp=" << server->tcpPort() << " tls=" << server->tlsPort() << " kind=" << kind << '\n';
        servers.push_back(std::move(server));
    }
    out << "ready" << Qt::endl;
    return app.exec();
}
