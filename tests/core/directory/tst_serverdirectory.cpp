// ServerDirectory: seed order, servers.json parse/export, persistence of user servers, corrupt-file recovery.
#include "directory/ServerDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using namespace Qt::StringLiterals;

namespace {

const QString kOnion = u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion"_s;

ServerEntry entry(const QString& host, std::optional<quint16> tcp, std::optional<quint16> tls,
                  const QString& network = u"mainnet"_s)
{
    ServerEntry e;
    e.host = host;
    e.kind = ServerAddress::classifyHost(host);
    e.tcpPort = tcp;
    e.tlsPort = tls;
    e.network = network;
    return e;
}

QStringList hosts(const QList<ServerEntry>& entries)
{
    QStringList out;
    for (const auto& e : entries)
        out.append(e.host);
    return out;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestServerDirectory : public QObject
{
    Q_OBJECT
private slots:
    void parseOrdersHostnamesThenOnionsThenIps();
    void parseSkipsBadEntriesWithWarnings();
    void parseRejectsDocumentsThatAreNotObjects();
    void exportParsesBackToTheSameEntries();
    void emptyPruningReadsAsDashAndSurvivesExport();
    void entryAddressesPreferTls();
    void bundledMainnetListLoads();
    void userServersPersistAcrossInstances();
    void addMergesPortsAndValidates();
    void removedBundledServerStaysRemoved();
    void importCountsAddedAndUpdated();
    void corruptUserFileIsKeptAsideAndReported();
    void memoryOnlyDirectoryWorksWithoutFile();
};

void TestServerDirectory::parseOrdersHostnamesThenOnionsThenIps()
{
    const QByteArray json = QStringLiteral(R"({
        "10.0.0.1": {"t": "50001"},
        "%1": {"t": "50001"},
        "Zeta.example.org": {"s": "50002"},
        "[2001:db8::1]": {"s": "50002"},
        "alpha.example.org": {"s": "50002", "t": "50001"},
        "Beta.example.org": {"s": "50002"}
    })")
                                .arg(kOnion)
                                .toUtf8();
    QStringList warnings;
    const auto parsed = parseServersJson(json, u"mainnet"_s, u"import"_s, &warnings);
    QVERIFY(parsed.ok());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(hosts(parsed.value()), (QStringList{u"alpha.example.org"_s, u"beta.example.org"_s, u"zeta.example.org"_s,
                                                 kOnion, u"10.0.0.1"_s, u"2001:db8::1"_s}));
    for (const auto& e : parsed.value()) {
        QCOMPARE(e.network, u"mainnet"_s);
        QCOMPARE(e.source, u"import"_s);
    }
    // Shuffled input of the same entries gives the same order: the sort does not depend on input order.
    QList<ServerEntry> shuffled = parsed.value();
    std::reverse(shuffled.begin(), shuffled.end());
    std::stable_sort(shuffled.begin(), shuffled.end(), seedOrderLess);
    QCOMPARE(hosts(shuffled), hosts(parsed.value()));
}

void TestServerDirectory::parseSkipsBadEntriesWithWarnings()
{
    const QByteArray json = R"({
        "good.example.org": {"s": "50002", "t": "50001", "version": "1.4.2", "pruning": "-"},
        "bad host.example.org": {"s": "50002"},
        "noports.example.org": {"pruning": "-"},
        "notobject.example.org": "50002",
        "badport.example.org": {"s": "70000", "t": "50001"},
        "numberport.example.org": {"s": 50002},
        "abcdefghijklmnop.onion": {"t": "50001"},
        "good.example.org.": {"s": "1"}
    })";
    QStringList warnings;
    const auto parsed = parseServersJson(json, u"testnet"_s, u"import"_s, &warnings);
    QVERIFY(parsed.ok());
    QCOMPARE(hosts(parsed.value()),
             (QStringList{u"badport.example.org"_s, u"good.example.org"_s, u"numberport.example.org"_s}));
    const auto& good = parsed.value().at(1);
    QCOMPARE(good.tlsPort, std::optional<quint16>(50002));
    QCOMPARE(good.tcpPort, std::optional<quint16>(50001));
    QCOMPARE(good.version, u"1.4.2"_s);
    QCOMPARE(good.network, u"testnet"_s);
    const auto& badport = parsed.value().at(0);
    QVERIFY(!badport.tlsPort);
    QCOMPARE(badport.tcpPort, std::optional<quint16>(50001));
    QCOMPARE(parsed.value().at(2).tlsPort, std::optional<quint16>(50002));

    const QString all = warnings.join(u'\n');
    QCOMPARE(warnings.size(), 6);
    QVERIFY2(all.contains(u"bad host.example.org"_s), qPrintable(all));
    QVERIFY2(all.contains(u"neither a TCP (t) nor a TLS (s) port"_s), qPrintable(all));
    QVERIFY2(all.contains(u"not an object"_s), qPrintable(all));
    QVERIFY2(all.contains(u"70000"_s), qPrintable(all));
    QVERIFY2(all.contains(u"v2 onion"_s), qPrintable(all));
    QVERIFY2(all.contains(u"listed twice"_s), qPrintable(all));
}

