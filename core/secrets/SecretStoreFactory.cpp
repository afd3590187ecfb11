#include "secrets/SecretStoreFactory.h"

#include "secrets/FileSecretStore.h"
#ifdef BTCW_HAVE_KEYCHAIN
#include "secrets/KeychainSecretStore.h"
#endif

#include <QDir>
#include <QRandomGenerator>
#include <QTimer>

namespace btcw {

namespace {

const QString kProbeKey = QStringLiteral("btc-worker-keychain-probe");

QString fallbackReason(const QString& why, const QString& filePath)
{
    return QStringLiteral("%1; secrets are kept in %2 (readable only by you)").arg(why, filePath);
}

QString reasonFrom(const Error& error)
{
    return QStringLiteral("no keychain available: %1").arg(error.detail.isEmpty() ? error.message : error.detail);
}

// One probe round trip. Shared by the callbacks of each step; `watch` (a child of the caller's context) scopes
// every callback and the timer, so nothing runs after the answer or after the context is gone.
struct Probe
{
    std::unique_ptr<SecretStore> keychain;
    QString filePath;
    QString value;
    std::function<void(SecretStoreChoice)> done;
    QObject* watch = nullptr;
    bool finished = false;

    void finish(SecretStoreChoice choice)
    {
        if (finished)
            return;
        finished = true;
        watch->deleteLater();
        done(std::move(choice));
    }
    void fallBack(const QString& why)
    {
        keychain.reset(); // its jobs own themselves; dropping the store cannot free one in flight
        finish({std::make_unique<FileSecretStore>(filePath), fallbackReason(why, filePath)});
    }
    void useKeychain() { finish({std::move(keychain), QString()}); }
};

void runProbe(const std::shared_ptr<Probe>& probe)
{
    probe->keychain->write(kProbeKey, probe->value, probe->watch, [probe](Status written) {
        if (!written.ok()) {
            probe->fallBack(reasonFrom(written.error()));
            return;
        }
        probe->keychain->read(kProbeKey, probe->watch, [probe](Result<QString> read) {
            if (!read.ok()) {
                probe->fallBack(reasonFrom(read.error()));
                return;
            }
            if (read.value() != probe->value) {
                probe->fallBack(QStringLiteral("the system keychain gave back something other than what was stored"));
                return;
            }
            probe->keychain->remove(kProbeKey, probe->watch, [probe](Status removed) {
                if (!removed.ok()) {
                    probe->fallBack(reasonFrom(removed.error()));
                    return;
                }
                probe->useKeychain();
            });
        });
    });
}

void answerWithFile(QObject* context, const QString& filePath, const QString& why,
                    std::function<void(SecretStoreChoice)> done)
{
    QMetaObject::invokeMethod(
        context,
        [filePath, why, done = std::move(done)] {
            done({std::make_unique<FileSecretStore>(filePath), fallbackReason(why, filePath)});
        },
        Qt::QueuedConnection);
}

} // namespace

QString secretsFilePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secrets.json"));
}

void makeSecretStore(const QString& dataDir, QObject* context, std::function<void(SecretStoreChoice)> done,
                     SecretStoreOptions options)
{
    const QString filePath = secretsFilePath(dataDir);
    const bool realKeychainBarred = !options.makeKeychain && qEnvironmentVariableIntValue("BTCW_NO_KEYCHAIN") != 0;
    if (!options.useKeychain || realKeychainBarred) {
        answerWithFile(context, filePath, QStringLiteral("the system keychain is turned off"), std::move(done));
        return;
    }

    auto probe = std::make_shared<Probe>();
#ifdef BTCW_HAVE_KEYCHAIN
    probe->keychain = options.makeKeychain ? options.makeKeychain() : std::make_unique<KeychainSecretStore>();
#else
    if (options.makeKeychain)
        probe->keychain = options.makeKeychain();
#endif
    if (!probe->keychain) {
#ifdef BTCW_HAVE_KEYCHAIN
        const QString why = QStringLiteral("no keychain available");
#else
        const QString why = QStringLiteral("no keychain available: built without QtKeychain");
#endif
        answerWithFile(context, filePath, why, std::move(done));
        return;
    }
    probe->filePath = filePath;
    probe->value = QString::number(QRandomGenerator::global()->generate64(), 16);
    probe->done = std::move(done);
    probe->watch = new QObject(context);
    QTimer::singleShot(options.probeTimeoutMs, probe->watch, [probe, ms = options.probeTimeoutMs] {
        probe->fallBack(QStringLiteral("no keychain available: it did not answer within %1 ms").arg(ms));
    });
    runProbe(probe);
}

} // namespace btcw
