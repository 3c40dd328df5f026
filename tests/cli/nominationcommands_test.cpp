// The nominations commands run in process on a demo database with a generated province: the
// import, the list against an independent calculation, the workflow steps allowed and
// refused, malformed calls and help.
#include "cli/cli.h"
#include "clirun.h"
#include "core/codes.h"
#include "core/csv.h"
#include "nominationmodel.h"
#include "services/nominationservice.h"
#include "services/workspace.h"
#include "support/electiongen.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;
using ed::test::Outcome;

const QDate kToday(2021, 6, 15);
const QString kListHeader = u"id,nominee_kind,nominee_name,unit_code,award_form,status,eligible,"
                            "failed_criteria,duplicate,appraisal_due,overdue"_s;
const QStringList kFileHeader = {u"nominee_kind"_s, u"nominee_name"_s,      u"position"_s,
                                 u"unit_code"_s,    u"nominating_agency"_s, u"award_form"_s,
                                 u"achievement"_s,  u"received_on"_s,       u"workplace"_s};

/// One row of the file and what the list must say of it as the steps go.
struct Planned
{
    QString kind;
    QString name;
    QString unitCode;
    QString workplace;
    QString form;
    QDate received;
    QString status = u"received"_s;
    QDate clockStart; ///< the received day, or the last resubmission's
};

class NominationCommandsTest : public ::testing::Test
{
protected:
    QString db() const { return m_dir.databasePath(); }
    Outcome run(const QStringList& arguments) const
    {
        return cli(QStringList{u"--db"_s, db(), u"--today"_s, kToday.toString(Qt::ISODate)}
                   + arguments);
    }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// The demo plans and a generated province with two areas unreported and one without
    /// ballots.
    void loadElection()
    {
        const Outcome init = run({u"init"_s, u"--demo"_s});
        ASSERT_EQ(init.status, ed::cli::kSuccess) << init.err.toStdString();
        ed::test::Shape shape;
        shape.districts = 2;
        shape.communes = 8;
        shape.areas = 120;
        shape.seed = 20210523;
        shape.unreportedAreas = 2;
        shape.figuresOnlyAreas = 1;
        m_election = ed::test::generate(shape);
        for (const auto& [command, bytes] :
             {std::pair(u"units"_s, ed::test::unitsCsv(m_election)),
              std::pair(u"results"_s, ed::test::resultsCsv(m_election))}) {
            const Outcome imported =
                    run({command, u"import"_s, writeFile(command + u".csv"_s, bytes)});
            ASSERT_EQ(imported.status, ed::cli::kSuccess) << imported.err.toStdString();
        }
    }

    /// Every area and commune as a collective, one area twice, and two individuals; received
    /// on days around Tết, Giỗ Tổ and 30/4–1/5 and on today.
    void plan()
    {
        const QString forms[] = {u"bang_khen_tinh"_s, u"giay_khen"_s, u"nha_nuoc"_s};
        const QDate days[] = {QDate(2021, 2, 5), QDate(2021, 4, 20), QDate(2021, 5, 31),
                              QDate(2021, 6, 1), QDate(2021, 6, 15), QDate(2021, 1, 4)};
        int i = 0;
        for (const ed::test::UnitRow& unit : m_election.units) {
            if (unit.level != ed::UnitLevel::Area && unit.level != ed::UnitLevel::Commune)
                continue;
            m_plan << Planned{u"collective"_s, unit.name,   unit.code, {},
                              forms[i % 3],    days[i % 6], {},        {}};
            ++i;
        }
        Planned again = m_plan.first();
        again.form = u"giay_khen"_s;
        m_plan << again
               << Planned{u"individual"_s,
                          u"Lò Văn Cường"_s,
                          m_plan.first().unitCode,
                          {},
                          u"giay_khen"_s,
                          QDate(2021, 6, 1),
                          {},
                          {}}
               << Planned{u"individual"_s,     u"Nguyễn Thị Hoa"_s, {}, u"Sở Nội vụ"_s,
                          u"bang_khen_tinh"_s, QDate(2021, 5, 31),  {}, {}};
        for (Planned& p : m_plan) {
            p.status = u"received"_s;
            p.clockStart = p.received;
        }
    }

