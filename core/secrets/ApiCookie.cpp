#include "secrets/ApiCookie.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <array>

namespace btcw {

bool tokensEqual(QByteArrayView a, QByteArrayView b)
{
    // Walk all of `a` whatever happens; accumulate differences instead of returning at the first one.
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const unsigned char other = b.isEmpty() ? 0 : static_cast<unsigned char>(b[i % b.size()]);
        diff |= static_cast<unsigned char>(a[i]) ^ other;
    }
    return diff == 0;
}

QString ApiCookie::cookiePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("api.cookie"));
}

Result<std::unique_ptr<ApiCookie>> ApiCookie::create(const QString& dataDir, QRandomGenerator* random)
{
    if (!random)
        random = QRandomGenerator::system();
    std::array<quint32, kTokenBytes / sizeof(quint32)> words{};
    random->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray token = QByteArray(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words))).toHex();

    const QString path = cookiePath(dataDir);
    if (!QDir().mkpath(dataDir)) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot create the data folder %1 for the API cookie.").arg(dataDir));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot write the API cookie %1.").arg(path),
                           file.errorString());
    }
    // Owner-only before the token goes in: the temporary file is what gets renamed into place.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::make(
            ErrorKind::Internal,
            QStringLiteral("Cannot restrict the API cookie %1 to its owner; it was not written.").arg(path),
            file.errorString());
    }
    file.write(token);
    if (!file.commit()) {
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot write the API cookie %1.").arg(path),
                           file.errorString());
    }
    return std::unique_ptr<ApiCookie>(new ApiCookie(path, token));
}

ApiCookie::~ApiCookie()
{
    (void)remove();
}

Status ApiCookie::remove()
{
    QFile file(m_path);
    if (!file.exists())
        return success();
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray onDisk = file.read(4 * kTokenBytes);
        file.close();
        if (!tokensEqual(onDisk.trimmed(), m_token))
            return success(); // a newer instance owns the file now
    }
    if (!file.remove()) {
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot remove the API cookie %1.").arg(m_path),
                           file.errorString());
    }
    return success();
}

} // namespace btcw
