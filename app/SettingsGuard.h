// Keeps a settings file QSettings cannot read from being silently replaced: it is moved aside and reported.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace btcw {

// A settings file that could not be read, and what was done about it.
struct SettingsRecovery
{
    enum class Problem
    {
        Damaged,   // QSettings::FormatError: not a valid INI file
        Unreadable // QSettings::AccessError, or the file cannot be opened
    };
    Problem problem = Problem::Damaged;
    QString file;      // the settings file
    QString backup;    // where the original file is now kept; empty if it could not be moved
    QString moveError; // why it could not be moved aside (empty on success)

    bool isBackedUp() const { return !backup.isEmpty(); }
    // One paragraph for the terminal and the window, translated when a translator is installed.
    QString message() const;
};

// The application's settings file when QSettings keeps it as an INI file (the native format on Linux and the
// BSDs); empty elsewhere (the registry on Windows, property lists on macOS), where there is nothing to check.
QString applicationSettingsFile();

// Checks `path` before anything else reads it. If QSettings cannot read it, the file is renamed to
// "<path>.corrupt-<UTC yyyyMMddTHHmmssZ>" (original bytes kept; "-2", "-3"… if that name is taken), so the
// application starts from defaults and never writes over it. nullopt when the file is absent or readable.
//
// What QSettings (Qt 6.4) detects in an INI file, and so what this catches: NUL or other binary bytes, a line
// without '=', an unclosed "[section", UTF-16 text (FormatError); a file it cannot open (AccessError). What it
// accepts silently, keeping what it can parse: invalid UTF-8 (read as U+FFFD), a truncated last line, unbalanced
// quotes, malformed @Variant/@ByteArray values, stray brackets. Those files are left alone.
std::optional<SettingsRecovery> guardSettingsFile(const QString& path,
                                                  const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace btcw
