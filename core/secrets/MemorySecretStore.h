// SecretStore kept in memory: for tests (the keychain's stand-in) and for --ephemeral runs.
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <optional>

namespace btcw {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QString& value, QObject* context, StatusCallback callback) override;
    void remove(const QString& key, QObject* context, StatusCallback callback) override;

    QString backendName() const override { return m_backendName; }
    bool isPersistentAndEncrypted() const override { return m_persistentAndEncrypted; }

    // Test controls: pose as another backend, fail every call with `failure`, or never answer at all.
    void setBackendName(QString name) { m_backendName = std::move(name); }
    void setPersistentAndEncrypted(bool on) { m_persistentAndEncrypted = on; }
    void setFailure(std::optional<Error> failure) { m_failure = std::move(failure); }
    void setAnswering(bool on) { m_answering = on; }

    int size() const { return int(m_values.size()); }
    // How many read/write/remove calls were made (answered or not).
    int callCount() const { return m_calls; }

private:
    QHash<QString, QString> m_values;
    QString m_backendName = QStringLiteral("memory (not kept after exit)");
    bool m_persistentAndEncrypted = false;
    std::optional<Error> m_failure;
    bool m_answering = true;
    int m_calls = 0;
};

} // namespace btcw
