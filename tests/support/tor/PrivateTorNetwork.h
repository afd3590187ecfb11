// Test fixture: a private Tor network on 127.0.0.1 with an onion service for given ports and a SOCKS client.
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QProcess;

namespace btcw::test {

// Usage: start(TestElectrumServer's TCP and TLS ports) -> point a ProxyPolicy at socksPort() -> connect to
// onionHostname():port. Each target port P is published as onion port P forwarding to 127.0.0.1:P.
// Everything (tor processes, keys, data directories) is removed by stop() and the destructor.
class PrivateTorNetwork
{
public:
    explicit PrivateTorNetwork(QString torBinary = QStringLiteral("tor"),
                               QString genCertBinary = QStringLiteral("tor-gencert"));
    ~PrivateTorNetwork();
    PrivateTorNetwork(const PrivateTorNetwork&) = delete;
    PrivateTorNetwork& operator=(const PrivateTorNetwork&) = delete;

    // Blocks (processing events) until the onion service is published and the client reached it through
    // SOCKS, or the timeout passed. On failure the error's detail carries the tor logs' warnings.
    Status start(const QList<quint16>& targetPorts, std::chrono::milliseconds timeout = std::chrono::seconds(90));
    void stop();
    bool isRunning() const { return !m_nodes.empty(); }

    quint16 socksPort() const { return m_socksPort; }
    quint16 controlPort() const { return m_controlPort; }
    QString cookiePath() const;
    QString onionHostname() const { return m_onion; } // "<56 base32>.onion"

    // torrc lines that join another tor (e.g. one TorLauncher starts) to this network as a client.
    QStringList clientTorrcLines() const;
    QStringList dirAuthorityLines() const { return m_dirAuthorities; }
    QString workDir() const { return m_dir ? m_dir->path() : QString(); }
    // "[warn]"/"[err]" lines from every node's log, for failure messages.
    QString logSummary() const;

private:
    struct Node;
    Status prepareAuthorities();
    Status startNode(Node& node, const QStringList& lines);
    QStringList commonLines(const Node& node) const;
    bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds budget);
    bool descriptorUploaded() const;
    bool canReachOnion(quint16 port, std::chrono::milliseconds budget);
    Error failure(const QString& message) const;

    QString m_tor;
    QString m_genCert;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Node>> m_nodes;
    QStringList m_dirAuthorities;
    quint16 m_socksPort = 0;
    quint16 m_controlPort = 0;
    QString m_onion;
};

// Free TCP ports on 127.0.0.1, found by binding port 0 (all held at once, so they differ).
QList<quint16> freeLoopbackPorts(int count);

} // namespace btcw::test
