#pragma once

#include "services/nominationservice.h"
#include "services/resultsimport.h"
#include "support/demoworkspacetest.h"
#include "support/electiongen.h"

#include <gtest/gtest.h>

namespace ed::test {

/// 15/06/2021: after election day (23/05/2021), so meeting 5 (before 04/06) is overdue.
inline const QDate kReportDay(2021, 6, 15);

/// The demo plans on 15/06/2021, with helpers to import results and add nominations, and a
/// sample office that has some of everything for the pictures of the reports.
class ReportDataTest : public DemoWorkspaceTest
{
protected:
    ReportDataTest() : DemoWorkspaceTest(kReportDay) {}

    void import(services::ResultsFile kind, const QByteArray& csv)
    {
        const auto report = services::ResultsImport(*m_workspace, kind).run(csv);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        ASSERT_FALSE(report->refused());
        ASSERT_TRUE(report->written);
    }

    /// Adds a received nomination naming its unit by code, its agency by name and its award
    /// form by code.
    NominationId addNomination(NomineeKind kind,
                               const QString& name,
                               const QString& unit,
                               const QString& agency,
                               const QString& form)
    {
        const auto choices = services::NominationService(*m_workspace).choices();
        EXPECT_TRUE(choices.ok());
        Nomination n;
        n.kind = kind;
        n.name = name;
        for (const ElectionUnit& u : choices->units)
            if (u.code == unit)
                n.unit = u.id;
        for (const Agency& a : choices->agencies)
            if (a.name == agency)
                n.nominatingAgency = a.id;
        for (const Campaign& c : choices->campaigns)
            for (const AwardForm& f : c.awardForms)
                if (f.code == form)
                    n.awardForm = f.id;
        n.receivedOn = QDate(2021, 6, 1);
        const auto id = services::NominationService(*m_workspace).add(n, QStringLiteral("clerk"));
        EXPECT_TRUE(id.ok()) << name.toStdString();
        return id.ok() ? id.value() : NominationId();
    }

    /// A generated province of 240 polling areas (fixed seed) and nominations of its first
    /// districts and of people, for each award form.
    void loadSampleOffice()
    {
        const ElectionData data = generateProvince(240, 2021);
        import(services::ResultsFile::Units, unitsCsv(data));
        import(services::ResultsFile::Ballots, resultsCsv(data));
        const QString ubbc = QStringLiteral("Ủy ban bầu cử tỉnh Điện Biên");
        const QString ubnd = QStringLiteral("Ủy ban nhân dân tỉnh Điện Biên");
        int district = 0;
        for (const UnitRow& unit : data.units) {
            if (unit.level != UnitLevel::District || district == 4)
                continue;
            addNomination(NomineeKind::Collective,
                          QStringLiteral("Ủy ban bầu cử %1").arg(unit.name), unit.code, ubbc,
                          district == 0 ? QStringLiteral("state")
                                        : QStringLiteral("provincial_bang_khen"));
            ++district;
        }
        addNomination(NomineeKind::Individual, QStringLiteral("Nguyễn Văn An"), {}, ubnd,
                      QStringLiteral("provincial_bang_khen"));
        addNomination(NomineeKind::Individual, QStringLiteral("Trần Thị Bình"), {}, ubbc,
                      QStringLiteral("local_giay_khen"));
    }
};

} // namespace ed::test
