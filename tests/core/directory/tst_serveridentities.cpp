// Server identities: what a server's announced `hosts` yield (kinds, rejections, the cap), how verdicts group hosts
// under one stable id (conflicting twins never), and how a twin's answers are judged.
#include "directory/ServerDirectory.h"
#include "directory/ServerIdentities.h"
#include "health/HealthReport.h"
#include "health/TwinCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace btcw {

namespace {

const QString kOnion = u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion"_s;
const QString kRegtestGenesis = u"0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"_s;
const QString kMainnetGenesis = u"000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"_s;

QJsonObject ports(int tcp, int ssl)
{
    return QJsonObject{{u"tcp_port"_s, tcp}, {u"ssl_port"_s, ssl}};
}

AnnouncedHost host(const QString& name, quint16 tls = 50002)
{
    return AnnouncedHost{name, ServerAddress::classifyHost(name), quint16(50001), tls};
}

TwinLink verdict(const QString& twin, TwinState state)
{
    TwinLink link;
    link.twin = host(twin);
    link.state = state;
    link.checkedAt = QDateTime::currentDateTimeUtc();
    return link;
}

QJsonObject features(const QString& genesis)
{
    return QJsonObject{{u"genesis_hash"_s, genesis},
                       {u"hosts"_s, QJsonObject{{u"a.example"_s, ports(50001, 50002)}, {kOnion, ports(50001, 50002)}}},
                       {u"server_version"_s, u"ElectrumX 1.16"_s},
                       {u"protocol_max"_s, u"1.6"_s}};
}

} // namespace

class TestServerIdentities : public QObject
{
    Q_OBJECT
private slots:
    void announcedHostsAreListedWithTheirKindAndPorts()
    {
        const QJsonObject hosts{{u"Electrum.Example.org"_s, ports(50001, 50002)},
                                {u"8.8.4.4"_s, QJsonObject{{u"ssl_port"_s, u"50002"_s}}},
                                {u"2001:4860::8844"_s, ports(50001, 0)},
                                {kOnion, QJsonObject{{u"tcp_port"_s, 50001}}}};
        const AnnouncedHosts parsed = parseAnnouncedHosts(hosts, false);
        QCOMPARE(parsed.rejected.size(), 0);
        QCOMPARE(parsed.hosts.size(), 4);
        QHash<QString, AnnouncedHost> byName;
        for (const AnnouncedHost& h : parsed.hosts)
            byName.insert(h.host, h);
        QCOMPARE(byName.value(u"electrum.example.org"_s).kind, HostKind::Hostname); // normalised to lower case
        QCOMPARE(byName.value(u"8.8.4.4"_s).kind, HostKind::IPv4);
        QCOMPARE(byName.value(u"8.8.4.4"_s).tlsPort, std::optional<quint16>(50002)); // a numeric string is a port
        QCOMPARE(byName.value(u"2001:4860::8844"_s).kind, HostKind::IPv6);
        QCOMPARE(byName.value(u"2001:4860::8844"_s).tlsPort, std::nullopt); // 0: no TLS port
        QCOMPARE(byName.value(kOnion).kind, HostKind::Onion);
        QCOMPARE(byName.value(kOnion).address(Transport::Tls).toString(), kOnion + u":50001:t"_s);
    }

    void junkInHostsIsRejectedWithTheReason()
    {
        const QJsonObject hosts{
            {u"bad_name!"_s, ports(50001, 50002)},    {u"abcdefghijklmnop.onion"_s, ports(50001, 50002)}, // v2
            {u"10.0.0.1"_s, ports(50001, 50002)},     {u"127.0.0.1"_s, ports(50001, 50002)},
            {u"good.example"_s, ports(70000, 50002)}, {u"noports.example"_s, QJsonObject{}},
            {u"string.example"_s, u"50002"_s}};
        const AnnouncedHosts parsed = parseAnnouncedHosts(hosts, false);
        QCOMPARE(parsed.hosts.size(), 0);
        QCOMPARE(parsed.rejected.size(), 7);
        QHash<QString, QString> reasons;
        for (const RejectedHost& r : parsed.rejected)
            reasons.insert(r.name, r.reason);
        QVERIFY2(reasons.value(u"abcdefghijklmnop.onion"_s).contains(u"version 2"_s),
                 qPrintable(reasons.value(u"abcdefghijklmnop.onion"_s)));
        QVERIFY2(reasons.value(u"10.0.0.1"_s).contains(u"private"_s), qPrintable(reasons.value(u"10.0.0.1"_s)));
        QVERIFY2(reasons.value(u"127.0.0.1"_s).contains(u"loopback"_s), qPrintable(reasons.value(u"127.0.0.1"_s)));
        QVERIFY2(reasons.value(u"good.example"_s).contains(u"65535"_s), qPrintable(reasons.value(u"good.example"_s)));
        QVERIFY(reasons.value(u"noports.example"_s).contains(u"neither"_s));
        QVERIFY(reasons.value(u"string.example"_s).contains(u"not an object"_s));

        // Private addresses are fine when private targets are (tests, --allow-private-targets).
        QCOMPARE(parseAnnouncedHosts(QJsonObject{{u"127.0.0.1"_s, ports(50001, 50002)}}, true).hosts.size(), 1);
    }

    void hundredsOfHostsAreCapped()
    {
        QJsonObject hosts;
        for (int i = 0; i < 300; ++i)
            hosts.insert(u"h%1.example"_s.arg(i), ports(50001, 50002));
        const AnnouncedHosts parsed = parseAnnouncedHosts(hosts, false);
        QCOMPARE(parsed.hosts.size(), kMaxAnnouncedHosts);
        QCOMPARE(parsed.omitted, 300 - kMaxAnnouncedHosts);
        QVERIFY(parseAnnouncedHosts(QJsonValue(u"junk"_s), false).hosts.isEmpty());
    }

