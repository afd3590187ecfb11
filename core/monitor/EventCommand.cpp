#include "monitor/EventCommand.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace btcw {

namespace {

constexpr qsizetype kStderrKept = 400; // bytes of a failed run's stderr that go into the log line

QString describe(const ServerEvent& event)
{
    return QStringLiteral("%1 of %2").arg(serverEventKindName(event.kind), event.server.toString());
}

} // namespace

Result<QStringList> EventCommand::parse(const QString& command)
{
    const QStringList parts = QProcess::splitCommand(command);
    if (parts.isEmpty() || parts.first().isEmpty())
        return Error::make(
            ErrorKind::InvalidArgument,
            QStringLiteral("--on-event needs a command, e.g. --on-event '/usr/local/bin/alert --to ops'"));
    return parts;
}

EventCommand::EventCommand(QStringList programAndArguments, Options options, QObject* parent)
    : QObject(parent), m_command(std::move(programAndArguments)), m_options(options)
{
}

EventCommand::~EventCommand()
{
    // Commands still running are killed with their QProcess (children of this object); nobody waits for them.
    for (QProcess* p : std::as_const(m_running)) {
        p->disconnect(this);
        p->kill();
        p->waitForFinished(1000);
    }
}

void EventCommand::run(const ServerEvent& event)
{
    if (m_queue.size() >= m_options.maxQueued) {
        emit failed(QStringLiteral("--on-event: %1 dropped: %2 events are already waiting for the command")
                        .arg(describe(event))
                        .arg(m_queue.size()));
        return;
    }
    m_queue.append(event);
    startNext();
}

void EventCommand::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < m_options.maxRunning) {
        const ServerEvent event = m_queue.takeFirst();
        auto* process = new QProcess(this);
        process->setProgram(m_command.first());
        process->setArguments(m_command.mid(1));
        process->setStandardOutputFile(QProcess::nullDevice()); // its output is its own business
        m_running.append(process);
        auto* timer = new QTimer(process);
        timer->setSingleShot(true);
        // Killed on timeout; its finished() then says why.
        connect(timer, &QTimer::timeout, process, [process] {
            process->setProperty("btcwTimedOut", true);
            process->kill();
        });
        connect(process, &QProcess::started, process,
                [process, line = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n'] {
                    process->write(line);
                    process->closeWriteChannel();
                });
        connect(process, &QProcess::errorOccurred, this, [this, process, event](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // crashes, kills and the like end in finished()
            finish(process, event,
                   QStringLiteral("could not be started (%1): %2").arg(m_command.first(), process->errorString()));
        });
        connect(process, &QProcess::finished, this, [this, process, event](int code, QProcess::ExitStatus status) {
            if (process->property("btcwTimedOut").toBool())
                finish(process, event,
                       QStringLiteral("did not finish within %1 ms and was killed")
                           .arg(qint64(m_options.timeout.count())));
            else if (status == QProcess::CrashExit)
                finish(process, event, QStringLiteral("crashed"));
            else if (code != 0)
                finish(process, event, QStringLiteral("exited with status %1").arg(code));
            else
                finish(process, event, {});
        });
        timer->start(m_options.timeout);
        process->start(QIODevice::ReadWrite);
    }
}

void EventCommand::finish(QProcess* process, const ServerEvent& event, const QString& failure)
{
    if (!m_running.removeOne(process))
        return; // told already (a failed start can be followed by nothing else, but be sure)
    process->disconnect(this);
    if (failure.isEmpty()) {
        emit succeeded(event);
    } else {
        QString line = QStringLiteral("--on-event: the command for %1 %2").arg(describe(event), failure);
        QByteArray err = process->readAllStandardError().trimmed();
        if (!err.isEmpty()) {
            if (err.size() > kStderrKept)
                err = err.left(kStderrKept) + "…";
            line += QStringLiteral("; it said: %1").arg(QString::fromUtf8(err));
        }
        emit failed(line);
    }
    process->deleteLater();
    startNext();
}

} // namespace btcw
