// ServerAddress: parsing and printing of Electrum server addresses, including onion checksums.
#include "electrum/ServerAddress.h"

#include <QSet>
#include <QTest>

using namespace btcw;
using namespace Qt::StringLiterals;

namespace {
const QString kOnion = u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion"_s;
} // namespace

class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidAddresses_data();
    void parsesValidAddresses();
    void rejectsInvalidAddresses_data();
    void rejectsInvalidAddresses();
    void printedAddressParsesBackToTheSame_data();
    void printedAddressParsesBackToTheSame();
    void createValidatesPortAndHost();
    void defaultTransportAppliesOnlyWithoutLetter();
    void onionChecksumCatchesEverySingleCharacterTypo();
    void equalAddressesHashEqual();
    void namesTransportsAndKinds();
};

void TestServerAddress::parsesValidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("printed");

    QTest::newRow("hostname only, default TLS") << u"electrum.example.org"_s << u"electrum.example.org"_s << 50002
                                                << true << u"hostname"_s << u"electrum.example.org:50002:s"_s;
    QTest::newRow("hostname with port") << u"electrum.example.org:60002"_s << u"electrum.example.org"_s << 60002 << true
                                        << u"hostname"_s << u"electrum.example.org:60002:s"_s;
    QTest::newRow("hostname tcp") << u"electrum.example.org:50001:t"_s << u"electrum.example.org"_s << 50001 << false
                                  << u"hostname"_s << u"electrum.example.org:50001:t"_s;
    QTest::newRow("upper case is lowered") << u"Electrum.EXAMPLE.org:50002:S"_s << u"electrum.example.org"_s << 50002
                                           << true << u"hostname"_s << u"electrum.example.org:50002:s"_s;
    QTest::newRow("surrounding spaces") << u"  host-1.example:1:t  "_s << u"host-1.example"_s << 1 << false
                                        << u"hostname"_s << u"host-1.example:1:t"_s;
    QTest::newRow("trailing dot dropped")
        << u"example.org.:50002:s"_s << u"example.org"_s << 50002 << true << u"hostname"_s << u"example.org:50002:s"_s;
    QTest::newRow("single label") << u"localhost:50001:t"_s << u"localhost"_s << 50001 << false << u"hostname"_s
                                  << u"localhost:50001:t"_s;
    QTest::newRow("63-char label") << QString(u"a"_s.repeated(63) + u".com:50002"_s)
                                   << QString(u"a"_s.repeated(63) + u".com"_s) << 50002 << true << u"hostname"_s
                                   << QString(u"a"_s.repeated(63) + u".com:50002:s"_s);
    QTest::newRow("max port") << u"example.org:65535:t"_s << u"example.org"_s << 65535 << false << u"hostname"_s
                              << u"example.org:65535:t"_s;
    QTest::newRow("ipv4") << u"127.0.0.1:50001:t"_s << u"127.0.0.1"_s << 50001 << false << u"ip"_s
                          << u"127.0.0.1:50001:t"_s;
    QTest::newRow("ipv4 no port") << u"10.0.0.255"_s << u"10.0.0.255"_s << 50002 << true << u"ip"_s
                                  << u"10.0.0.255:50002:s"_s;
    QTest::newRow("ipv6 bracketed") << u"[::1]:50002:s"_s << u"::1"_s << 50002 << true << u"ip"_s << u"[::1]:50002:s"_s;
    QTest::newRow("ipv6 bracketed no letter")
        << u"[2001:db8::7]:60001"_s << u"2001:db8::7"_s << 60001 << true << u"ip"_s << u"[2001:db8::7]:60001:s"_s;
    QTest::newRow("ipv6 bracketed only") << u"[::1]"_s << u"::1"_s << 50002 << true << u"ip"_s << u"[::1]:50002:s"_s;
    QTest::newRow("ipv6 bare") << u"2001:DB8:0:0:0:0:0:1"_s << u"2001:db8::1"_s << 50002 << true << u"ip"_s
                               << u"[2001:db8::1]:50002:s"_s;
    QTest::newRow("onion v3") << QString(kOnion + u":50001:t"_s) << kOnion << 50001 << false << u"onion"_s
                              << QString(kOnion + u":50001:t"_s);
    QTest::newRow("onion upper case") << QString(kOnion.toUpper() + u":110:s"_s) << kOnion << 110 << true << u"onion"_s
                                      << QString(kOnion + u":110:s"_s);
    QTest::newRow("onion with subdomain") << QString(u"www."_s + kOnion) << QString(u"www."_s + kOnion) << 50002 << true
                                          << u"onion"_s << QString(u"www."_s + kOnion + u":50002:s"_s);
    // Sparrow's and Electrum's URL form: the scheme names the transport.
    QTest::newRow("tcp scheme") << u"tcp://electrum.example.org:50001"_s << u"electrum.example.org"_s << 50001 << false
                                << u"hostname"_s << u"electrum.example.org:50001:t"_s;
    QTest::newRow("ssl scheme") << u"ssl://electrum.example.org:50002"_s << u"electrum.example.org"_s << 50002 << true
                                << u"hostname"_s << u"electrum.example.org:50002:s"_s;
    QTest::newRow("tls scheme, upper case")
        << u"TLS://Example.org:443"_s << u"example.org"_s << 443 << true << u"hostname"_s << u"example.org:443:s"_s;
    QTest::newRow("tcp scheme, no port") << u"tcp://example.org"_s << u"example.org"_s << 50001 << false
                                         << u"hostname"_s << u"example.org:50001:t"_s;
    QTest::newRow("scheme with trailing slash") << u"ssl://example.org:50002/"_s << u"example.org"_s << 50002 << true
                                                << u"hostname"_s << u"example.org:50002:s"_s;
    QTest::newRow("scheme with ipv6") << u"tcp://[::1]:50001"_s << u"::1"_s << 50001 << false << u"ip"_s
                                      << u"[::1]:50001:t"_s;
    QTest::newRow("scheme and matching letter") << u"ssl://example.org:50002:s"_s << u"example.org"_s << 50002 << true
                                                << u"hostname"_s << u"example.org:50002:s"_s;
}

