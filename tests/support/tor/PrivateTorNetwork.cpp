#include "PrivateTorNetwork.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

constexpr int kAuthorities = 3;
constexpr int kRelays = 1;

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

// Runs a short helper (tor-gencert, tor --list-fingerprint) to completion.
Status runTool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10'000))
        return Error::make(ErrorKind::Internal, u"cannot run "_s + program, process.errorString());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(ErrorKind::Internal, u"%1 failed"_s.arg(program), QString::fromUtf8(process.readAll()));
    return success();
}

} // namespace

struct PrivateTorNetwork::Node
{
    QString nick;
    QString dir;
    quint16 orPort = 0;
    quint16 dirPort = 0;
    bool authority = false;
    bool relay = false;
    QProcess* process = nullptr;
};

QList<quint16> freeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

PrivateTorNetwork::PrivateTorNetwork(QString torBinary, QString genCertBinary)
    : m_tor(std::move(torBinary)), m_genCert(std::move(genCertBinary))
{
}

PrivateTorNetwork::~PrivateTorNetwork()
{
    stop();
}

QString PrivateTorNetwork::cookiePath() const
{
    for (const auto& node : m_nodes)
        if (node->nick == u"client"_s)
            return QDir(node->dir).filePath(u"control_auth_cookie"_s);
    return {};
}

void PrivateTorNetwork::stop()
{
    for (auto& node : m_nodes)
        if (node->process && node->process->state() != QProcess::NotRunning)
            node->process->terminate();
    for (auto& node : m_nodes) {
        if (!node->process)
            continue;
        if (!node->process->waitForFinished(3000)) {
            node->process->kill();
            node->process->waitForFinished(2000);
        }
        delete node->process;
        node->process = nullptr;
    }
    m_nodes.clear();
    m_dirAuthorities.clear();
    m_dir.reset(); // removes keys, data directories and logs
    m_socksPort = m_controlPort = 0;
    m_onion.clear();
}

bool PrivateTorNetwork::waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds budget)
{
    QDeadlineTimer deadline(budget);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        for (const auto& node : m_nodes)
            if (node->process && node->process->state() == QProcess::NotRunning)
                return false; // a tor died: no point waiting
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    return true;
}

QStringList PrivateTorNetwork::commonLines(const Node& node) const
{
    QStringList lines{
        u"TestingTorNetwork 1"_s,
        u"DataDirectory "_s + node.dir,
        u"Nickname "_s + node.nick,
        u"RunAsDaemon 0"_s,
        u"ShutdownWaitLength 0"_s,
        u"Log notice file "_s + node.dir + u"/notice.log"_s,
        u"Log info file "_s + node.dir + u"/info.log"_s,
        u"SafeLogging 0"_s,
        u"ContactInfo "_s + node.nick + u"@test.invalid"_s,
        // Rapid-bootstrap settings for tiny test networks (as Tor's chutney uses them).
        u"AssumeReachable 1"_s,
        u"PathsNeededToBuildCircuits 0.25"_s,
        u"TestingDirAuthVoteExit *"_s,
        u"TestingDirAuthVoteHSDir *"_s,
        u"TestingDirAuthVoteGuard *"_s,
        u"TestingMinExitFlagThreshold 0"_s,
        u"V3AuthNIntervalsValid 2"_s,
        // Every tor dies with the test process, even if the fixture's destructor never runs.
        u"__OwningControllerProcess %1"_s.arg(QCoreApplication::applicationPid()),
    };
    lines += m_dirAuthorities;
    if (node.relay) {
        lines += {
            u"Address 127.0.0.1"_s,
            u"ORPort 127.0.0.1:%1"_s.arg(node.orPort),
            u"SocksPort 0"_s,
            // Exits only to loopback: the test network cannot reach anything else.
            u"ExitRelay 1"_s,
            u"ExitPolicyRejectPrivate 0"_s,
            u"ExitPolicyRejectLocalInterfaces 0"_s,
            u"ExitPolicy accept 127.0.0.0/8:*"_s,
            u"ExitPolicy reject *:*"_s,
        };
    }
    if (node.authority) {
        lines += {
            u"DirPort 127.0.0.1:%1"_s.arg(node.dirPort),
            u"AuthoritativeDirectory 1"_s,
            u"V3AuthoritativeDirectory 1"_s,
            // VoteDelay + DistDelay must stay below the voting interval; 10 s is the shortest regular one.
            u"TestingV3AuthInitialVotingInterval 5"_s,
            u"V3AuthVotingInterval 10"_s,
            u"TestingV3AuthInitialVoteDelay 2"_s,
            u"V3AuthVoteDelay 2"_s,
            u"TestingV3AuthInitialDistDelay 2"_s,
            u"V3AuthDistDelay 2"_s,
        };
    }
    return lines;
}

