// The passwords kept in the secret store (Redis, Tor control port), handed to the engine at start-up and again
// whenever the settings dialog changed them. Lives in app/: it joins the secret store to the cache and Tor.
#pragma once

#include "secrets/SecretStore.h"

#include <QString>
#include <functional>

class QObject;

namespace btcw {

class Engine;

namespace StoredSecrets {

// Secret store keys; the settings dialog writes the same ones.
inline constexpr auto kRedisPassword = SecretKeys::RedisPassword;
inline constexpr auto kTorControlPassword = SecretKeys::TorControlPassword;

// Reads both passwords and applies them: the Redis one to the engine's cache (unless REDIS_PASSWORD set it; kept for
// a Redis backend the settings switch to later), the Tor one to its TorService. A missing key means no password. Any
// other read failure is passed to `warn` as one line naming the key and the store's reason, never a value, and
// changes nothing. Answers arrive on `context`.
void apply(SecretStore& store, Engine& engine, QObject* context, std::function<void(const QString& warning)> warn);

} // namespace StoredSecrets
} // namespace btcw
