// Issue #18: GET /electrum/events (Server-Sent Events) and the cache that follows the tip, against the test Electrum
// server: the first event is the state, one event per notification, heartbeats, Last-Event-ID, resubscription after
// the server restarts, the stream cap, refusals, bad input and the API's shutdown.
#include "ApiTestUtil.h"
#include "TestElectrumServer.h"
#include "live/ChainFollower.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

namespace {

struct SseEvent
{
    qint64 id = -1;
    QString name;
    QJsonObject data;
};

// A raw HTTP/1.1 client for one stream: decodes the chunked body and splits it into events and comments.
class SseClient
{
public:
    bool open(quint16 apiPort, const QString& pathAndQuery, const QByteArray& token,
              const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), apiPort);
        if (!m_socket.waitForConnected(5000))
            return false;
        QByteArray head =
            "GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        for (const auto& [name, value] : headers)
            head += name + ": " + value + "\r\n";
        m_socket.write(head + "\r\n");
        return true;
    }
    // Waits for the status line and headers; the status (0: none in time).
    int waitForHead(int timeoutMs = 10'000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_headDone && t.elapsed() < timeoutMs) {
            pump(50);
        }
        return m_status;
    }
    // The next event (comments are counted, not returned); name empty when none came in time.
    SseEvent next(int timeoutMs = 10'000)
    {
        QElapsedTimer t;
        t.start();
        while (m_events.isEmpty() && t.elapsed() < timeoutMs && !(m_closed && m_raw.isEmpty()))
            pump(20);
        return m_events.isEmpty() ? SseEvent{} : m_events.takeFirst();
    }
    // Events until one named `name` (inclusive).
    SseEvent nextNamed(const QString& name, int timeoutMs = 10'000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            SseEvent e = next(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
            if (e.name.isEmpty() || e.name == name)
                return e;
        }
        return {};
    }
    bool waitForClose(int timeoutMs = 10'000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_closed && t.elapsed() < timeoutMs)
            pump(50);
        return m_closed;
    }
    int comments() const { return m_comments; }
    QByteArray header(const QByteArray& name) const { return m_headers.value(name.toLower()); }
    QByteArray body() const { return m_body; } // for a refused stream: the whole answer body so far
    void close() { m_socket.abort(); }
    void pump(int ms)
    {
        // The engine runs on this thread too: wait with the event loop running, never in a blocking read.
        if (m_socket.bytesAvailable() == 0)
            QTest::qWait(ms);
        m_raw += m_socket.readAll();
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            m_closed = true;
        parse();
    }

private:
    void parse()
    {
        if (!m_headDone) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_raw.left(end).split('\n');
            m_status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            m_raw.remove(0, end + 4);
            m_headDone = true;
            m_chunked = m_headers.value("transfer-encoding").toLower() == "chunked";
        }
        if (!m_chunked) {
            m_body += std::exchange(m_raw, {});
            return;
        }
        for (;;) {
            const qsizetype lineEnd = m_raw.indexOf("\r\n");
            if (lineEnd < 0)
                break;
            bool ok = false;
            const qint64 size = m_raw.left(lineEnd).trimmed().toLongLong(&ok, 16);
            if (!ok || m_raw.size() < lineEnd + 2 + size + 2)
                break; // the rest of this chunk is still on its way
            m_text += m_raw.mid(lineEnd + 2, size);
            m_raw.remove(0, lineEnd + 2 + size + 2);
            if (size == 0) {
                m_closed = true; // the last chunk
                break;
            }
        }
        splitEvents();
    }
    void splitEvents()
    {
        for (;;) {
            const qsizetype end = m_text.indexOf("\n\n");
            if (end < 0)
                return;
            const QByteArray block = m_text.left(end);
            m_text.remove(0, end + 2);
            SseEvent event;
            bool comment = true;
            for (const QByteArray& line : block.split('\n')) {
                if (line.startsWith(':'))
                    continue;
                comment = false;
                if (line.startsWith("id: "))
                    event.id = line.mid(4).toLongLong();
                else if (line.startsWith("event: "))
                    event.name = QString::fromUtf8(line.mid(7));
                else if (line.startsWith("data: "))
                    event.data = QJsonDocument::fromJson(line.mid(6)).object();
            }
            if (comment)
                ++m_comments;
            else if (!event.name.isEmpty())
                m_events.append(event);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_raw, m_text, m_body;
    bool m_headDone = false, m_chunked = false, m_closed = false;
    int m_status = 0, m_comments = 0;
    QHash<QByteArray, QByteArray> m_headers;
    QList<SseEvent> m_events;
};

} // namespace