QStringList PrivateTorNetwork::clientTorrcLines() const
{
    QStringList lines{
        u"TestingTorNetwork 1"_s,
        u"PathsNeededToBuildCircuits 0.25"_s,
        // Full descriptors carry the exact exit policy; microdescriptor summaries would hide 127.0.0.0/8 exits.
        u"UseMicrodescriptors 0"_s,
    };
    return lines + m_dirAuthorities;
}

Status PrivateTorNetwork::prepareAuthorities()
{
    const QString emptyTorrc = QDir(m_dir->path()).filePath(u"empty-torrc"_s);
    if (!writeText(emptyTorrc, QString()))
        return Error::make(ErrorKind::Internal, u"cannot write "_s + emptyTorrc);
    for (auto& node : m_nodes) {
        if (!node->authority)
            continue;
        const QString keys = QDir(node->dir).filePath(u"keys"_s);
        QDir().mkpath(keys);
        // Authority identity and signing keys; an empty passphrase arrives on stdin.
        const Status gencert =
            runTool(m_genCert,
                    {u"--create-identity-key"_s, u"-m"_s, u"12"_s, u"-a"_s, u"127.0.0.1:%1"_s.arg(node->dirPort),
                     u"-i"_s, keys + u"/authority_identity_key"_s, u"-s"_s, keys + u"/authority_signing_key"_s, u"-c"_s,
                     keys + u"/authority_certificate"_s, u"--passphrase-fd"_s, u"0"_s},
                    "\n");
        if (!gencert.ok())
            return gencert;
        static const QRegularExpression certFingerprint(u"^fingerprint ([0-9A-F]{40})$"_s,
                                                        QRegularExpression::MultilineOption);
        const auto v3 = certFingerprint.match(readText(keys + u"/authority_certificate"_s));
        if (!v3.hasMatch())
            return Error::make(ErrorKind::Internal, u"no fingerprint in the authority certificate"_s);
        // The relay identity fingerprint, written to <DataDirectory>/fingerprint.
        const Status listed =
            runTool(m_tor, {u"--list-fingerprint"_s, u"-f"_s, emptyTorrc, u"--defaults-torrc"_s, emptyTorrc,
                            u"--DataDirectory"_s, node->dir, u"--ORPort"_s, u"1"_s, u"--DirAuthority"_s,
                            u"placeholder 127.0.0.1:1 ffffffffffffffffffffffffffffffffffffffff"_s, u"--Log"_s,
                            u"err stderr"_s});
        if (!listed.ok())
            return listed;
        const QString fingerprint = readText(node->dir + u"/fingerprint"_s).section(u' ', 1).trimmed();
        if (fingerprint.size() != 40)
            return Error::make(ErrorKind::Internal, u"cannot read the relay fingerprint of "_s + node->nick);
        m_dirAuthorities.append(u"DirAuthority %1 orport=%2 no-v2 v3ident=%3 127.0.0.1:%4 %5"_s.arg(node->nick)
                                    .arg(node->orPort)
                                    .arg(v3.captured(1))
                                    .arg(node->dirPort)
                                    .arg(fingerprint));
    }
    return success();
}

