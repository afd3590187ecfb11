#include "health/PeerDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace btcw;

namespace {

const QDateTime kAt = QDateTime::fromString(QStringLiteral("2026-11-02T12:00:00Z"), Qt::ISODate);

QJsonArray json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

ServerAddress announcer()
{
    return ServerAddress::parse(u"seed.example:50002:s").value();
}

} // namespace

class TestPeerList : public QObject
{
    Q_OBJECT
private slots:
    void wellFormedEntriesBecomeCandidatesWithProvenance()
    {
        const auto parsed = parsePeerList(json(R"([
            ["192.0.2.7", "electrum.example.org", ["v1.4", "s50002", "t50001", "p10000"]],
            ["198.51.100.3", "", ["v1.5", "t60001"]],
            ["2001:db8::5", "", ["s", "t"]]
        ])"),
                                          announcer(), kAt);
        QVERIFY(parsed);
        QCOMPARE(parsed->junk, 0);
        QCOMPARE(parsed->candidates.size(), 3);

        const PeerCandidate& a = parsed->candidates.at(0);
        QCOMPARE(a.host, QStringLiteral("electrum.example.org")); // the name, not the IP
        QCOMPARE(a.tlsPort, std::optional<quint16>(50002));
        QCOMPARE(a.tcpPort, std::optional<quint16>(50001));
        QCOMPARE(a.version, QStringLiteral("1.4"));
        QCOMPARE(a.pruning, QStringLiteral("10000"));
        QCOMPARE(a.preferredAddress().toString(), QStringLiteral("electrum.example.org:50002:s"));
        QCOMPARE(a.provenance.announcedBy, announcer());
        QCOMPARE(a.provenance.announcedAt, kAt);
        QCOMPARE(a.provenance.ip, QStringLiteral("192.0.2.7"));
        QCOMPARE(a.provenance.features, (QStringList{QStringLiteral("v1.4"), QStringLiteral("s50002"),
                                                     QStringLiteral("t50001"), QStringLiteral("p10000")}));

        const PeerCandidate& b = parsed->candidates.at(1);
        QCOMPARE(b.host, QStringLiteral("198.51.100.3")); // no name: reached by its IP
        QVERIFY(!b.tlsPort);
        QCOMPARE(b.preferredAddress().toString(), QStringLiteral("198.51.100.3:60001:t"));

        const PeerCandidate& c = parsed->candidates.at(2);
        QCOMPARE(c.host, QStringLiteral("2001:db8::5"));
        QCOMPARE(c.tlsPort, std::optional<quint16>(50002)); // a bare letter means the default port
        QCOMPARE(c.tcpPort, std::optional<quint16>(50001));
        QCOMPARE(c.toJson().value(QLatin1String("announcedBy")).toString(), announcer().toString());
    }

    void junkEntriesAreSkippedAndCounted()
    {
        const auto parsed = parsePeerList(json(R"([
            "not an entry",
            ["only", "two"],
            [1, "host.example", ["t50001"]],
            ["192.0.2.1", "ok.example", "t50001"],
            ["192.0.2.1", "noports.example", ["v1.4", "p0"]],
            ["", "", ["t50001"]],
            ["192.0.2.1", "bad port.example", ["t50001"]],
            ["192.0.2.1", "big.example", ["t70000"]],
            ["192.0.2.1", "zero.example", ["s0"]],
            ["192.0.2.1", "letters.example", ["sabc"]],
            ["192.0.2.1", "nonstring.example", ["t50001", 5]],
            ["192.0.2.9", "good.example", ["t50001"]],
            ["192.0.2.9", "GOOD.example", ["t50001"]],
            null
        ])"),
                                          announcer(), kAt);
        QVERIFY(parsed);
        QCOMPARE(parsed->candidates.size(), 2); // "bad port.example" falls back to its valid IP
        QCOMPARE(parsed->candidates.at(0).host, QStringLiteral("192.0.2.1"));
        QCOMPARE(parsed->candidates.at(1).host, QStringLiteral("good.example"));
        QCOMPARE(parsed->duplicates, 1); // host names compare case-insensitively
        QCOMPARE(parsed->junk, 11);
        QCOMPARE(parsed->problems.size(), 11);
        QVERIFY2(parsed->problems.at(0).startsWith(QStringLiteral("entry 0:")), qPrintable(parsed->problems.at(0)));
    }

    void aResultThatIsNotAListIsAnError()
    {
        const auto parsed = parsePeerList(QJsonValue(QStringLiteral("peers")), announcer(), kAt);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::Protocol);
        QVERIFY(parsePeerList(QJsonArray{}, announcer(), kAt)->candidates.isEmpty());
    }

    void entriesPastTheLimitCountAsJunk()
    {
        QJsonArray many;
        for (int i = 1; i <= 50; ++i)
            many.append(QJsonArray{QStringLiteral("192.0.2.%1").arg(i), QString(), QJsonArray{QStringLiteral("t1")}});
        const auto parsed = parsePeerList(many, announcer(), kAt, 20);
        QVERIFY(parsed);
        QCOMPARE(parsed->candidates.size(), 20);
        QCOMPARE(parsed->junk, 30);
    }

    void directoryNetworkNamesMatchTheDirectory()
    {
        QCOMPARE(networkName(BitcoinNetwork::Testnet3), QStringLiteral("testnet"));
        QCOMPARE(networkName(BitcoinNetwork::Mainnet), QStringLiteral("mainnet"));
        QCOMPARE(networkName(BitcoinNetwork::Regtest), QStringLiteral("regtest"));
    }
};

QTEST_GUILESS_MAIN(TestPeerList)
#include "tst_peerlist.moc"
