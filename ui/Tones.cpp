#include "Tones.h"

#include <QPalette>
#include <QWidget>

namespace btcw::tones {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QColor bad(const QPalette& palette)
{
    return QColor::fromHslF(0.0, 0.75, isDark(palette) ? 0.65 : 0.42);
}

QColor warningBackground(const QPalette& palette)
{
    // Dark amber under light text, pale amber under dark text.
    return QColor::fromHslF(0.12, 0.85, isDark(palette) ? 0.25 : 0.85);
}

void markAsError(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, bad(palette));
    widget->setPalette(palette);
}

} // namespace btcw::tones
