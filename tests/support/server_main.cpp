// btcw-test-electrum-server: the test Electrum server as a process (stop it with a signal), for benchmarks,
// screenshots and curl.
#include "TestElectrumServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using btcw::test::TestElectrumServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("btcw-test-electrum-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a deterministic regtest chain over the Electrum protocol (TCP and TLS) for tests."));
    parser.addHelpOption();
    const QCommandLineOption tcpPort(QStringLiteral("tcp-port"), QStringLiteral("TCP port (0: any free port)."),
                                     QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tlsPort(QStringLiteral("tls-port"), QStringLiteral("TLS port (0: any free port)."),
                                     QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption blocks(QStringLiteral("blocks"), QStringLiteral("Blocks on top of genesis."),
                                    QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption network(
        QStringLiteral("network"),
        QStringLiteral("Genesis hash to report: regtest, mainnet, testnet, testnet4, signet."), QStringLiteral("name"),
        QStringLiteral("regtest"));
    const QCommandLineOption mineEvery(QStringLiteral("mine-every"),
                                       QStringLiteral("Mine a block every this many seconds (0: never)."),
                                       QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption announce(
        QStringLiteral("announce"),
        QStringLiteral("Announce this peer in server.peers.subscribe (repeatable): HOST:TCP-PORT."),
        QStringLiteral("host:port"));
    const QCommandLineOption announceHost(
        QStringLiteral("announce-host"),
        QStringLiteral("Add this host to server.features' hosts (repeatable), e.g. a .onion twin: "
                       "HOST[:TCP-PORT[:SSL-PORT]]; a missing port is the server's own, 0 leaves it out."),
        QStringLiteral("host[:tcp[:ssl]]"));
    const QCommandLineOption replyDelay(QStringLiteral("reply-delay"),
                                        QStringLiteral("Hold every reply this many milliseconds (a far server)."),
                                        QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({tcpPort, tlsPort, blocks, listen, network, mineEvery, announce, announceHost, replyDelay});
    parser.process(app);

    auto number = [&parser](const QCommandLineOption& option, int max) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < 0 || n > max) {
            QTextStream(stderr) << "Invalid --" << option.names().constFirst() << ": " << parser.value(option) << '\n';
            std::exit(2);
        }
        return n;
    };
    TestElectrumServer::Options options;
    options.tcpPort = quint16(number(tcpPort, 65535));
    options.tlsPort = quint16(number(tlsPort, 65535));
    options.blocks = number(blocks, 100000);
    options.network = parser.value(network);
    if (!options.listenAddress.setAddress(parser.value(listen))) {
        QTextStream(stderr) << "Invalid --listen address: " << parser.value(listen) << '\n';
        return 2;
    }
    const int mineSeconds = number(mineEvery, 86400);
    const int delayMs = number(replyDelay, 60000);

    QJsonArray peers;
    for (const QString& peer : parser.values(announce)) {
        const qsizetype colon = peer.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? peer.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port <= 0 || port > 65535) {
            QTextStream(stderr) << "Invalid --announce (HOST:TCP-PORT): " << peer << '\n';
            return 2;
        }
        const QString host = peer.left(colon);
        peers.append(QJsonArray{host, host, QJsonArray{QStringLiteral("v1.4"), QStringLiteral("t%1").arg(port)}});
    }

    TestElectrumServer server(options);
    server.setPeers(peers);
    if (delayMs > 0)
        server.setMethodDelay(QStringLiteral("*"), std::chrono::milliseconds(delayMs));
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << '\n';
        return 1;
    }
    QJsonObject hosts;
    for (const QString& spec : parser.values(announceHost)) {
        // The host may be an IPv6 literal in brackets; the ports follow its closing bracket.
        const qsizetype end = spec.startsWith(u'[') ? spec.indexOf(u']') + 1 : 0;
        const QStringList ports = spec.mid(end).split(u':');
        const QString host = end > 0 ? spec.left(end) : ports.value(0);
        QJsonObject entry;
        const int own[] = {server.tcpPort(), server.tlsPort()};
        const char* keys[] = {"tcp_port", "ssl_port"};
        bool ok = !host.isEmpty();
        for (int i = 0; i < 2 && ok; ++i) {
            const QString text = ports.value(i + 1);
            const int port = text.isEmpty() ? own[i] : text.toInt(&ok);
            ok = ok && port >= 0 && port <= 65535;
            if (port > 0)
                entry.insert(QString::fromLatin1(keys[i]), port);
        }
        if (!ok) {
            QTextStream(stderr) << "Invalid --announce-host (HOST[:TCP-PORT[:SSL-PORT]]): " << spec << '\n';
            return 2;
        }
        hosts.insert(host, entry);
    }
    server.setAnnouncedHosts(hosts);
    QTextStream(stdout) << "tcp=" << server.tcpPort() << " tls=" << server.tlsPort() << Qt::endl;
    QTextStream(stderr) << "certificate sha256 " << server.certificateSha256() << ", tip height " << server.tipHeight()
                        << '\n';
    QTimer miner;
    if (mineSeconds > 0) {
        QObject::connect(&miner, &QTimer::timeout, &server, [&server] { server.mineBlock(); });
        miner.start(mineSeconds * 1000);
    }
    return app.exec();
}
