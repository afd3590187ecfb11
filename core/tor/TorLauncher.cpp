#include "tor/TorLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace btcw {

namespace {

constexpr int kLogLinesKept = 40;

QString controlPortFilePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(u"control-port"_s);
}

} // namespace

TorLauncher::TorLauncher(TorLaunchOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            checkControlPortFile();
        else if (m_state == State::Bootstrapping)
            pollBootstrap();
    });
    m_startTimer = new QTimer(this);
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            fail(Error::make(ErrorKind::Timeout, u"the launched tor did not open its control port in time"_s,
                             lastLogError()));
    });
}

TorLauncher::~TorLauncher()
{
    const QSignalBlocker quiet(this);
    stop();
}

QString TorLauncher::findBinary(const QString& name)
{
    if (name.isEmpty())
        return {};
    if (QFileInfo(name).isAbsolute()) {
        const QFileInfo file(name);
        return file.isFile() && file.isExecutable() ? name : QString();
    }
    if (QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
        return found;
    // Debian also installs tor in /usr/sbin, which a normal user's PATH may leave out; Homebrew uses /opt/homebrew.
    return QStandardPaths::findExecutable(
        name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/local/bin"_s, u"/opt/homebrew/bin"_s});
}

qint64 TorLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString TorLauncher::torrcPath() const
{
    return QDir(m_options.dataDir).filePath(u"torrc"_s);
}

QString TorLauncher::cookiePath() const
{
    return QDir(m_options.dataDir).filePath(u"control_auth_cookie"_s);
}

Status TorLauncher::writeTorrc()
{
    QStringList lines{
        u"DataDirectory "_s + QDir::toNativeSeparators(m_options.dataDir),
        // ExtendedErrors: onion failures come back as 0xF0–0xF7 instead of one generic code.
        u"SocksPort 127.0.0.1:auto ExtendedErrors IsolateSOCKSAuth"_s,
        u"ControlPort 127.0.0.1:auto"_s,
        u"ControlPortWriteToFile "_s + controlPortFilePath(m_options.dataDir),
        u"CookieAuthentication 1"_s,
        u"CookieAuthFile "_s + cookiePath(),
        // tor exits by itself if we die without stopping it.
        u"__OwningControllerProcess %1"_s.arg(QCoreApplication::applicationPid()),
        u"Log notice stdout"_s,
    };
    lines += m_options.extraTorrcLines;
    QSaveFile file(torrcPath());
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Internal, u"cannot write the torrc for the launched tor"_s, file.errorString());
    file.write(lines.join(u'\n').toUtf8() + '\n');
    if (!file.commit())
        return Error::make(ErrorKind::Internal, u"cannot write the torrc for the launched tor"_s, file.errorString());
    // An empty defaults file keeps the system's /etc/tor/torrc-defaults out of our tor.
    QFile defaults(QDir(m_options.dataDir).filePath(u"torrc-defaults"_s));
    if (!defaults.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(ErrorKind::Internal, u"cannot write torrc-defaults"_s, defaults.errorString());
    return success();
}

void TorLauncher::start()
{
    if (m_state == State::Starting || m_state == State::Bootstrapping || m_state == State::Ready)
        return;
    m_stopping = false;
    m_socks.reset();
    m_controlPort = 0;
    m_bootstrap = {};
    m_log.clear();

    if (m_options.dataDir.isEmpty()) {
        fail(Error::make(ErrorKind::InvalidArgument, u"no data directory for the launched tor"_s));
        return;
    }
    const QString binary = findBinary(m_options.torBinary);
    if (binary.isEmpty()) {
        fail(Error::make(
            ErrorKind::TorUnavailable,
            u"cannot launch Tor: \"%1\" was not found (install the tor package)"_s.arg(m_options.torBinary)));
        return;
    }
    if (!QDir().mkpath(m_options.dataDir)) {
        fail(Error::make(ErrorKind::Internal, u"cannot create tor's data directory"_s, m_options.dataDir));
        return;
    }
    // tor refuses a DataDirectory others can read.
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::remove(controlPortFilePath(m_options.dataDir));
    if (const Status written = writeTorrc(); !written.ok()) {
        fail(written.error());
        return;
    }

    m_state = State::Starting;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] { readProcessOutput(); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Error::make(ErrorKind::TorUnavailable, u"cannot launch Tor"_s, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        readProcessOutput();
        if (m_stopping)
            return;
        fail(Error::make(ErrorKind::TorUnavailable, u"the launched tor exited (code %1)"_s.arg(code), lastLogError()));
    });
    m_process->start(
        binary, {u"-f"_s, torrcPath(), u"--defaults-torrc"_s, QDir(m_options.dataDir).filePath(u"torrc-defaults"_s)});
    m_startTimer->start(m_options.startTimeout);
    m_pollTimer->start(std::min<std::chrono::milliseconds>(m_options.pollInterval, std::chrono::milliseconds(100)));
}

void TorLauncher::readProcessOutput()
{
    if (!m_process)
        return;
    while (m_process->canReadLine()) {
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (line.isEmpty())
            continue;
        m_log.append(line);
        if (m_log.size() > kLogLinesKept)
            m_log.removeFirst();
    }
}

QString TorLauncher::lastLogError() const
{
    for (auto it = m_log.crbegin(); it != m_log.crend(); ++it)
        if (it->contains(u"[err]"_s) || it->contains(u"[warn]"_s))
            return *it;
    return m_log.isEmpty() ? QString() : m_log.last();
}

void TorLauncher::checkControlPortFile()
{
    QFile file(controlPortFilePath(m_options.dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return;
    // "PORT=127.0.0.1:40123"
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    const qsizetype colon = text.lastIndexOf(u':');
    if (!text.startsWith(u"PORT="_s) || colon < 0)
        return; // tor writes it atomically, but be patient with a partial file
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return;
    m_controlPort = quint16(port);
    m_pollTimer->stop();

    m_control = new TorControlClient(this);
    m_control->setCookiePath(cookiePath());
    connect(m_control, &TorControlClient::authenticated, this, [this] { onAuthenticated(); });
    connect(m_control, &TorControlClient::failed, this, [this](const Error& error) {
        if (!m_stopping)
            fail(error);
    });
    connect(m_control, &TorControlClient::bootstrapChanged, this,
            [this](const TorBootstrap& status) { applyBootstrap(status); });
    m_control->connectToTor(text.mid(5, colon - 5), m_controlPort);
}

void TorLauncher::onAuthenticated()
{
    // TAKEOWNERSHIP: tor also exits when this control connection closes, whatever happens to us.
    m_control->sendCommand("TAKEOWNERSHIP", {});
    m_control->subscribeStatusEvents();
    m_control->getInfo({u"net/listeners/socks"_s}, [this](const Result<QMap<QString, QString>>& info) {
        if (!info.ok()) {
            fail(info.error());
            return;
        }
        // "\"127.0.0.1:40124\"" (one quoted address per listener)
        QString first = info->value(u"net/listeners/socks"_s).section(u' ', 0, 0);
        first.remove(u'"');
        const qsizetype colon = first.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? first.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port <= 0 || port > 65535) {
            fail(Error::make(ErrorKind::Protocol, u"the launched tor reported no SOCKS port"_s, first));
            return;
        }
        QString host = first.left(colon);
        host.remove(u'[').remove(u']');
        m_socks = std::make_pair(host, quint16(port));
        m_startTimer->stop();
        m_state = State::Bootstrapping;
        emit socksReady(host, quint16(port));
        pollBootstrap();
        m_pollTimer->start(m_options.pollInterval);
    });
}

void TorLauncher::pollBootstrap()
{
    if (!m_control || !m_control->isAuthenticated())
        return;
    m_control->getBootstrap([this](const Result<TorBootstrap>& status) {
        if (status.ok())
            applyBootstrap(*status);
    });
}

void TorLauncher::applyBootstrap(const TorBootstrap& status)
{
    if (m_state != State::Bootstrapping && m_state != State::Ready)
        return;
    const bool changed = status.progress != m_bootstrap.progress || status.warning != m_bootstrap.warning;
    m_bootstrap = status;
    if (changed)
        emit bootstrapChanged(status);
    if (status.isDone() && m_state == State::Bootstrapping) {
        m_state = State::Ready;
        m_pollTimer->stop();
        emit ready();
    }
}

void TorLauncher::fail(const Error& error)
{
    stop();
    m_state = State::Failed;
    emit failed(error);
}

void TorLauncher::stop()
{
    const bool wasRunning = m_process != nullptr;
    m_stopping = true;
    m_pollTimer->stop();
    m_startTimer->stop();
    if (m_control) {
        m_control->disconnect(this);
        m_control->close();
        m_control->deleteLater();
        m_control = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            // A tor client exits at once on SIGTERM; the bounded wait only guards a stuck process.
            m_process->terminate();
            if (!m_process->waitForFinished(3000)) {
                m_process->kill();
                m_process->waitForFinished(1000);
            }
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_socks.reset();
    if (m_state != State::Failed)
        m_state = State::Stopped;
    if (wasRunning)
        emit stopped();
}

} // namespace btcw
