#include "PersistentToken.h"

#include "secrets/ApiCookie.h"
#include "secrets/SecretStore.h"

#include <QPointer>
#include <QRandomGenerator>

namespace btcw::PersistentToken {

namespace {

QString freshToken(QRandomGenerator* random)
{
    QByteArray bytes(ApiCookie::kTokenBytes, Qt::Uninitialized);
    random->fillRange(reinterpret_cast<quint32*>(bytes.data()), ApiCookie::kTokenBytes / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

bool looksLikeToken(const QString& value)
{
    if (value.size() != 2 * ApiCookie::kTokenBytes)
        return false;
    for (const QChar c : value) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

void obtain(SecretStore& store, QObject* context, std::function<void(Result<QString>)> done, QRandomGenerator* random)
{
    if (!random)
        random = QRandomGenerator::system();
    const QString key = QString::fromLatin1(kKey);
    QPointer<SecretStore> storeGuard(&store);
    store.read(key, context, [storeGuard, context, key, random, done = std::move(done)](Result<QString> stored) {
        if (stored.ok() && looksLikeToken(stored.value())) {
            done(stored.value());
            return;
        }
        // A damaged entry is replaced like a missing one; any other failure is reported as it is.
        if (!stored.ok() && stored.error().kind != ErrorKind::NotFound) {
            done(stored.error());
            return;
        }
        if (!storeGuard) {
            done(Error::make(ErrorKind::Internal, QStringLiteral("the secret store went away")));
            return;
        }
        const QString token = freshToken(random);
        storeGuard->write(key, token, context, [token, done](Status written) {
            if (!written.ok()) {
                done(written.error());
                return;
            }
            done(token);
        });
    });
}

} // namespace btcw::PersistentToken
