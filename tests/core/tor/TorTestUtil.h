// Shared by the Tor tests: a well-formed v3 onion address to ask for, and a loopback port nothing listens on.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QTcpServer>

namespace btcw::test {

// A syntactically valid v3 address; the tests never reach it (a fake SOCKS server or a private network answers).
inline const QString kOnion = QStringLiteral("explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion");

// A port that was free a moment ago: connecting to it is refused.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace btcw::test
