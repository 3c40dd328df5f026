// What the four printed reports hold, built from the demo data (and generated or hand-made
// results and nominations), checked against figures computed here; and the HTML page.

#include "core/ratio.h"
#include "core/vnformat.h"
#include "reports/htmlreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportdatatest.h"
#include "services/nominationservice.h"
#include "services/planservice.h"
#include "services/resultsimport.h"
#include "services/resultsservice.h"
#include "services/schedulelisting.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

using reports::BarChart;
using reports::Paragraph;
using reports::ReportDocument;
using reports::Section;
using reports::Table;
using reports::TableColumn;
using reports::TableRow;

const QDate kToday = kReportDay;

Letterhead letterhead()
{
    Letterhead l;
    l.parentBody = u"UBND TỈNH ĐIỆN BIÊN"_s;
    l.issuingBody = u"SỞ NỘI VỤ"_s;
    l.number = u"15"_s;
    l.typeCode = u"BC"_s;
    l.issuerCode = u"SNV"_s;
    l.place = u"Điện Biên"_s;
    l.date = kToday;
    l.typeName = u"BÁO CÁO"_s;
    l.title = u"Tình hình thực hiện kế hoạch"_s;
    l.formula = SigningFormula::Deputy;
    l.authority = u"Giám đốc"_s;
    l.signerTitle = u"Phó Giám đốc"_s;
    l.signerName = u"Nguyễn Văn An"_s;
    l.recipients = {u"UBND tỉnh (b/c)"_s};
    l.archive = u"VT, TĐKT"_s;
    return l;
}

template <typename T>
QList<T> blocksOf(const Section& section)
{
    QList<T> list;
    for (const reports::Block& b : section.blocks) {
        if (const auto* t = std::get_if<T>(&b))
            list << *t;
    }
    return list;
}

QList<TableRow> rowsOf(const Table& table, TableRow::Kind kind)
{
    QList<TableRow> rows;
    std::copy_if(table.rows.begin(), table.rows.end(), std::back_inserter(rows),
                 [kind](const TableRow& r) { return r.kind == kind; });
    return rows;
}

/// "1.234.567" → 1234567; the number after the last ": " of a total's label.
qint64 count(const QString& text)
{
    const QString digits = text.section(u": "_s, -1).remove(u'.').trimmed();
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    EXPECT_TRUE(ok) << text.toStdString();
    return value;
}

/// "I. Ban Tổ chức" → "Ban Tổ chức"
QString groupTitle(const TableRow& row)
{
    return row.cells.value(0).section(u". "_s, 1);
}

class ReportBuilderTest : public ReportDataTest
{
protected:
    ReportDocument build(ReportKind kind)
    {
        auto document = reports::buildReport(kind, *m_workspace, letterhead());
        EXPECT_TRUE(document.ok()) << (document.ok() ? "" : document.error().detail.toStdString());
        return document.ok() ? document.value() : ReportDocument{};
    }

    /// The appendix's table: the first table of section 1.
    static Table appendixTable(const ReportDocument& document)
    {
        EXPECT_EQ(document.sections.size(), 2);
        if (document.sections.size() < 2)
            return {};
        const QList<Table> tables = blocksOf<Table>(document.sections[1]);
        EXPECT_EQ(tables.size(), 1);
        return tables.value(0);
    }

    std::optional<Criterion> turnoutCriterion() const
    {
        for (const Campaign& c : services::PlanService(*m_workspace).campaigns().value()) {
            for (const Criterion& criterion : c.criteria) {
                if (criterion.code == u"turnout"_s)
                    return criterion;
            }
        }
        return std::nullopt;
    }
};

TEST_F(ReportBuilderTest, EveryReportBuildsFromTheDemoData)
{
    for (const ReportKind kind :
         {ReportKind::Meetings, ReportKind::Tasks, ReportKind::Nominations, ReportKind::Results}) {
        const ReportDocument document = build(kind);
        ASSERT_FALSE(document.sections.isEmpty()) << reportKindCode(kind).toStdString();
        EXPECT_EQ(document.letterhead, letterhead());
        EXPECT_FALSE(blocksOf<Paragraph>(document.sections.first()).isEmpty());
        // The layout prints the type name and title; the body never repeats them.
        for (const Paragraph& p : blocksOf<Paragraph>(document.sections.first())) {
            EXPECT_NE(p.text, letterhead().title);
            EXPECT_NE(p.text, letterhead().typeName);
        }
    }
}

