// "Add server": host:port:s|t with a live validation message; the window adds the entry to the directory.
#pragma once

#include "Result.h"
#include "directory/ServerDirectory.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

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

private:
    void validate();

    QLineEdit* m_address = nullptr;
    QComboBox* m_network = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace btcw
