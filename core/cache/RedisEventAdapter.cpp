#include "cache/RedisEventAdapter.h"

#include <QSocketNotifier>
#include <hiredis/async.h>

namespace btcw {

RedisEventAdapter::RedisEventAdapter(QObject* parent) : QObject(parent) {}

RedisEventAdapter::~RedisEventAdapter()
{
    if (m_context)
        m_context->ev.data = nullptr;
    delete m_read;
    delete m_write;
}

bool RedisEventAdapter::attach(redisAsyncContext* context)
{
    if (context->ev.data)
        return false;
    m_context = context;
    context->ev.data = this;
    context->ev.addRead = &RedisEventAdapter::addRead;
    context->ev.delRead = &RedisEventAdapter::delRead;
    context->ev.addWrite = &RedisEventAdapter::addWrite;
    context->ev.delWrite = &RedisEventAdapter::delWrite;
    context->ev.cleanup = &RedisEventAdapter::cleanup;
    return true;
}

void RedisEventAdapter::addRead(void* self)
{
    auto* a = static_cast<RedisEventAdapter*>(self);
    if (a->m_read)
        return;
    a->m_read = new QSocketNotifier(a->m_context->c.fd, QSocketNotifier::Read);
    connect(a->m_read, &QSocketNotifier::activated, a, [a] {
        if (a->m_context)
            redisAsyncHandleRead(a->m_context);
    });
}

void RedisEventAdapter::delRead(void* self)
{
    auto* a = static_cast<RedisEventAdapter*>(self);
    a->drop(a->m_read);
}

void RedisEventAdapter::addWrite(void* self)
{
    auto* a = static_cast<RedisEventAdapter*>(self);
    if (a->m_write)
        return;
    a->m_write = new QSocketNotifier(a->m_context->c.fd, QSocketNotifier::Write);
    connect(a->m_write, &QSocketNotifier::activated, a, [a] {
        if (a->m_context)
            redisAsyncHandleWrite(a->m_context);
    });
}

void RedisEventAdapter::delWrite(void* self)
{
    auto* a = static_cast<RedisEventAdapter*>(self);
    a->drop(a->m_write);
}

void RedisEventAdapter::cleanup(void* self)
{
    // hiredis is about to free the context: stop watching its socket and forget it.
    auto* a = static_cast<RedisEventAdapter*>(self);
    a->drop(a->m_read);
    a->drop(a->m_write);
    a->m_context = nullptr;
}

void RedisEventAdapter::drop(QSocketNotifier*& notifier)
{
    if (!notifier)
        return;
    // These hooks may run inside the notifier's own activated() signal: disable now, delete later.
    notifier->setEnabled(false);
    notifier->deleteLater();
    notifier = nullptr;
}

} // namespace btcw