TEST_F(ReportBuilderTest, MeetingsHaveOneRowEachWithTheirDeadlineWordsAndLastAllowedDay)
{
    const auto listing = services::ScheduleListing(*m_workspace, 7).meetings();
    ASSERT_TRUE(listing.ok());
    ASSERT_FALSE(listing->isEmpty());
    const ReportDocument document = build(ReportKind::Meetings);
    const Table table = appendixTable(document);
    EXPECT_TRUE(table.numberColumns);
    ASSERT_EQ(table.columns.size(), 8);
    const QList<TableRow> data = rowsOf(table, TableRow::Kind::Data);
    ASSERT_EQ(data.size(), listing->size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const services::MeetingListing& m = listing->at(i);
        const QString deadline = data[i].cells.value(4);
        EXPECT_TRUE(data[i].cells.value(1).contains(m.meeting.label)) << i;
        EXPECT_TRUE(deadline.contains(m.meeting.deadline.wording.trimmed())) << i;
        if (m.lastAllowed) {
            EXPECT_TRUE(deadline.contains(formatDate(*m.lastAllowed))) << deadline.toStdString();
        }
    }
    // Meeting 5 ("Trước ngày 04/6/2021"): last allowed 03/06, not held by 15/06.
    const auto fifth = std::find_if(listing->begin(), listing->end(),
                                    [](const auto& m) { return m.meeting.number == 5; });
    ASSERT_NE(fifth, listing->end());
    const TableRow& row = data[fifth - listing->begin()];
    EXPECT_TRUE(row.cells[4].contains(u"03/06/2021"_s)) << row.cells[4].toStdString();
    EXPECT_TRUE(row.cells[6].contains(u"Overdue"_s)) << row.cells[6].toStdString();
    // "12 days overdue" once the plurals are translated; "12 day(s) overdue" before.
    EXPECT_TRUE(row.cells[6].contains(u"12 day"_s)) << row.cells[6].toStdString();

    // The appendix names itself and the report it is attached to.
    const QList<Paragraph> header = blocksOf<Paragraph>(document.sections[1]);
    ASSERT_GE(header.size(), 3);
    EXPECT_EQ(header[0].style, Paragraph::Style::Centered);
    EXPECT_EQ(header[0].text, u"APPENDIX I"_s);
    EXPECT_EQ(header[2].style, Paragraph::Style::Subtitle);
    EXPECT_EQ(header[2].text,
              u"(Attached to Báo cáo No. 15/BC-SNV dated 15/06/2021 of Sở Nội vụ)"_s);
    EXPECT_EQ(document.sections[1].orientation, Section::Orientation::Automatic);

    // The body counts every meeting once.
    const QList<Table> counts = blocksOf<Table>(document.sections[0]);
    ASSERT_EQ(counts.size(), 1);
    const QList<TableRow> total = rowsOf(counts[0], TableRow::Kind::Total);
    ASSERT_EQ(total.size(), 1);
    EXPECT_EQ(count(total[0].cells.value(2)), listing->size());
}

TEST_F(ReportBuilderTest, AnAppendixLeavesBlanksForAMissingNumberAndDate)
{
    Letterhead blank = letterhead();
    blank.number.clear();
    blank.date.reset();
    const auto document = reports::buildMeetingsReport(*m_workspace, blank);
    ASSERT_TRUE(document.ok());
    const QList<Paragraph> header = blocksOf<Paragraph>(document->sections.value(1));
    ASSERT_GE(header.size(), 3);
    EXPECT_EQ(header[2].text, u"(Attached to Báo cáo No. …/BC-SNV dated … of Sở Nội vụ)"_s);
}