void TestServerDirectory::parseRejectsDocumentsThatAreNotObjects()
{
    for (const QByteArray& json : {QByteArray("[1,2,3]"), QByteArray("{not json"), QByteArray("")}) {
        const auto parsed = parseServersJson(json, u"mainnet"_s, u"import"_s);
        QVERIFY2(!parsed.ok(), json.constData());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidArgument);
    }
}

void TestServerDirectory::exportParsesBackToTheSameEntries()
{
    QList<ServerEntry> entries{entry(u"a.example.org"_s, 50001, 50002), entry(kOnion, 50001, std::nullopt),
                               entry(u"::1"_s, std::nullopt, 60002)};
    entries[0].version = u"1.4"_s;
    const QByteArray json = toServersJson(entries);

    // Electrum's format: ports are strings, an absent port is an absent key.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"a.example.org"_s).toObject().value(u"s"_s).toString(), u"50002"_s);
    QVERIFY(!root.value(kOnion).toObject().contains(u"s"_s));
    QCOMPARE(root.value(u"::1"_s).toObject().value(u"pruning"_s).toString(), u"-"_s);

    QStringList warnings;
    const auto back = parseServersJson(json, u"mainnet"_s, u"import"_s, &warnings);
    QVERIFY(back.ok());
    QVERIFY(warnings.isEmpty());
    QCOMPARE(back->size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(back->at(i).host, entries.at(i).host);
        QCOMPARE(back->at(i).kind, entries.at(i).kind);
        QCOMPARE(back->at(i).tcpPort, entries.at(i).tcpPort);
        QCOMPARE(back->at(i).tlsPort, entries.at(i).tlsPort);
        QCOMPARE(back->at(i).version, entries.at(i).version);
    }
}

// Found by fuzz/fuzz_serversjson: "pruning": "" was kept as "" but exported as "-", so a re-import differed.
void TestServerDirectory::emptyPruningReadsAsDashAndSurvivesExport()
{
    const QByteArray json = R"({"a.example.org": {"s": "50002", "pruning": ""}, "b.example.org": {"t": "1"}})";
    const auto parsed = parseServersJson(json, u"mainnet"_s, u"import"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().size(), 2);
    QCOMPARE(parsed.value().at(0).pruning, u"-"_s);
    QCOMPARE(parsed.value().at(1).pruning, u"-"_s);
    const auto reread = parseServersJson(toServersJson(parsed.value()), u"mainnet"_s, u"import"_s);
    QVERIFY(reread.ok());
    QCOMPARE(reread.value().size(), 2);
    QCOMPARE(reread.value().at(0).pruning, parsed.value().at(0).pruning);
}

void TestServerDirectory::entryAddressesPreferTls()
{
    const auto both = entry(u"a.example.org"_s, 50001, 50002);
    QCOMPARE(both.preferredAddress().toString(), u"a.example.org:50002:s"_s);
    QCOMPARE(both.address(Transport::Tcp).toString(), u"a.example.org:50001:t"_s);
    const auto tcpOnly = entry(u"::1"_s, 50001, std::nullopt);
    QCOMPARE(tcpOnly.preferredAddress().toString(), u"[::1]:50001:t"_s);
    QVERIFY(!tcpOnly.address(Transport::Tls).isValid());
    QVERIFY(!entry(u"x.example"_s, std::nullopt, std::nullopt).preferredAddress().isValid());
}