void TestServerAddress::parsesValidAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, tls);
    QFETCH(QString, kind);
    QFETCH(QString, printed);

    const auto parsed = ServerAddress::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->host(), host);
    QCOMPARE(int(parsed->port()), port);
    QCOMPARE(parsed->isTls(), tls);
    QCOMPARE(hostKindName(parsed->hostKind()), kind);
    QCOMPARE(parsed->toString(), printed);
    QVERIFY(parsed->isValid());
}

void TestServerAddress::rejectsInvalidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
    QTest::newRow("port too big") << u"example.org:70000"_s << u"port 70000 is out of range 1–65535"_s;
    QTest::newRow("port zero") << u"example.org:0:t"_s << u"port 0 is out of range"_s;
    QTest::newRow("port huge") << u"example.org:99999999999999999999"_s << u"out of range"_s;
    QTest::newRow("port not a number") << u"example.org:http"_s << u"digits only"_s;
    QTest::newRow("port negative") << u"example.org:-1"_s << u"digits only"_s;
    QTest::newRow("empty port") << u"example.org::s"_s << u"empty port"_s;
    QTest::newRow("bad letter") << u"example.org:50002:x"_s << u"use t (TCP) or s (TLS)"_s;
    QTest::newRow("too many parts") << u"example.org:1:s:extra"_s << u"too many"_s;
    QTest::newRow("leading hyphen") << u"-bad.example.org"_s << u"hyphen"_s;
    QTest::newRow("trailing hyphen") << u"bad-.example.org"_s << u"hyphen"_s;
    QTest::newRow("empty label") << u"a..example.org"_s << u"empty part"_s;
    QTest::newRow("underscore") << u"bad_host.example.org"_s << u"“_” is not allowed"_s;
    QTest::newRow("space inside") << u"bad host.org"_s << u"is not allowed"_s;
    QTest::newRow("non-ascii") << u"bücher.example"_s << u"is not allowed"_s;
    QTest::newRow("64-char label") << QString(u"a"_s.repeated(64) + u".com"_s) << u"longer than 63"_s;
    QTest::newRow("name over 253") << QString((u"a"_s.repeated(60) + u"."_s).repeated(4) + u"abcdefghij"_s)
                                   << u"longer than 253"_s;
    QTest::newRow("ipv4 three parts") << u"1.2.3"_s << u"not a valid IPv4"_s;
    QTest::newRow("ipv4 octet 256") << u"1.2.3.256:50001"_s << u"not a valid IPv4"_s;
    QTest::newRow("ipv4 leading zero") << u"01.2.3.4"_s << u"not a valid IPv4"_s;
    QTest::newRow("ipv6 unclosed") << u"[::1:50002"_s << u"without a closing"_s;
    QTest::newRow("ipv6 junk after bracket") << u"[::1]50002"_s << u"expected “:port”"_s;
    QTest::newRow("ipv6 invalid") << u"[::g]:50002"_s << u"not a valid IPv6"_s;
    QTest::newRow("ipv6 zone id") << u"[fe80::1%eth0]:50002"_s << u"zone"_s;
    QTest::newRow("onion v2") << u"expyuzz4wqqyqhjn.onion:50001:t"_s << u"no longer supports v2"_s;
    QTest::newRow("onion wrong length") << u"abcdefghijklmnopqrstuvwxyz.onion"_s << u"has 26"_s;
    QTest::newRow("onion not base32") << QString(kOnion.left(10) + u"1"_s + kOnion.mid(11))
                                      << u"not a base32 character"_s;
    QTest::newRow("onion bad checksum") << QString(u"a"_s + kOnion.mid(1)) << u"checksum does not match"_s;
    QTest::newRow("onion bad version") << QString(kOnion.left(55) + u"e.onion"_s) << u"version byte is 4"_s;
    QTest::newRow("onion alone") << u".onion"_s << u"this one has 0"_s;
    QTest::newRow("unknown scheme") << u"http://example.org:50002"_s << u"unknown scheme “http”"_s;
    QTest::newRow("scheme and other letter") << u"tcp://example.org:50002:s"_s << u"says TCP"_s;
    QTest::newRow("scheme only") << u"ssl://"_s << u"empty"_s;
}

