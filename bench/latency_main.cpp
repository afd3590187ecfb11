// btcw-bench-latency: one client, one request at a time. Compares an uncached /electrum/query on a pooled session
// with the raw JSON-RPC round trip to the same server on a kept-alive socket, and a first (connect + TLS +
// handshake) query with the pooled one after it.
#include "BenchUtil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTextStream>
#include <QUrlQuery>

using namespace btcw;
using namespace btcw::bench;

namespace {

constexpr int kTimeoutMs = 10'000;

struct HttpAnswer
{
    int status = 0; // 0: no answer
    QByteArray head;
    QByteArray body;
    bool isCacheHit() const { return head.toLower().contains("cache-status: btc-worker; hit"); }
};

// One GET on a fresh connection that asks to be closed after the answer, read until closed.
HttpAnswer get(quint16 port, const QByteArray& token, const QString& pathAndQuery)
{
    HttpAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(kTimeoutMs))
        return answer;
    socket.write("GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
    QByteArray bytes;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < kTimeoutMs) {
        if (socket.waitForReadyRead(int(kTimeoutMs - clock.elapsed())))
            bytes += socket.readAll();
    }
    bytes += socket.readAll();
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0 || !bytes.startsWith("HTTP/1.1 "))
        return answer;
    answer.head = bytes.left(end);
    answer.body = bytes.mid(end + 4);
    answer.status = bytes.mid(9, 3).toInt();
    return answer;
}

// GETs on one kept-alive connection (opened again if the API closed it), each answer read by its Content-Length:
// how a client that reuses its connection sees the API.
class KeptAliveHttp
{
public:
    KeptAliveHttp(quint16 port, QByteArray token) : m_port(port), m_token(std::move(token)) {}

    HttpAnswer get(const QString& pathAndQuery)
    {
        HttpAnswer answer;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.abort();
            m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
            if (!m_socket.waitForConnected(kTimeoutMs))
                return answer;
        }
        m_socket.write("GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                       "\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
        QByteArray bytes;
        QElapsedTimer clock;
        clock.start();
        qsizetype end = -1;
        qint64 length = -1;
        while (clock.elapsed() < kTimeoutMs) {
            bytes += m_socket.readAll();
            end = bytes.indexOf("\r\n\r\n");
            if (end >= 0 && length < 0) {
                const QByteArray head = bytes.left(end).toLower();
                const qsizetype at = head.indexOf("\r\ncontent-length:");
                length = at < 0 ? 0 : head.mid(at + 17, head.indexOf('\r', at + 2) - at - 17).trimmed().toLongLong();
            }
            if (end >= 0 && bytes.size() >= end + 4 + length)
                break;
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            m_socket.waitForReadyRead(int(std::max<qint64>(1, kTimeoutMs - clock.elapsed())));
        }
        if (end < 0 || !bytes.startsWith("HTTP/1.1 ") || bytes.size() < end + 4 + length)
            return answer;
        answer.head = bytes.left(end);
        answer.body = bytes.mid(end + 4, length);
        answer.status = bytes.mid(9, 3).toInt();
        return answer;
    }

private:
    quint16 m_port;
    QByteArray m_token;
    QTcpSocket m_socket;
};

QString queryPath(quint16 serverPort, bool tls, bool cache)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("url"), QStringLiteral("127.0.0.1"));
    q.addQueryItem(QStringLiteral("port"), QString::number(serverPort));
    q.addQueryItem(QStringLiteral("ssl"), tls ? QStringLiteral("true") : QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("method"), QStringLiteral("server.features"));
    if (!cache)
        q.addQueryItem(QStringLiteral("cache"), QStringLiteral("false"));
    return QStringLiteral("/electrum/query?") + q.toString(QUrl::FullyEncoded);
}

