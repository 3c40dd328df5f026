#pragma once

#include "gui/nominations/nominationspage.h"
#include "gui/nominations/nominationtablemodel.h"
#include "services/nominationservice.h"
#include "services/resultsimport.h"
#include "windowtest.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QTableView>

#include <algorithm>

namespace ed::test {

/// A small province: the commune Mường Toong fails the turnout (20,969 of 21,000 voted:
/// 99.85 %), An Bình passes everything, Phú Lợi has one polling area still to report.
inline const QByteArray kNominationUnitsCsv =
        "code,name,parent_code,level,registered_voters,voters_voted,law_study_participants,"
        "reported_at\n"
        "P01,Tỉnh Thử Nghiệm,,province,,,,\n"
        "D01,Huyện Núi Cao,P01,district,,,,\n"
        "C01,Xã Mường Toong,D01,commune,,,,\n"
        "C02,Xã Phú Lợi,D01,commune,,,,\n"
        "C03,Xã An Bình,D01,commune,,,,\n"
        "A01,Khu vực bỏ phiếu số 1,C01,area,20000,19979,19500,2021-05-23T20:00\n"
        "A02,Khu vực bỏ phiếu số 2,C01,area,1000,990,990,2021-05-23T19:00\n"
        "A03,Khu vực bỏ phiếu số 3,C02,area,500,500,480,2021-05-23T18:30\n"
        "A04,Khu vực bỏ phiếu số 4,C02,area,,,,\n"
        "A05,Khu vực bỏ phiếu số 5,C03,area,800,800,790,2021-05-23T18:00\n";

inline const QByteArray kNominationResultsCsv =
        "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,invalid_ballots,revote,"
        "additional_vote\n"
        "A01,na,19979,19979,19970,9,0,0\n"
        "A02,na,990,990,989,1,0,0\n"
        "A03,na,500,500,500,0,0,0\n"
        "A05,na,800,800,800,0,0,0\n";

/// The main window over the demo data (campaign 508/KH-UBND with its criteria and award forms),
/// the province above and five nominations received before 10/02/2021, on the Nominations page:
/// #1 Mường Toong (fails the turnout, overdue), #2 An Bình (eligible), #3 and #4 the same person
/// for two forms (duplicates, not tied to a unit), #5 Phú Lợi (a state award; unit not fully
/// reported).
class NominationsTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        for (const auto& [kind, csv] :
             {std::pair(services::ResultsFile::Units, kNominationUnitsCsv),
              std::pair(services::ResultsFile::Ballots, kNominationResultsCsv)}) {
            const auto report = services::ResultsImport(*m_workspace, kind).run(csv);
            ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
            ASSERT_TRUE(report->problems.isEmpty()) << report->problems.first().code.toStdString();
        }
        const auto choices = service().choices();
        ASSERT_TRUE(choices.ok());
        m_choices = choices.value();
        ASSERT_FALSE(m_choices.campaigns.isEmpty());
        const QString ubbc = QStringLiteral("Ủy ban bầu cử tỉnh Bình Phước");
        const QString ubnd = QStringLiteral("Ủy ban nhân dân tỉnh Bình Phước");
        const QString bangKhen = QStringLiteral("provincial_bang_khen");
        add(NomineeKind::Collective, QStringLiteral("Ủy ban bầu cử xã Mường Toong"), u"C01", ubbc,
            bangKhen, QDate(2021, 1, 20));
        add(NomineeKind::Collective, QStringLiteral("Ủy ban bầu cử xã An Bình"), u"C03", ubnd,
            bangKhen, QDate(2021, 2, 5));
        add(NomineeKind::Individual, QStringLiteral("Nguyễn Văn An"), u"", ubbc,
            QStringLiteral("local_giay_khen"), QDate(2021, 2, 8));
        add(NomineeKind::Individual, QStringLiteral("Nguyễn Văn An"), u"", ubnd, bangKhen,
            QDate(2021, 2, 8));
        add(NomineeKind::Collective, QStringLiteral("Ủy ban bầu cử xã Phú Lợi"), u"C02", ubnd,
            QStringLiteral("state"), QDate(2021, 2, 1));
        m_window->reloadPages();
        m_window->showArea(gui::MainWindow::Area::Nominations);
        m_page = qobject_cast<gui::NominationsPage*>(
                m_window->page(gui::MainWindow::Area::Nominations));
        ASSERT_NE(m_page, nullptr);
        m_table = onPage<QTableView>(gui::MainWindow::Area::Nominations,
                                     QStringLiteral("nominationsTableView"));
        ASSERT_NE(m_table, nullptr);
    }

    services::NominationService service() const
    {
        return services::NominationService(*m_workspace);
    }

    AgencyId agencyId(const QString& name) const
    {
        const auto it = std::ranges::find(m_choices.agencies, name, &Agency::name);
        EXPECT_NE(it, m_choices.agencies.end()) << name.toStdString();
        return it != m_choices.agencies.end() ? it->id : AgencyId();
    }
    AwardFormId formId(const QString& code) const
    {
        for (const Campaign& campaign : m_choices.campaigns) {
            const auto it = std::ranges::find(campaign.awardForms, code, &AwardForm::code);
            if (it != campaign.awardForms.end())
                return it->id;
        }
        ADD_FAILURE() << "no award form " << code.toStdString();
        return {};
    }
    UnitId unitId(QStringView code) const
    {
        const auto it = std::ranges::find(m_choices.units, code.toString(), &ElectionUnit::code);
        return it != m_choices.units.end() ? it->id : UnitId();
    }

    /// Adds a received nomination through the service, like a clerk would.
    NominationId add(NomineeKind kind,
                     const QString& name,
                     QStringView unit,
                     const QString& agency,
                     const QString& form,
                     QDate receivedOn)
    {
        Nomination n;
        n.kind = kind;
        n.name = name;
        if (kind == NomineeKind::Individual) {
            n.position = QStringLiteral("Chủ tịch");
            n.workplace = QStringLiteral("UBND xã Phú Lợi");
        }
        n.unit = unitId(unit);
        n.nominatingAgency = agencyId(agency);
        n.awardForm = formId(form);
        n.achievement = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ bầu cử");
        n.receivedOn = receivedOn;
        const auto id = service().add(n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().detail.toStdString());
        return id.ok() ? id.value() : NominationId();
    }

    services::NominationRow stored(qint64 id) const
    {
        const auto row = service().row(NominationId(id));
        EXPECT_TRUE(row.ok());
        return row.ok() ? row.value() : services::NominationRow{};
    }
    NominationStatus status(qint64 id) const { return stored(id).nomination.status; }

    /// The queue's index (first column) of nomination `id` among the rows shown.
    QModelIndex rowOf(qint64 id) const
    {
        QAbstractItemModel* model = m_table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(gui::NominationTableModel::IdRole).toLongLong() == id)
                return index;
        }
        return {};
    }
    QString cell(qint64 id, int column, int role = Qt::DisplayRole) const
    {
        const QModelIndex index = rowOf(id);
        EXPECT_TRUE(index.isValid()) << "#" << id;
        return index.siblingAtColumn(column).data(role).toString();
    }
    /// The ids shown, in queue order.
    QList<qint64> shown() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            ids << m_table->model()
                            ->index(row, 0)
                            .data(gui::NominationTableModel::IdRole)
                            .toLongLong();
        return ids;
    }
    void select(const QList<qint64>& ids)
    {
        QList<NominationId> list;
        for (const qint64 id : ids)
            list << NominationId(id);
        m_page->selectNominations(list);
    }

    services::NominationChoices m_choices;
    gui::NominationsPage* m_page = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace ed::test