Status PrivateTorNetwork::startNode(Node& node, const QStringList& lines)
{
    const QString torrc = QDir(node.dir).filePath(u"torrc"_s);
    if (!writeText(torrc, lines.join(u'\n') + u'\n'))
        return Error::make(ErrorKind::Internal, u"cannot write "_s + torrc);
    node.process = new QProcess;
    node.process->setProcessChannelMode(QProcess::MergedChannels);
    node.process->setStandardOutputFile(QDir(node.dir).filePath(u"stdout.log"_s));
    const QString empty = QDir(m_dir->path()).filePath(u"empty-torrc"_s);
    node.process->start(m_tor, {u"-f"_s, torrc, u"--defaults-torrc"_s, empty});
    if (!node.process->waitForStarted(10'000))
        return Error::make(ErrorKind::Internal, u"cannot start tor for "_s + node.nick, node.process->errorString());
    return success();
}

bool PrivateTorNetwork::descriptorUploaded() const
{
    for (const auto& node : m_nodes)
        if (node->nick == u"hs"_s)
            return readText(node->dir + u"/info.log"_s).contains(u"finished with status 200"_s);
    return false;
}

bool PrivateTorNetwork::canReachOnion(quint16 port, std::chrono::milliseconds budget)
{
    QTcpSocket socket;
    QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, m_socksPort);
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    socket.setProxy(proxy);
    socket.connectToHost(m_onion, port);
    // Tor answers the SOCKS CONNECT only after the service connected to its target: connected == reachable.
    const bool ok = waitUntil(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        budget);
    const bool connected = ok && socket.state() == QAbstractSocket::ConnectedState;
    socket.abort();
    return connected;
}

Error PrivateTorNetwork::failure(const QString& message) const
{
    return Error::make(ErrorKind::Internal, message, logSummary());
}

QString PrivateTorNetwork::logSummary() const
{
    QStringList out;
    for (const auto& node : m_nodes) {
        QStringList lines;
        const auto all =
            readText(node->dir + u"/notice.log"_s).split(u'\n') + readText(node->dir + u"/stdout.log"_s).split(u'\n');
        for (const QString& line : all)
            if (line.contains(u"[warn]"_s) || line.contains(u"[err]"_s))
                lines.append(line);
        if (node->process && node->process->state() == QProcess::NotRunning)
            lines.append(u"(tor exited with code %1)"_s.arg(node->process->exitCode()));
        if (!lines.isEmpty())
            out.append(node->nick + u":\n  "_s + lines.mid(std::max<qsizetype>(0, lines.size() - 8)).join(u"\n  "_s));
    }
    return out.join(u'\n');
}

Status PrivateTorNetwork::start(const QList<quint16>& targetPorts, std::chrono::milliseconds timeout)
{
    stop();
    if (targetPorts.isEmpty())
        return Error::make(ErrorKind::InvalidArgument, u"the onion service needs at least one target port"_s);
    QElapsedTimer clock;
    clock.start();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/btcw-tornet-XXXXXX"_s);
    if (!m_dir->isValid())
        return Error::make(ErrorKind::Internal, u"cannot create a temporary directory"_s);
    // For debugging a failing network: BTCW_TORNET_KEEP=1 keeps the torrc files and logs.
    if (qEnvironmentVariableIntValue("BTCW_TORNET_KEEP") == 1)
        m_dir->setAutoRemove(false);

    // 3 authorities (also exit relays) + 1 relay + onion service + client: 6 tor processes.
    const QList<quint16> ports = freeLoopbackPorts(2 * kAuthorities + kRelays + 2);
    if (ports.size() != 2 * kAuthorities + kRelays + 2)
        return Error::make(ErrorKind::Internal, u"cannot find free loopback ports"_s);
    int next = 0;
    auto addNode = [&](const QString& nick, bool authority, bool relay) -> Node& {
        auto node = std::make_unique<Node>();
        node->nick = nick;
        node->dir = QDir(m_dir->path()).filePath(nick);
        node->authority = authority;
        node->relay = relay;
        if (relay)
            node->orPort = ports.at(next++);
        if (authority)
            node->dirPort = ports.at(next++);
        QDir().mkpath(node->dir);
        // tor insists on a private DataDirectory.
        QFile::setPermissions(node->dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_nodes.push_back(std::move(node));
        return *m_nodes.back();
    };
    for (int i = 0; i < kAuthorities; ++i)
        addNode(u"auth%1"_s.arg(i), true, true);
    for (int i = 0; i < kRelays; ++i)
        addNode(u"relay%1"_s.arg(i), false, true);
    Node& hs = addNode(u"hs"_s, false, false);
    Node& client = addNode(u"client"_s, false, false);
    m_socksPort = ports.at(next++);
    m_controlPort = ports.at(next++);

    if (const Status prepared = prepareAuthorities(); !prepared.ok()) {
        const Error error = prepared.error();
        stop();
        return error;
    }

    for (auto& node : m_nodes) {
        QStringList lines = commonLines(*node);
        if (node.get() == &hs) {
            lines += {u"SocksPort 0"_s, u"HiddenServiceDir "_s + node->dir + u"/onion"_s};
            for (quint16 port : targetPorts)
                lines.append(u"HiddenServicePort %1 127.0.0.1:%1"_s.arg(port));
        } else if (node.get() == &client) {
            lines += {
                u"SocksPort 127.0.0.1:%1 ExtendedErrors"_s.arg(m_socksPort),
                u"ControlPort 127.0.0.1:%1"_s.arg(m_controlPort),
                u"CookieAuthentication 1"_s,
                u"UseMicrodescriptors 0"_s,
            };
        }
        if (const Status started = startNode(*node, lines); !started.ok()) {
            const Error error = started.error();
            stop();
            return error;
        }
    }

    auto remaining = [&] { return std::max(0ms, timeout - std::chrono::milliseconds(clock.elapsed())); };
    const QString hostnameFile = hs.dir + u"/onion/hostname"_s;
    if (!waitUntil([&] { return QFile::exists(hostnameFile); }, remaining())) {
        const Error error = failure(u"the onion service did not create its hostname file"_s);
        stop();
        return error;
    }
    m_onion = readText(hostnameFile).trimmed();
    const qint64 hostnameMs = clock.elapsed();
    if (!waitUntil([&] { return descriptorUploaded(); }, remaining())) {
        const Error error = failure(u"the onion service did not upload its descriptor in time"_s);
        stop();
        return error;
    }
    const qint64 uploadedMs = clock.elapsed();
    // The client may still lack a consensus or circuits: retry until the onion answers through SOCKS.
    int attempts = 0;
    while (remaining() > 0ms) {
        ++attempts;
        if (canReachOnion(targetPorts.first(), std::min<std::chrono::milliseconds>(remaining(), 20s))) {
            qInfo("private Tor network: onion hostname after %lld ms, descriptor uploaded after %lld ms, "
                  "reachable after %lld ms (%d attempts)",
                  hostnameMs, uploadedMs, qint64(clock.elapsed()), attempts);
            return success();
        }
        waitUntil([] { return false; }, std::min<std::chrono::milliseconds>(remaining(), 1s));
        for (const auto& node : m_nodes)
            if (node->process && node->process->state() == QProcess::NotRunning) {
                const Error error = failure(u"tor \"%1\" exited"_s.arg(node->nick));
                stop();
                return error;
            }
    }
    const Error error = failure(u"the client could not reach the onion service through SOCKS in time"_s);
    stop();
    return error;
}

} // namespace btcw::test
