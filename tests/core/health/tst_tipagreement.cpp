#include "health/TipAgreement.h"

#include <QJsonArray>
#include <QTest>

using namespace btcw;

namespace {

ServerAddress server(int n)
{
    return ServerAddress::create(QStringLiteral("s%1.example").arg(n), 50002, Transport::Tls).value();
}

QString hashOf(QChar c)
{
    return QString(64, c);
}

// "h:hash-letter" per server, "-" for no tip; e.g. "100:a 100:a 99:c -".
QList<TipObservation> parse(const QString& table)
{
    QList<TipObservation> list;
    int n = 0;
    for (const QString& cell : table.split(u' ', Qt::SkipEmptyParts)) {
        TipObservation o;
        o.server = server(n++);
        if (cell != QLatin1String("-")) {
            const QStringList parts = cell.split(u':');
            o.height = parts.at(0).toInt();
            o.hash = hashOf(parts.at(1).at(0));
        }
        list.append(o);
    }
    return list;
}

QString lags(const TipAgreement& a)
{
    QStringList out;
    for (const ServerTip& s : a.servers)
        out << QString::number(s.lag);
    return out.join(u' ');
}

QString forks(const TipAgreement& a)
{
    QString out;
    for (const ServerTip& s : a.servers)
        out += s.forked ? u'F' : u'.';
    return out;
}

} // namespace

class TestTipAgreement : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<QString>("observations");
        QTest::addColumn<int>("bestHeight");
        QTest::addColumn<QString>("bestHash");
        QTest::addColumn<QString>("lags");
        QTest::addColumn<QString>("forked");
        QTest::addColumn<int>("forkedCount");

        QTest::newRow("all agree") << "100:a 100:a 100:a" << 100 << "a"
                                   << "0 0 0"
                                   << "..." << 0;
        QTest::newRow("lagging servers") << "100:a 98:b 100:a 90:z" << 100 << "a"
                                         << "0 2 0 10"
                                         << "...." << 0;
        QTest::newRow("minority fork at the tip") << "100:a 100:a 100:f" << 100 << "a"
                                                  << "0 0 0"
                                                  << "..F" << 1;
        QTest::newRow("minority fork below the tip") << "100:a 99:b 99:b 99:x" << 100 << "a"
                                                     << "0 1 1 1"
                                                     << "...F" << 1;
        QTest::newRow("tie at the tip flags nobody") << "100:a 100:b" << 100 << ""
                                                     << "0 0"
                                                     << ".." << 0;
        QTest::newRow("failed servers have no lag") << "- 100:a -" << 100 << "a"
                                                    << "-1 0 -1"
                                                    << "..." << 0;
        QTest::newRow("nobody gave a tip") << "- -" << -1 << ""
                                           << "-1 -1"
                                           << ".." << 0;
        QTest::newRow("empty") << "" << -1 << ""
                               << ""
                               << "" << 0;
        QTest::newRow("lone server ahead is the best tip") << "101:n 100:a 100:a 100:a" << 101 << "n"
                                                           << "0 1 1 1"
                                                           << "...." << 0;
        QTest::newRow("two forks against one majority") << "100:a 100:a 100:a 100:b 100:c" << 100 << "a"
                                                        << "0 0 0 0 0"
                                                        << "...FF" << 2;
    }

    void table()
    {
        QFETCH(QString, observations);
        QFETCH(int, bestHeight);
        QFETCH(QString, bestHash);
        QFETCH(QString, lags);
        QFETCH(QString, forked);
        QFETCH(int, forkedCount);

        const TipAgreement a = computeTipAgreement(parse(observations));
        QCOMPARE(a.bestHeight, bestHeight);
        QCOMPARE(a.bestHash, bestHash.isEmpty() ? QString() : hashOf(bestHash.at(0)));
        QCOMPARE(::lags(a), lags);
        QCOMPARE(forks(a), forked);
        QCOMPARE(a.forkedCount, forkedCount);
        QCOMPARE(a.servers.size(), parse(observations).size());
    }

    void tieIsReportedAsContested()
    {
        const TipAgreement a = computeTipAgreement(parse(QStringLiteral("100:a 100:b 99:c 99:c 98:d 98:e")));
        QCOMPARE(a.contestedHeights, (QList<int>{98, 100}));
        QVERIFY(a.bestHash.isEmpty());
        QCOMPARE(a.forkedCount, 0);
    }

    void hashesCompareCaseInsensitively()
    {
        QList<TipObservation> obs = parse(QStringLiteral("100:a 100:a"));
        obs[1].hash = hashOf(u'A');
        const TipAgreement a = computeTipAgreement(obs);
        QCOMPARE(a.forkedCount, 0);
        QCOMPARE(a.servers.at(1).hash, hashOf(u'a'));
    }

    void reportsUseTheirTipEvenWhenALaterStageFailed()
    {
        HealthReport healthy;
        healthy.server = server(0);
        healthy.ok = true;
        healthy.height = 50;
        healthy.tipHash = hashOf(u'a');
        HealthReport pingFailed = healthy;
        pingFailed.server = server(1);
        pingFailed.ok = false;
        pingFailed.failedStage = QStringLiteral("ping");
        pingFailed.height = 48;
        pingFailed.tipHash = hashOf(u'b');
        HealthReport refused;
        refused.server = server(2);
        refused.failedStage = QStringLiteral("connect");

        const TipAgreement a = computeTipAgreement(QList<HealthReport>{healthy, pingFailed, refused});
        QCOMPARE(a.bestHeight, 50);
        QCOMPARE(::lags(a), QStringLiteral("0 2 -1"));
        QCOMPARE(a.servers.at(2).server, server(2));
        const QJsonObject json = a.toJson();
        QCOMPARE(json.value(QLatin1String("bestHeight")).toInt(), 50);
        QCOMPARE(json.value(QLatin1String("servers")).toArray().at(1).toObject().value(QLatin1String("lag")).toInt(),
                 2);
        QVERIFY(!json.value(QLatin1String("servers")).toArray().at(2).toObject().contains(QLatin1String("lag")));
    }
};

QTEST_GUILESS_MAIN(TestTipAgreement)
#include "tst_tipagreement.moc"
