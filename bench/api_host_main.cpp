// btcw-bench-api-host: the real Engine and ApiServer with the per-client rate and connection limits lifted, so a
// load generator on loopback (one client address) measures request handling rather than the 429 rate limiter.
#include "ApiServer.h"
#include "Engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <limits>

using namespace btcw;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("btcw-bench-api-host"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves the BTC Worker API for benchmarks: loopback only, no Tor, private targets allowed, "
                       "rate limits lifted. Prints 'port=P token-file=F' once listening."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("api-port"), QStringLiteral("Port (0: a free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory (required)."),
                                     QStringLiteral("dir"));
    parser.addOptions({port, dataDir});
    parser.process(app);
    if (parser.value(dataDir).isEmpty()) {
        QTextStream(stderr) << "--data-dir is required\n";
        return 2;
    }

    EngineOptions engineOptions;
    engineOptions.dataDir = QDir(parser.value(dataDir)).absolutePath();
    engineOptions.tor.enabled = false;
    engineOptions.allowPrivateTargets = true;
    Engine engine(engineOptions);
    for (const Error& problem : engine.start())
        QTextStream(stderr) << "warning: " << problem.toString() << '\n';

    ApiOptions apiOptions;
    apiOptions.bind = QHostAddress(QHostAddress::LocalHost);
    apiOptions.port = quint16(parser.value(port).toUInt());
    // The shipped defaults allow one client 50 requests/s (burst 100) and 64 open connections; a benchmark that
    // hits those measures the limiter. Everything else (token check, Host check, routing, cache) stays as shipped.
    apiOptions.limits.requestsPerSecond = 1e9;
    apiOptions.limits.burst = std::numeric_limits<int>::max() / 2;
    apiOptions.limits.maxInFlightPerClient = 4096;
    apiOptions.limits.maxConnections = 4096;
    ApiServer api(engine, apiOptions);
    if (const Status started = api.start(); !started.ok()) {
        QTextStream(stderr) << started.error().toString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "port=" << api.port() << " token-file=" << api.tokenPath() << Qt::endl;
    return app.exec();
}
