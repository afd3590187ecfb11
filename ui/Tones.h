// The few colours the palette has no role for (bad, warning), derived from the palette so light and dark themes work.
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace btcw::tones {

// A red for failures: light on a dark window, dark on a light one, so it keeps its contrast in both.
QColor bad(const QPalette& palette);
// An amber background for rows that need attention; the palette's text colour stays readable on it.
QColor warningBackground(const QPalette& palette);
// Shows the widget's text (e.g. an error label) in bad().
void markAsError(QWidget* widget);

} // namespace btcw::tones