TEST_F(ReportBuilderTest, TasksAreGroupedByTheAgencyThatLeadsThem)
{
    const auto tasks = services::ScheduleListing(*m_workspace, 7).tasks();
    ASSERT_TRUE(tasks.ok());
    QHash<AgencyId, QString> names;
    for (const Agency& a : services::PlanService(*m_workspace).agencies().value())
        names.insert(a.id, a.name);
    // Each task's leads, computed here: "section\n(plan)" → "A; B".
    QHash<QString, QString> leadsOf;
    for (const services::TaskListing& t : *tasks) {
        QStringList leads;
        for (const AgencyAssignment& a : t.task.agencies) {
            if (a.role == AgencyRole::Lead && !leads.contains(names.value(a.agency)))
                leads << names.value(a.agency);
        }
        leadsOf.insert(t.task.section + u"\n("_s + t.planSymbol + u')', leads.join(u"; "_s));
    }

    const Table table = appendixTable(build(ReportKind::Tasks));
    EXPECT_TRUE(table.numberColumns);
    EXPECT_EQ(rowsOf(table, TableRow::Kind::Data).size(), tasks->size());
    QString group;
    QSet<QString> groups;
    for (const TableRow& row : table.rows) {
        if (row.kind == TableRow::Kind::Group) {
            group = groupTitle(row);
            EXPECT_FALSE(groups.contains(group)) << "group twice: " << group.toStdString();
            groups.insert(group);
            continue;
        }
        ASSERT_TRUE(leadsOf.contains(row.cells.value(1))) << row.cells.value(1).toStdString();
        const QString leads = leadsOf.value(row.cells.value(1));
        EXPECT_EQ(leads.isEmpty() ? u"No lead agency named"_s : leads, group)
                << row.cells.value(1).toStdString();
    }
    EXPECT_GE(groups.size(), 5);
}

/// Three districts: D1 at 19 979 of 20 000 (99,895 %: floored to 99,89 %, fails), D2 exactly on
/// the line (999 of 1 000), D3 with one of its two polling areas still to report.
const QByteArray kUnits = "code,name,parent_code,level,registered_voters,voters_voted,"
                          "law_study_participants,reported_at\n"
                          "P,Tỉnh Thử Nghiệm,,province,,,,\n"
                          "D1,Huyện Một,P,district,,,,\n"
                          "D2,Huyện Hai,P,district,,,,\n"
                          "D3,Huyện Ba,P,district,,,,\n"
                          "C1,Xã Một,D1,commune,,,,\n"
                          "C2,Xã Hai,D2,commune,,,,\n"
                          "C3,Xã Ba,D3,commune,,,,\n"
                          "A1,Khu vực 1,C1,area,20000,19979,19500,2021-05-23T20:00\n"
                          "A2,Khu vực 2,C2,area,1000,999,990,2021-05-23T19:00\n"
                          "A3,Khu vực 3,C3,area,800,800,790,2021-05-23T18:00\n"
                          "A4,Khu vực 4,C3,area,,,,\n";
const QByteArray kBallots = "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,"
                            "invalid_ballots,revote,additional_vote\n"
                            "A1,na,19979,19979,19970,9,0,0\n"
                            "A2,na,999,999,999,0,0,0\n"
                            "A3,na,800,800,800,0,0,0\n";

