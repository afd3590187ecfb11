#include "secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace btcw {

namespace {

// QtKeychain's error text describes the backend's failure, never the stored value.
Error keychainError(const QKeychain::Job& job, const QString& action, const QString& key)
{
    ErrorKind kind = ErrorKind::Internal;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        kind = ErrorKind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        kind = ErrorKind::NotAllowed;
        break;
    default:
        break;
    }
    return Error::make(kind, QStringLiteral("The system keychain could not %1 the secret '%2'.").arg(action, key),
                       job.errorString());
}

// Jobs have no parent and delete themselves when finished: a store or caller that goes away while the
// backend is still working must not free an object the backend will call back into.
template <typename JobT> JobT* newJob(const QString& service, const QString& key)
{
    auto* job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [key, callback = std::move(callback)](QKeychain::Job* done) {
        auto* job = static_cast<QKeychain::ReadPasswordJob*>(done);
        if (job->error() != QKeychain::NoError) {
            callback(keychainError(*job, QStringLiteral("read"), key));
            return;
        }
        callback(job->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& value, QObject* context, StatusCallback callback)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context, [key, callback = std::move(callback)](QKeychain::Job* job) {
        if (job->error() != QKeychain::NoError) {
            callback(keychainError(*job, QStringLiteral("store"), key));
            return;
        }
        callback(success());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, StatusCallback callback)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [key, callback = std::move(callback)](QKeychain::Job* job) {
        // Deleting what is not there leaves the key absent, which is what the caller asked for.
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            callback(keychainError(*job, QStringLiteral("delete"), key));
            return;
        }
        callback(success());
    });
    job->start();
}

} // namespace btcw
