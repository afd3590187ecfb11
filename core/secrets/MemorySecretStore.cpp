#include "secrets/MemorySecretStore.h"

namespace btcw {

MemorySecretStore::MemorySecretStore(QObject* parent) : SecretStore(parent) {}

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    ++m_calls;
    if (!m_answering)
        return;
    if (m_failure) {
        deliver<QString>(context, std::move(callback), *m_failure);
        return;
    }
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        deliver<QString>(context, std::move(callback),
                         Error::make(ErrorKind::NotFound, QStringLiteral("No secret is stored under '%1'.").arg(key)));
        return;
    }
    deliver<QString>(context, std::move(callback), *it);
}

void MemorySecretStore::write(const QString& key, const QString& value, QObject* context, StatusCallback callback)
{
    ++m_calls;
    if (!m_answering)
        return;
    if (m_failure) {
        deliver<Done>(context, std::move(callback), *m_failure);
        return;
    }
    m_values.insert(key, value);
    deliver<Done>(context, std::move(callback), success());
}

void MemorySecretStore::remove(const QString& key, QObject* context, StatusCallback callback)
{
    ++m_calls;
    if (!m_answering)
        return;
    if (m_failure) {
        deliver<Done>(context, std::move(callback), *m_failure);
        return;
    }
    m_values.remove(key);
    deliver<Done>(context, std::move(callback), success());
}

} // namespace btcw