TEST_F(ReportBuilderTest, ResultsHaveOneRowPerDistrictAProvinceTotalAndAFlooredChart)
{
    import(services::ResultsFile::Units, kUnits);
    import(services::ResultsFile::Ballots, kBallots);
    const ReportDocument document = build(ReportKind::Results);

    const Table table = appendixTable(document);
    EXPECT_TRUE(table.numberColumns);
    const QList<TableRow> data = rowsOf(table, TableRow::Kind::Data);
    ASSERT_EQ(data.size(), 3);
    EXPECT_TRUE(data[0].cells[1].startsWith(u"Huyện Một"_s));
    EXPECT_EQ(data[0].cells[2], u"20.000"_s);
    EXPECT_EQ(data[0].cells[3], u"19.979"_s);
    EXPECT_EQ(data[0].cells[4], u"99,89 %"_s); // floored, never rounded up to 99,90 %
    EXPECT_TRUE(data[0].cells[7].startsWith(u"No"_s)) << data[0].cells[7].toStdString();
    EXPECT_EQ(data[1].cells[4], u"99,90 %"_s);
    EXPECT_EQ(data[1].cells[7], u"Yes"_s);
    EXPECT_TRUE(data[2].cells[1].contains(u"Not fully reported: 1 of 2"_s))
            << data[2].cells[1].toStdString();
    EXPECT_TRUE(data[2].cells[7].contains(u"not fully reported"_s));
    const QList<TableRow> totals = rowsOf(table, TableRow::Kind::Total);
    ASSERT_EQ(totals.size(), 1);
    EXPECT_EQ(totals[0].cells[2], formatCount(20000 + 1000 + 800));
    EXPECT_EQ(totals[0].cells[3], formatCount(19979 + 999 + 800));
    EXPECT_EQ(totals[0].cells[4], formatBasisPoints(basisPoints(21778, 21800)));
    for (const TableColumn& c :
         QList<TableColumn>(table.columns.begin() + 2, table.columns.begin() + 7))
        EXPECT_EQ(c.alignment, Qt::AlignRight) << c.title.toStdString();

    const QList<BarChart> charts = blocksOf<BarChart>(document.sections[0]);
    ASSERT_EQ(charts.size(), 1);
    EXPECT_EQ(charts[0].labels, (QStringList{u"Huyện Một"_s, u"Huyện Hai"_s, u"Huyện Ba"_s}));
    EXPECT_EQ(charts[0].basisPoints, (QList<qint64>{9989, 9990, 10000}));
    const auto turnout = turnoutCriterion();
    ASSERT_TRUE(turnout.has_value());
    EXPECT_EQ(charts[0].thresholdBasisPoints,
              turnout->threshold.numerator * 10'000 / turnout->threshold.denominator);
    EXPECT_EQ(charts[0].thresholdBasisPoints, 9990);
    EXPECT_TRUE(charts[0].thresholdLabel.contains(u"99,90 %"_s));
}

TEST_F(ReportBuilderTest, AGeneratedProvinceHasARowForEachDistrictThatAddsUpToTheTotal)
{
    const ElectionData data = generateProvince(600, 7);
    import(services::ResultsFile::Units, unitsCsv(data));
    import(services::ResultsFile::Ballots, resultsCsv(data));
    qsizetype districts = 0;
    for (const UnitRow& u : data.units)
        districts += u.level == UnitLevel::District ? 1 : 0;
    qint64 registered = 0;
    for (const UnitRow& u : data.units)
        registered += u.figures ? u.figures->registered : 0;

    const ReportDocument document = build(ReportKind::Results);
    const Table table = appendixTable(document);
    const QList<TableRow> data_ = rowsOf(table, TableRow::Kind::Data);
    ASSERT_EQ(data_.size(), districts);
    qint64 sum = 0;
    for (const TableRow& r : data_)
        sum += count(r.cells[2]);
    EXPECT_EQ(sum, registered);
    const QList<TableRow> totals = rowsOf(table, TableRow::Kind::Total);
    ASSERT_EQ(totals.size(), 1);
    EXPECT_EQ(count(totals[0].cells[2]), registered);
    const QList<BarChart> charts = blocksOf<BarChart>(document.sections[0]);
    ASSERT_EQ(charts.size(), 1);
    EXPECT_EQ(charts[0].labels.size(), districts);
}

class NominationsReportTest : public ReportBuilderTest
{
protected:
    void SetUp() override
    {
        ReportBuilderTest::SetUp();
        import(services::ResultsFile::Units, kUnits);
        import(services::ResultsFile::Ballots, kBallots);
        const QString ubbc = u"Ủy ban bầu cử tỉnh Điện Biên"_s;
        const QString ubnd = u"Ủy ban nhân dân tỉnh Điện Biên"_s;
        add(NomineeKind::Individual, u"Nguyễn Văn An"_s, {}, ubnd, u"provincial_bang_khen"_s);
        add(NomineeKind::Collective, u"Ủy ban bầu cử huyện Một"_s, u"D1"_s, ubbc,
            u"provincial_bang_khen"_s);
        add(NomineeKind::Collective, u"Ủy ban bầu cử huyện Hai"_s, u"D2"_s, ubbc,
            u"provincial_bang_khen"_s);
        add(NomineeKind::Collective, u"Ủy ban bầu cử huyện Ba"_s, u"D3"_s, ubnd, u"state"_s);
        add(NomineeKind::Individual, u"Trần Thị Bình"_s, {}, ubbc, u"local_giay_khen"_s);
        const NominationId rejected =
                add(NomineeKind::Individual, u"Lê Văn Cường"_s, {}, ubbc, u"local_giay_khen"_s);
        services::StepRequest reject;
        reject.nomination = rejected;
        reject.action = NominationAction::Reject;
        reject.note = u"Không đủ thành tích"_s;
        ASSERT_TRUE(services::NominationService(*m_workspace).perform({reject}).ok());
    }

    NominationId add(NomineeKind kind,
                     const QString& name,
                     const QString& unit,
                     const QString& agency,
                     const QString& form)
    {
        return addNomination(kind, name, unit, agency, form);
    }
};

TEST_F(NominationsReportTest, NominationsAreGroupedByAwardFormWithTotalsThatAddUp)
{
    const auto rows = services::NominationService(*m_workspace).list();
    ASSERT_TRUE(rows.ok());
    // Per award form, computed here: count and money of the nominations not rejected.
    QMap<QString, std::pair<qint64, qint64>> expected; // upper-case form name → count, money
    qint64 allCount = 0, allMoney = 0;
    for (const services::NominationRow& r : *rows) {
        if (r.nomination.status == NominationStatus::Rejected)
            continue;
        const QString name = (r.awardForm.usualName.isEmpty() ? r.awardForm.nameAsWritten
                                                              : r.awardForm.usualName)
                                     .toUpper();
        expected[name].first += 1;
        expected[name].second += r.awardMoney.value_or(0);
        allCount += 1;
        allMoney += r.awardMoney.value_or(0);
    }
    ASSERT_EQ(allCount, 5);
    ASSERT_GT(allMoney, 0);

    const Table table = appendixTable(build(ReportKind::Nominations));
    EXPECT_TRUE(table.numberColumns);
    const int money = int(table.columns.size()) - 1;
    EXPECT_EQ(table.columns[money].alignment, Qt::AlignRight);
    EXPECT_EQ(rowsOf(table, TableRow::Kind::Data).size(), allCount);

    // Group, its data rows, its total; the grand total last.
    QStringList order;
    QString group;
    qint64 groupCount = 0, groupMoney = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const TableRow& row = table.rows[i];
        if (row.kind == TableRow::Kind::Group) {
            group = groupTitle(row);
            order << group;
            groupCount = groupMoney = 0;
        } else if (row.kind == TableRow::Kind::Data) {
            ++groupCount;
            groupMoney += row.cells[money] == u"—"_s
                                  ? 0
                                  : count(QString(row.cells[money]).remove(u" *"_s));
        } else if (i + 1 < table.rows.size()) {
            ASSERT_TRUE(expected.contains(group)) << group.toStdString();
            EXPECT_EQ(count(row.cells[1]), expected[group].first) << group.toStdString();
            EXPECT_EQ(count(row.cells[1]), groupCount);
            EXPECT_EQ(count(row.cells[money]), expected[group].second) << group.toStdString();
            EXPECT_EQ(count(row.cells[money]), groupMoney);
        } else {
            EXPECT_EQ(count(row.cells[1]), allCount);
            EXPECT_EQ(count(row.cells[money]), allMoney);
        }
    }
    ASSERT_EQ(table.rows.last().kind, TableRow::Kind::Total);
    EXPECT_EQ(order.size(), expected.size());

    // Groups follow the campaign's order of award forms.
    QStringList campaignOrder;
    const auto choices = services::NominationService(*m_workspace).choices();
    ASSERT_TRUE(choices.ok());
    for (const Campaign& c : choices->campaigns) {
        for (const AwardForm& f : c.awardForms) {
            const QString name = (f.usualName.isEmpty() ? f.nameAsWritten : f.usualName).toUpper();
            if (expected.contains(name))
                campaignOrder << name;
        }
    }
    EXPECT_EQ(order, campaignOrder);
}

