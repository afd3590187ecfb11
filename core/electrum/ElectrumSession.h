// One connection to an Electrum server: TCP/TLS (optionally via SOCKS5), server.version first, then JSON-RPC calls.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "electrum/NotificationBudget.h"
#include "electrum/ServerAddress.h"
#include "net/ConnectionSettings.h"
#include "net/ProxyPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class QSslSocket;

namespace btcw {

class CertificatePinStore;
class LineFramer;
class Socks5Handshake;

struct RpcRequest
{
    QString method;
    QJsonArray params;
};

class ElectrumSession : public QObject
{
    Q_OBJECT
public:
    // connecting → (tls) → handshaking (server.version) → ready → closed
    enum class State
    {
        Idle,
        Connecting,
        TlsHandshake,
        Handshaking,
        Ready,
        Closed
    };
    Q_ENUM(State)

    using Callback = std::function<void(Result<QJsonValue>)>;
    using BatchCallback = std::function<void(Result<QList<Result<QJsonValue>>>)>;

    // clock: when the session was last used (the pool closes idle ones).
    ElectrumSession(ServerAddress server, ProxyChoice proxy, ConnectionSettings settings, CertificatePinStore* pins,
                    const Clock& clock = systemClock(), QObject* parent = nullptr);
    ~ElectrumSession() override;

    // Connect to these addresses, in order within the connect budget, instead of resolving the host again
    // (they are what TargetGuard checked; a second lookup could answer differently). TLS still verifies, pins
    // and sends SNI for the host name. Ignored through a proxy, which resolves the name itself. Call before open().
    void setConnectAddresses(QList<QHostAddress> addresses) { m_addresses = std::move(addresses); }
    // Empty: the session connects by name.
    const QList<QHostAddress>& connectAddresses() const { return m_addresses; }
    // The address the socket reached (null until connected, and through a proxy).
    QHostAddress connectedAddress() const { return m_connectedAddress; }

    // Starts connecting; calls made before ready wait for the handshake.
    void open();
    // Closes with the given reason; every pending call fails with it.
    void close(const Error& reason);

    // A JSON-RPC call; the callback runs once, on this thread, unless `context` is gone by then.
    // timeout 0 means the settings' requestTimeout.
    void call(const QString& method, const QJsonArray& params, QObject* context, Callback done,
              std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    // A JSON-RPC batch: one line, one array reply; per-request results in request order, matched by id whatever the
    // order of the answers. An answer missing from the reply is that request's Protocol error; a server error object
    // is that request's Rpc error. A server that refuses batches (it answers the array with one error object without
    // id, as some do) gets the same requests again as separate lines in one write, and from then on every batch that
    // way (refusesBatches()); their answers are collected, and those still missing at the timeout fail with it.
    // The callback's own error (all requests failed alike) is for a closed connection, a full queue or an empty list.
    void callBatch(const QList<RpcRequest>& requests, QObject* context, BatchCallback done,
                   std::chrono::milliseconds timeout = std::chrono::milliseconds{0});

    const ServerAddress& server() const { return m_server; }
    const ProxyChoice& proxy() const { return m_proxy; }
    State state() const { return m_state; }
    bool isUsable() const { return m_state != State::Closed; }
    int pendingCount() const { return int(m_pending.size()); }
    // The server answered a batch with an error: batches go to it as separate lines.
    bool refusesBatches() const { return m_refusesBatches; }
    QString negotiatedProtocol() const { return m_protocol; }
    QString serverSoftware() const { return m_serverSoftware; }
    QSslCertificate peerCertificate() const { return m_certificate; }
    QString certificateSha256() const; // lower-case hex, empty for TCP
    // How long the connection and handshake took (connect + TLS + server.version), in ms.
    qint64 setupMs() const { return m_setupMs; }
    // When a request was last made or answered (not when the server last sent anything), on the clock's steady time.
    std::chrono::steady_clock::time_point lastActivity() const { return m_lastActivity; }
    // Notifications thrown away by the budget (see notification()).
    qint64 droppedNotifications() const { return m_notifications.dropped(); }
    // Subscriptions that a live listener depends on (core/live): a held session is not closed for being idle.
    void hold() { ++m_holds; }
    void release() { m_holds = std::max(0, m_holds - 1); }
    bool isHeld() const { return m_holds > 0; }
    const Error& closeReason() const { return m_closeReason; }

signals:
    void stateChanged(btcw::ElectrumSession::State state);
    void ready();
    // A server push (no id): e.g. blockchain.headers.subscribe, blockchain.scripthash.subscribe. Within
    // NotificationLimits: past the rate they are coalesced per item and delivered about once a second, past that
    // dropped (counted), and a server that keeps flooding is disconnected.
    void notification(const QString& method, const QJsonArray& params);
    void closed(const btcw::Error& reason);

private:
    struct ReturnPath;
    qint64 budgetNowMs() const;
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback single;
        BatchCallback batch;
        QList<qint64> batchIds;             // for batches: the ids in request order
        QList<RpcRequest> batchRequests;    // for batches: what was asked, to send again as separate lines
        bool separateLines = false;         // the batch went (or goes again) as one line per request
        QHash<qint64, QJsonObject> answers; // separate lines: the answers so far, by id
        QElapsedTimer started;
        std::chrono::milliseconds timeout{0};
        QString method;
    };
    struct Queued
    {
        QByteArray line;
        qint64 key = 0; // the key of m_pending this line belongs to
    };

