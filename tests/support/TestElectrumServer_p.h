// Per-connection state of the test Electrum server, shared by its socket and method halves.
#pragma once

#include "TestElectrumServer.h"
#include "electrum/LineFramer.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace btcw::test {

struct TestElectrumServer::Client
{
    explicit Client(QSslSocket* s, qint64 maxLine) : socket(s), framer(maxLine) {}

    QPointer<QSslSocket> socket;
    LineFramer framer;
    bool versionSeen = false;
    QString protocol; // negotiated; the server's minimum until server.version
    bool headersSubscribed = false;
    QHash<QString, QString> scripthashStatus; // subscribed scripthash → last status sent (empty: null)
    QList<QJsonValue> held;                   // replies held back to send out of order
    QByteArray drip;                          // SlowDrip: bytes still to write
    QTimer* dripTimer = nullptr;
    QTimer* endlessTimer = nullptr;
    qint64 endlessSent = 0;
};

} // namespace btcw::test
