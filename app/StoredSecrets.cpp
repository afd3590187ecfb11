#include "secrets/StoredSecrets.h"

#include "cache/CacheSettings.h"
#include "secrets/SecretStore.h"
#include "tor/TorService.h"

#include <QPointer>

namespace btcw::StoredSecrets {

namespace {

void readOne(SecretStore& store, const char* key, QObject* context, std::function<void(const QString&)> apply,
             std::function<void(const QString&)> warn)
{
    const QString name = QString::fromLatin1(key);
    store.read(name, context, [name, apply = std::move(apply), warn = std::move(warn)](const Result<QString>& value) {
        if (value.ok()) {
            apply(value.value());
            return;
        }
        if (value.error().kind == ErrorKind::NotFound) {
            apply(QString()); // removed (or never set): no password; unchanged values are left alone downstream
            return;
        }
        if (warn)
            warn(QStringLiteral("cannot read \"%1\" from the secret store: %2").arg(name, value.error().toString()));
    });
}

} // namespace

void apply(SecretStore& store, Cache& cache, TorService& tor, QObject* context,
           std::function<void(const QString& warning)> warn)
{
    // Both live in the engine, which outlives the context's event loop turns; guard them anyway.
    QPointer<Cache> cacheGuard(&cache);
    QPointer<TorService> torGuard(&tor);
    readOne(
        store, kRedisPassword, context,
        [cacheGuard](const QString& password) {
            if (cacheGuard)
                setRedisPassword(*cacheGuard, password);
        },
        warn);
    readOne(
        store, kTorControlPassword, context,
        [torGuard](const QString& password) {
            if (torGuard)
                torGuard->setControlPassword(password);
        },
        warn);
}

} // namespace btcw::StoredSecrets