class TestApiEvents : public QObject
{
    Q_OBJECT

private:
    TestElectrumServer* m_server = nullptr;
    ApiHarness m_h;

    QString eventsPath(const QString& extra = u"method=blockchain.headers.subscribe"_s) const
    {
        return u"/electrum/events?url=127.0.0.1&port=%1&ssl=false&%2"_s.arg(m_server->tcpPort()).arg(extra);
    }
    void startApi(RequestLimits limits = {})
    {
        m_h.startEngine();
        m_h.engine->follower().setOptions({std::chrono::milliseconds(100), std::chrono::milliseconds(400)});
        ApiOptions options = loopbackApiOptions();
        options.limits = limits;
        QCOMPARE(m_h.startApi(options), QString());
    }

private slots:
    void init()
    {
        m_server = new TestElectrumServer();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup()
    {
        m_h.stop();
        delete m_server;
        m_server = nullptr;
    }

    void newTipIsVisibleThroughQueryWithinOneSecond()
    {
        startApi();
        const QUrlQuery q = electrumQuery(m_server->tcpPort(), false, u"blockchain.headers.subscribe"_s);
        HttpResult first = m_h.client->get(u"/electrum/query"_s, q);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"result"_s).toObject().value(u"height"_s).toInt(), 20);
        // Cached now: asked again, the cache answers with the same tip.
        QCOMPARE(m_h.client->get(u"/electrum/query"_s, q).json().value(u"result"_s)[u"height"_s].toInt(), 20);
        QTRY_COMPARE(m_server->headerSubscribers(), 1);