TEST_F(NominationsReportTest, TheSummarySaysHowManyAreListedAndThatRejectedOnesAreNot)
{
    const ReportDocument document = build(ReportKind::Nominations);
    QStringList text;
    for (const Paragraph& p : blocksOf<Paragraph>(document.sections.value(0)))
        text << p.text;
    const QString all = text.join(u'\n');
    EXPECT_TRUE(all.contains(u"5 nomination"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"1 rejected nomination"_s)) << all.toStdString();
    const QList<Table> counts = blocksOf<Table>(document.sections.value(0));
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts[0].rows.last().kind, TableRow::Kind::Total);
    EXPECT_EQ(counts[0].rows.last().cells[4], u"5"_s);
}

TEST(ReportBuilderEmpty, AnEmptyDatabaseBuildsEveryReportWithAnExplanation)
{
    TempDir dir;
    FakeClock clock(kToday);
    auto opened = services::Workspace::open(dir.databasePath(), clock);
    ASSERT_TRUE(opened.ok());
    for (const ReportKind kind :
         {ReportKind::Meetings, ReportKind::Tasks, ReportKind::Nominations, ReportKind::Results}) {
        const auto document = reports::buildReport(kind, *opened.value(), letterhead());
        ASSERT_TRUE(document.ok()) << reportKindCode(kind).toStdString();
        ASSERT_EQ(document->sections.size(), 1) << reportKindCode(kind).toStdString();
        EXPECT_TRUE(blocksOf<Table>(document->sections[0]).isEmpty());
        EXPECT_TRUE(blocksOf<BarChart>(document->sections[0]).isEmpty());
        const QList<Paragraph> paragraphs = blocksOf<Paragraph>(document->sections[0]);
        EXPECT_TRUE(std::ranges::any_of(paragraphs, [](const Paragraph& p) {
            return p.style == Paragraph::Style::Body && p.text.startsWith(u"As of 15/06/2021"_s);
        })) << reportKindCode(kind).toStdString();
        EXPECT_FALSE(reports::toHtml(*document).isEmpty());
    }
}

