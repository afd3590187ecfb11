#include "TestElectrumServer.h"
#include "electrum/ElectrumSession.h"
#include "net/CertificatePinStore.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

ServerAddress tcpAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
}

ServerAddress tlsAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls).value();
}

// A name no resolver answers (.test is reserved, RFC 6761): a session can only reach the server by a given address.
const QString kUnresolvable = QStringLiteral("rebind.test");

ServerAddress unresolvableAddress(quint16 port, Transport transport)
{
    return ServerAddress::create(kUnresolvable, port, transport).value();
}

const QHostAddress kLoopback = QHostAddress(QHostAddress::LocalHost);
// Another loopback address on Linux (127/8 is all local) where the test server does not listen: refused at once.
const QHostAddress kRefusing = QHostAddress(QStringLiteral("127.0.0.2"));

// Collects the outcome of one asynchronous call.
struct Outcome
{
    std::optional<Result<QJsonValue>> value;
    ElectrumSession::Callback callback()
    {
        return [this](Result<QJsonValue> r) { value = std::move(r); };
    }
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void handshakeSendsVersionRangeAndKeepsNegotiatedVersion()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        QSignalSpy ready(&session, &ElectrumSession::ready);
        session.open();
        QVERIFY(ready.wait(5000));
        QCOMPARE(session.state(), ElectrumSession::State::Ready);
        QCOMPARE(session.negotiatedProtocol(), QStringLiteral("1.6"));
        QVERIFY(!session.serverSoftware().isEmpty());
        const QJsonArray sent = server.lastClientVersionParams();
        QCOMPARE(sent.at(0).toString(), QStringLiteral("btc-worker " BTCW_VERSION));
        QCOMPARE(sent.at(1).toArray(), (QJsonArray{QStringLiteral("1.4"), QStringLiteral("1.6")}));
        QCOMPARE(server.requestsReceived(QStringLiteral("server.version")), 1);
    }

    void callsMadeBeforeReadyWaitForTheHandshake()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        Outcome tip;
        session.call(QStringLiteral("blockchain.headers.subscribe"), {}, nullptr, tip.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tip.value.has_value(), 5000);
        QVERIFY2(tip.value->ok(), qPrintable(tip.value->ok() ? QString() : tip.value->error().toString()));
        const QJsonObject header = tip.value->value().toObject();
        QCOMPARE(header.value(QLatin1String("height")).toInt(), server.tipHeight());
        QCOMPARE(header.value(QLatin1String("hex")).toString().size(), 160);
    }

    void headerNotificationsAreKeptApartFromReplies()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        QSignalSpy notifications(&session, &ElectrumSession::notification);
        Outcome tip;
        session.call(QStringLiteral("blockchain.headers.subscribe"), {}, nullptr, tip.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tip.value.has_value(), 5000);
        QVERIFY(tip.value->ok());
        server.mineBlock();
        QVERIFY(notifications.wait(5000));
        QCOMPARE(notifications.first().at(0).toString(), QStringLiteral("blockchain.headers.subscribe"));
        const QJsonArray params = notifications.first().at(1).toJsonArray();
        QCOMPARE(params.at(0).toObject().value(QLatin1String("height")).toInt(), server.tipHeight());
    }

    void outOfOrderRepliesReachTheirCallers()
    {
        TestElectrumServer::Options options;
        options.replyOutOfOrder = true;
        TestElectrumServer server(options);
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        QSignalSpy ready(&session, &ElectrumSession::ready);
        session.open();
        QVERIFY(ready.wait(5000));
        std::array<Outcome, 5> headers;
        for (int h = 0; h < 5; ++h)
            session.call(QStringLiteral("blockchain.block.header"), {h}, nullptr, headers[h].callback());
        for (int h = 0; h < 5; ++h) {
            QTRY_VERIFY_WITH_TIMEOUT(headers[h].value.has_value(), 5000);
            QVERIFY(headers[h].value->ok());
            QCOMPARE(headers[h].value->value().toString(), server.headerHex(h));
        }
    }

    void batchResultsComeBackInRequestOrder()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        std::optional<Result<QList<Result<QJsonValue>>>> outcome;
        session.callBatch({{QStringLiteral("blockchain.block.header"), {2}},
                           {QStringLiteral("no.such.method"), {}},
                           {QStringLiteral("blockchain.block.header"), {1}}},
                          nullptr, [&](auto r) { outcome = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(outcome->ok());
        const auto& results = outcome->value();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].value().toString(), server.headerHex(2));
        QVERIFY(!results[1].ok());
        QCOMPARE(results[1].error().kind, ErrorKind::Rpc);
        QCOMPARE(results[2].value().toString(), server.headerHex(1));
    }

    void rpcErrorsCarryTheServersCodeAndMessage()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        Outcome bad;
        session.call(QStringLiteral("no.such.method"), {}, nullptr, bad.callback());
        QTRY_VERIFY_WITH_TIMEOUT(bad.value.has_value(), 5000);
        QVERIFY(!bad.value->ok());
        QCOMPARE(bad.value->error().kind, ErrorKind::Rpc);
        QCOMPARE(bad.value->error().rpcCode, -32601);
        QVERIFY(!bad.value->error().message.isEmpty());
        QVERIFY(session.isUsable()); // an RPC error is an answer, not a broken connection
    }

    void tlsPinsOnFirstUseAndMatchesLater()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        CertificatePinStore pins;
        for (int round = 0; round < 2; ++round) {
            ElectrumSession session(tlsAddress(server), {}, {}, &pins);
            Outcome ping;
            session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
            QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
            QVERIFY2(ping.value->ok(), qPrintable(ping.value->ok() ? QString() : ping.value->error().toString()));
            QCOMPARE(session.certificateSha256(), server.certificateSha256());
        }
        QCOMPARE(pins.pin(tlsAddress(server).hostPort())->sha256, server.certificateSha256());
    }

    void changedCertificateIsRefusedNamingBothFingerprints()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        CertificatePinStore pins;
        const QString first = server.certificateSha256();
        QCOMPARE(pins.checkAndPin(tlsAddress(server).hostPort(), first), CertificatePinStore::Verdict::FirstUse);
        server.regenerateCertificate();
        const QString second = server.certificateSha256();
        QVERIFY(first != second);
        ElectrumSession session(tlsAddress(server), {}, {}, &pins);
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QVERIFY(!ping.value->ok());
        const Error& e = ping.value->error();
        QCOMPARE(e.kind, ErrorKind::CertificateChanged);
        QCOMPARE(e.stage, QStringLiteral("tls"));
        QVERIFY(e.detail.contains(first));
        QVERIFY(e.detail.contains(second));
        QCOMPARE(pins.pin(tlsAddress(server).hostPort())->sha256, first); // not silently re-pinned
    }

    void refusedPortFailsAtConnectStage()
    {
        quint16 port = 0;
        {
            TestElectrumServer server;
            QVERIFY(server.start());
            port = server.tcpPort();
        } // stopped: nothing listens there now
        ElectrumSession session(ServerAddress::create(u"127.0.0.1", port, Transport::Tcp).value(), {}, {}, nullptr);
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QCOMPARE(ping.value->error().kind, ErrorKind::ConnectionRefused);
        QCOMPARE(ping.value->error().stage, QStringLiteral("connect"));
    }

    void silentServerTimesOutInTheHandshake()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setFault(TestElectrumServer::Fault::Silent);
        ConnectionSettings settings;
        settings.handshakeTimeout = 300ms;
        ElectrumSession session(tcpAddress(server), {}, settings, nullptr);
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QCOMPARE(ping.value->error().kind, ErrorKind::Timeout);
        QCOMPARE(ping.value->error().stage, QStringLiteral("handshake"));
        QCOMPARE(session.state(), ElectrumSession::State::Closed);
    }

    void slowRequestTimesOutAloneAndTheSessionStaysUsable()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setMethodDelay(QStringLiteral("blockchain.estimatefee"), 2000ms);
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        Outcome slow, quick;
        session.call(QStringLiteral("blockchain.estimatefee"), {2}, nullptr, slow.callback(), 200ms);
        QTRY_VERIFY_WITH_TIMEOUT(slow.value.has_value(), 5000);
        QCOMPARE(slow.value->error().kind, ErrorKind::Timeout);
        QCOMPARE(slow.value->error().stage, QStringLiteral("request"));
        session.call(QStringLiteral("server.ping"), {}, nullptr, quick.callback());
        QTRY_VERIFY_WITH_TIMEOUT(quick.value.has_value(), 5000);
        QVERIFY(quick.value->ok());
    }

    void garbageIsAProtocolError()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setFault(TestElectrumServer::Fault::Garbage);
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QCOMPARE(ping.value->error().kind, ErrorKind::Protocol);
    }

    void endlessLineHitsTheLineCap()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setFault(TestElectrumServer::Fault::EndlessLine);
        ConnectionSettings settings;
        settings.maxLineBytes = 64 * 1024;
        ElectrumSession session(tcpAddress(server), {}, settings, nullptr);
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QCOMPARE(ping.value->error().kind, ErrorKind::TooLarge);
    }

    void closeMidReplyIsAClosedConnection()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setFault(TestElectrumServer::Fault::CloseMidReply);
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QCOMPARE(ping.value->error().kind, ErrorKind::ConnectionClosed);
    }

    void tooManyPendingRequestsAreRefused()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ConnectionSettings settings;
        settings.maxPendingRequests = 3;
        ElectrumSession session(tcpAddress(server), {}, settings, nullptr);
        std::array<Outcome, 4> calls;
        for (auto& c : calls)
            session.call(QStringLiteral("server.ping"), {}, nullptr, c.callback());
        // Three calls wait for the handshake; the fourth is over the cap.
        QTRY_VERIFY_WITH_TIMEOUT(calls[3].value.has_value(), 5000);
        QCOMPARE(calls[3].value->error().kind, ErrorKind::Busy);
        QTRY_VERIFY_WITH_TIMEOUT(calls[0].value.has_value(), 5000);
        QVERIFY(calls[0].value->ok());
    }

    void checkedAddressIsDialledInsteadOfTheName()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        {
            // The control: by name, this host cannot be reached at all.
            ElectrumSession byName(unresolvableAddress(server.tcpPort(), Transport::Tcp), {}, {}, nullptr);
            Outcome ping;
            byName.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
            QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 15000);
            QVERIFY(!ping.value->ok());
            QCOMPARE(ping.value->error().kind, ErrorKind::HostNotFound);
        }
        ElectrumSession session(unresolvableAddress(server.tcpPort(), Transport::Tcp), {}, {}, nullptr);
        session.setConnectAddresses({kLoopback});
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QVERIFY2(ping.value->ok(), qPrintable(ping.value->ok() ? QString() : ping.value->error().toString()));
        QVERIFY(session.connectedAddress().isEqual(kLoopback, QHostAddress::TolerantConversion));
        QCOMPARE(server.connectionsAccepted(), 1);
    }

    void tlsToACheckedAddressPinsUnderTheHostName()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        CertificatePinStore pins;
        ElectrumSession session(unresolvableAddress(server.tlsPort(), Transport::Tls), {}, {}, &pins);
        session.setConnectAddresses({kLoopback});
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QVERIFY2(ping.value->ok(), qPrintable(ping.value->ok() ? QString() : ping.value->error().toString()));
        QCOMPARE(session.certificateSha256(), server.certificateSha256());
        const QString byName = unresolvableAddress(server.tlsPort(), Transport::Tls).hostPort();
        QVERIFY(pins.pin(byName).has_value());
        QCOMPARE(pins.pin(byName)->sha256, server.certificateSha256());
        const QString byAddress = ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls)->hostPort();
        QVERIFY(!pins.pin(byAddress).has_value());
    }

    void tlsToACheckedAddressVerifiesTheHostName()
    {
        // The certificate names 127.0.0.1 but not rebind.test: verified against the name, it must not match.
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(unresolvableAddress(server.tlsPort(), Transport::Tls), {}, {}, nullptr);
        session.setConnectAddresses({kLoopback});
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QVERIFY(!ping.value->ok());
        QCOMPARE(ping.value->error().kind, ErrorKind::Tls);
        const QString mismatch = QSslError(QSslError::HostNameMismatch).errorString();
        QVERIFY2(ping.value->error().detail.contains(mismatch), qPrintable(ping.value->error().toString()));

        // Verified against the address instead, the same certificate fails only for being self-signed.
        ElectrumSession byAddress(tlsAddress(server), {}, {}, nullptr);
        Outcome control;
        byAddress.call(QStringLiteral("server.ping"), {}, nullptr, control.callback());
        QTRY_VERIFY_WITH_TIMEOUT(control.value.has_value(), 5000);
        QVERIFY(!control.value->ok());
        QVERIFY2(!control.value->error().detail.contains(mismatch), qPrintable(control.value->error().toString()));
    }

    void nextCheckedAddressIsTriedWhenOneRefuses()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(unresolvableAddress(server.tcpPort(), Transport::Tcp), {}, {}, nullptr);
        session.setConnectAddresses({kRefusing, kLoopback});
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QVERIFY2(ping.value->ok(), qPrintable(ping.value->ok() ? QString() : ping.value->error().toString()));
        QVERIFY(session.connectedAddress().isEqual(kLoopback, QHostAddress::TolerantConversion));
    }

    void everyCheckedAddressRefusingFailsNamingThemAll()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        const QHostAddress alsoRefusing(QStringLiteral("127.0.0.3"));
        ElectrumSession session(unresolvableAddress(server.tcpPort(), Transport::Tcp), {}, {}, nullptr);
        session.setConnectAddresses({kRefusing, alsoRefusing});
        Outcome ping;
        session.call(QStringLiteral("server.ping"), {}, nullptr, ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.value.has_value(), 5000);
        QVERIFY(!ping.value->ok());
        const Error& e = ping.value->error();
        QCOMPARE(e.kind, ErrorKind::ConnectionRefused);
        QCOMPARE(e.stage, QStringLiteral("connect"));
        QVERIFY2(e.detail.contains(kRefusing.toString()) && e.detail.contains(alsoRefusing.toString()),
                 qPrintable(e.toString()));
        QCOMPARE(server.connectionsAccepted(), 0);
    }

    void callbackIsDroppedWhenItsContextIsGone()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ElectrumSession session(tcpAddress(server), {}, {}, nullptr);
        bool called = false;
        auto* context = new QObject;
        session.call(QStringLiteral("server.ping"), {}, context, [&](Result<QJsonValue>) { called = true; });
        delete context;
        Outcome after;
        session.call(QStringLiteral("server.ping"), {}, nullptr, after.callback());
        QTRY_VERIFY_WITH_TIMEOUT(after.value.has_value(), 5000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
