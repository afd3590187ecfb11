// --on-event: a real small script gets each event as JSON on stdin; failures, timeouts and floods are reported.
#include "monitor/EventCommand.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace btcw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ServerEvent downEvent(const QString& host)
{
    ServerEvent e;
    e.kind = ServerEvent::Kind::Down;
    e.server = ServerAddress::parse(host + u":50002:s"_s).value();
    e.network = BitcoinNetwork::Signet;
    e.at = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());
    e.verdict = u"connect: connection refused"_s;
    return e;
}

} // namespace

class TestEventCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A /bin/sh script in the temporary directory, executable.
    QString script(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theScriptReadsTheEventOnStdin()
    {
        const QString out = m_dir.filePath(u"events.jsonl"_s);
        // Its arguments come from the command line as written (double quotes keep one together, no shell expansion).
        const QString path = script(u"record.sh"_s, "printf '%s|' \"$1\" >> \"$2\"\ncat >> \"$2\"\n");
        const auto command = EventCommand::parse(u"%1 \"first arg\" %2"_s.arg(path, out));
        QVERIFY(command.ok());
        EventCommand hook(command.value());
        QSignalSpy done(&hook, &EventCommand::succeeded);
        QSignalSpy failed(&hook, &EventCommand::failed);
        hook.run(downEvent(u"a.example.org"_s));
        QVERIFY(done.wait(10'000));
        QVERIFY(failed.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray line = f.readAll();
        QVERIFY2(line.startsWith("first arg|"), line.constData());
        const QJsonObject json = QJsonDocument::fromJson(line.mid(line.indexOf('|') + 1)).object();
        QCOMPARE(json.value(u"event"_s).toString(), u"down"_s);
        QCOMPARE(json.value(u"server"_s).toString(), u"a.example.org:50002:s"_s);
        QCOMPARE(json.value(u"network"_s).toString(), u"signet"_s);
        QCOMPARE(json.value(u"verdict"_s).toString(), u"connect: connection refused"_s);
        QCOMPARE(json.value(u"at"_s).toString(), u"2026-12-02T12:00:00.000Z"_s);
    }

    void aFailingCommandIsReportedWithWhatItSaid()
    {
        EventCommand hook({script(u"fail.sh"_s, "cat > /dev/null\necho 'pager unreachable' >&2\nexit 3\n")});
        QSignalSpy failed(&hook, &EventCommand::failed);
        hook.run(downEvent(u"b.example.org"_s));
        QVERIFY(failed.wait(10'000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"down of b.example.org:50002:s"_s), qPrintable(message));
        QVERIFY2(message.contains(u"exited with status 3"_s), qPrintable(message));
        QVERIFY2(message.contains(u"pager unreachable"_s), qPrintable(message));
    }

    void aCommandThatHangsIsKilledAfterItsTimeout()
    {
        EventCommand::Options options;
        options.timeout = 500ms;
        EventCommand hook({script(u"hang.sh"_s, "exec sleep 30\n")}, options);
        QSignalSpy failed(&hook, &EventCommand::failed);
        QElapsedTimer clock;
        clock.start();
        hook.run(downEvent(u"c.example.org"_s));
        QVERIFY(failed.wait(10'000));
        QVERIFY2(clock.elapsed() < 5'000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        QVERIFY2(failed.first().first().toString().contains(u"did not finish within 500 ms"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(hook.running(), 0);
    }

    void aMissingProgramIsReported()
    {
        EventCommand hook({m_dir.filePath(u"no-such-program"_s)});
        QSignalSpy failed(&hook, &EventCommand::failed);
        hook.run(downEvent(u"d.example.org"_s));
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().first().toString().contains(u"could not be started"_s),
                 qPrintable(failed.first().first().toString()));
    }

    void aFloodWaitsInABoundedQueue()
    {
        EventCommand::Options options;
        options.maxRunning = 2;
        options.maxQueued = 3;
        const QString out = m_dir.filePath(u"flood.txt"_s);
        EventCommand hook({script(u"slow.sh"_s, "sleep 0.2\ncat >> \"$1\"\n"), out}, options);
        QSignalSpy done(&hook, &EventCommand::succeeded);
        QSignalSpy failed(&hook, &EventCommand::failed);
        for (int i = 0; i < 7; ++i)
            hook.run(downEvent(u"h%1.example.org"_s.arg(i)));
        // Two run, three wait, two are dropped (and said so).
        QCOMPARE(hook.running(), 2);
        QCOMPARE(hook.queued(), 3);
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.first().first().toString().contains(u"dropped"_s));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 5, 15'000);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 5);
    }

    void anEmptyCommandIsRefused()
    {
        QVERIFY(!EventCommand::parse(QString()).ok());
        QVERIFY(!EventCommand::parse(u"   "_s).ok());
        QVERIFY(EventCommand::parse(u"   "_s).error().message.contains(u"--on-event needs a command"_s));
    }
};

QTEST_GUILESS_MAIN(TestEventCommand)
#include "tst_eventcommand.moc"