TEST_F(ReportBuilderTest, TheHtmlPageEscapesTextAndHoldsTheTitleTableHeadersAndChart)
{
    import(services::ResultsFile::Units, kUnits);
    import(services::ResultsFile::Ballots, kBallots);
    Letterhead l = letterhead();
    l.title = u"Kết quả <bầu cử> & khen thưởng"_s;
    const auto document = reports::buildResultsReport(*m_workspace, l);
    ASSERT_TRUE(document.ok());
    const QString html = reports::toHtml(*document);
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.contains(u"<meta charset=\"utf-8\">"_s));
    EXPECT_TRUE(html.contains(u"Kết quả &lt;bầu cử&gt; &amp; khen thưởng"_s));
    EXPECT_FALSE(html.contains(u"<bầu cử>"_s));
    EXPECT_TRUE(html.contains(u"BÁO CÁO"_s));
    EXPECT_TRUE(html.contains(numberLine(l).toHtmlEscaped()));
    EXPECT_TRUE(html.contains(placeDateLine(l)));
    EXPECT_TRUE(html.contains(QString::fromUtf8(kNationalTitle)));
    for (const QString& line : signatureLines(l))
        EXPECT_TRUE(html.contains(line)) << line.toStdString();
    for (const QString& line : recipientLines(l))
        EXPECT_TRUE(html.contains(line.toHtmlEscaped())) << line.toStdString();
    const Table table = appendixTable(*document);
    EXPECT_TRUE(html.contains(u"<thead>"_s));
    for (const TableColumn& c : table.columns)
        EXPECT_TRUE(html.contains(u"<th>%1</th>"_s.arg(c.title.toHtmlEscaped())))
                << c.title.toStdString();
    EXPECT_TRUE(html.contains(u"<th>(8)</th>"_s));
    EXPECT_TRUE(html.contains(u"class=\"total\""_s));
    EXPECT_TRUE(html.contains(u"<svg"_s));
    EXPECT_TRUE(html.contains(u"stroke-dasharray"_s)); // the threshold line
    EXPECT_TRUE(html.contains(u"99,89 %"_s));
}

TEST_F(ReportBuilderTest, ThePartyLayoutPrintsThePartyHeader)
{
    Letterhead l = letterhead();
    l.layout = DocumentLayout::Party;
    const auto document = reports::buildTasksReport(*m_workspace, l);
    ASSERT_TRUE(document.ok());
    const QString html = reports::toHtml(*document);
    EXPECT_TRUE(html.contains(QString::fromUtf8(kPartyHeader)));
    EXPECT_FALSE(html.contains(QString::fromUtf8(kNationalTitle)));
    EXPECT_TRUE(html.contains(u"Số 15-BC/SNV"_s));
    EXPECT_TRUE(html.contains(u"class=\"group\""_s));
}

} // namespace
} // namespace ed::test
