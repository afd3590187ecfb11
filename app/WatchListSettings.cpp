#include "WatchListSettings.h"

#include "directory/WatchList.h"

#include <QSettings>

namespace btcw::WatchListSettings {

QString load(WatchList& list, const QSettings& settings)
{
    const QVariant stored = settings.value(QString::fromLatin1(kKey));
    if (!stored.isValid())
        return {};
    // One entry is a string, not a list, once QSettings has written it to an INI file.
    const QStringList keys =
        stored.typeId() == QMetaType::QString ? QStringList{stored.toString()} : stored.toStringList();
    const int skipped = list.setKeys(keys);
    if (skipped == 0)
        return {};
    return QStringLiteral("%1: %2 stored entr%3 not \"network/host\" (or past %4) and dropped")
        .arg(QString::fromLatin1(kKey))
        .arg(skipped)
        .arg(skipped == 1 ? QStringLiteral("y is") : QStringLiteral("ies are"))
        .arg(WatchList::kMaxServers);
}

void save(const WatchList& list, QSettings& settings)
{
    settings.setValue(QString::fromLatin1(kKey), list.keys());
}

QString keepInSettings(WatchList& list, QObject* context)
{
    const QString warning = load(list, QSettings());
    QObject::connect(&list, &WatchList::changed, context, [&list] {
        QSettings settings;
        save(list, settings);
    });
    return warning;
}

} // namespace btcw::WatchListSettings
