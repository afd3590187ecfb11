// Speaks Tor's control protocol: authenticates (SAFECOOKIE, COOKIE, none, password) and asks for status.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <chrono>
#include <functional>
#include <optional>
class QTimer;

namespace btcw {

// One complete reply: "250-a=b" / "250+key=" data / "250 OK" lines folded together.
struct TorControlReply
{
    int code = 0;
    QStringList lines;             // the text of every reply line, after "NNN-", "NNN+" or "NNN "
    QMap<QString, QString> blocks; // "NNN+key=" data blocks: key -> body (dot-unescaped, lines joined by \n)
    bool isOk() const { return code >= 200 && code < 300; }
};

// A parsed "BOOTSTRAP PROGRESS=.. TAG=.. SUMMARY=.." status line.
struct TorBootstrap
{
    int progress = 0;
    QString tag;
    QString summary;
    QString warning; // set when Tor reports a bootstrap problem
    bool isDone() const { return progress >= 100; }
};

class TorControlClient : public QObject
{
    Q_OBJECT
public:
    using ReplyCallback = std::function<void(const Result<TorControlReply>&)>;
    using InfoCallback = std::function<void(const Result<QMap<QString, QString>>&)>;

    explicit TorControlClient(QObject* parent = nullptr);
    ~TorControlClient() override;

    // Used instead of PROTOCOLINFO's COOKIEFILE when set (e.g. a launched tor's own data directory).
    void setCookiePath(QString path) { m_cookiePath = std::move(path); }
    void setPassword(QString password) { m_password = std::move(password); }
    // Bounds connect + authenticate, and every later command's reply.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Connects and authenticates; emits authenticated() or failed().
    void connectToTor(const QString& host, quint16 port);
    void close();
    bool isAuthenticated() const { return m_authenticated; }

    // Sends one command line (no CRLF); the callback gets the reply or the error (5xx, closed, timeout).
    void sendCommand(const QByteArray& command, ReplyCallback callback);
    // GETINFO key… -> key -> value.
    void getInfo(const QStringList& keys, InfoCallback callback);
    // GETINFO status/bootstrap-phase, parsed.
    void getBootstrap(std::function<void(const Result<TorBootstrap>&)> callback);
    // SETEVENTS STATUS_CLIENT: bootstrapChanged() then follows Tor's own progress reports.
    void subscribeStatusEvents(std::function<void(const Status&)> callback = {});

    // Parsers, public for tests.
    static std::optional<TorBootstrap> parseBootstrap(const QString& line);
    // Splits "KEY=value KEY2="quoted \"value\"" into a map; quoted values are unescaped.
    static QMap<QString, QString> parseKeywords(const QString& text);

signals:
    void authenticated();
    void failed(const btcw::Error& error);
    void asyncEvent(const QStringList& lines); // a 650 event, one entry per line
    void bootstrapChanged(const btcw::TorBootstrap& status);
    void disconnected();

private:
    void onReadyRead();
    void handleLine(const QByteArray& line);
    void dispatch(TorControlReply reply);
    void startAuthentication();
    void authenticateWith(const QMap<QString, QString>& auth);
    void authenticateSafeCookie(const QByteArray& cookie);
    void finishAuthentication(const Result<TorControlReply>& reply);
    void failAll(const Error& error);
    void armTimer();

    struct Pending
    {
        QByteArray command;
        ReplyCallback callback;
    };
    // Stops the timer, drops the socket and the half-read reply, and hands back the commands left unanswered.
    QList<Pending> dropConnection();

    QPointer<QTcpSocket> m_socket;
    QTimer* m_timer = nullptr;
    QByteArray m_buffer;
    TorControlReply m_current;
    bool m_inData = false;
    QString m_dataKey;
    QStringList m_dataLines;
    QList<Pending> m_pending;
    QString m_cookiePath;
    QString m_password;
    bool m_authenticated = false;
    bool m_failed = false;
    std::chrono::milliseconds m_timeout{10'000};
};

} // namespace btcw