    void confirmedTwinsShareOneStableIdentity()
    {
        ServerIdentities identities;
        QSignalSpy changed(&identities, &ServerIdentities::changed);
        const QString origin = u"a.example"_s;
        identities.recordAnnounced(origin, {host(origin), host(kOnion), host(u"8.8.8.8"_s)}, u"test"_s,
                                   QDateTime::currentDateTimeUtc());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(identities.twinsOf(origin).size(), 2);              // its own entry is not a twin
        QCOMPARE(identities.membersOf(origin), QStringList{origin}); // announced is not grouped
        const QString alone = identities.identityOf(origin);
        QVERIFY(alone.startsWith(u"srv-"_s));
        QCOMPARE(alone.size(), 16);

        identities.recordVerdict(origin, verdict(kOnion, TwinState::Confirmed));
        QCOMPARE(identities.membersOf(origin), (QStringList{origin, kOnion})); // hostnames first, then .onion
        QCOMPARE(identities.membersOf(kOnion), (QStringList{origin, kOnion})); // seen from the twin too
        QCOMPARE(identities.identityOf(kOnion), alone); // the id follows the hostname: stable when a twin joins
        QVERIFY(identities.confirmedOnionTwin(origin).has_value());
        QCOMPARE(identities.confirmedOnionTwin(origin)->twin.host, kOnion);

        // The same facts recorded again (another run) give the same id.
        ServerIdentities again;
        again.recordVerdict(origin, verdict(kOnion, TwinState::Confirmed));
        QCOMPARE(again.identityOf(kOnion), alone);
    }

    void conflictingTwinsAreNeverGrouped()
    {
        ServerIdentities identities;
        identities.recordVerdict(u"a.example"_s, verdict(u"b.example"_s, TwinState::Confirmed));
        QCOMPARE(identities.membersOf(u"a.example"_s).size(), 2);
        // b then says a is another server: the conflict wins over the confirmation, from either side.
        identities.recordVerdict(u"b.example"_s, verdict(u"a.example"_s, TwinState::Conflicting));
        QCOMPARE(identities.membersOf(u"a.example"_s), QStringList{u"a.example"_s});
        QCOMPARE(identities.membersOf(u"b.example"_s), QStringList{u"b.example"_s});
        QVERIFY(identities.identityOf(u"a.example"_s) != identities.identityOf(u"b.example"_s));
        QCOMPARE(identities.twinsOf(u"a.example"_s).value(0).state, TwinState::Conflicting);
        QVERIFY(!identities.confirmedOnionTwin(u"a.example"_s));
    }

    void theDirectoryReportsIdentityChanges()
    {
        ServerDirectory directory;
        QSignalSpy changed(&directory, &ServerDirectory::changed);
        directory.identities().recordVerdict(u"a.example"_s, verdict(kOnion, TwinState::Confirmed));
        QCOMPARE(changed.size(), 1);
    }

    void aTwinIsJudgedByGenesisFeaturesAndCertificate()
    {
        TwinOrigin origin;
        origin.server = ServerAddress::parse(u"a.example:50002:s"_s).value();
        origin.features = features(kRegtestGenesis);
        origin.certificateSha256 = QString(64, u'a');
        origin.pinnedSha256 = QString(64, u'b');
        const AnnouncedHost twin = host(kOnion);

        HealthReport report;
        report.server = twin.address(Transport::Tls);
        report.features = features(kRegtestGenesis);
        report.certificateSha256 = QString(64, u'a');
        TwinLink link = judgeTwin(origin, twin, report);
        QCOMPARE(link.state, TwinState::Confirmed);
        QVERIFY(link.viaTor);
        QVERIFY2(link.reason.contains(u"same certificate"_s), qPrintable(link.reason));

        report.certificateSha256 = QString(64, u'b'); // the origin's pinned certificate is the same server too
        QCOMPARE(judgeTwin(origin, twin, report).state, TwinState::Confirmed);

        report.certificateSha256 = QString(64, u'c');
        link = judgeTwin(origin, twin, report);
        QCOMPARE(link.state, TwinState::Conflicting);
        QVERIFY2(link.reason.contains(u"another certificate"_s), qPrintable(link.reason));

        report.certificateSha256 = QString(64, u'a');
        report.features = features(kMainnetGenesis);
        link = judgeTwin(origin, twin, report);
        QCOMPARE(link.state, TwinState::Conflicting);
        QVERIFY2(link.reason.contains(u"genesis mainnet, not regtest"_s), qPrintable(link.reason));

        report.features = features(kRegtestGenesis);
        report.features.insert(u"server_version"_s, u"Fulcrum 1.9"_s);
        link = judgeTwin(origin, twin, report);
        QCOMPARE(link.state, TwinState::Conflicting);
        QVERIFY2(link.reason.contains(u"server_version"_s), qPrintable(link.reason));

        report.features = {};
        report.error = Error::make(ErrorKind::TorUnavailable, u"no Tor"_s);
        link = judgeTwin(origin, twin, report);
        QCOMPARE(link.state, TwinState::Unconfirmed);
        QVERIFY2(link.reason.contains(u"no Tor"_s), qPrintable(link.reason));
    }
};

} // namespace btcw

QTEST_GUILESS_MAIN(btcw::TestServerIdentities)
#include "tst_serveridentities.moc"
