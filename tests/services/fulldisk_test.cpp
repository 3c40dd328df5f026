// Every write path against a database that cannot grow (PRAGMA max_page_count, as on a full
// disk): a DiskFull error, the database exactly as before, and the same write working once
// there is room again. The tests reach the connection through Qt Sql to set the cap and to read
// every table back.

#include "core/rowstamp.h"
#include "i18n/errormessages.h"
#include "services/agencyimport.h"
#include "services/letterheadservice.h"
#include "services/nominationimport.h"
#include "services/nominationservice.h"
#include "services/scheduleservice.h"
#include "storage/database.h"
#include "support/resultsfixture.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

/// Text long enough to need new pages whatever slack the existing ones have.
const QString kBig = QString(64 * 1024, u'ơ');

/// One write of the application, reduced to the error it ended with (none = success).
struct WritePath
{
    const char* name;
    std::function<std::optional<Error>(services::Workspace&)> write;
};

template <typename T>
std::optional<Error> outcome(const Result<T>& result)
{
    return result ? std::nullopt : std::optional<Error>(result.error());
}

/// An import's outcome: a file refused for its content counts as an error too, so that a bad
/// test file cannot pass for a full disk.
template <typename Report>
std::optional<Error> importOutcome(const Result<Report>& result)
{
    if (!result)
        return result.error();
    if (!result->problems.isEmpty())
        return Error{ErrorCode::InvalidInput, u"file refused: "_s + result->problems.first().code};
    return std::nullopt;
}

class FullDiskTest : public ResultsTest
{
protected:
    void SetUp() override
    {
        ResultsTest::SetUp();
        importBase();
        m_clock.setToday(QDate(2021, 6, 1));
    }

    QSqlDatabase connection() const
    {
        return QSqlDatabase::database(m_workspace->database().connectionName(), false);
    }

    void exec(const QString& sql) const
    {
        QSqlQuery query(connection());
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }

    /// max_page_count cannot go below the current size: 1 caps the file where it is.
    void capGrowth() const { exec(u"PRAGMA max_page_count = 1"_s); }
    void uncap() const { exec(u"PRAGMA max_page_count = 4294967294"_s); }

    /// Every row of every table, in a fixed order, hashed: equal means nothing was written.
    QByteArray contents() const
    {
        QSqlQuery tables(connection());
        EXPECT_TRUE(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                                "ORDER BY name"_s));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery rows(connection());
            EXPECT_TRUE(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table))) << table.toStdString();
            QStringList lines; // sorted: some tables have no rowid to order by
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i)
                    fields << rows.value(i).toString();
                lines << fields.join(u'\x1f');
            }
            lines.sort();
            hash.addData(table.toUtf8());
            hash.addData(lines.join(u'\x1e').toUtf8());
        }
        return hash.result();
    }

    services::ScheduleService schedule() { return services::ScheduleService(*m_workspace); }

    PlanId firstPlan() const
    {
        const auto plans = services::PlanService(*m_workspace).plans();
        EXPECT_TRUE(plans.ok() && !plans->isEmpty());
        return plans.ok() && !plans->isEmpty() ? plans->first().id : PlanId();
    }

    Meeting firstMeeting() const
    {
        const auto meetings = services::PlanService(*m_workspace).meetings(firstPlan());
        EXPECT_TRUE(meetings.ok() && !meetings->isEmpty());
        return meetings.ok() && !meetings->isEmpty() ? meetings->first() : Meeting{};
    }

    StandingTask firstTask() const
    {
        const auto tasks = services::PlanService(*m_workspace).tasks(firstPlan());
        EXPECT_TRUE(tasks.ok() && !tasks->isEmpty());
        return tasks.ok() && !tasks->isEmpty() ? tasks->first() : StandingTask{};
    }

    Nomination nomination(const services::NominationChoices& choices) const
    {
        Nomination n;
        n.name = u"Ủy ban bầu cử xã Chung Chải"_s;
        n.nominatingAgency = choices.agencies.first().id;
        for (const Campaign& c : choices.campaigns) {
            for (const AwardForm& f : c.awardForms) {
                if (f.level == AwardLevel::Province)
                    n.awardForm = f.id;
            }
        }
        n.receivedOn = QDate(2021, 6, 1);
        n.achievement = kBig;
        return n;
    }

    NominationId storedNomination()
    {
        services::NominationService service(*m_workspace);
        const auto choices = service.choices();
        EXPECT_TRUE(choices.ok());
        Nomination n = nomination(choices.value());
        n.achievement = u"Hoàn thành xuất sắc"_s;
        const auto id = service.add(n);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : NominationId();
    }

    /// Runs `path` capped: it must fail with DiskFull, worded for the user, and change nothing;
    /// then again with room, where it must succeed.
    void expectRefusedWhole(const WritePath& path)
    {
        SCOPED_TRACE(path.name);
        const QByteArray before = contents();
        capGrowth();
        const std::optional<Error> capped = path.write(*m_workspace);
        ASSERT_TRUE(capped.has_value()) << "the write fitted in the existing pages";
        EXPECT_EQ(capped->code, ErrorCode::DiskFull) << capped->detail.toStdString();
        EXPECT_TRUE(i18n::errorMessage(*capped).contains(u"disk is full"_s));
        EXPECT_EQ(contents(), before);
        EXPECT_EQ(m_workspace->database().transactionDepth(), 0);
        uncap();
        const std::optional<Error> roomy = path.write(*m_workspace);
        EXPECT_FALSE(roomy.has_value()) << roomy->detail.toStdString();
        EXPECT_NE(contents(), before);
    }
};

