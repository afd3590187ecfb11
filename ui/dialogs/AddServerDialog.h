// "Add server": host:port:s|t with a live validation message; the window adds the entry to the directory.
#pragma once

#include "Result.h"
#include "directory/ServerDirectory.h"
#include "health/HealthReport.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace btcw {

class AddServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddServerDialog(const QStringList& networks, QWidget* parent = nullptr);

    // The entry "host:port:s|t" describes, or why it describes none (ServerAddress's readable errors).
    static Result<ServerEntry> entryFromText(const QString& text, const QString& network);

    void setText(const QString& text);
    void setNetwork(const QString& network);
    bool isInputValid() const;
    // The message under the input: what will be added, or what is wrong.
    QString validationMessage() const;
    // Only meaningful when isInputValid().
    ServerEntry entry() const;

    // Runs the staged check on an entry not yet added and answers `done` once on `context` (the window passes
    // HealthMonitor::checkOne; the dialog never sees the engine). Without one, "Test connection" stays hidden.
    using ConnectionTest =
        std::function<void(const ServerEntry& entry, QObject* context, std::function<void(Result<HealthReport>)> done)>;
    void setConnectionTest(ConnectionTest test);
    // What the last test found, one line per stage (empty before a test).
    QString testResult() const;

private:
    void validate();
    void testConnection();
    void showTestResult(const Result<HealthReport>& report);

    QLineEdit* m_address = nullptr;
    QComboBox* m_network = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    ConnectionTest m_connectionTest;
    quint64 m_testGeneration = 0; // a result for text that has changed since is dropped
};

} // namespace btcw