void TestServerAddress::rejectsInvalidAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);

    const auto parsed = ServerAddress::parse(input);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->toString() : QString()));
    QCOMPARE(parsed.error().kind, ErrorKind::BadAddress);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

void TestServerAddress::printedAddressParsesBackToTheSame_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("hostname") << u"Electrum.Example.org:50001:t"_s;
    QTest::newRow("ipv4") << u"192.168.1.10:1234:s"_s;
    QTest::newRow("ipv6") << u"[2001:DB8::1]:50002"_s;
    QTest::newRow("bare ipv6") << u"fe80::1"_s;
    QTest::newRow("onion") << QString(kOnion + u":50001:t"_s);
}

void TestServerAddress::printedAddressParsesBackToTheSame()
{
    QFETCH(QString, input);
    const auto first = ServerAddress::parse(input);
    QVERIFY(first.ok());
    const auto second = ServerAddress::parse(first->toString());
    QVERIFY2(second.ok(), qPrintable(first->toString()));
    QCOMPARE(*second, *first);
    QCOMPARE(second->toString(), first->toString());
    QCOMPARE(second->hostKind(), first->hostKind());
    // hostPort() is the pin key: it must parse back to the same host and port too.
    const auto fromHostPort = ServerAddress::parse(first->hostPort(), first->transport());
    QVERIFY(fromHostPort.ok());
    QCOMPARE(*fromHostPort, *first);
}

