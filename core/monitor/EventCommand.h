// --on-event COMMAND: runs the operator's own command for each server event, the event as JSON on standard input.
#pragma once

#include "Result.h"
#include "monitor/ServerEvent.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <chrono>

class QProcess;

namespace btcw {

// The command is split at spaces (QProcess::splitCommand: double quotes keep an argument together, no expansion)
// and run without a shell.
// Each run gets one event as a line of JSON on stdin and `timeout` to finish (then it is killed); a failure (cannot
// start, killed, non-zero exit) is reported through failed() with what it wrote to stderr. At most `maxRunning` run
// at once; more events wait in a queue of at most `maxQueued` (beyond, they are dropped and reported).
class EventCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds timeout{10'000};
        int maxRunning = 4;
        int maxQueued = 100;
    };

    // An empty or unparsable command is an error that says so.
    static Result<QStringList> parse(const QString& command);

    EventCommand(QStringList programAndArguments, Options options, QObject* parent = nullptr);
    EventCommand(QStringList programAndArguments, QObject* parent = nullptr)
        : EventCommand(std::move(programAndArguments), Options{}, parent)
    {
    }
    ~EventCommand() override;

    void run(const ServerEvent& event);
    int running() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }

signals:
    // One run ended with exit status 0.
    void succeeded(const btcw::ServerEvent& event);
    // One line for the log: which event, and why the command failed.
    void failed(const QString& message);

private:
    void startNext();
    void finish(QProcess* process, const ServerEvent& event, const QString& failure);

    QStringList m_command;
    Options m_options;
    QList<ServerEvent> m_queue;
    QList<QProcess*> m_running;
};

} // namespace btcw
