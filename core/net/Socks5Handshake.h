// The client side of a SOCKS5 CONNECT (RFC 1928, with RFC 1929 username/password) on a socket already connected to
// the proxy, so the proxy's reply code reaches the error: Qt's own SOCKS5 engine folds several replies into one error.
#pragma once

#include "Result.h"
#include "net/ProxyTarget.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QAbstractSocket;

namespace btcw {

class Socks5Handshake : public QObject
{
    Q_OBJECT
public:
    // The socket is connected to the proxy and stays the caller's. `user` empty: no authentication is offered;
    // otherwise only username/password (Tor isolates circuits by these credentials). Names are sent as names
    // (ATYP 3: the proxy resolves them), IP literals as addresses (ATYP 1 or 4); nothing is resolved here.
    Socks5Handshake(QAbstractSocket* socket, ProxyTarget target, QString user, QString password,
                    QObject* parent = nullptr);

    // Sends the greeting; `done` runs once, with success when the proxy connected the stream (the socket then carries
    // the stream, nothing of it read here) or the failure in plain words. It is never called after the handshake is
    // destroyed; a socket error or close while it runs is the caller's to report (see socketFailure()).
    void start(std::function<void(const Status&)> done);
    bool isFinished() const { return m_step == Step::Done; }

    // The greeting, authentication and CONNECT request bytes (for tests and for reading).
    static QByteArray greeting(bool withPassword);
    static Result<QByteArray> authentication(const QString& user, const QString& password);
    static Result<QByteArray> connectRequest(const ProxyTarget& target);

    // A CONNECT reply code other than 0 as an error: who failed (the local proxy, or Tor's exit or the onion service
    // path) in plain words, the code in the detail ("SOCKS5 reply 0x04"). Tor's extended codes 0xF0–0xF7 included.
    static Error replyError(int reply, const ProxyTarget& target);

private:
    enum class Step
    {
        Idle,
        Method,
        Authentication,
        Reply,
        Done
    };
    void onReadyRead();
    // The CONNECT request for the target (after the greeting, or after the credentials were accepted).
    void sendConnectRequest();
    void finish(const Status& status);
    void fail(ErrorKind kind, const QString& message, const QString& detail = {});

    QPointer<QAbstractSocket> m_socket;
    ProxyTarget m_target;
    QString m_user;
    QString m_password;
    Step m_step = Step::Idle;
    std::function<void(const Status&)> m_done;
};

} // namespace btcw