TEST_F(FullDiskTest, ScheduleWritesAreRefusedWhole)
{
    expectRefusedWhole({"add meeting", [this](services::Workspace&) {
                            Meeting m = firstMeeting();
                            m.id = MeetingId();
                            m.number.reset();
                            m.label = u"Cuộc họp đột xuất"_s;
                            m.notes = kBig;
                            return outcome(schedule().addMeeting(m));
                        }});
    expectRefusedWhole({"edit meeting", [this](services::Workspace&) {
                            Meeting m = firstMeeting();
                            m.conclusions = kBig + QString::number(m.stamp.version);
                            return outcome(schedule().updateMeeting(m));
                        }});
    expectRefusedWhole({"add task", [this](services::Workspace&) {
                            StandingTask t = firstTask();
                            t.id = TaskId();
                            t.section = u"IV.9"_s;
                            t.content = kBig;
                            return outcome(schedule().addTask(t));
                        }});
    expectRefusedWhole({"edit task", [this](services::Workspace&) {
                            StandingTask t = firstTask();
                            t.progressNote = kBig + t.progressNote;
                            return outcome(schedule().updateTask(t));
                        }});
    expectRefusedWhole({"add agency", [this](services::Workspace&) {
                            Agency a;
                            a.name = u"Ban %1"_s.arg(kBig);
                            return outcome(schedule().addAgency(a));
                        }});
}

TEST_F(FullDiskTest, ImportsAreRefusedWhole)
{
    expectRefusedWhole({"agencies import", [](services::Workspace& w) {
                            QString csv = u"name,abbreviation,level,kind,parent\n"_s;
                            for (int i = 0; i < 400; ++i)
                                csv += u"Phòng số %1 %2,,district,state,\n"_s.arg(i).arg(
                                        kBig.left(200));
                            return importOutcome(services::AgencyImport(w).run(csv.toUtf8()));
                        }});
    expectRefusedWhole(
            {"units import", [](services::Workspace& w) {
                 QStringList rows = baseUnits();
                 for (int i = 0; i < 300; ++i)
                     rows << u"X%1,Khu vực %2 %1,C1,area,,,,"_s.arg(i).arg(kBig.left(300));
                 const auto report = services::ResultsImport(w, services::ResultsFile::Units)
                                             .run(csvText(kUnitsHeader, rows).toUtf8());
                 return importOutcome(report);
             }});
    expectRefusedWhole({"nominations import", [](services::Workspace& w) {
                            QString csv = u"nominee_kind,nominee_name,position,unit_code,"
                                          "nominating_agency,award_form,achievement,"
                                          "received_on\n"_s;
                            for (int i = 0; i < 200; ++i)
                                csv += u"collective,Tập thể %1,,,Sở Nội vụ tỉnh Điện Biên,"
                                       "bang_khen_tinh,%2,2021-06-01\n"_s.arg(i)
                                               .arg(kBig.left(400));
                            return importOutcome(services::NominationImport(w).run(csv.toUtf8()));
                        }});
}

TEST_F(FullDiskTest, ResultsWritesAreRefusedWhole)
{
    expectRefusedWhole({"mark official", [](services::Workspace& w) {
                            return outcome(services::ResultsService(w).lock(kBig));
                        }});
}

TEST_F(FullDiskTest, NominationWritesAreRefusedWhole)
{
    const NominationId id = storedNomination();
    expectRefusedWhole({"add nomination", [this](services::Workspace& w) {
                            services::NominationService service(w);
                            return outcome(service.add(nomination(service.choices().value())));
                        }});
    expectRefusedWhole({"edit nomination", [id](services::Workspace& w) {
                            services::NominationService service(w);
                            Nomination n = service.row(id).value().nomination;
                            n.achievement = kBig + n.achievement;
                            return outcome(service.update(n));
                        }});
    expectRefusedWhole({"workflow step", [id](services::Workspace& w) {
                            services::StepRequest step;
                            step.nomination = id;
                            step.action = NominationAction::StartAppraisal;
                            step.note = kBig;
                            return outcome(services::NominationService(w).perform({step}));
                        }});
}

TEST_F(FullDiskTest, ASmallWriteEitherLandsOrChangesNothing)
{
    // A write that fits in the pages the file has needs no room: on a full disk it may succeed,
    // but it never half-succeeds.
    const QByteArray before = contents();
    capGrowth();
    Meeting m = firstMeeting();
    m.notes = u"ghi chú"_s;
    const Result<RowStamp> written = schedule().updateMeeting(m);
    if (written) {
        EXPECT_EQ(services::PlanService(*m_workspace).meetings(firstPlan())->first().notes,
                  u"ghi chú"_s);
    } else {
        EXPECT_EQ(written.error().code, ErrorCode::DiskFull);
        EXPECT_EQ(contents(), before);
    }
}

} // namespace
} // namespace ed::test
