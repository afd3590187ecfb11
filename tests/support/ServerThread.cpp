#include "ServerThread.h"

namespace btcw::test {

ServerThread::ServerThread(TestElectrumServer::Options options) : m_server(new TestElectrumServer(std::move(options)))
{
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("test electrum server"));
    m_thread.start();
}

ServerThread::~ServerThread()
{
    run([](TestElectrumServer& server) { server.stop(); });
    m_thread.quit();
    m_thread.wait();
}

bool ServerThread::start()
{
    bool started = false;
    run([&](TestElectrumServer& server) {
        started = server.start();
        m_error = server.errorString();
        m_tcpPort = server.tcpPort();
        m_tlsPort = server.tlsPort();
    });
    return started;
}

void ServerThread::run(const std::function<void(TestElectrumServer&)>& work)
{
    TestElectrumServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &work] { work(*server); }, Qt::BlockingQueuedConnection);
}

void ServerThread::post(std::function<void(TestElectrumServer&)> work)
{
    TestElectrumServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server, work = std::move(work)] { work(*server); }, Qt::QueuedConnection);
}

} // namespace btcw::test
