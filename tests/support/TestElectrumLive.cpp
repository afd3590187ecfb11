// The test Electrum server's live-chain controls: restarting on the same ports and changing an address's status.
#include "TestElectrumServer.h"
#include "TestElectrumServer_p.h"

namespace btcw::test {

bool TestElectrumServer::restart()
{
    const quint16 tcp = m_lastTcpPort, tls = m_lastTlsPort;
    stop();
    const quint16 tcpWanted = m_options.tcpPort, tlsWanted = m_options.tlsPort;
    m_options.tcpPort = tcp;
    m_options.tlsPort = tls;
    const bool ok = start();
    m_options.tcpPort = tcpWanted;
    m_options.tlsPort = tlsWanted;
    return ok;
}

QString TestElectrumServer::statusOf(const QString& scripthash) const
{
    const auto forced = m_statusOverrides.constFind(scripthash);
    return forced != m_statusOverrides.cend() ? *forced : m_chain.status(scripthash);
}

void TestElectrumServer::setStatus(const QString& scripthash, const QString& status)
{
    m_statusOverrides.insert(scripthash, status);
    notifyStatusChanges(); // [scripthash, status] to every client subscribed to it whose status moved
}

void TestElectrumServer::clearStatus(const QString& scripthash)
{
    m_statusOverrides.remove(scripthash);
    notifyStatusChanges();
}

int TestElectrumServer::headerSubscribers() const
{
    int n = 0;
    for (const auto& [socket, client] : m_clients)
        n += client->headersSubscribed ? 1 : 0;
    return n;
}

int TestElectrumServer::scripthashSubscribers(const QString& scripthash) const
{
    int n = 0;
    for (const auto& [socket, client] : m_clients) {
        if (scripthash.isEmpty() ? !client->scripthashStatus.isEmpty() : client->scripthashStatus.contains(scripthash))
            ++n;
    }
    return n;
}

} // namespace btcw::test
