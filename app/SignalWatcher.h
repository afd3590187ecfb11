// Turns SIGINT/SIGTERM into a clean QCoreApplication::quit() (self-pipe; the handler itself only writes a byte).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace btcw {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace btcw
