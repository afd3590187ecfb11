#include "SettingsGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

namespace btcw {

namespace {

// QSettings tells only the first object that parses a file about a format error, and only after a read; later
// objects in the process reuse that parse and say NoError. A private copy gets a verdict that does not depend on
// what ran before.
std::optional<SettingsRecovery::Problem> probe(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) // also a directory in the file's place
        return SettingsRecovery::Problem::Unreadable;
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return SettingsRecovery::Problem::Unreadable;
    if (bytes.isEmpty())
        return std::nullopt;

    const QTemporaryDir scratch; // owner-only
    if (!scratch.isValid())
        return std::nullopt; // cannot judge: leave the file to QSettings rather than move a good file aside
    const QString copyPath = scratch.filePath(QStringLiteral("probe.conf"));
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size())
        return std::nullopt;
    copy.close();
    QSettings parsed(copyPath, QSettings::IniFormat);
    (void)parsed.allKeys(); // the file is parsed on first read; status() says nothing before
    switch (parsed.status()) {
    case QSettings::NoError:
        return std::nullopt;
    case QSettings::FormatError:
        return SettingsRecovery::Problem::Damaged;
    case QSettings::AccessError:
        return SettingsRecovery::Problem::Unreadable;
    }
    return std::nullopt;
}

QString freeBackupName(const QString& path, const QDateTime& now)
{
    const QString base =
        path + QStringLiteral(".corrupt-") + now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString candidate = base;
    // Two starts within a second must not replace the first backup.
    for (int n = 2; QFileInfo(candidate).exists() || QFileInfo(candidate).isSymLink(); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace

QString SettingsRecovery::message() const
{
    const QString where = QDir::toNativeSeparators(file);
    QString text =
        problem == Problem::Damaged
            ? QCoreApplication::translate("SettingsGuard",
                                          "The settings file %1 is damaged: it is not a readable INI file.")
                  .arg(where)
            : QCoreApplication::translate("SettingsGuard", "The settings file %1 cannot be read.").arg(where);
    text += QLatin1Char(' ');
    if (isBackedUp()) {
        text += QCoreApplication::translate("SettingsGuard",
                                            "BTC Worker starts with default settings; the original file is kept as %1.")
                    .arg(QDir::toNativeSeparators(backup));
    } else {
        text += QCoreApplication::translate("SettingsGuard",
                                            "It could not be moved aside (%1). Copy it somewhere safe before changing "
                                            "any setting: saving settings rewrites it.")
                    .arg(moveError);
    }
    return text;
}

QString applicationSettingsFile()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QSettings settings; // constructing reads nothing; only the path is wanted
    return settings.fileName();
#else
    const QSettings settings;
    return settings.format() == QSettings::IniFormat ? settings.fileName() : QString();
#endif
}

std::optional<SettingsRecovery> guardSettingsFile(const QString& path, const QDateTime& now)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return std::nullopt;
    const auto problem = probe(path);
    if (!problem)
        return std::nullopt;

    SettingsRecovery recovery;
    recovery.problem = *problem;
    recovery.file = info.absoluteFilePath();
    const QString backup = freeBackupName(recovery.file, now);
    // A rename keeps the exact bytes (and works without read permission); a copy could not do either.
    QFile original(recovery.file);
    if (original.rename(backup))
        recovery.backup = backup;
    else
        recovery.moveError = original.errorString();
    return recovery;
}

} // namespace btcw
