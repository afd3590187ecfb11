// The API token that survives restarts: read from the secret store, or made up and stored there on first use.
#pragma once

#include "Result.h"

#include <QString>
#include <functional>

class QObject;
class QRandomGenerator;

namespace btcw {

class SecretStore;

namespace PersistentToken {

// The secret store key that holds the token.
inline constexpr auto kKey = "api-token";

// Answers once on `context` with the stored token (64 lower-case hex characters), writing a fresh one first when
// the store has none. A store error other than NotFound is passed on rather than replaced by a new token, so a
// locked keychain never silently changes the token clients know. `random` defaults to QRandomGenerator::system().
void obtain(SecretStore& store, QObject* context, std::function<void(Result<QString>)> done,
            QRandomGenerator* random = nullptr);

} // namespace PersistentToken
} // namespace btcw
