#include "Icons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace btcw::Icons {

namespace {

struct Spec
{
    const char* file;
    QStyle::StandardPixmap fallback;
};

Spec specFor(Name name)
{
    switch (name) {
    case App:
        return {"app", QStyle::SP_ComputerIcon};
    case Hostname:
        return {"hostname", QStyle::SP_DriveNetIcon};
    case Onion:
        return {"onion", QStyle::SP_VistaShield};
    case IpAddress:
        return {"ip", QStyle::SP_DriveNetIcon};
    case StateUnknown:
        return {"state-unknown", QStyle::SP_MessageBoxQuestion};
    case StateChecking:
        return {"state-checking", QStyle::SP_BrowserReload};
    case StateUp:
        return {"state-up", QStyle::SP_DialogApplyButton};
    case StateDown:
        return {"state-down", QStyle::SP_DialogCancelButton};
    case StateFork:
        return {"state-fork", QStyle::SP_MessageBoxWarning};
    case Warning:
        return {"warning", QStyle::SP_MessageBoxWarning};
    case Pinned:
        return {"pinned", QStyle::SP_VistaShield};
    case CheckAll:
        return {"check-all", QStyle::SP_BrowserReload};
    case AddServer:
        return {"add", QStyle::SP_FileDialogNewFolder};
    case Console:
        return {"console", QStyle::SP_FileDialogDetailedView};
    case Settings:
        return {"settings", QStyle::SP_FileDialogInfoView};
    }
    return {"app", QStyle::SP_ComputerIcon};
}

} // namespace

QIcon get(Name name)
{
    // Looked up for every painted cell: cache the icons (QIcon is implicitly shared).
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(int(name)); it != cache.cend())
        return *it;
    const Spec spec = specFor(name);
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.file)));
    // Without the SVG icon engine plugin the icon has no sizes: use the style's icon instead.
    if (icon.availableSizes().isEmpty() && icon.pixmap(16, 16).isNull()) {
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            icon = app->style()->standardIcon(spec.fallback);
    }
    cache.insert(int(name), icon);
    return icon;
}

} // namespace btcw::Icons
