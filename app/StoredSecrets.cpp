#include "StoredSecrets.h"

#include "Engine.h"

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

void apply(SecretStore& store, Engine& engine, QObject* context, std::function<void(const QString& warning)> warn)
{
    // The engine outlives the context's event loop turns in the app; guard it anyway. The cache is looked up when
    // the answer arrives: the settings may have switched its backend meanwhile.
    QPointer<Engine> guard(&engine);
    readOne(
        store, kRedisPassword, context,
        [guard](const QString& password) {
            if (guard)
                guard->setRedisPassword(password);
        },
        warn);
    readOne(
        store, kTorControlPassword, context,
        [guard](const QString& password) {
            if (guard)
                guard->tor().setControlPassword(password);
        },
        warn);
}

} // namespace btcw::StoredSecrets