        QElapsedTimer announced;
        m_server->mineBlock();
        announced.start();
        int seen = 20;
        while (seen != 21 && announced.elapsed() < 3000) {
            seen = m_h.client->get(u"/electrum/query"_s, q).json().value(u"result"_s)[u"height"_s].toInt();
            if (seen != 21)
                QTest::qWait(20);
        }
        QCOMPARE(seen, 21);
        qInfo("new tip visible through /electrum/query %lld ms after the server announced it", announced.elapsed());
        QVERIFY2(announced.elapsed() < 1000, qPrintable(u"new tip after %1 ms"_s.arg(announced.elapsed())));
        QCOMPARE(m_h.engine->follower()
                     .tip(ServerAddress::create(u"127.0.0.1"_s, m_server->tcpPort(), Transport::Tcp).value())
                     ->height,
                 21);
    }

    void firstEventIsTheStateThenOneEventPerBlock()
    {
        startApi();
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(sse.waitForHead(), 200);
        QVERIFY(sse.header("content-type").startsWith("text/event-stream"));
        const SseEvent state = sse.next();
        QCOMPARE(state.name, u"state"_s);
        QCOMPARE(state.id, 1);
        QCOMPARE(state.data.value(u"tip"_s)[u"height"_s].toInt(), 20);
        QCOMPARE(state.data.value(u"tip"_s)[u"hash"_s].toString(), m_server->blockHashHex(20));

        m_server->mineBlock();
        const SseEvent block = sse.next();
        QCOMPARE(block.name, u"blockchain.headers.subscribe"_s);
        QCOMPARE(block.id, 2);
        QCOMPARE(block.data.value(u"height"_s).toInt(), 21);
        QCOMPARE(block.data.value(u"hex"_s).toString(), m_server->headerHex(21));
        m_server->mineBlock();
        const SseEvent again = sse.next();
        QCOMPARE(again.id, 3);
        QCOMPARE(again.data.value(u"height"_s).toInt(), 22);
    }

    void statusChangesOfAnAddressArePushed()
    {
        startApi();
        const FundedScript script = m_server->fundedScripts().at(0);
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(u"address="_s + script.address), m_h.api->accessToken()));
        QCOMPARE(sse.waitForHead(), 200);
        const SseEvent state = sse.next();
        QCOMPARE(state.name, u"state"_s);
        QVERIFY(!state.data.contains(u"tip"_s)); // only what was asked for
        const QJsonObject first = state.data.value(u"statuses"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"scripthash"_s).toString(), script.scriptHash);
        QCOMPARE(first.value(u"address"_s).toString(), script.address);
        QCOMPARE(first.value(u"status"_s).toString(), m_server->statusOf(script.scriptHash));

        const QString changed = QString(64, u'a');
        m_server->setStatus(script.scriptHash, changed);
        const SseEvent pushed = sse.next();
        QCOMPARE(pushed.name, u"blockchain.scripthash.subscribe"_s);
        QCOMPARE(pushed.data.value(u"status"_s).toString(), changed);
        QCOMPARE(pushed.data.value(u"address"_s).toString(), script.address);
    }

    void aPooledServersNewBlockMakesItsCachedAnswersStale()
    {
        startApi();
        const FundedScript script = m_server->fundedScripts().at(0);
        QUrlQuery q = electrumQuery(m_server->tcpPort(), false, u"blockchain.scripthash.get_balance"_s);
        q.addQueryItem(u"address"_s, script.address);
        const auto cacheStatus = [&] {
            const HttpResult r = m_h.client->get(u"/electrum/query"_s, q);
            return r.status == 200 ? QString::fromLatin1(r.header("cache-status")) : u"status %1"_s.arg(r.status);
        };
        // Only balances were asked for: the pooled connection follows the server's tip by itself.
        const ServerAddress server = ServerAddress::create(u"127.0.0.1"_s, m_server->tcpPort(), Transport::Tcp).value();
        QVERIFY(!cacheStatus().contains(u"hit"_s));
        QTRY_COMPARE(m_server->headerSubscribers(), 1);
        QTRY_VERIFY(m_h.engine->follower().tip(server).has_value());
        QCOMPARE(m_h.engine->follower().tip(server)->height, 20);
        // The first answer was stored before the tip was known; from the known tip on, answers are hits.
        (void)cacheStatus();
        QVERIFY(cacheStatus().contains(u"hit"_s));
        const int before = m_server->requestsReceived(u"blockchain.scripthash.get_balance"_s);

        QElapsedTimer announced;
        m_server->mineBlock();
        announced.start();
        bool stale = false; // read once per query: each miss stores a fresh answer
        while (!stale && announced.elapsed() < 1000)
            stale = !cacheStatus().contains(u"hit"_s);
        QVERIFY2(stale, "the cached balance was still used 1 s after the new block");
        qInfo("balance asked again %lld ms after the new block", announced.elapsed());
        QCOMPARE(m_server->requestsReceived(u"blockchain.scripthash.get_balance"_s), before + 1);
        QCOMPARE(m_h.engine->follower().tip(server)->height, 21);
    }

    void aNewStatusMakesCachedAnswersForThatAddressStale()
    {
        startApi();
        const FundedScript paid = m_server->fundedScripts().at(0);
        const FundedScript other = m_server->fundedScripts().at(1);
        const auto balanceOf = [&](const FundedScript& script) {
            QUrlQuery q = electrumQuery(m_server->tcpPort(), false, u"blockchain.scripthash.get_balance"_s);
            q.addQueryItem(u"address"_s, script.address);
            const HttpResult r = m_h.client->get(u"/electrum/query"_s, q);
            return std::pair(r.status, QString::fromLatin1(r.header("cache-status")));
        };
        const auto asked = [&] { return m_server->requestsReceived(u"blockchain.scripthash.get_balance"_s); };
        // Someone subscribes to the paid address (a script's stream); the other stays unsubscribed.
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(u"address="_s + paid.address), m_h.api->accessToken()));
        QCOMPARE(sse.waitForHead(), 200);
        QCOMPARE(sse.next().name, u"state"_s);

        QCOMPARE(balanceOf(paid).first, 200);
        QCOMPARE(balanceOf(other).first, 200);
        QVERIFY(balanceOf(paid).second.contains(u"hit"_s));
        QVERIFY(balanceOf(other).second.contains(u"hit"_s));
        QCOMPARE(asked(), 2);

        // A payment to it: a new status, no new block. The next query asks the server again; the other is still cached.
        m_server->setStatus(paid.scriptHash, QString(64, u'e'));
        QCOMPARE(sse.next().name, u"blockchain.scripthash.subscribe"_s);
        // (Each query stores a miss, so the condition is read once per query: QTRY_* would ask twice.)
        QElapsedTimer pushed;
        pushed.start();
        bool stale = false;
        while (!stale && pushed.elapsed() < 1000)
            stale = !balanceOf(paid).second.contains(u"hit"_s);
        QVERIFY2(stale, "the cached balance was still used 1 s after the new status");
        QCOMPARE(asked(), 3);
        QVERIFY(balanceOf(other).second.contains(u"hit"_s));
        QVERIFY(balanceOf(paid).second.contains(u"hit"_s)); // stored again under the new status
        QCOMPARE(asked(), 3);
    }

    void heartbeatCommentsKeepAQuietStreamAlive()
    {
        RequestLimits limits;
        limits.eventHeartbeatMs = 150;
        limits.idleTimeoutMs = 300;           // streams are exempt from the idle cut …
        limits.maxConnectionLifetimeMs = 600; // … and from the lifetime cut
        startApi(limits);
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(sse.next().name, u"state"_s);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1200)
            sse.pump(50);
        QVERIFY2(sse.comments() >= 4, qPrintable(QString::number(sse.comments())));
        m_server->mineBlock();
        QCOMPARE(sse.next().data.value(u"height"_s).toInt(), 21);
    }

    void lastEventIdOnReconnectResendsTheState()
    {
        startApi();
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken(), {{"Last-Event-ID", "41"}}));
        const SseEvent state = sse.next();
        QCOMPARE(state.name, u"state"_s);
        QCOMPARE(state.id, 42);
        QCOMPARE(state.data.value(u"resumed_after"_s).toInt(), 41);
        QCOMPARE(state.data.value(u"tip"_s)[u"height"_s].toInt(), 20);
    }

    void serverRestartIsAnnouncedAndResubscribed()
    {
        startApi();
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(sse.next().name, u"state"_s);
        m_server->stop();
        const SseEvent down = sse.next();
        QCOMPARE(down.name, u"disconnected"_s);
        QVERIFY(down.data.value(u"retry_in_ms"_s).toInt() > 0);
        QTest::qWait(300);     // a retry or two fail while the server is away: the stream goes on
        m_server->mineBlock(); // the server comes back with a new tip
        QVERIFY(m_server->restart());
        const SseEvent state = sse.nextNamed(u"state"_s);
        QCOMPARE(state.name, u"state"_s);
        QCOMPARE(state.data.value(u"tip"_s)[u"height"_s].toInt(), 21);
        QVERIFY(state.data.value(u"reconnects"_s).toInt() >= 1);
        m_server->mineBlock();
        QCOMPARE(sse.nextNamed(u"blockchain.headers.subscribe"_s).data.value(u"height"_s).toInt(), 22);
    }

    void streamsAreCappedThen503()
    {
        RequestLimits limits;
        limits.maxEventStreams = 2;
        startApi(limits);
        SseClient a, b, c;
        QVERIFY(a.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(a.next().name, u"state"_s);
        QVERIFY(b.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(b.next().name, u"state"_s);
        QVERIFY(c.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(c.waitForHead(), 503);
        QVERIFY(c.header("content-type").startsWith("application/problem+json"));
        // Ordinary requests are not counted against streams.
        QCOMPARE(m_h.client->get(u"/electrum/tor"_s).status, 200);
        a.close();
        QTest::qWait(200);
        SseClient d;
        QVERIFY(d.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(d.next().name, u"state"_s);
    }

    void badInputIs400BeforeTheStreamOpens_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("named");
        QTest::newRow("address") << u"address=bc1qnotanaddress"_s << u"address"_s;
        QTest::newRow("scripthash") << u"scripthash=zz"_s << u"scripthash"_s;
        QTest::newRow("method") << u"method=blockchain.scripthash.get_balance"_s << u"method"_s;
        QTest::newRow("unknown") << u"methdo=x"_s << u"methdo"_s;
    }
    void badInputIs400BeforeTheStreamOpens()
    {
        QFETCH(QString, extra);
        QFETCH(QString, named);
        startApi();
        const HttpResult r =
            m_h.client->get(u"/electrum/events"_s,
                            QUrlQuery(u"url=127.0.0.1&port=%1&ssl=false&%2"_s.arg(m_server->tcpPort()).arg(extra)));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("content-type").startsWith("application/problem+json"));
        // The detail names the parameter first ("address: …", "'methdo': unknown parameter …").
        QVERIFY2(r.json().value(u"detail"_s).toString().left(named.size() + 2).contains(named),
                 qPrintable(r.json()[u"detail"_s].toString()));
    }

    void tooManyScripthashesIs400()
    {
        RequestLimits limits;
        limits.maxUrlBytes = 256 * 1024; // room for 1,001 scripthashes in the request line
        limits.maxHeaderBytes = 256 * 1024;
        startApi(limits);
        QString extra;
        for (int i = 0; i <= 1000; ++i)
            extra += u"&scripthash=%1"_s.arg(i, 64, 16, QLatin1Char('0'));
        const HttpResult r = m_h.client->get(
            u"/electrum/events"_s, QUrlQuery(u"url=127.0.0.1&port=%1&ssl=false"_s.arg(m_server->tcpPort()) + extra));
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(u"detail"_s).toString().contains(u"at most 1000"_s));
    }

    void theTokenIsRequired()
    {
        startApi();
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), {}));
        QCOMPARE(sse.waitForHead(), 401);
    }

    void aServerRefusingSubscriptionsEndsTheStreamWithAReason()
    {
        startApi();
        m_server->setMethodError(u"blockchain.headers.subscribe"_s, -32601, u"subscriptions are disabled"_s);
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(sse.waitForHead(), 200);
        const SseEvent problem = sse.next();
        QCOMPARE(problem.name, u"problem"_s);
        QVERIFY(problem.data.value(u"detail"_s).toString().contains(u"subscriptions are disabled"_s));
        const SseEvent end = sse.next();
        QCOMPARE(end.name, u"end"_s);
        QVERIFY(!end.data.value(u"reason"_s).toString().isEmpty());
        QVERIFY(sse.waitForClose());
    }

    void aPrivateTargetIsRefusedBeforeTheStream()
    {
        EngineOptions options = loopbackEngineOptions();
        options.allowPrivateTargets = false;
        m_h.startEngine(options);
        QCOMPARE(m_h.startApi(), QString());
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(sse.waitForHead(), 403);
    }

    void shutdownEndsStreamsCleanly()
    {
        startApi();
        SseClient sse;
        QVERIFY(sse.open(m_h.api->port(), eventsPath(), m_h.api->accessToken()));
        QCOMPARE(sse.next().name, u"state"_s);
        m_h.client.reset();
        m_h.api.reset(); // the API stops
        const SseEvent end = sse.next();
        QCOMPARE(end.name, u"end"_s);
        QVERIFY(end.data.value(u"reason"_s).toString().contains(u"shutting down"_s));
        QVERIFY(sse.waitForClose());
        // The follower let go of the server: nothing is followed any more.
        QTRY_COMPARE(m_h.engine->follower().listenerCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiEvents)
#include "tst_apievents.moc"
