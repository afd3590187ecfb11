#include "secrets/FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace btcw {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr int kFormatVersion = 1;

} // namespace

FileSecretStore::FileSecretStore(QString filePath, QObject* parent)
    : SecretStore(parent), m_filePath(std::move(filePath))
{
}

QString FileSecretStore::backendName() const
{
    return QStringLiteral("plain file %1 (not encrypted, readable only by you)").arg(m_filePath);
}

Result<QHash<QString, QString>> FileSecretStore::load() const
{
    QHash<QString, QString> secrets;
    if (!QFileInfo::exists(m_filePath))
        return secrets;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot read the secrets file %1.").arg(m_filePath),
                           file.errorString());
    }
    // A file someone widened (copied around, restored from a backup) is narrowed again before use.
    if (file.permissions() & kGroupOrOther)
        file.setPermissions(kOwnerOnly);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    // Only the parser's own message goes into the error: it names an offset, never the content.
    const auto damaged = [this](const QString& why) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("The secrets file %1 is damaged; move it aside or delete it to start afresh "
                                          "(the secrets in it will have to be entered again).")
                               .arg(m_filePath),
                           why);
    };
    if (parseError.error != QJsonParseError::NoError)
        return damaged(parseError.errorString());
    if (!doc.isObject())
        return damaged(QStringLiteral("the top level is not a JSON object"));
    const QJsonValue values = doc.object().value(QLatin1String("secrets"));
    if (!values.isObject())
        return damaged(QStringLiteral("there is no \"secrets\" object"));
    const QJsonObject object = values.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return damaged(QStringLiteral("the entry for '%1' is not a string").arg(it.key()));
        secrets.insert(it.key(), it.value().toString());
    }
    return secrets;
}

Status FileSecretStore::save(const QHash<QString, QString>& secrets) const
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot create the folder for the secrets file %1.").arg(m_filePath));
    }
    QJsonObject values;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        values.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("secrets"), values}};

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot write the secrets file %1.").arg(m_filePath),
                           file.errorString());
    }
    // The temporary file is narrowed to the owner before the first byte goes in; the rename keeps the mode.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return Error::make(
            ErrorKind::Internal,
            QStringLiteral("Cannot restrict the secrets file %1 to its owner; nothing was written.").arg(m_filePath),
            file.errorString());
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot write the secrets file %1.").arg(m_filePath),
                           file.errorString());
    }
    return success();
}

void FileSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    auto secrets = load();
    if (!secrets.ok()) {
        deliver<QString>(context, std::move(callback), secrets.error());
        return;
    }
    const auto it = secrets.value().constFind(key);
    if (it == secrets.value().constEnd()) {
        deliver<QString>(context, std::move(callback),
                         Error::make(ErrorKind::NotFound, QStringLiteral("No secret is stored under '%1'.").arg(key)));
        return;
    }
    deliver<QString>(context, std::move(callback), *it);
}

void FileSecretStore::write(const QString& key, const QString& value, QObject* context, StatusCallback callback)
{
    auto secrets = load();
    if (!secrets.ok()) {
        deliver<Done>(context, std::move(callback), secrets.error());
        return;
    }
    secrets.value().insert(key, value);
    deliver<Done>(context, std::move(callback), save(secrets.value()));
}

void FileSecretStore::remove(const QString& key, QObject* context, StatusCallback callback)
{
    auto secrets = load();
    if (!secrets.ok()) {
        deliver<Done>(context, std::move(callback), secrets.error());
        return;
    }
    if (!secrets.value().remove(key)) {
        deliver<Done>(context, std::move(callback), success());
        return;
    }
    deliver<Done>(context, std::move(callback), save(secrets.value()));
}

} // namespace btcw
