// The watch list kept in the settings ("monitor/watched"): read at start, written whenever the window changes it.
#pragma once

#include <QString>

class QObject;
class QSettings;

namespace btcw {

class WatchList;

namespace WatchListSettings {
inline constexpr auto kKey = "monitor/watched";

// Fills `list` from `settings`; returns a warning for the user when stored entries were unusable (empty if none).
QString load(WatchList& list, const QSettings& settings);
void save(const WatchList& list, QSettings& settings);
// load() from the application's settings now, then save() there on every change while `context` lives.
QString keepInSettings(WatchList& list, QObject* context);
} // namespace WatchListSettings

} // namespace btcw