    QByteArray nominationsFile() const
    {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < m_plan.size(); ++i) {
            const Planned& p = m_plan[i];
            // The agency by its abbreviation or by its name, as lists from the field differ.
            rows << QStringList{p.kind,
                                p.name,
                                {},
                                p.unitCode,
                                i % 2 == 0 ? u"SNV"_s : u"Sở Nội vụ tỉnh Điện Biên"_s,
                                p.form,
                                u"Tổ chức tốt cuộc bầu cử"_s,
                                p.received.toString(Qt::ISODate),
                                p.workplace};
        }
        return ed::csv::write(kFileHeader, rows);
    }

    /// The list's rows as computed here; ids follow the file's order in a fresh database.
    QList<QStringList> expectedRows() const
    {
        const auto eligibility = ed::test::expectedEligibility(m_election);
        QHash<QString, int> sameNominee;
        auto nomineeOf = [](const Planned& p) {
            return p.kind + u'|' + p.name.toLower() + u'|' + p.unitCode + u'|' + p.workplace;
        };
        for (const Planned& p : m_plan)
            sameNominee[nomineeOf(p)] += 1;
        QList<QStringList> rows;
        for (qsizetype i = 0; i < m_plan.size(); ++i) {
            const Planned& p = m_plan[i];
            QString eligible;
            QString failed;
            // The measurable criteria judge whoever stands for a unit, an individual too.
            if (!p.unitCode.isEmpty()) {
                const ed::test::ExpectedEligibility e = eligibility.value(p.unitCode);
                eligible = e.eligible ? u"1"_s : u"0"_s;
                failed = e.failed.join(u';');
            }
            const QDate due =
                    ed::test::workingDaysAfter(p.clockStart, p.form == u"nha_nuoc"_s ? 15 : 10);
            const bool undecided = p.status == u"received"_s || p.status == u"under_appraisal"_s
                                   || p.status == u"proposed"_s;
            rows << QStringList{QString::number(i + 1),
                                p.kind,
                                p.name,
                                p.unitCode,
                                p.form,
                                p.status,
                                eligible,
                                failed,
                                sameNominee.value(nomineeOf(p)) > 1 ? u"1"_s : u"0"_s,
                                due.toString(Qt::ISODate),
                                undecided && kToday > due ? u"1"_s : u"0"_s};
        }
        return rows;
    }

    void expectList() const
    {
        const Outcome list = run({u"nominations"_s, u"list"_s, u"--format"_s, u"csv"_s});
        ASSERT_EQ(list.status, ed::cli::kSuccess) << list.err.toStdString();
        EXPECT_TRUE(list.out.startsWith(kListHeader + u'\n')) << list.out.left(200).toStdString();
        const ed::csv::ParseResult parsed = ed::csv::parse(list.out.toUtf8());
        ASSERT_TRUE(parsed.ok());
        const QList<QStringList> expected = expectedRows();
        ASSERT_EQ(parsed.table.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            EXPECT_EQ(parsed.table.rows[i], expected[i]) << "row " << i + 1;
    }

    /// The first planned row that `pick` accepts and no other role took, by its id.
    QString pickId(const std::function<bool(const Planned&)>& pick)
    {
        for (qsizetype i = 0; i < m_plan.size(); ++i) {
            if (!m_taken.contains(i) && pick(m_plan[i])) {
                m_taken.insert(i);
                return QString::number(i + 1);
            }
        }
        ADD_FAILURE() << "no planned row for this role";
        return u"0"_s;
    }
    Planned& planned(const QString& id) { return m_plan[id.toInt() - 1]; }
    Outcome decide(const QString& id, const QString& step, const QStringList& options = {})
    {
        return run(QStringList{u"nominations"_s, u"decide"_s, id, step} + options);
    }

    ed::test::TempDir m_dir;
    ed::test::ElectionData m_election;
    QList<Planned> m_plan;
    QSet<qsizetype> m_taken;
};

/// Whether a planned collective stands for a unit that the independent calculation decides so.
bool decided(const QHash<QString, ed::test::ExpectedEligibility>& eligibility,
             const Planned& p,
             bool eligible)
{
    return p.kind == u"collective"_s && eligibility.contains(p.unitCode)
           && eligibility.value(p.unitCode).eligible == eligible;
}

} // namespace

