// Where passwords and tokens live: an async key/value interface over the OS keychain or a fallback file.
#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace btcw {

// The keys of the passwords the settings dialog writes and the app hands to the engine (never in QSettings).
namespace SecretKeys {
inline constexpr auto RedisPassword = "redis-password";
inline constexpr auto TorControlPassword = "tor-control-password";
} // namespace SecretKeys

// Implementations answer asynchronously, on `context`'s thread, and never if `context` is destroyed first.
// Values never appear in logs or Error texts; keys may (they name what is stored, e.g. "proxy-password").
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    using QObject::QObject;

    // A missing key is ErrorKind::NotFound.
    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, StatusCallback callback) = 0;
    // Removing a missing key succeeds: afterwards the key is absent either way.
    virtual void remove(const QString& key, QObject* context, StatusCallback callback) = 0;

    // For the settings page: "system keychain", "plain file /home/…/secrets.json", "memory".
    virtual QString backendName() const = 0;
    // True only when secrets survive a restart and are encrypted at rest (the keychain).
    virtual bool isPersistentAndEncrypted() const = 0;

protected:
    // Queues callback(result) on context: the answer never re-enters the caller.
    template <typename T>
    static void deliver(QObject* context, std::function<void(Result<T>)> callback, Result<T> result)
    {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), result = std::move(result)]() { callback(result); },
            Qt::QueuedConnection);
    }
};

} // namespace btcw
