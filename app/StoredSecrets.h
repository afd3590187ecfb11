// The passwords kept in the secret store (Redis, Tor control port), handed to the engine at start-up and again
// whenever the settings dialog changed them.
#pragma once

#include <QString>
#include <functional>

class QObject;

namespace btcw {

class Cache;
class SecretStore;
class TorService;

namespace StoredSecrets {

// Secret store keys; the settings dialog writes the same ones.
inline constexpr auto kRedisPassword = "redis-password";
inline constexpr auto kTorControlPassword = "tor-control-password";

// Reads both passwords and applies them: the Redis one to `cache` when it is a RedisCache whose password did not come
// from REDIS_PASSWORD, the Tor one to `tor`. A missing key means no password. Any other read failure is passed to
// `warn` as one line naming the key and the store's reason, never a value, and changes nothing. Answers arrive on
// `context`.
void apply(SecretStore& store, Cache& cache, TorService& tor, QObject* context,
           std::function<void(const QString& warning)> warn);

} // namespace StoredSecrets
} // namespace btcw