void TestServerDirectory::bundledMainnetListLoads()
{
    ServerDirectory directory;
    QSignalSpy spy(&directory, &ServerDirectory::changed);
    QVERIFY(directory.load().ok());
    QCOMPARE(spy.count(), 1);
    const auto mainnet = directory.entries(u"mainnet"_s);
    QVERIFY2(mainnet.size() > 20, qPrintable(QString::number(mainnet.size())));
    QVERIFY(directory.entries(u"testnet"_s).size() > 0);
    QVERIFY(directory.networks().contains(u"mainnet"_s));
    QCOMPARE(directory.networks().first(), u"mainnet"_s);
    for (const auto& e : mainnet) {
        QCOMPARE(e.source, u"bundled"_s);
        QVERIFY2(e.preferredAddress().isValid(), qPrintable(e.host));
    }
    QVERIFY(std::is_sorted(mainnet.begin(), mainnet.end(), seedOrderLess));
    // The bundled list has all three kinds; hostnames come first, IPs last.
    QCOMPARE(mainnet.first().kind, HostKind::Hostname);
    QVERIFY(mainnet.last().kind == HostKind::IPv4 || mainnet.last().kind == HostKind::IPv6);
    QVERIFY(
        std::any_of(mainnet.begin(), mainnet.end(), [](const ServerEntry& e) { return e.kind == HostKind::Onion; }));
}

void TestServerDirectory::userServersPersistAcrossInstances()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"sub/servers.json"_s);
    {
        ServerDirectory first(file);
        QVERIFY(first.load().ok());
        QSignalSpy spy(&first, &ServerDirectory::changed);
        QVERIFY(first.add(entry(u"My.Server.example"_s, 50001, std::nullopt)).ok());
        QVERIFY(first.add(entry(kOnion, std::nullopt, 50002, u"testnet"_s)).ok());
        QCOMPARE(spy.count(), 2);
        QVERIFY(QFile::exists(file));
    }
    ServerDirectory second(file);
    QVERIFY(second.load().ok());
    const auto mine = second.find(u"mainnet"_s, u"my.server.EXAMPLE"_s);
    QVERIFY(mine.has_value());
    QCOMPARE(mine->host, u"my.server.example"_s);
    QCOMPARE(mine->tcpPort, std::optional<quint16>(50001));
    QCOMPARE(mine->source, u"user"_s);
    const auto onion = second.find(u"testnet"_s, kOnion);
    QVERIFY(onion.has_value());
    QCOMPARE(onion->kind, HostKind::Onion);
    QVERIFY(!second.find(u"testnet"_s, u"my.server.example"_s).has_value());
    // Bundled servers are not copied into the user file.
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(root.value(u"mainnet"_s).toObject().keys(), QStringList{u"my.server.example"_s});
}

void TestServerDirectory::addMergesPortsAndValidates()
{
    ServerDirectory directory;
    QVERIFY(directory.load().ok());
    QVERIFY(directory.add(entry(u"x.example.org"_s, 50001, std::nullopt)).ok());
    QVERIFY(directory.add(entry(u"x.example.org"_s, std::nullopt, 50002)).ok());
    const auto merged = directory.find(u"mainnet"_s, u"x.example.org"_s);
    QVERIFY(merged);
    QCOMPARE(merged->tcpPort, std::optional<quint16>(50001));
    QCOMPARE(merged->tlsPort, std::optional<quint16>(50002));
    const auto all = directory.entries();
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const ServerEntry& e) { return e.host == u"x.example.org"_s; }),
             1);

    const auto noPort = directory.add(entry(u"y.example.org"_s, std::nullopt, std::nullopt));
    QVERIFY(!noPort.ok());
    QCOMPARE(noPort.error().kind, ErrorKind::InvalidArgument);
    const auto badHost = directory.add(entry(u"bad_host"_s, 1, std::nullopt));
    QVERIFY(!badHost.ok());
    QCOMPARE(badHost.error().kind, ErrorKind::BadAddress);
    const auto badNetwork = directory.add(entry(u"z.example.org"_s, 1, std::nullopt, u"moonnet"_s));
    QVERIFY(!badNetwork.ok());
    QVERIFY(badNetwork.error().message.contains(u"moonnet"_s));
}

