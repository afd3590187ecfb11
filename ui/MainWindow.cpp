#include "MainWindow.h"

namespace btcw {

MainWindow::MainWindow(Engine& engine, QWidget* parent) : QMainWindow(parent), m_engine(engine)
{
    setWindowTitle(tr("BTC Worker"));
}

} // namespace btcw
