#include "RedisTestServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace btcw::test {

namespace {

using namespace std::chrono_literals;

quint16 pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray encodeCommand(const QList<QByteArray>& args)
{
    QByteArray out = '*' + QByteArray::number(args.size()) + "\r\n";
    for (const QByteArray& arg : args)
        out += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
    return out;
}

// Reads one RESP reply (no arrays: the fixture only needs scalars) from socket within deadline.
Result<QByteArray> readReply(QTcpSocket& socket, const QDeadlineTimer& deadline)
{
    QByteArray buffer;
    auto fill = [&](qsizetype atLeast) {
        while (buffer.size() < atLeast) {
            if (socket.bytesAvailable() == 0 &&
                !socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                return false;
            buffer += socket.readAll();
            if (deadline.hasExpired() && buffer.size() < atLeast)
                return false;
        }
        return true;
    };
    qsizetype lineEnd = -1;
    while ((lineEnd = buffer.indexOf("\r\n")) < 0) {
        if (!fill(buffer.size() + 1))
            return Error::make(ErrorKind::Timeout, QStringLiteral("redis-server did not answer in time"));
    }
    const char type = buffer.at(0);
    const QByteArray line = buffer.mid(1, lineEnd - 1);
    switch (type) {
    case '+':
    case ':':
        return line;
    case '-':
        return Error::make(ErrorKind::Rpc, QString::fromUtf8(line));
    case '$': {
        const qsizetype length = line.toLongLong();
        if (length < 0)
            return QByteArrayLiteral("(nil)");
        if (!fill(lineEnd + 2 + length + 2))
            return Error::make(ErrorKind::Timeout, QStringLiteral("redis-server reply was cut short"));
        return buffer.mid(lineEnd + 2, length);
    }
    default:
        return Error::make(ErrorKind::Protocol, QStringLiteral("unexpected reply type"), QString::fromLatin1(buffer));
    }
}

} // namespace

RedisTestServer::~RedisTestServer()
{
    kill();
}

QString RedisTestServer::executable()
{
    const QString configured = qEnvironmentVariable("BTCW_REDIS_SERVER");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("redis-server"));
}

Status RedisTestServer::start(Options options)
{
    m_options = std::move(options);
    Error last = Error::make(ErrorKind::Internal, QStringLiteral("no attempt made"));
    // Another process may take the probed port between probe and bind: try a few ports.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = pickFreePort();
        if (m_port == 0)
            return Error::make(ErrorKind::Internal, QStringLiteral("cannot find a free loopback port"));
        const Status launched = launch();
        if (launched)
            return launched;
        last = launched.error();
        kill();
    }
    return last;
}

Status RedisTestServer::restart()
{
    if (m_port == 0)
        return Error::make(ErrorKind::InvalidArgument, QStringLiteral("restart() needs a start() first"));
    kill();
    // The killed server's port can linger briefly; retry for a bounded time.
    const QDeadlineTimer deadline(5s);
    Status result = launch();
    while (!result && !deadline.hasExpired()) {
        kill();
        QThread::msleep(100);
        result = launch();
    }
    return result;
}

Status RedisTestServer::launch()
{
    const QString program = executable();
    if (program.isEmpty())
        return Error::make(ErrorKind::NotFound, QStringLiteral("redis-server is not installed"));
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return Error::make(ErrorKind::Internal, QStringLiteral("cannot create a temp dir for redis-server"));
    }
    QStringList args{QStringLiteral("--port"),       QString::number(m_port),
                     QStringLiteral("--bind"),       QStringLiteral("127.0.0.1"),
                     QStringLiteral("--save"),       QString(),
                     QStringLiteral("--appendonly"), QStringLiteral("no"),
                     QStringLiteral("--dir"),        m_dir->path(),
                     QStringLiteral("--daemonize"),  QStringLiteral("no")};
    if (!m_options.password.isEmpty())
        args << QStringLiteral("--requirepass") << m_options.password;
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000))
        return Error::make(ErrorKind::Internal, QStringLiteral("redis-server did not start"), m_process->errorString());
    return waitUntilAnswering(10s);
}

Status RedisTestServer::waitUntilAnswering(std::chrono::milliseconds budget)
{
    const QDeadlineTimer deadline(budget);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return Error::make(ErrorKind::Internal, QStringLiteral("redis-server exited"),
                               QString::fromLocal8Bit(m_process->readAll()));
        const Result<QByteArray> pong = command({QByteArrayLiteral("PING")}, 0, 500ms);
        if (pong && *pong == "PONG")
            return success();
        QThread::msleep(50);
    }
    return Error::make(ErrorKind::Timeout, QStringLiteral("redis-server did not answer PING in time"),
                       m_process ? QString::fromLocal8Bit(m_process->readAll()) : QString());
}

void RedisTestServer::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool RedisTestServer::pause()
{
#ifdef Q_OS_UNIX
    return isRunning() && ::kill(pid_t(m_process->processId()), SIGSTOP) == 0;
#else
    return false;
#endif
}

bool RedisTestServer::resume()
{
#ifdef Q_OS_UNIX
    return isRunning() && ::kill(pid_t(m_process->processId()), SIGCONT) == 0;
#else
    return false;
#endif
}

bool RedisTestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

Result<QByteArray> RedisTestServer::command(const QList<QByteArray>& args, int db,
                                            std::chrono::milliseconds timeout) const
{
    const QDeadlineTimer deadline(timeout);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime()))))
        return Error::make(ErrorKind::ConnectionRefused, QStringLiteral("cannot connect to redis-server"),
                           socket.errorString());
    QList<QList<QByteArray>> commands;
    if (!m_options.password.isEmpty())
        commands.append({QByteArrayLiteral("AUTH"), m_options.password.toUtf8()});
    if (db != 0)
        commands.append({QByteArrayLiteral("SELECT"), QByteArray::number(db)});
    commands.append(args);
    Result<QByteArray> reply = QByteArray();
    for (const auto& c : commands) {
        socket.write(encodeCommand(c));
        reply = readReply(socket, deadline);
        if (!reply)
            return reply;
    }
    return reply;
}

} // namespace btcw::test