void TestServerDirectory::removedBundledServerStaysRemoved()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"servers.json"_s);
    QString bundledHost;
    {
        ServerDirectory first(file);
        QVERIFY(first.load().ok());
        const auto before = first.entries(u"mainnet"_s);
        QVERIFY(!before.isEmpty());
        bundledHost = before.first().host;
        QVERIFY(first.remove(u"mainnet"_s, bundledHost).ok());
        QCOMPARE(first.entries(u"mainnet"_s).size(), before.size() - 1);
        QCOMPARE(first.remove(u"mainnet"_s, bundledHost).error().kind, ErrorKind::NotFound);
        QCOMPARE(first.remove(u"mainnet"_s, u"never.example.org"_s).error().kind, ErrorKind::NotFound);
    }
    {
        ServerDirectory second(file);
        QVERIFY(second.load().ok());
        QVERIFY(!second.find(u"mainnet"_s, bundledHost).has_value());
        // Adding it again brings it back.
        QVERIFY(second.add(entry(bundledHost, 50001, std::nullopt)).ok());
        QVERIFY(second.find(u"mainnet"_s, bundledHost).has_value());
    }
    ServerDirectory third(file);
    QVERIFY(third.load().ok());
    QVERIFY(third.find(u"mainnet"_s, bundledHost).has_value());
}

void TestServerDirectory::importCountsAddedAndUpdated()
{
    QTemporaryDir dir;
    ServerDirectory directory(dir.filePath(u"servers.json"_s));
    QVERIFY(directory.load().ok());
    QSignalSpy spy(&directory, &ServerDirectory::changed);
    const QByteArray json = R"({"a.example.org": {"t": "50001"}, "b.example.org": {"s": "50002"}, "bad_": {"t": "1"}})";
    QStringList warnings;
    const auto first = directory.importServersJson(json, u"signet"_s, &warnings);
    QVERIFY(first.ok());
    QCOMPARE(first.value(), 2);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(spy.count(), 1);
    // The same document again changes nothing.
    const auto again = directory.importServersJson(json, u"signet"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(spy.count(), 1);
    const auto update = directory.importServersJson(R"({"a.example.org": {"s": "60002"}})", u"signet"_s);
    QCOMPARE(update.value(), 1);
    QCOMPARE(directory.find(u"signet"_s, u"a.example.org"_s)->tlsPort, std::optional<quint16>(60002));
    QCOMPARE(directory.find(u"signet"_s, u"a.example.org"_s)->source, u"import"_s);

    // Export of the network parses back to the directory's entries.
    const auto exported = parseServersJson(directory.exportServersJson(u"signet"_s), u"signet"_s, u"x"_s);
    QVERIFY(exported.ok());
    QCOMPARE(hosts(exported.value()), hosts(directory.entries(u"signet"_s)));

    QVERIFY(!directory.importServersJson("[]", u"signet"_s).ok());
    QVERIFY(!directory.importServersJson("{}", u"moonnet"_s).ok());
}

void TestServerDirectory::corruptUserFileIsKeptAsideAndReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"servers.json"_s);
    const QByteArray garbage = "{\"mainnet\": {\"a.example.org\": {\"t\": \"500";
    QVERIFY(writeFile(file, garbage));

    ServerDirectory directory(file);
    const Status status = directory.load();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"damaged"_s), qPrintable(status.error().message));
    // Bundled servers still load.
    QVERIFY(directory.entries(u"mainnet"_s).size() > 20);

    const QStringList aside = QDir(dir.path()).entryList({u"servers.json.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(status.error().message.contains(aside.first()));
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    QVERIFY(!QFile::exists(file));

    // A new user file starts; the damaged one is not overwritten.
    QVERIFY(directory.add(entry(u"new.example.org"_s, 50001, std::nullopt)).ok());
    ServerDirectory reloaded(file);
    QVERIFY(reloaded.load().ok());
    QVERIFY(reloaded.find(u"mainnet"_s, u"new.example.org"_s).has_value());
    QCOMPARE(QDir(dir.path()).entryList({u"servers.json.corrupt-*"_s}, QDir::Files).size(), 1);
}

void TestServerDirectory::memoryOnlyDirectoryWorksWithoutFile()
{
    ServerDirectory directory;
    QVERIFY(directory.load().ok());
    QVERIFY(directory.add(entry(u"127.0.0.1"_s, 50001, std::nullopt, u"regtest"_s)).ok());
    QVERIFY(directory.find(u"regtest"_s, u"127.0.0.1"_s).has_value());
    QVERIFY(directory.remove(u"regtest"_s, u"127.0.0.1"_s).ok());
}

QTEST_GUILESS_MAIN(TestServerDirectory)
#include "tst_serverdirectory.moc"
