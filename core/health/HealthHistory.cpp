#include "HealthHistory.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace btcw {

namespace {

const QString kServer = QStringLiteral("server");
const QString kAt = QStringLiteral("at");
const QString kOk = QStringLiteral("ok");
const QString kStage = QStringLiteral("stage");
const QString kVerdict = QStringLiteral("verdict");
const QString kLatency = QStringLiteral("latencyMs");
const QString kHeight = QStringLiteral("height");
const QString kWhy = QStringLiteral("why");
const QString kErrorKind = QStringLiteral("errorKind");

bool earlier(const HealthRecord& a, const HealthRecord& b)
{
    return a.checkedAt < b.checkedAt;
}

Error fileError(const QString& what, const QString& path, const QString& why)
{
    return Error::make(ErrorKind::Internal, what.arg(QDir::toNativeSeparators(path)), why);
}

} // namespace

HealthRecord HealthRecord::fromReport(const HealthReport& report, const Clock& clock)
{
    HealthRecord r;
    r.server = report.server;
    r.checkedAt = (report.checkedAt.isValid() ? report.checkedAt : clock.utcNow()).toUTC();
    r.ok = report.ok;
    r.failedStage = report.failedStage;
    r.verdict = report.verdict();
    if (!report.ok) {
        if (const StageReport* failed = report.stage(report.failedStage))
            r.why = failed->code;
        r.errorKind = report.error.kindName();
    }
    r.latencyMs = report.latencyMs;
    r.height = report.height;
    return r;
}

QJsonObject HealthRecord::toJson() const
{
    QJsonObject o{{kServer, server.toString()},
                  {kAt, checkedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {kOk, ok},
                  {kVerdict, verdict}};
    if (!failedStage.isEmpty())
        o.insert(kStage, failedStage);
    if (latencyMs >= 0)
        o.insert(kLatency, latencyMs);
    if (height >= 0)
        o.insert(kHeight, height);
    if (!why.isEmpty())
        o.insert(kWhy, why.toJson());
    if (!errorKind.isEmpty())
        o.insert(kErrorKind, errorKind);
    return o;
}

Result<HealthRecord> HealthRecord::fromJson(const QJsonObject& json)
{
    auto server = ServerAddress::parse(json.value(kServer).toString());
    if (!server)
        return Error::make(ErrorKind::InvalidArgument, QStringLiteral("no valid server"), server.error().message);
    const QDateTime at = QDateTime::fromString(json.value(kAt).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return Error::make(ErrorKind::InvalidArgument, QStringLiteral("no valid time"));
    if (!json.value(kOk).isBool())
        return Error::make(ErrorKind::InvalidArgument, QStringLiteral("no ok flag"));
    HealthRecord r;
    r.server = server.value();
    r.checkedAt = at.toUTC();
    r.ok = json.value(kOk).toBool();
    r.failedStage = json.value(kStage).toString();
    r.verdict = json.value(kVerdict).toString();
    r.latencyMs = json.value(kLatency).toInteger(-1);
    r.height = json.value(kHeight).toInt(-1);
    r.why = MessageCode::fromJson(json.value(kWhy).toObject()); // records written before codes have none
    r.errorKind = json.value(kErrorKind).toString();
    return r;
}

HealthHistory::HealthHistory(HealthHistoryOptions options) : m_options(std::move(options))
{
    m_options.maxRecordsPerServer = std::max(1, m_options.maxRecordsPerServer);
    if (!m_options.clock) // options built with {} for the clock: the system's, as the default member says
        m_options.clock = &systemClock();
}

HealthHistory::~HealthHistory() = default;

QDateTime HealthHistory::now() const
{
    return m_options.clock->utcNow().toUTC();
}

Result<HealthHistoryLoad> HealthHistory::load()
{
    m_file.reset();
    m_records.clear();
    HealthHistoryLoad summary;
    if (m_options.filePath.isEmpty())
        return summary;
    QFile file(m_options.filePath);
    if (!file.exists())
        return summary;
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("Cannot read the health history %1."), m_options.filePath, file.errorString());

    int lineNumber = 0;
    bool tornTail = false;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        if (!line.endsWith('\n'))
            tornTail = true; // the last write did not complete
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        QString problem;
        if (parseError.error != QJsonParseError::NoError) {
            problem = parseError.errorString();
        } else if (!doc.isObject()) {
            problem = QStringLiteral("not a JSON object");
        } else if (auto record = HealthRecord::fromJson(doc.object()); !record) {
            problem = record.error().message;
        } else {
            summary.droppedOld += insert(record.value());
            continue;
        }
        ++summary.skippedLines;
        summary.problems << QStringLiteral("line %1: %2").arg(lineNumber).arg(problem);
    }
    file.close();
    summary.droppedOld += dropExpired();
    summary.loaded = recordCount();

    if (summary.skippedLines > 0 || summary.droppedOld > 0 || tornTail || file.size() > m_options.compactAboveBytes) {
        if (Status s = compact(); !s) {
            summary.problems << s.error().toString();
        } else {
            summary.compacted = true;
        }
    }
    return summary;
}

