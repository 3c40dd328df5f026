// The report command, run as the real binary (a PDF needs the QGuiApplication that only the
// program's main creates) on a demo database with --today 2021-02-25. The PDFs are read back
// with poppler-utils (pdftotext, pdffonts), which ./scripts/test installs.
#include "cli/cli.h"
#include "clirun.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;
using ed::test::Outcome;

/// The English titles the letterheads propose (the child runs with ELECTIONDESK_LANG=en).
const QString kMeetingsTitle =
        u"Report on the meeting schedule of the election steering committee"_s;
const QString kNominationsTitle =
        u"Nominations for awards in the special emulation campaign for the election"_s;

/// Runs a poppler tool; a missing tool fails the test instead of skipping it.
QString popplerOutput(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForStarted(10'000)) {
        ADD_FAILURE() << tool.toStdString()
                      << " is missing: run ./scripts/test, which installs poppler-utils";
        return {};
    }
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_C);
}

/// The PDF's text in reading layout, white space collapsed: a title that wraps still matches.
QString pdfText(const QString& pdf)
{
    return popplerOutput(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
            .simplified();
}

class ReportCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Outcome init = cli({u"--db"_s, db(), u"init"_s, u"--demo"_s});
        ASSERT_EQ(init.status, ed::cli::kSuccess) << init.err.toStdString();
    }

    QString db() const { return m_dir.databasePath(); }

    /// Runs the real electiondesk-cli on the demo database, with no display and no platform
    /// set: the program must choose the offscreen platform itself.
    Outcome binary(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.path(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path(u"config"_s));
        environment.insert(u"ELECTIONDESK_LANG"_s, u"en"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(ED_CLI_BINARY));
        process.setArguments(QStringList{u"--db"_s, db(), u"--today"_s, u"2021-02-25"_s}
                             + arguments);
        process.start();
        Outcome outcome;
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit) {
            ADD_FAILURE() << "electiondesk-cli did not finish: "
                          << process.readAllStandardError().toStdString();
            return outcome;
        }
        outcome.status = process.exitCode();
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

    /// Writes the report as a PDF and returns its path; fails unless it exited 0 with a PDF.
    QString writePdf(const QString& report) const
    {
        const QString path = m_dir.path(report + u".pdf"_s);
        const Outcome written = binary({u"report"_s, report, u"--out"_s, path});
        EXPECT_EQ(written.status, ed::cli::kSuccess) << written.err.toStdString();
        EXPECT_TRUE(written.out.contains(path)) << written.out.toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << report.toStdString();
        EXPECT_TRUE(file.read(5) == "%PDF-") << report.toStdString();
        return path;
    }

    ed::test::TempDir m_dir;
};

/// Each dated meeting's deadline date as 01-KH/BCĐ words it: "06/02/2021", "23/3/2021".
QStringList wordedMeetingDates()
{
    QFile file(QStringLiteral(ED_SOURCE_DIR) + u"/resources/demo/plan-01-KH-BCD.json"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression date(u"\\d{1,2}/\\d{1,2}/\\d{4}"_s);
    QStringList dates;
    for (const QJsonValue& meeting :
         QJsonDocument::fromJson(file.readAll()).object().value(u"meetings"_s).toArray()) {
        const QString wording =
                meeting.toObject().value(u"deadline"_s).toObject().value(u"wording"_s).toString();
        const auto match = date.match(wording);
        if (match.hasMatch())
            dates << match.captured();
    }
    return dates;
}

} // namespace

TEST(ReportCommandsArguments, OnlyTheReportCommandNeedsAGuiApplication)
{
    using ed::cli::needsGuiApplication;
    EXPECT_TRUE(needsGuiApplication({u"report"_s, u"meetings"_s}));
    EXPECT_TRUE(needsGuiApplication(
            {u"--db"_s, u"x.sqlite"_s, u"--today"_s, u"2021-02-25"_s, u"report"_s, u"tasks"_s}));
    EXPECT_TRUE(needsGuiApplication({u"--db=report"_s, u"report"_s}));
    // A global option's value is not the command, even when it reads "report".
    EXPECT_FALSE(needsGuiApplication({u"--db"_s, u"report"_s, u"check"_s}));
    EXPECT_FALSE(needsGuiApplication({u"--today"_s, u"report"_s, u"meetings"_s, u"list"_s}));
    EXPECT_FALSE(needsGuiApplication({u"meetings"_s, u"list"_s, u"report"_s}));
    EXPECT_FALSE(needsGuiApplication({u"--help"_s}));
    EXPECT_FALSE(needsGuiApplication({}));
    EXPECT_FALSE(needsGuiApplication({u"--db"_s}));
}

