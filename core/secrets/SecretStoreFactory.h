// Picks the secret store at start-up: the OS keychain if a probe shows it works, else the 0600 file with a reason.
#pragma once

#include "secrets/SecretStore.h"

#include <functional>
#include <memory>

namespace btcw {

struct SecretStoreChoice
{
    std::unique_ptr<SecretStore> store;
    // Empty when the keychain is used; otherwise one sentence for the UI, e.g. "no keychain available:
    // <QtKeychain error>; secrets are kept in <path> (readable only by you)".
    QString fallbackReason;

    bool usesKeychain() const { return fallbackReason.isEmpty(); }
};

struct SecretStoreOptions
{
    // Off: skip the keychain entirely (--no-keychain, tests). The environment variable BTCW_NO_KEYCHAIN=1 keeps
    // the real keychain out as well (a makeKeychain fake is still probed), so test runs never touch a keyring.
    bool useKeychain = true;
    // Builds the keychain store to probe; default KeychainSecretStore("btc-worker"). Tests pass a fake.
    std::function<std::unique_ptr<SecretStore>()> makeKeychain;
    // A keychain that does not answer a write/read/delete round trip within this budget counts as absent
    // (a locked Secret Service without an agent can otherwise hang for D-Bus's 25 s).
    int probeTimeoutMs = 3000;
};

// The fallback file inside the data directory.
QString secretsFilePath(const QString& dataDir);

// Answers once on `context` (never if it is destroyed first). Probes the keychain at most once per call
// with a throw-away entry, which it deletes again.
void makeSecretStore(const QString& dataDir, QObject* context, std::function<void(SecretStoreChoice)> done,
                     SecretStoreOptions options = {});

} // namespace btcw
