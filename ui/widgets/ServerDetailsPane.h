// The details of the selected server: address, status and last error, features, banner, negotiated protocol, pin.
#pragma once

#include "directory/ServerDirectory.h"
#include "models/ServerStatus.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace btcw {

class CertificatePinStore;
class SessionPool;

class ServerDetailsPane : public QWidget
{
    Q_OBJECT
public:
    ServerDetailsPane(SessionPool& pool, CertificatePinStore& pins, QWidget* parent = nullptr);

    // Shows a server (nullopt clears the pane). Features and banner are fetched on request, not on every click.
    void showServer(const std::optional<ServerEntry>& entry, const ServerStatus& status = {});
    // The text shown, for tests and "copy".
    QString plainText() const;

public slots:
    void fetchDetails();

signals:
    // Fetching features also tells whether the server is up: the window can update the table with it.
    void statusLearned(const QString& key, const btcw::ServerStatus& status);

private:
    void render();

    SessionPool& m_pool;
    CertificatePinStore& m_pins;
    std::optional<ServerEntry> m_entry;
    ServerStatus m_status;
    QString m_banner;
    QString m_fetchError;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_fetch = nullptr;
};

} // namespace btcw
