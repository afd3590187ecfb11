// The test Electrum server on a thread of its own, so that what it does (encoding a 7 MB reply, writing 100,000
// notifications) is not charged to the event loop of the test that measures the client.
#pragma once

#include "TestElectrumServer.h"

#include <QThread>
#include <functional>

namespace btcw::test {

class ServerThread
{
public:
    explicit ServerThread(TestElectrumServer::Options options = {});
    ~ServerThread();
    ServerThread(const ServerThread&) = delete;
    ServerThread& operator=(const ServerThread&) = delete;

    // Starts the server on its thread; false (see errorString()) if it cannot listen.
    bool start();
    QString errorString() const { return m_error; }
    quint16 tcpPort() const { return m_tcpPort; }
    quint16 tlsPort() const { return m_tlsPort; }

    // Runs `work` on the server's thread and returns when it is done: the only way to touch the server.
    void run(const std::function<void(TestElectrumServer&)>& work);
    // Queues `work` on the server's thread and returns at once: the caller's event loop keeps running meanwhile.
    void post(std::function<void(TestElectrumServer&)> work);

private:
    QThread m_thread;
    TestElectrumServer* m_server; // lives in m_thread; deleted there when the thread finishes
    QString m_error;
    quint16 m_tcpPort = 0;
    quint16 m_tlsPort = 0;
};

} // namespace btcw::test