TEST(NominationModel, WorkingDaysSkipTetAndTheMayHolidays)
{
    // Friday 05/02/2021, Tết 10–16/02: 8, 9, 17, 18, 19, 22, 23, 24, 25, 26.
    EXPECT_EQ(ed::test::workingDaysAfter(QDate(2021, 2, 5), 10), QDate(2021, 2, 26));
    // Tuesday 20/04/2021: Giỗ Tổ 21/04, then 30/04, 01/05 and the swapped Monday 03/05.
    EXPECT_EQ(ed::test::workingDaysAfter(QDate(2021, 4, 20), 15), QDate(2021, 5, 14));
}

TEST_F(NominationCommandsTest, ImportListsEveryNominationAsComputedIndependently)
{
    loadElection();
    plan();
    // The generated province has areas exactly on the lines and one voter or ballot past them.
    int turnoutOneShort = 0, turnoutOnLine = 0, invalidOneOver = 0;
    for (const ed::test::UnitRow& u : m_election.units) {
        if (!u.figures)
            continue;
        const qint64 least = (u.figures->registered * 999 + 999) / 1000;
        turnoutOneShort += u.figures->voted == least - 1 ? 1 : 0;
        turnoutOnLine += u.figures->voted == least ? 1 : 0;
    }
    for (const ed::test::BallotRow& b : m_election.ballots)
        invalidOneOver += b.received > 0 && b.invalid == (b.received + 499) / 500 ? 1 : 0;
    ASSERT_GT(turnoutOneShort, 0);
    ASSERT_GT(turnoutOnLine, 0);
    ASSERT_GT(invalidOneOver, 0);

    const QString file = writeFile(u"nominations.csv"_s, nominationsFile());
    const Outcome imported = run({u"nominations"_s, u"import"_s, file});
    ASSERT_EQ(imported.status, ed::cli::kSuccess) << imported.err.toStdString();
    EXPECT_EQ(imported.out, u"Nominations imported: %1 added, 0 unchanged.\n"_s.arg(m_plan.size()));
    expectList();

    // The Tết case by hand: received Friday 05/02/2021, due on 26/02, overdue on 15/06.
    const Outcome csv = run({u"nominations"_s, u"list"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.contains(u",2021-02-26,1\n"_s));

    // Again: every row is there already.
    const Outcome again = run({u"nominations"_s, u"import"_s, file});
    ASSERT_EQ(again.status, ed::cli::kSuccess) << again.err.toStdString();
    EXPECT_EQ(again.out, u"Nominations imported: 0 added, %1 unchanged.\n"_s.arg(m_plan.size()));
}

TEST_F(NominationCommandsTest, JsonAndTableFormats)
{
    loadElection();
    plan();
    ASSERT_EQ(run({u"nominations"_s, u"import"_s, writeFile(u"n.csv"_s, nominationsFile())}).status,
              ed::cli::kSuccess);
    const Outcome json = run({u"nominations"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.status, ed::cli::kSuccess) << json.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(array.size(), m_plan.size());
    const QJsonObject first = array.first().toObject();
    EXPECT_EQ(first.value(u"id"_s).toInteger(), 1);
    EXPECT_TRUE(first.value(u"duplicate"_s).toBool());
    // The individual without a unit: no eligibility from the results at all.
    const QJsonObject last = array.last().toObject();
    EXPECT_TRUE(last.value(u"eligible"_s).isNull());
    EXPECT_TRUE(last.value(u"unit_code"_s).isNull());

    const Outcome table = run({u"nominations"_s, u"list"_s});
    ASSERT_EQ(table.status, ed::cli::kSuccess);
    const QStringList tableLines = table.out.split(u'\n');
    ASSERT_GT(tableLines.size(), 2);
    EXPECT_TRUE(tableLines[0].startsWith(u"id "_s)) << tableLines[0].toStdString();
    EXPECT_TRUE(tableLines[0].contains(u"  nominee_kind  "_s)) << tableLines[0].toStdString();
    EXPECT_TRUE(tableLines[1].startsWith(u"---"_s));
}

TEST_F(NominationCommandsTest, StepsAllowedAndRefusedFollowTheWorkflow)
{
    loadElection();
    plan();
    ASSERT_EQ(run({u"nominations"_s, u"import"_s, writeFile(u"n.csv"_s, nominationsFile())}).status,
              ed::cli::kSuccess);
    const auto eligibility = ed::test::expectedEligibility(m_election);
    const QString good = pickId([&](const Planned& p) { return decided(eligibility, p, true); });
    const QString failing =
            pickId([&](const Planned& p) { return decided(eligibility, p, false); });
    const QString toReturn =
            pickId([](const Planned& p) { return p.received == QDate(2021, 2, 5); });
    const QString toReject = pickId([](const Planned& p) { return p.kind == u"individual"_s; });

    // Approving what is only received: refused with the steps open now.
    Outcome o = decide(good, u"approve"_s, {u"--by"_s, u"Trần Văn Bình"_s});
    EXPECT_EQ(o.status, ed::cli::kRefused);
    EXPECT_TRUE(o.err.contains(u"the steps open now: appraise, return, reject."_s))
            << o.err.toStdString();
    for (const QString& step : {u"appraise"_s, u"propose"_s}) {
        o = decide(good, step, {u"--by"_s, u"Nguyễn Thị Hoa"_s});
        ASSERT_EQ(o.status, ed::cli::kSuccess) << o.err.toStdString();
    }
    o = decide(good, u"approve"_s, {u"--by"_s, u"Trần Văn Bình"_s, u"--note"_s, u"Đồng ý"_s});
    ASSERT_EQ(o.status, ed::cli::kSuccess) << o.err.toStdString();
    EXPECT_TRUE(o.out.startsWith(u"Nomination %1 ("_s.arg(good))) << o.out.toStdString();
    EXPECT_TRUE(o.out.contains(u"→ Approved."_s)) << o.out.toStdString();
    planned(good).status = u"approved"_s;
    EXPECT_EQ(decide(good, u"approve"_s).status, ed::cli::kRefused);

    // A nominee that fails a criterion is proposed only with a reason, then may be rejected.
    ASSERT_EQ(decide(failing, u"appraise"_s).status, ed::cli::kSuccess);
    o = decide(failing, u"propose"_s);
    EXPECT_EQ(o.status, ed::cli::kRefused);
    EXPECT_FALSE(o.err.isEmpty());
    ASSERT_EQ(decide(failing, u"propose"_s, {u"--note"_s, u"Đặc cách"_s}).status,
              ed::cli::kSuccess);
    ASSERT_EQ(decide(failing, u"reject"_s, {u"--note"_s, u"Không đạt tỷ lệ"_s}).status,
              ed::cli::kSuccess);
    planned(failing).status = u"rejected"_s;

    // Return and reject need --note: a usage error, nothing changed.
    EXPECT_EQ(decide(toReturn, u"return"_s).status, ed::cli::kUsage);
    EXPECT_EQ(decide(toReject, u"reject"_s, {u"--note"_s, u"  "_s}).status, ed::cli::kUsage);
    ASSERT_EQ(decide(toReturn, u"return"_s, {u"--note"_s, u"Thiếu báo cáo"_s}).status,
              ed::cli::kSuccess);
    // The supplement arrives on 10/06: the clock restarts, due ten working days later.
    ASSERT_EQ(decide(toReturn, u"resubmit"_s, {u"--on"_s, u"2021-06-10"_s}).status,
              ed::cli::kSuccess);
    planned(toReturn).clockStart = QDate(2021, 6, 10);
    ASSERT_EQ(decide(toReject, u"reject"_s, {u"--note"_s, u"Không đủ điều kiện"_s}).status,
              ed::cli::kSuccess);
    planned(toReject).status = u"rejected"_s;
    expectList();
    EXPECT_EQ(ed::test::workingDaysAfter(QDate(2021, 6, 10), 10), QDate(2021, 6, 24));

    // The trail: who did what, with the reason.
    ed::FixedClock clock(kToday);
    auto workspace = ed::services::Workspace::open(db(), clock);
    ASSERT_TRUE(workspace.ok());
    const auto history = ed::services::NominationService(*workspace.value())
                                 .history(ed::NominationId{good.toLongLong()});
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 4);
    EXPECT_EQ(history->at(1).action, ed::NominationAction::StartAppraisal);
    EXPECT_EQ(history->at(1).by, u"Nguyễn Thị Hoa"_s);
    EXPECT_EQ(history->at(3).action, ed::NominationAction::Approve);
    EXPECT_EQ(history->at(3).by, u"Trần Văn Bình"_s);
    EXPECT_EQ(history->at(3).note, u"Đồng ý"_s);
}

TEST_F(NominationCommandsTest, MalformedCallsAndUnknownIds)
{
    loadElection();
    plan();
    ASSERT_EQ(run({u"nominations"_s, u"import"_s, writeFile(u"n.csv"_s, nominationsFile())}).status,
              ed::cli::kSuccess);
    const Outcome unknown = decide(u"9999"_s, u"approve"_s);
    EXPECT_EQ(unknown.status, ed::cli::kRefused);
    EXPECT_TRUE(unknown.err.contains(u"9999"_s)) << unknown.err.toStdString();
    EXPECT_EQ(decide(u"abc"_s, u"approve"_s).status, ed::cli::kUsage);
    EXPECT_EQ(decide(u"1"_s, u"promote"_s).status, ed::cli::kUsage);
    EXPECT_EQ(decide(u"1"_s, u"approve"_s, {u"--format"_s, u"csv"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(decide(u"1"_s, u"appraise"_s, {u"--on"_s, u"2021-06-01"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"nominations"_s, u"decide"_s, u"1"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"nominations"_s, u"list"_s, u"--note"_s, u"x"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"nominations"_s, u"list"_s, u"--format"_s, u"xml"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"nominations"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"nominations"_s, u"approve"_s}).status, ed::cli::kUsage);
    expectList(); // nothing changed
}

TEST_F(NominationCommandsTest, ARefusedFileListsEveryProblemAndWritesNothing)
{
    loadElection();
    QByteArray bytes = ed::csv::write(
            kFileHeader,
            {{u"collective"_s,
              u"Xã A"_s,
              {},
              {},
              u"SNV"_s,
              u"giay_khen"_s,
              {},
              u"2021-06-01"_s,
              {}},
             {u"collective"_s,
              u"Xã B"_s,
              {},
              {},
              u"Sở Nội vu"_s,
              u"giay_khen"_s,
              {},
              u"2021-06-01"_s,
              {}},
             {u"group"_s, u"Xã C"_s, {}, {}, u"SNV"_s, u"giay_khen"_s, {}, u"2021-06-16"_s, {}}});
    const QString file = writeFile(u"bad.csv"_s, bytes);
    const Outcome o = run({u"nominations"_s, u"import"_s, file});
    EXPECT_EQ(o.status, ed::cli::kRefused);
    EXPECT_TRUE(o.out.isEmpty());
    const QStringList err = o.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(err.size(), 4) << o.err.toStdString();
    EXPECT_TRUE(err[0].startsWith(file + u": Line 3, column 5 (nominating_agency): "_s))
            << err[0].toStdString();
    EXPECT_TRUE(err[0].contains(u"Sở Nội vụ tỉnh Điện Biên"_s)) << err[0].toStdString();
    EXPECT_TRUE(err[1].startsWith(file + u": Line 4, column 1 (nominee_kind): "_s));
    EXPECT_TRUE(err[2].startsWith(file + u": Line 4, column 8 (received_on): "_s));
    EXPECT_EQ(err[3], u"3 problem(s); the file was refused whole and nothing was imported."_s);
    const Outcome list = run({u"nominations"_s, u"list"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(list.out, kListHeader + u'\n');
    EXPECT_EQ(run({u"nominations"_s, u"import"_s, m_dir.path(u"none.csv"_s)}).status,
              ed::cli::kRefused);
}

TEST_F(NominationCommandsTest, EachSubcommandHasItsHelpAndDecisionsStartEmpty)
{
    for (const QString& sub : {u"import"_s, u"list"_s, u"decide"_s, u"decisions"_s}) {
        const Outcome help = run({u"nominations"_s, sub, u"--help"_s});
        EXPECT_EQ(help.status, ed::cli::kSuccess) << sub.toStdString();
        EXPECT_TRUE(help.out.contains(u"nominations "_s + sub)) << help.out.toStdString();
    }
    EXPECT_TRUE(run({u"nominations"_s, u"decide"_s, u"--help"_s}).out.contains(u"--note"_s));
    EXPECT_TRUE(run({u"nominations"_s, u"--help"_s}).out.contains(u"decisions"_s));
    EXPECT_TRUE(run({u"--help"_s}).out.contains(u"nominations decide ID STEP"_s));
    const Outcome decisions = run({u"nominations"_s, u"decisions"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(decisions.status, ed::cli::kSuccess) << decisions.err.toStdString();
    EXPECT_EQ(decisions.out, u"number,date,signer,nominations,total_dong,without_amount\n"_s);
}
