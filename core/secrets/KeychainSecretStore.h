// SecretStore in the operating system's keychain (Secret Service/KWallet, macOS Keychain, Windows Credential Manager).
#pragma once

#include "secrets/SecretStore.h"

namespace btcw {

// Thin over QtKeychain. Never falls back to a plain file on its own (insecureFallback off): that choice is
// made, and shown to the user, by makeSecretStore().
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("btc-worker"), QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QString& value, QObject* context, StatusCallback callback) override;
    void remove(const QString& key, QObject* context, StatusCallback callback) override;

    QString backendName() const override { return QStringLiteral("system keychain"); }
    bool isPersistentAndEncrypted() const override { return true; }

    const QString& service() const { return m_service; }

private:
    QString m_service;
};

} // namespace btcw