int HealthHistory::insert(const HealthRecord& record)
{
    QList<HealthRecord>& list = m_records[record.server];
    // Usually the newest: appending keeps the list sorted without a search.
    if (list.isEmpty() || !(record.checkedAt < list.constLast().checkedAt))
        list.append(record);
    else
        list.insert(std::upper_bound(list.begin(), list.end(), record, earlier) - list.begin(), record);
    const int over = int(list.size()) - m_options.maxRecordsPerServer;
    if (over > 0)
        list.remove(0, over);
    return std::max(0, over);
}

int HealthHistory::dropExpired()
{
    const QDateTime cutoff =
        now().addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_options.retention).count());
    int dropped = 0;
    for (auto it = m_records.begin(); it != m_records.end();) {
        QList<HealthRecord>& list = it.value();
        const auto firstKept =
            std::find_if(list.begin(), list.end(), [&](const HealthRecord& r) { return !(r.checkedAt < cutoff); });
        const auto n = firstKept - list.begin();
        dropped += int(n);
        list.remove(0, n);
        if (list.isEmpty())
            it = m_records.erase(it);
        else
            ++it;
    }
    return dropped;
}

Status HealthHistory::record(const HealthReport& report)
{
    return record(HealthRecord::fromReport(report, *m_options.clock));
}

Status HealthHistory::record(const HealthRecord& input)
{
    if (!input.server.isValid() || !input.checkedAt.isValid())
        return Error::make(ErrorKind::InvalidArgument, QStringLiteral("A health record needs a server and a time."));
    HealthRecord r = input;
    r.checkedAt = r.checkedAt.toUTC();
    insert(r);
    if (m_options.filePath.isEmpty())
        return success();
    if (Status s = append(r); !s)
        return s;
    // A cap that dropped records only shrinks memory; the file catches up at the next compaction.
    if (m_file && m_file->size() > m_options.compactAboveBytes)
        return compact();
    return success();
}