void TestServerAddress::createValidatesPortAndHost()
{
    const auto ok = ServerAddress::create(u"[::1]", 50001, Transport::Tcp);
    QVERIFY(ok.ok());
    QCOMPARE(ok->host(), u"::1"_s);
    QCOMPARE(ok->hostPort(), u"[::1]:50001"_s);
    QCOMPARE(ok->hostKind(), HostKind::IPv6);
    QVERIFY(ok->isIpLiteral());

    const auto v4 = ServerAddress::create(u"127.0.0.1", 1, Transport::Tls);
    QVERIFY(v4.ok());
    QCOMPARE(v4->hostKind(), HostKind::IPv4);
    QCOMPARE(v4->toString(), u"127.0.0.1:1:s"_s);

    for (int port : {0, -5, 65536, 70000}) {
        const auto bad = ServerAddress::create(u"example.org", port, Transport::Tls);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::BadAddress);
        QVERIFY2(bad.error().message.contains(QString::number(port)), qPrintable(bad.error().message));
    }
    QVERIFY(!ServerAddress::create(u"", 50001, Transport::Tcp).ok());
    QVERIFY(!ServerAddress().isValid());
}

void TestServerAddress::defaultTransportAppliesOnlyWithoutLetter()
{
    auto tcp = ServerAddress::parse(u"example.org", Transport::Tcp);
    QVERIFY(tcp.ok());
    QCOMPARE(tcp->transport(), Transport::Tcp);
    QCOMPARE(tcp->port(), ServerAddress::defaultPort(Transport::Tcp));
    QCOMPARE(tcp->port(), quint16(50001));

    auto explicitTls = ServerAddress::parse(u"example.org:50002:s", Transport::Tcp);
    QVERIFY(explicitTls.ok());
    QCOMPARE(explicitTls->transport(), Transport::Tls);

    // A transport letter needs a port before it: "host:t" reads "t" as the port and is rejected.
    QVERIFY(!ServerAddress::parse(u"example.org:t").ok());
}

void TestServerAddress::onionChecksumCatchesEverySingleCharacterTypo()
{
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyz234567"_s;
    QVERIFY(ServerAddress::normalizeHost(kOnion).ok());
    int rejected = 0;
    int tried = 0;
    // Change each of the first 52 characters (pubkey and checksum bits) to a neighbour in the alphabet.
    for (int i = 0; i < 52; ++i) {
        QString typo = kOnion;
        const auto at = alphabet.indexOf(typo.at(i));
        typo[i] = alphabet.at((at + 1) % alphabet.size());
        ++tried;
        const auto result = ServerAddress::normalizeHost(typo);
        if (!result.ok() && result.error().message.contains(u"checksum"_s))
            ++rejected;
    }
    QCOMPARE(rejected, tried);
}

void TestServerAddress::equalAddressesHashEqual()
{
    const auto a = ServerAddress::parse(u"EXAMPLE.org:50002:s").value();
    const auto b = ServerAddress::parse(u"example.org").value();
    const auto c = ServerAddress::parse(u"example.org:50002:t").value();
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QSet<ServerAddress> set{a, b, c};
    QCOMPARE(set.size(), 2);
}

void TestServerAddress::namesTransportsAndKinds()
{
    QCOMPARE(transportLetter(Transport::Tcp), QChar(u't'));
    QCOMPARE(transportLetter(Transport::Tls), QChar(u's'));
    QCOMPARE(hostKindName(HostKind::Hostname), u"hostname"_s);
    QCOMPARE(hostKindName(HostKind::Onion), u"onion"_s);
    QCOMPARE(hostKindName(HostKind::IPv4), u"ip"_s);
    QCOMPARE(hostKindName(HostKind::IPv6), u"ip"_s);
    QCOMPARE(ServerAddress::classifyHost(u"::1"_s), HostKind::IPv6);
    QCOMPARE(ServerAddress::classifyHost(u"8.8.8.8"_s), HostKind::IPv4);
    QCOMPARE(ServerAddress::classifyHost(kOnion), HostKind::Onion);
    QCOMPARE(ServerAddress::classifyHost(u"electrum.example.org"_s), HostKind::Hostname);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
