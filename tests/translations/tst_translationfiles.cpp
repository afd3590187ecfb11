// The shipped .ts files: complete (nothing unfinished or empty), placeholders and accelerators kept, and the same
// source texts as a fresh lupdate of app/, ui/ and core/ finds; the English plural file holds exactly its numerus
// entries, each with a singular and a plural.
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace btcw;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(BTCW_SOURCE_DIR "/translations/btc-worker_%1.ts").arg(language);
}

// btc-worker_en.ts: the English plural forms of the numerus source texts, not a shipped language.
const QString PluralsLanguage = QStringLiteral("en");

// %1…%99 and %n, as a sorted list, so a translation that drops or invents one is caught.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found << match.captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString& text)
{
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    return rest.count(QLatin1Char('&')) == 1 && !rest.endsWith(QLatin1Char('&'));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void shippedLanguagesHaveTsFilesAndCompiledResources();
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void englishPluralFileHasBothFormsOfEveryEntry();
    void tsFilesMatchAFreshLupdate();
};

void TestTranslationFiles::shippedLanguagesHaveTsFilesAndCompiledResources()
{
    const QStringList shipped = shippedLanguages();
    QVERIFY(!shipped.isEmpty());
    QStringList onDisk;
    for (const QFileInfo& info : QDir(QStringLiteral(BTCW_SOURCE_DIR "/translations"))
                                     .entryInfoList({QStringLiteral("btc-worker_*.ts")}, QDir::Files, QDir::Name))
        onDisk << info.completeBaseName().mid(QStringLiteral("btc-worker_").size());
    QVERIFY2(onDisk.removeAll(PluralsLanguage) == 1, "translations/btc-worker_en.ts (English plurals) is missing");
    QStringList sortedShipped = shipped;
    sortedShipped.sort();
    QCOMPARE(onDisk, sortedShipped);
    QVERIFY(!shipped.contains(PluralsLanguage));
    for (const QString& language : shipped + QStringList{PluralsLanguage}) {
        const QString qm = QStringLiteral(":/i18n/btc-worker_%1.qm").arg(language);
        QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is not compiled into the binary")));
        QVERIFY(QFileInfo(qm).size() > (language == PluralsLanguage ? 100 : 1000));
    }
}

void TestTranslationFiles::everyEntryIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslationFiles::everyEntryIsTranslated()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language.section(QLatin1Char('_'), 0, 0), language);
    QVERIFY(ts.messages.size() > 100);
    // Japanese has one plural form; German, Spanish and French two.
    const int pluralForms = language == QLatin1String("ja") ? 1 : 2;
    QStringList problems;
    for (const Message& m : ts.messages) {
        const QString where = m.context + QStringLiteral(" / \"") + m.source + QLatin1Char('"');
        if (!m.translationType.isEmpty())
            problems << QStringLiteral("%1: marked %2").arg(where, m.translationType);
        if (m.translations.isEmpty() || (m.numerus && m.translations.size() != pluralForms))
            problems << QStringLiteral("%1: %2 translation forms").arg(where).arg(m.translations.size());
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(where);
                continue;
            }
            const QStringList expected = placeholders(m.source);
            const QStringList got = placeholders(t);
            if (expected != got)
                problems << QStringLiteral("%1: placeholders %2 became %3")
                                .arg(where, expected.join(QLatin1Char(',')), got.join(QLatin1Char(',')));
            if (hasAccelerator(m.source) != hasAccelerator(t))
                problems << QStringLiteral("%1: accelerator lost or added in \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::englishPluralFileHasBothFormsOfEveryEntry()
{
    const TsFile ts = readTs(tsPath(PluralsLanguage));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language.section(QLatin1Char('_'), 0, 0), PluralsLanguage);
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const Message& m : ts.messages) {
        const QString where = m.context + QStringLiteral(" / \"") + m.source + QLatin1Char('"');
        if (!m.numerus) {
            problems << QStringLiteral("%1: not a numerus entry (run lupdate with -pluralonly)").arg(where);
            continue;
        }
        if (!m.translationType.isEmpty())
            problems << QStringLiteral("%1: marked %2").arg(where, m.translationType);
        if (m.translations.size() != 2) {
            problems << QStringLiteral("%1: %2 forms, English has singular and plural")
                            .arg(where)
                            .arg(m.translations.size());
            continue;
        }
        if (m.translations.first() == m.translations.last())
            problems << QStringLiteral("%1: singular and plural are the same").arg(where);
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty() || t.contains(QLatin1String("(s)")))
                problems << QStringLiteral("%1: form \"%2\" is empty or still says (s)").arg(where, t);
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("%1: placeholders changed in \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::tsFilesMatchAFreshLupdate()
{
    const QString lupdate = qEnvironmentVariable("BTCW_LUPDATE", QStringLiteral(BTCW_LUPDATE));
    QVERIFY2(QFileInfo(lupdate).isExecutable(),
             qPrintable(QStringLiteral("lupdate not found at %1: install qt6-l10n-tools (Debian) or Qt's "
                                       "Linguist tools, or point BTCW_LUPDATE at it")
                            .arg(lupdate)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(BTCW_SOURCE_DIR));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate,
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("-ts"), fresh});
    QVERIFY2(process.waitForFinished(90'000), "lupdate did not finish within 90 s");
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    const TsFile scanned = readTs(fresh);
    QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
    QSet<QString> expected;
    QSet<QString> expectedPlurals; // what lupdate -pluralonly keeps for btc-worker_en.ts
    for (const Message& m : scanned.messages) {
        expected.insert(m.key());
        if (m.numerus)
            expectedPlurals.insert(m.key());
    }
    QVERIFY(expected.size() > 100);
    QVERIFY(!expectedPlurals.isEmpty());

    for (const QString& language : shippedLanguages() + QStringList{PluralsLanguage}) {
        const QSet<QString>& wanted = language == PluralsLanguage ? expectedPlurals : expected;
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QSet<QString> shipped;
        for (const Message& m : ts.messages)
            shipped.insert(m.key());
        QStringList differences;
        for (const QString& key : wanted - shipped)
            differences << QStringLiteral("missing: ") +
                               QString(key).replace(QLatin1Char('\x1f'), QLatin1String(" | "));
        for (const QString& key : shipped - wanted)
            differences << QStringLiteral("stale: ") + QString(key).replace(QLatin1Char('\x1f'), QLatin1String(" | "));
        differences.sort();
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QStringLiteral("btc-worker_%1.ts is out of date (run the update_translations target, "
                                           "then translate):\n%2")
                                .arg(language, differences.join(QLatin1Char('\n')))));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
