// SecretStore fallback when there is no keychain: a plain JSON file readable only by the user (mode 0600).
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace btcw {

// Not encrypted: anyone who can read the user's files can read it. It says so in backendName() and
// isPersistentAndEncrypted() so the UI can tell the user.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString filePath, QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QString& value, QObject* context, StatusCallback callback) override;
    void remove(const QString& key, QObject* context, StatusCallback callback) override;

    QString backendName() const override;
    bool isPersistentAndEncrypted() const override { return false; }

    const QString& filePath() const { return m_filePath; }

private:
    // The whole file, read fresh each time (another instance may have written it). A damaged file is an error
    // and is left untouched: overwriting it would destroy the secrets still in it.
    Result<QHash<QString, QString>> load() const;
    Status save(const QHash<QString, QString>& secrets) const;

    QString m_filePath;
};

} // namespace btcw
