// A throwaway redis-server for tests: free loopback port, temp dir, no persistence; can be killed and restarted.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <chrono>
#include <memory>

namespace btcw::test {

class RedisTestServer
{
public:
    struct Options
    {
        QString password; // --requirepass when set
    };

    RedisTestServer() = default;
    ~RedisTestServer();
    RedisTestServer(const RedisTestServer&) = delete;
    RedisTestServer& operator=(const RedisTestServer&) = delete;

    // redis-server on PATH (or $BTCW_REDIS_SERVER).
    static QString executable();

    // Starts on a free port and waits (bounded) until it answers PING.
    Status start(Options options = {});
    // Starts again on the same port with the same options (after kill()).
    Status restart();
    // SIGKILL, like a crash: no goodbye to clients.
    void kill();
    bool isRunning() const;
    // SIGSTOP / SIGCONT: a server that accepts bytes but never answers (POSIX only; false elsewhere).
    bool pause();
    bool resume();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }

    // Runs one command on a fresh connection (AUTH and SELECT db first when needed) and returns the reply:
    // a simple/bulk string's text, an integer's digits, "(nil)", or an Error for a Redis error reply.
    Result<QByteArray> command(const QList<QByteArray>& args, int db = 0,
                               std::chrono::milliseconds timeout = std::chrono::milliseconds{3000}) const;

private:
    Status launch();
    Status waitUntilAnswering(std::chrono::milliseconds budget);

    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace btcw::test
