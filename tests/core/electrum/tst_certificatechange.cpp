// A pinned TLS server that changes its certificate: refused, remembered as pending, usable after trustPending().
#include "TestElectrumServer.h"
#include "electrum/ElectrumSession.h"
#include "net/CertificatePinStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using btcw::test::TestElectrumServer;

namespace {

ServerAddress tlsAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls).value();
}

// One server.ping over a fresh session; the outcome, waited for with a bound.
Result<QJsonValue> ping(const TestElectrumServer& server, CertificatePinStore& pins)
{
    ElectrumSession session(tlsAddress(server), {}, {}, &pins);
    std::optional<Result<QJsonValue>> outcome;
    session.call(QStringLiteral("server.ping"), {}, nullptr,
                 [&outcome](Result<QJsonValue> r) { outcome = std::move(r); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return Error::make(ErrorKind::Timeout, QStringLiteral("no answer from the test server within 5 s"));
    return *outcome;
}

QString describe(const Result<QJsonValue>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().toString();
}

} // namespace

class TestCertificateChange : public QObject
{
    Q_OBJECT
private slots:
    void changedCertificateWaitsAsPendingUntilTrusted()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pins.json"));
        CertificatePinStore pins(file);
        QVERIFY(pins.load().ok());
        const QString hostPort = tlsAddress(server).hostPort();

        const Result<QJsonValue> first = ping(server, pins);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const QString oldSha = server.certificateSha256();
        QCOMPARE(pins.pin(hostPort)->sha256, oldSha);

        server.regenerateCertificate();
        const QString newSha = server.certificateSha256();
        QVERIFY(newSha != oldSha);
        const Result<QJsonValue> refused = ping(server, pins);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::CertificateChanged);
        QVERIFY(refused.error().detail.contains(oldSha));
        QVERIFY(refused.error().detail.contains(newSha));
        auto pin = pins.pin(hostPort);
        QCOMPARE(pin->sha256, oldSha);
        QCOMPARE(pin->pendingSha256, newSha);

        // The pending fingerprint survives a restart (the file is what the window and the API read).
        CertificatePinStore reloaded(file);
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.pin(hostPort)->pendingSha256, newSha);

        // Confirming anything but the presented certificate changes nothing.
        QVERIFY(!pins.trustPending(hostPort, oldSha).ok());
        QCOMPARE(ping(server, pins).error().kind, ErrorKind::CertificateChanged);

        QVERIFY(pins.trustPending(hostPort, newSha).ok());
        const Result<QJsonValue> after = ping(server, pins);
        QVERIFY2(after.ok(), qPrintable(describe(after)));
        pin = pins.pin(hostPort);
        QCOMPARE(pin->sha256, newSha);
        QVERIFY(!pin->hasPending());
        QCOMPARE(pin->changes, 1);
        QCOMPARE(pin->history.value(0).sha256, oldSha);
    }
};

QTEST_GUILESS_MAIN(TestCertificateChange)
#include "tst_certificatechange.moc"