TEST_F(ReportCommandsTest, EveryReportIsWrittenAsAPdfWithEveryFontEmbedded)
{
    for (const QString& report : {u"meetings"_s, u"tasks"_s, u"nominations"_s, u"results"_s}) {
        const QString pdf = writePdf(report);
        const QStringList fonts =
                popplerOutput(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
        // A header, a rule of dashes, then one row per font: name type encoding emb sub uni
        // object generation (the type may hold spaces, so count from the end).
        ASSERT_GT(fonts.size(), 2) << report.toStdString();
        for (const QString& row : fonts.mid(2)) {
            const QStringList columns = row.split(u' ', Qt::SkipEmptyParts);
            ASSERT_GE(columns.size(), 7) << row.toStdString();
            EXPECT_EQ(columns.at(columns.size() - 5), u"yes"_s)
                    << report.toStdString() << ": " << row.toStdString();
        }
    }
}

TEST_F(ReportCommandsTest, TheMeetingsReportHasThePartyHeaderTitleAndEachDeadlineAsWorded)
{
    const QString text = pdfText(writePdf(u"meetings"_s));
    EXPECT_TRUE(text.contains(u"ĐẢNG CỘNG SẢN VIỆT NAM"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    EXPECT_TRUE(text.contains(u"BAN CHỈ ĐẠO BẦU CỬ"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"-BC/BCĐ"_s)) << text.toStdString(); // "Số   -BC/BCĐ"
    EXPECT_TRUE(text.contains(kMeetingsTitle, Qt::CaseInsensitive)) << text.toStdString();
    const QStringList dates = wordedMeetingDates();
    ASSERT_EQ(dates.size(), 5);
    for (const QString& date : dates)
        EXPECT_TRUE(text.contains(date)) << date.toStdString() << " missing in\n"
                                         << text.toStdString();
}

TEST_F(ReportCommandsTest, TheNominationsAndResultsReportsHaveTheStateHeader)
{
    for (const QString& report : {u"nominations"_s, u"results"_s}) {
        const QString text = pdfText(writePdf(report));
        EXPECT_TRUE(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s))
                << report.toStdString() << "\n"
                << text.toStdString();
        EXPECT_TRUE(text.contains(u"Độc lập - Tự do - Hạnh phúc"_s)) << report.toStdString();
        EXPECT_FALSE(text.contains(u"ĐẢNG CỘNG SẢN VIỆT NAM"_s)) << report.toStdString();
        EXPECT_TRUE(text.contains(u"Điện Biên, ngày 25 tháng 02 năm 2021"_s))
                << report.toStdString(); // dated --today
    }
    EXPECT_TRUE(pdfText(m_dir.path(u"nominations.pdf"_s))
                        .contains(kNominationsTitle, Qt::CaseInsensitive));
}

TEST_F(ReportCommandsTest, HtmlGoesToStandardOutputWithoutOut)
{
    const Outcome html = binary({u"report"_s, u"meetings"_s, u"--format"_s, u"html"_s});
    EXPECT_EQ(html.status, ed::cli::kSuccess) << html.err.toStdString();
    EXPECT_TRUE(html.out.contains(u"<html"_s, Qt::CaseInsensitive))
            << html.out.left(300).toStdString();
    EXPECT_TRUE(html.out.simplified().contains(kMeetingsTitle)) << html.out.toStdString();

    const QString path = m_dir.path(u"meetings.html"_s);
    const Outcome file =
            binary({u"report"_s, u"meetings"_s, u"--format"_s, u"html"_s, u"--out"_s, path});
    EXPECT_EQ(file.status, ed::cli::kSuccess) << file.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(ReportCommandsTest, MalformedCallsAreUsageErrorsAndWriteNothing)
{
    const Outcome unknown = binary({u"report"_s, u"minutes"_s, u"--out"_s, m_dir.path(u"m.pdf"_s)});
    EXPECT_EQ(unknown.status, ed::cli::kUsage);
    EXPECT_TRUE(unknown.err.contains(u"minutes"_s)) << unknown.err.toStdString();

    const Outcome noOut = binary({u"report"_s, u"meetings"_s});
    EXPECT_EQ(noOut.status, ed::cli::kUsage);
    EXPECT_TRUE(noOut.err.contains(u"--out"_s)) << noOut.err.toStdString();

    const Outcome format = binary({u"report"_s, u"meetings"_s, u"--format"_s, u"docx"_s, u"--out"_s,
                                   m_dir.path(u"m.docx"_s)});
    EXPECT_EQ(format.status, ed::cli::kUsage);
    EXPECT_TRUE(format.err.contains(u"docx"_s)) << format.err.toStdString();

    EXPECT_FALSE(QFile::exists(m_dir.path(u"m.pdf"_s)));
    EXPECT_FALSE(QFile::exists(m_dir.path(u"m.docx"_s)));
}

TEST_F(ReportCommandsTest, AnUnwritablePathIsNamedAndLeavesNoFile)
{
    const QString path = m_dir.path(u"no-such-folder/meetings.pdf"_s);
    const Outcome refused = binary({u"report"_s, u"meetings"_s, u"--out"_s, path});
    EXPECT_NE(refused.status, ed::cli::kSuccess);
    EXPECT_TRUE(refused.err.contains(path)) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QDir(m_dir.path(u"no-such-folder"_s)).exists());
}

TEST_F(ReportCommandsTest, InProcessWithoutAGuiApplicationAPdfIsRefusedInsteadOfAborting)
{
    // This test binary runs on a QCoreApplication, as the other commands do.
    const QString path = m_dir.path(u"inprocess.pdf"_s);
    const Outcome refused = cli({u"--db"_s, db(), u"report"_s, u"results"_s, u"--out"_s, path});
    EXPECT_EQ(refused.status, ed::cli::kRefused);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}
