#include "core/searchkey.h"
#include "gui/tasks/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ed::gui::TaskRow;
using ed::gui::TaskTableModel;

namespace {

TaskRow row(qint64 id,
            const QString& section,
            const QString& content,
            QDate last = {},
            ed::ScheduleState state = ed::ScheduleState::NoDate)
{
    ed::StandingTask task;
    task.id = ed::TaskId(id);
    task.section = section;
    task.content = content;
    if (last.isValid()) {
        ed::Deadline deadline;
        deadline.kind = ed::DeadlineKind::NoLaterThan;
        deadline.wording = u"chậm nhất là ngày %1"_s.arg(last.toString(u"dd/MM/yyyy"_s));
        deadline.date = last;
        task.deadline = deadline;
    }
    return TaskRow{task, u"01-KH/BCĐ"_s, u"Lead: Ban Tổ chức Tỉnh ủy"_s, last, state};
}

QList<TaskRow> threeRows()
{
    return {row(1, u"III.1"_s, u"Bùi Thị Xuân chuẩn bị hồ sơ"_s),
            row(2, u"III.2"_s, u"Ánh sáng: tổ chức\nhội nghị hiệp thương"_s, QDate(2021, 3, 23),
                ed::ScheduleState::Upcoming),
            row(3, u"III.3"_s, u"An ninh trật tự"_s, QDate(2021, 2, 6),
                ed::ScheduleState::Overdue)};
}

/// Sets a default locale for one test and puts the previous one back.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_previous;
};

} // namespace

TEST(TaskTableModel, PassesTheModelTesterThroughResets)
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setRows(threeRows());
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), TaskTableModel::ColumnCount);
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0); // flat: no children
}

TEST(TaskTableModel, ShowsOneLineAndWordsDatesTheVietnameseWay)
{
    TaskTableModel model;
    model.setRows(threeRows());
    const QModelIndex content = model.index(1, TaskTableModel::ContentColumn);
    EXPECT_EQ(content.data().toString(), u"Ánh sáng: tổ chức hội nghị hiệp thương"_s);
    EXPECT_EQ(content.data(Qt::ToolTipRole).toString(),
              u"Ánh sáng: tổ chức\nhội nghị hiệp thương"_s);
    EXPECT_EQ(model.index(1, TaskTableModel::LastAllowedColumn).data().toString(), u"23/03/2021"_s);
    EXPECT_EQ(model.index(0, TaskTableModel::LastAllowedColumn).data().toString(), QString());
    EXPECT_EQ(model.index(1, TaskTableModel::PlanColumn).data().toString(), u"01-KH/BCĐ"_s);
    EXPECT_EQ(
            model.index(2, TaskTableModel::SectionColumn).data(TaskTableModel::IdRole).toLongLong(),
            3);
}

TEST(TaskTableModel, StateIsWordedAndHasAnIconNotJustAColour)
{
    TaskTableModel model;
    model.setRows(threeRows());
    const QModelIndex overdue = model.index(2, TaskTableModel::StateColumn);
    EXPECT_FALSE(overdue.data().toString().isEmpty());
    EXPECT_TRUE(overdue.data(Qt::DecorationRole).isValid());
    EXPECT_NE(overdue.data().toString(),
              model.index(1, TaskTableModel::StateColumn).data().toString());
}

TEST(TaskTableModel, SearchRoleHoldsTheFoldedTextOfTheWholeRow)
{
    TaskTableModel model;
    model.setRows(threeRows());
    const QString key = model.index(1, 0).data(TaskTableModel::SearchRole).toString();
    EXPECT_TRUE(key.contains(u"hiep thuong"_s));
    EXPECT_TRUE(key.contains(u"ban to chuc tinh uy"_s)); // the agencies
    EXPECT_TRUE(key.contains(u"01-kh/bcd"_s));           // the plan

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(TaskTableModel::SearchRole);
    proxy.setFilterFixedString(ed::searchKey(u"HIEP THUONG"_s));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, TaskTableModel::SectionColumn).data().toString(), u"III.2"_s);
}

TEST(TaskTableModel, SortsDatesAsDatesAndTextInVietnameseOrder)
{
    const DefaultLocale vietnamese(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    TaskTableModel model;
    model.setRows(threeRows());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TaskTableModel::SortRole);
    proxy.setSortLocaleAware(true);

    EXPECT_EQ(model.index(1, TaskTableModel::LastAllowedColumn).data(TaskTableModel::SortRole),
              QVariant(QDate(2021, 3, 23)));
    proxy.sort(TaskTableModel::LastAllowedColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, TaskTableModel::SectionColumn).data().toString(), u"III.2"_s);
    EXPECT_EQ(proxy.index(1, TaskTableModel::SectionColumn).data().toString(), u"III.3"_s);

    // Code-point order would put "Bùi" before "Ánh"; Vietnamese order is An, Ánh, Bùi.
    proxy.sort(TaskTableModel::ContentColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, TaskTableModel::SectionColumn).data().toString(), u"III.3"_s);
    EXPECT_EQ(proxy.index(1, TaskTableModel::SectionColumn).data().toString(), u"III.2"_s);
    EXPECT_EQ(proxy.index(2, TaskTableModel::SectionColumn).data().toString(), u"III.1"_s);
}
