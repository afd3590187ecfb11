#include "net/TargetGuard.h"

#include <QTest>
#include <optional>

using namespace btcw;

Q_DECLARE_METATYPE(btcw::AddressClass)

namespace {

// Runs one check and waits (bounded) for its answer.
std::optional<Result<CheckedTarget>> runCheck(const TargetGuard& guard, const QString& host, QObject* context)
{
    std::optional<Result<CheckedTarget>> answer;
    guard.check(host, context, [&answer](Result<CheckedTarget> r) { answer = std::move(r); });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000);
    return answer;
}

// A resolver that answers with fixed addresses and counts how often it is asked.
TargetGuard::Resolver fixedResolver(QList<QHostAddress> addresses, int* calls)
{
    return [addresses, calls](const QString&, QObject* context, TargetGuard::ResolveCallback done) {
        ++*calls;
        QMetaObject::invokeMethod(
            context, [addresses, done] { done(addresses); }, Qt::QueuedConnection);
    };
}

} // namespace

class TestTargetGuard : public QObject
{
    Q_OBJECT
private slots:
    void classifiesAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressClass>("expected");
        const auto row = [](const char* a, AddressClass c) { QTest::newRow(a) << QString::fromLatin1(a) << c; };
        // IPv4
        row("8.8.8.8", AddressClass::Public);
        row("1.1.1.1", AddressClass::Public);
        row("0.0.0.0", AddressClass::Unspecified);
        row("0.1.2.3", AddressClass::Unspecified);
        row("127.0.0.1", AddressClass::Loopback);
        row("127.255.255.254", AddressClass::Loopback);
        row("10.0.0.1", AddressClass::Private);
        row("172.16.0.1", AddressClass::Private);
        row("172.31.255.255", AddressClass::Private);
        row("172.15.255.255", AddressClass::Public);
        row("172.32.0.0", AddressClass::Public);
        row("192.168.1.1", AddressClass::Private);
        row("100.64.0.1", AddressClass::SharedCgnat);
        row("100.127.255.255", AddressClass::SharedCgnat);
        row("100.128.0.0", AddressClass::Public);
        row("169.254.169.254", AddressClass::LinkLocal);
        row("224.0.0.1", AddressClass::Multicast);
        row("239.255.255.250", AddressClass::Multicast);
        row("255.255.255.255", AddressClass::Broadcast);
        row("240.0.0.1", AddressClass::Reserved);
        row("198.18.0.1", AddressClass::Reserved);
        row("192.0.0.8", AddressClass::Reserved);
        row("192.0.2.1", AddressClass::Documentation);
        row("198.51.100.7", AddressClass::Documentation);
        row("203.0.113.9", AddressClass::Documentation);
        // IPv6
        row("2606:4700:4700::1111", AddressClass::Public);
        row("2a01:4f8::1", AddressClass::Public);
        row("::", AddressClass::Unspecified);
        row("::1", AddressClass::Loopback);
        row("fc00::1", AddressClass::Private);
        row("fd12:3456::1", AddressClass::Private);
        row("fec0::1", AddressClass::Private);
        row("fe80::1", AddressClass::LinkLocal);
        row("fe80::1%lo", AddressClass::LinkLocal);
        row("ff02::1", AddressClass::Multicast);
        row("2001:db8::1", AddressClass::Documentation);
        row("3fff::1", AddressClass::Documentation);
        row("2001::1", AddressClass::Reserved); // Teredo
        row("100::1", AddressClass::Reserved);  // discard-only
        row("4000::1", AddressClass::Reserved); // outside 2000::/3
        // IPv4 inside IPv6: judged by the IPv4 part
        row("::ffff:127.0.0.1", AddressClass::Loopback);
        row("::ffff:7f00:1", AddressClass::Loopback);
        row("::ffff:10.1.2.3", AddressClass::Private);
        row("::ffff:169.254.169.254", AddressClass::LinkLocal);
        row("::ffff:8.8.8.8", AddressClass::Public);
        row("::127.0.0.1", AddressClass::Loopback); // IPv4-compatible
        row("::192.168.0.1", AddressClass::Private);
        row("64:ff9b::127.0.0.1", AddressClass::Loopback); // NAT64
        row("64:ff9b::a00:1", AddressClass::Private);
        row("64:ff9b::8.8.8.8", AddressClass::Public);
        row("64:ff9b:1::1", AddressClass::Private);
        row("2002:7f00:1::1", AddressClass::Loopback); // 6to4 around 127.0.0.1
        row("2002:c0a8:101::1", AddressClass::Private);
        row("2002:808:808::1", AddressClass::Public);
    }
    void classifiesAddresses()
    {
        QFETCH(QString, address);
        QFETCH(AddressClass, expected);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(classifyAddress(parsed), expected);
        QCOMPARE(isPublicAddress(parsed), expected == AddressClass::Public);
    }

    void nullAddressIsNotPublic() { QVERIFY(!isPublicAddress(QHostAddress())); }

    void refusesLiteralWithAReasonNamingTheAddress()
    {
        TargetGuard guard;
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("127.0.0.1"), &context);
        QVERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::NotAllowed);
        QCOMPARE(answer->error().message, QStringLiteral("127.0.0.1 is a loopback address; private targets are refused "
                                                         "unless 'allow private targets' is on."));

        const auto bracketed = runCheck(guard, QStringLiteral("[::ffff:192.168.0.1]"), &context);
        QVERIFY(bracketed.has_value() && !bracketed->ok());
        QVERIFY2(bracketed->error().message.contains(QLatin1String("private-network")),
                 qPrintable(bracketed->error().message));
    }

    void passesPublicLiteralAndReturnsIt()
    {
        TargetGuard guard;
        int calls = 0;
        guard.setResolver(fixedResolver({}, &calls));
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("8.8.4.4"), &context);
        QVERIFY(answer.has_value() && answer->ok());
        QCOMPARE(answer->value().addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("8.8.4.4"))});
        QCOMPARE(calls, 0); // literals are never looked up
    }

    void refusesLocalhostByRealResolution()
    {
        // localhost comes from the hosts file / the resolver's built-in rules; no network is touched.
        TargetGuard guard;
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("localhost"), &context);
        QVERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::NotAllowed);
        QVERIFY2(answer->error().message.startsWith(QLatin1String("localhost resolves to ")),
                 qPrintable(answer->error().message));
        QVERIFY(answer->error().message.contains(QLatin1String("loopback")));
    }

    void refusesNumericSpellingsOfLoopback()
    {
        // Forms that are not dotted quads still end up as 127.0.0.1 through the resolver and must be refused.
        TargetGuard guard;
        QObject context;
        for (const QString& host : {QStringLiteral("2130706433"), QStringLiteral("127.1")}) {
            const auto answer = runCheck(guard, host, &context);
            QVERIFY(answer.has_value());
            QVERIFY2(!answer->ok(), qPrintable(host));
        }
    }

    void everyResolvedAddressMustBePublic()
    {
        TargetGuard guard;
        int calls = 0;
        guard.setResolver(
            fixedResolver({QHostAddress(QStringLiteral("8.8.8.8")), QHostAddress(QStringLiteral("10.0.0.5"))}, &calls));
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("rebind.example"), &context);
        QVERIFY(answer.has_value() && !answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::NotAllowed);
        QCOMPARE(answer->error().message,
                 QStringLiteral("rebind.example resolves to 10.0.0.5, which is a private-network address; private "
                                "targets are refused unless 'allow private targets' is on."));
        QCOMPARE(calls, 1);
    }

    void publicHostnameReturnsTheCheckedAddresses()
    {
        TargetGuard guard;
        int calls = 0;
        const QList<QHostAddress> addresses{QHostAddress(QStringLiteral("8.8.8.8")),
                                            QHostAddress(QStringLiteral("2606:4700:4700::1111"))};
        guard.setResolver(fixedResolver(addresses, &calls));
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("electrum.example"), &context);
        QVERIFY(answer.has_value() && answer->ok());
        QCOMPARE(answer->value().host, QStringLiteral("electrum.example"));
        QCOMPARE(answer->value().addresses, addresses);
        QVERIFY(!answer->value().isOnion);
    }

    void emptyResolutionIsHostNotFound()
    {
        TargetGuard guard;
        int calls = 0;
        guard.setResolver(fixedResolver({}, &calls));
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("nothing.example"), &context);
        QVERIFY(answer.has_value() && !answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::HostNotFound);
    }

    void onionIsAllowedWithoutResolving()
    {
        TargetGuard guard;
        int calls = 0;
        guard.setResolver(fixedResolver({QHostAddress(QStringLiteral("127.0.0.1"))}, &calls));
        QObject context;
        const QString onion = QStringLiteral("abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.ONION.");
        const auto answer = runCheck(guard, onion, &context);
        QVERIFY(answer.has_value() && answer->ok());
        QVERIFY(answer->value().isOnion);
        QVERIFY(answer->value().addresses.isEmpty());
        QCOMPARE(calls, 0);
    }

    void allowPrivateTargetsLetsEverythingThrough()
    {
        TargetGuard guard;
        guard.setAllowPrivateTargets(true);
        int calls = 0;
        guard.setResolver(fixedResolver({QHostAddress(QStringLiteral("127.0.0.1"))}, &calls));
        QObject context;
        for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("10.1.1.1"),
                                    QStringLiteral("localhost")}) {
            const auto answer = runCheck(guard, host, &context);
            QVERIFY(answer.has_value());
            QVERIFY2(answer->ok(), qPrintable(host));
            // The addresses still come back, so the caller connects where the check looked.
            QCOMPARE(answer->value().addresses.size(), 1);
        }
        QCOMPARE(calls, 1); // only the name is resolved, once; literals are their own address
    }

    void emptyHostIsInvalid()
    {
        TargetGuard guard;
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("  "), &context);
        QVERIFY(answer.has_value() && !answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::InvalidArgument);
    }

    void answersAsynchronouslyAndNotAfterContextDies()
    {
        TargetGuard guard;
        bool called = false;
        {
            QObject context;
            guard.check(QStringLiteral("8.8.8.8"), &context, [&called](Result<CheckedTarget>) { called = true; });
            QVERIFY(!called); // never re-entrant into the caller
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void resolverThatNeverAnswersTimesOut()
    {
        TargetGuard guard;
        guard.setResolveTimeoutMs(50);
        int calls = 0;
        guard.setResolver([&calls](const QString&, QObject*, TargetGuard::ResolveCallback) { ++calls; });
        QObject context;
        const auto answer = runCheck(guard, QStringLiteral("slow.example"), &context);
        QVERIFY(answer.has_value() && !answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::Timeout);
        QCOMPARE(calls, 1);
    }

    void lateResolverAnswerAfterTimeoutIsIgnored()
    {
        TargetGuard guard;
        guard.setResolveTimeoutMs(20);
        TargetGuard::ResolveCallback late;
        guard.setResolver([&late](const QString&, QObject*, TargetGuard::ResolveCallback done) { late = done; });
        QObject context;
        int answers = 0;
        guard.check(QStringLiteral("slow.example"), &context, [&answers](Result<CheckedTarget>) { ++answers; });
        QVERIFY(QTest::qWaitFor([&answers] { return answers == 1; }, 5000));
        late(QList<QHostAddress>{QHostAddress(QStringLiteral("8.8.8.8"))});
        QTest::qWait(20);
        QCOMPARE(answers, 1);
    }
};

QTEST_GUILESS_MAIN(TestTargetGuard)
#include "tst_targetguard.moc"