Status HealthHistory::openForAppend()
{
    if (m_file && m_file->isOpen())
        return success();
    const QFileInfo info(m_options.filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fileError(QStringLiteral("Cannot create the folder of %1."), m_options.filePath, {});
    auto file = std::make_unique<QFile>(m_options.filePath);
    if (!file->open(QIODevice::ReadWrite | QIODevice::Append))
        return fileError(QStringLiteral("Cannot write the health history %1."), m_options.filePath,
                         file->errorString());
    file->setPermissions(kOwnerOnlyFile);
    // A torn last line (crash mid-write) must not swallow the next record: end it first.
    if (file->size() > 0 && file->seek(file->size() - 1)) {
        char last = 0;
        if (file->getChar(&last) && last != '\n')
            file->write("\n", 1);
    }
    m_file = std::move(file);
    return success();
}

Status HealthHistory::append(const HealthRecord& record)
{
    if (Status s = openForAppend(); !s)
        return s;
    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (m_file->write(line) != line.size() || !m_file->flush()) {
        const QString why = m_file->errorString();
        m_file.reset();
        return fileError(QStringLiteral("Cannot write the health history %1."), m_options.filePath, why);
    }
    return success();
}

Status HealthHistory::compact()
{
    dropExpired();
    if (m_options.filePath.isEmpty())
        return success();
    m_file.reset();
    const QFileInfo info(m_options.filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fileError(QStringLiteral("Cannot create the folder of %1."), m_options.filePath, {});

    QList<HealthRecord> all;
    all.reserve(recordCount());
    for (const QList<HealthRecord>& list : std::as_const(m_records))
        all += list;
    std::stable_sort(all.begin(), all.end(), earlier);

    QSaveFile out(m_options.filePath);
    if (!out.open(QIODevice::WriteOnly))
        return fileError(QStringLiteral("Cannot rewrite the health history %1."), m_options.filePath,
                         out.errorString());
    out.setPermissions(kOwnerOnlyFile);
    for (const HealthRecord& r : std::as_const(all)) {
        QByteArray line = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        line.append('\n');
        out.write(line);
    }
    if (!out.commit())
        return fileError(QStringLiteral("Cannot rewrite the health history %1."), m_options.filePath,
                         out.errorString());
    return success();
}

QList<HealthRecord> HealthHistory::history(const ServerAddress& server, const QDateTime& since) const
{
    const auto it = m_records.constFind(server);
    if (it == m_records.cend())
        return {};
    if (!since.isValid())
        return it.value();
    const QList<HealthRecord>& list = it.value();
    HealthRecord probe;
    probe.checkedAt = since.toUTC();
    const auto first = std::lower_bound(list.begin(), list.end(), probe, earlier);
    return QList<HealthRecord>(first, list.end());
}

std::optional<HealthRecord> HealthHistory::lastReport(const ServerAddress& server) const
{
    const auto it = m_records.constFind(server);
    if (it == m_records.cend() || it.value().isEmpty())
        return std::nullopt;
    return it.value().constLast();
}

QList<ServerAddress> HealthHistory::servers() const
{
    return m_records.keys();
}

int HealthHistory::recordCount() const
{
    qsizetype n = 0;
    for (const QList<HealthRecord>& list : m_records)
        n += list.size();
    return int(n);
}

std::optional<double> HealthHistory::uptimePercent(const ServerAddress& server, std::chrono::seconds span) const
{
    return uptimeOf(m_records.value(server), now(), span);
}

LatencyStats HealthHistory::latencyStats(const ServerAddress& server, std::chrono::seconds span) const
{
    return latencyOf(m_records.value(server), now(), span);
}

namespace {

// Records from the future (a clock that moved back) are not part of "the last <window>".
bool inWindow(const HealthRecord& r, const QDateTime& since, const QDateTime& now)
{
    return r.checkedAt.isValid() && since <= r.checkedAt && r.checkedAt <= now;
}

} // namespace

std::optional<double> uptimeOf(const QList<HealthRecord>& records, const QDateTime& now, std::chrono::seconds window)
{
    const QDateTime since = now.addSecs(-window.count());
    int total = 0;
    int ok = 0;
    for (const HealthRecord& r : records) {
        if (!inWindow(r, since, now))
            continue;
        ++total;
        ok += r.ok ? 1 : 0;
    }
    if (total == 0)
        return std::nullopt;
    return 100.0 * double(ok) / double(total);
}

LatencyStats latencyOf(const QList<HealthRecord>& records, const QDateTime& now, std::chrono::seconds window)
{
    const QDateTime since = now.addSecs(-window.count());
    QList<qint64> values;
    for (const HealthRecord& r : records) {
        if (r.ok && r.latencyMs >= 0 && inWindow(r, since, now))
            values << r.latencyMs;
    }
    LatencyStats stats;
    if (values.isEmpty())
        return stats;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    stats.samples = int(n);
    stats.minMs = values.constFirst();
    stats.maxMs = values.constLast();
    stats.medianMs = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    const auto rank = qsizetype(std::ceil(0.9 * double(n))); // nearest rank, 1-based
    stats.p90Ms = values.at(std::clamp<qsizetype>(rank, 1, n) - 1);
    return stats;
}

} // namespace btcw