    void setState(State state);
    bool connectsByAddress() const;
    void connectNext();
    void onConnected();
    void startSocksHandshake();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onSslErrors(const QList<class QSslError>& errors);
    void startHandshake();
    // Works off what the server sent, one slice at a time (see the .cpp).
    void processIncoming();
    bool takeFromSocket();
    void continueLater();
    void closeOnceDrained(const Error& reason);
    void handleIncomingLine(const QByteArray& line);
    void parseOffThread(const QByteArray& line);
    void onParsedOffThread(const Result<QJsonValue>& message);
    void handleMessage(const Result<QJsonValue>& message);
    void closeForFlood();
    void flushNotifications();
    void handleReply(const QJsonValue& message);
    void handleBatchReply(const QJsonArray& replies);
    // An answer to one member of a batch sent as separate lines; the batch finishes with its last answer.
    void handleBatchMemberReply(qint64 key, qint64 id, const QJsonObject& reply);
    // The oldest batch sent as one array was refused: send it again as separate lines.
    bool resendRefusedBatch();
    QList<Result<QJsonValue>> batchResults(const Pending& pending, const QHash<qint64, QJsonObject>& answers,
                                           const Error& missing) const;
    void sendOrQueue(const QByteArray& line, qint64 key);
    qint64 registerPending(Pending pending);
    void finishPending(qint64 key, Result<QJsonValue> single);
    void finishBatch(qint64 key, Result<QList<Result<QJsonValue>>> results);
    void armStageTimer(std::chrono::milliseconds budget, const QString& stage);
    void checkRequestTimeouts();
    Error socketErrorToError() const;

    ServerAddress m_server;
    ProxyChoice m_proxy;
    ConnectionSettings m_settings;
    QPointer<CertificatePinStore> m_pins;
    const Clock& m_clock;
    QSslSocket* m_socket = nullptr;
    // Through Tor the socket connects to the SOCKS port and our own SOCKS5 handshake asks for the server, so Tor's
    // reply code (the local Tor refusing a name, an exit failing) reaches the error; Qt's proxy folds them together.
    Socks5Handshake* m_socks = nullptr; // while the handshake runs
    bool m_socksConnected = false;      // the proxy connected the stream
    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0; // the address being tried
    QHostAddress m_connectedAddress;
    std::unique_ptr<LineFramer> m_framer;
    QList<QByteArray> m_lines; // framed and not yet handled: m_lines[m_nextLine] is next
    qsizetype m_nextLine = 0;
    bool m_parsing = false;                   // a long line is being parsed on a worker thread; the lines after it wait
    bool m_continuing = false;                // processIncoming() is queued to run again
    std::optional<Error> m_closeWhenDrained;  // the server closed: handle what it sent, then close with this
    std::shared_ptr<ReturnPath> m_returnPath; // how a worker thread's parse comes back (nowhere once destroyed)
    State m_state = State::Idle;
    qint64 m_nextId = 0;
    qint64 m_handshakeId = -1;
    QHash<qint64, Pending> m_pending;    // keyed by request id (batches: by their first id)
    QHash<qint64, qint64> m_batchMember; // request id → batch key
    QList<Queued> m_queued;              // lines waiting for the handshake
    bool m_refusesBatches = false;
    QTimer m_stageTimer;
    QTimer m_flushTimer; // delivers coalesced notifications
    NotificationBudget m_notifications;
    QTimer m_requestTimer;
    QElapsedTimer m_setupClock;
    qint64 m_setupMs = -1;
    QString m_protocol;
    QString m_serverSoftware;
    QSslCertificate m_certificate;
    std::chrono::steady_clock::time_point m_lastActivity;
    Error m_closeReason;
    int m_holds = 0;
};

} // namespace btcw
