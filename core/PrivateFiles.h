// What BTC Worker writes in its data directory is for its user alone: the directory 0700, every file in it 0600.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QString>

namespace btcw {

inline constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions kOwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates `path` (and its parents) if needed and makes it owner-only; false when either fails. An existing
// directory is tightened too: pins, history and tokens must not be readable by other local users.
inline bool makePrivateDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
#ifdef Q_OS_UNIX
    return QFile::setPermissions(path, kOwnerOnlyDirectory);
#else
    return true;
#endif
}

} // namespace btcw