// Sends one JSON-RPC line and waits for the reply line; milliseconds, or -1 on failure.
double rawRoundTrip(QTcpSocket& socket, int id, const QByteArray& method, const QByteArray& params)
{
    QElapsedTimer clock;
    clock.start();
    socket.write(R"({"jsonrpc":"2.0","id":)" + QByteArray::number(id) + R"(,"method":")" + method + R"(","params":)" +
                 params + "}\n");
    while (!socket.canReadLine()) {
        if (clock.elapsed() > kTimeoutMs || !socket.waitForReadyRead(kTimeoutMs))
            return -1;
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray line = socket.readLine();
    return line.contains("\"result\"") ? elapsed : -1;
}

// A kept-alive JSON-RPC connection straight to the test server, past its server.version; says why not on stderr.
bool openRaw(QTcpSocket& raw, quint16 server)
{
    raw.connectToHost(QHostAddress(QHostAddress::LocalHost), server);
    if (raw.waitForConnected(kTimeoutMs) && rawRoundTrip(raw, 0, "server.version", R"(["btcw-bench","1.4"])") >= 0)
        return true;
    QTextStream(stderr) << "cannot reach the test server on port " << server << '\n';
    return false;
}

// Sends one JSON-RPC request and returns its "result" (null on failure).
QJsonValue rawResult(QTcpSocket& socket, int id, const QByteArray& method, const QByteArray& params)
{
    socket.write(R"({"jsonrpc":"2.0","id":)" + QByteArray::number(id) + R"(,"method":")" + method + R"(","params":)" +
                 params + "}\n");
    QElapsedTimer clock;
    clock.start();
    while (!socket.canReadLine()) {
        if (clock.elapsed() > kTimeoutMs || !socket.waitForReadyRead(kTimeoutMs))
            return {};
    }
    return QJsonDocument::fromJson(socket.readLine()).object().value(QStringLiteral("result"));
}

void report(const QString& name, const QList<double>& samples, QList<std::pair<QString, QString>> extra = {})
{
    extra.prepend({QStringLiteral("p99_ms"), ms(quantile(samples, 0.99))});
    extra.prepend({QStringLiteral("p50_ms"), ms(quantile(samples, 0.5))});
    extra.prepend({QStringLiteral("n"), QString::number(samples.size())});
    printResult(name, extra);
}

// verify=true on transaction.get against a server that holds every reply `delay` ms (a far server): its cost over the
// same unverified query, in round trips of that server. Returns the exit code.
int verifiedTransactionCost(quint16 api, const QByteArray& token, quint16 server, int n)
{
    QTcpSocket raw;
    if (!openRaw(raw, server))
        return 1;
    QList<double> rawSamples;
    for (int i = 0; i < std::min(n, 10); ++i)
        rawSamples << rawRoundTrip(raw, i + 1, "server.features", "[]");
    // Payments (position 1) are in every second block from height 2 on: one transaction per sample, none cached.
    QStringList txids;
    for (int h = 2; txids.size() < 2 * n + 1; h += 2) {
        const QString txid =
            rawResult(raw, 100 + h, "blockchain.transaction.id_from_pos", "[" + QByteArray::number(h) + ",1]")
                .toString();
        if (txid.isEmpty()) {
            QTextStream(stderr) << "the delayed server has no payment at height " << h
                                << " (start it with more blocks)\n";
            return 1;
        }
        txids << txid;
    }
    auto path = [server](const QString& txid, bool verify) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("url"), QStringLiteral("127.0.0.1"));
        q.addQueryItem(QStringLiteral("port"), QString::number(server));
        q.addQueryItem(QStringLiteral("ssl"), QStringLiteral("false"));
        q.addQueryItem(QStringLiteral("method"), QStringLiteral("blockchain.transaction.get"));
        q.addQueryItem(QStringLiteral("params"), QStringLiteral("[\"%1\"]").arg(txid));
        q.addQueryItem(QStringLiteral("cache"), QStringLiteral("false"));
        if (verify)
            q.addQueryItem(QStringLiteral("verify"), QStringLiteral("true"));
        return QStringLiteral("/electrum/query?") + q.toString(QUrl::FullyEncoded);
    };
    KeptAliveHttp http(api, token);
    // The first verified query opens the pooled session, learns the network and verifies the headers: not counted.
    if (const HttpAnswer warm = http.get(path(txids.takeFirst(), true));
        warm.status != 200 || !warm.body.contains("\"verified\":true")) {
        QTextStream(stderr) << "verified warm-up answered " << warm.status << '\n' << warm.body.left(400) << '\n';
        return 1;
    }
    QList<double> plain;
    QList<double> verified;
    for (int i = 0; i < n; ++i) {
        for (bool verify : {false, true}) {
            QElapsedTimer clock;
            clock.start();
            const HttpAnswer a = http.get(path(txids.takeFirst(), verify));
            if (a.status != 200 || (verify && !a.body.contains("\"verified\":true"))) {
                QTextStream(stderr) << "transaction.get (verify=" << verify << ") answered " << a.status << '\n'
                                    << a.body.left(400) << '\n';
                return 1;
            }
            (verify ? verified : plain) << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    const double roundTrip = quantile(rawSamples, 0.5);
    const double extra = (quantile(verified, 0.5) - quantile(plain, 0.5)) / std::max(1e-9, roundTrip);
    report(QStringLiteral("delayed_rpc_roundtrip"), rawSamples);
    report(QStringLiteral("api_tx_get_plain"), plain);
    report(QStringLiteral("api_tx_get_verified"), verified,
           {{QStringLiteral("extra_round_trips"), QString::number(extra, 'f', 2)}});
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption apiPort(QStringLiteral("api-port"), QStringLiteral("API port."), QStringLiteral("port"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), QStringLiteral("File with the bearer token."),
                                       QStringLiteral("file"));
    const QCommandLineOption tcpPort(QStringLiteral("tcp-port"), QStringLiteral("Test server TCP port."),
                                     QStringLiteral("port"));
    const QCommandLineOption freshTls(QStringLiteral("fresh-tls-ports"),
                                      QStringLiteral("Comma-separated TLS ports of servers the API has never used."),
                                      QStringLiteral("ports"));
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("Requests per measurement."),
                                     QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption delayedPort(
        QStringLiteral("verified-tx-port"),
        QStringLiteral("Only measure verify=true on transaction.get against this (delayed) test server's TCP port."),
        QStringLiteral("port"));
    parser.addOptions({apiPort, tokenFile, tcpPort, freshTls, samples, delayedPort});
    parser.process(app);
    if (parser.isSet(delayedPort)) {
        QFile cookie(parser.value(tokenFile));
        const quint16 api = quint16(parser.value(apiPort).toUInt());
        if (api == 0 || !cookie.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "need --api-port and a readable --token-file\n";
            return 2;
        }
        return verifiedTransactionCost(api, cookie.readAll().trimmed(), quint16(parser.value(delayedPort).toUInt()),
                                       std::max(1, parser.value(samples).toInt()));
    }

    const quint16 api = quint16(parser.value(apiPort).toUInt());
    const quint16 server = quint16(parser.value(tcpPort).toUInt());
    const int n = std::max(1, parser.value(samples).toInt());
    QFile file(parser.value(tokenFile));
    if (api == 0 || server == 0 || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "need --api-port, --tcp-port and a readable --token-file\n";
        return 2;
    }
    const QByteArray token = file.readAll().trimmed();

    // The network floor: the same request on a kept-alive socket straight to the server.
    QTcpSocket raw;
    if (!openRaw(raw, server))
        return 1;
    QList<double> rawSamples;
    for (int i = 0; i < n; ++i) {
        const double t = rawRoundTrip(raw, i + 1, "server.features", "[]");
        if (t < 0) {
            QTextStream(stderr) << "raw round trip failed\n";
            return 1;
        }
        rawSamples << t;
    }
    report(QStringLiteral("raw_rpc_roundtrip"), rawSamples);

    // The API's own floor: a cheap authenticated endpoint that does no Electrum work.
    QList<double> floorSamples;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HttpAnswer a = get(api, token, QStringLiteral("/electrum/tor"));
        if (a.status != 200) {
            QTextStream(stderr) << "/electrum/tor answered " << a.status << '\n' << a.head << '\n';
            return 1;
        }
        floorSamples << double(clock.nsecsElapsed()) / 1e6;
    }
    report(QStringLiteral("api_http_floor"), floorSamples);

    // The same on one kept-alive connection: what a client that reuses its connection pays for HTTP.
    KeptAliveHttp keptAlive(api, token);
    QList<double> keptFloorSamples;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HttpAnswer a = keptAlive.get(QStringLiteral("/electrum/tor"));
        if (a.status != 200) {
            QTextStream(stderr) << "/electrum/tor (kept alive) answered " << a.status << '\n' << a.head << '\n';
            return 1;
        }
        keptFloorSamples << double(clock.nsecsElapsed()) / 1e6;
    }
    report(QStringLiteral("api_http_floor_keepalive"), keptFloorSamples);

    // Uncached queries on a pooled session, over the kept-alive connection: the first one opens the session and is not
    // counted.
    const QString uncached = queryPath(server, false, false);
    if (const HttpAnswer warm = get(api, token, uncached); warm.status != 200) {
        QTextStream(stderr) << "warm-up query answered " << warm.status << '\n' << warm.body.left(400) << '\n';
        return 1;
    }
    QList<double> pooledSamples;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HttpAnswer a = keptAlive.get(uncached);
        if (a.status != 200 || a.isCacheHit()) {
            QTextStream(stderr) << "uncached query answered " << a.status << (a.isCacheHit() ? " from cache" : "")
                                << '\n';
            return 1;
        }
        pooledSamples << double(clock.nsecsElapsed()) / 1e6;
    }
    const double ratio = quantile(pooledSamples, 0.5) / std::max(1e-9, quantile(rawSamples, 0.5));
    report(QStringLiteral("api_query_uncached_pooled"), pooledSamples,
           {{QStringLiteral("ratio_to_raw_p50"), QString::number(ratio, 'f', 2)}});

    // Cached answers of the same query, one client, for comparison.
    const QString cached = queryPath(server, false, true);
    get(api, token, cached); // stores it (or refreshes it)
    QList<double> cachedSamples;
    int hits = 0;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HttpAnswer a = keptAlive.get(cached);
        if (a.status != 200) {
            QTextStream(stderr) << "cached query answered " << a.status << '\n';
            return 1;
        }
        cachedSamples << double(clock.nsecsElapsed()) / 1e6;
        hits += a.isCacheHit() ? 1 : 0;
    }
    report(QStringLiteral("api_query_cached_1client"), cachedSamples,
           {{QStringLiteral("cache_hits"), QString::number(hits)}});

    // First query to a server the pool has never seen (TCP connect, TLS, server.version), then a pooled one.
    QList<double> firstSamples;
    QList<double> secondSamples;
    for (const QString& text : parser.value(freshTls).split(u',', Qt::SkipEmptyParts)) {
        const quint16 tlsPort = quint16(text.toUInt());
        const QString path = queryPath(tlsPort, true, false);
        QElapsedTimer clock;
        clock.start();
        const HttpAnswer first = get(api, token, path);
        const double firstMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        const HttpAnswer second = get(api, token, path);
        const double secondMs = double(clock.nsecsElapsed()) / 1e6;
        if (first.status != 200 || second.status != 200) {
            QTextStream(stderr) << "TLS query to port " << tlsPort << " answered " << first.status << '/'
                                << second.status << '\n'
                                << first.body.left(400) << '\n';
            return 1;
        }
        firstSamples << firstMs;
        secondSamples << secondMs;
    }
    if (!firstSamples.isEmpty()) {
        report(QStringLiteral("api_query_tls_first"), firstSamples);
        report(QStringLiteral("api_query_tls_pooled"), secondSamples);
    }
    return 0;
}
