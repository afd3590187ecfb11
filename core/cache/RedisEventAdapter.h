// Drives a hiredis async context from the Qt event loop with QSocketNotifiers.
#pragma once

#include <QObject>

struct redisAsyncContext;
class QSocketNotifier;

namespace btcw {

// hiredis ships adapters/qt.h, but it connects to QSocketNotifier::activated(int), which Qt 6 removed.
class RedisEventAdapter : public QObject
{
    Q_OBJECT
public:
    explicit RedisEventAdapter(QObject* parent = nullptr);
    ~RedisEventAdapter() override;

    // Installs the event hooks; the context must not have an adapter yet. Returns false if it has.
    bool attach(redisAsyncContext* context);

private:
    static void addRead(void* self);
    static void delRead(void* self);
    static void addWrite(void* self);
    static void delWrite(void* self);
    static void cleanup(void* self);

    void drop(QSocketNotifier*& notifier);

    redisAsyncContext* m_context = nullptr;
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
};

} // namespace btcw
