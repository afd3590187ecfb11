#include "electrum/LineFramer.h"

#include <QTest>

using namespace btcw;

class TestLineFramer : public QObject
{
    Q_OBJECT
private slots:
    void splitPacketsJoinIntoOneLine()
    {
        LineFramer framer(1024);
        auto first = framer.feed("{\"id\":1,");
        QVERIFY(first.ok());
        QVERIFY(first->isEmpty());
        auto second = framer.feed("\"result\":2}\n");
        QVERIFY(second.ok());
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first(), QByteArray("{\"id\":1,\"result\":2}"));
        QCOMPARE(framer.buffered(), 0);
    }

    void mergedPacketYieldsEveryLineAndKeepsTheRest()
    {
        LineFramer framer(1024);
        auto lines = framer.feed("a\nbb\r\n\nccc\ndd");
        QVERIFY(lines.ok());
        QCOMPARE(*lines, (QList<QByteArray>{"a", "bb", "ccc"}));
        QCOMPARE(framer.buffered(), 2);
        auto rest = framer.feed("d\n");
        QVERIFY(rest.ok());
        QCOMPARE(*rest, (QList<QByteArray>{"ddd"}));
    }

    void byteByByteDeliveryWorks()
    {
        LineFramer framer(1024);
        const QByteArray text = "{\"x\":1}\n{\"y\":2}\n";
        QList<QByteArray> all;
        for (char c : text) {
            auto lines = framer.feed(QByteArray(1, c));
            QVERIFY(lines.ok());
            all += *lines;
        }
        QCOMPARE(all, (QList<QByteArray>{"{\"x\":1}", "{\"y\":2}"}));
    }

    void lineAtTheCapIsAccepted()
    {
        LineFramer framer(8);
        auto lines = framer.feed("12345678\n");
        QVERIFY(lines.ok());
        QCOMPARE(lines->first(), QByteArray("12345678"));
    }

    void unterminatedLineOverTheCapIsAnError()
    {
        LineFramer framer(8);
        QVERIFY(framer.feed("1234").ok());
        auto lines = framer.feed("56789");
        QVERIFY(!lines.ok());
        QCOMPARE(lines.error().kind, ErrorKind::TooLarge);
        QVERIFY(lines.error().message.contains(QLatin1String("8 bytes")));
    }

    void completeLineOverTheCapIsAnError()
    {
        LineFramer framer(4);
        auto lines = framer.feed("ok\n123456\nok\n");
        QVERIFY(!lines.ok());
        QCOMPARE(lines.error().kind, ErrorKind::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestLineFramer)
#include "tst_lineframer.moc"
