// The main window (filled in by the desktop-window work).
#pragma once

#include <QMainWindow>

namespace btcw {

class Engine;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);

private:
    Engine& m_engine;
};

} // namespace btcw
