// The shared editor widgets of the meeting and task dialogs: DeadlineEditor, AssignmentEditor.
#include "gui/editing/assignmenteditor.h"
#include "gui/editing/deadlineeditor.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/schedulewording.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ed::Deadline;
using ed::DeadlineKind;
using ed::gui::AssignmentEditor;
using ed::gui::DeadlineEditor;

namespace {

template <typename T>
T* child(const QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    EXPECT_NE(widget, nullptr) << name.toStdString();
    return widget;
}

Deadline deadline(DeadlineKind kind, const QString& wording)
{
    Deadline d;
    d.kind = kind;
    d.wording = wording;
    return d;
}

QList<Deadline> oneOfEachKind()
{
    Deadline onDate = deadline(DeadlineKind::OnDate, u"Ngày 06/02/2021"_s);
    onDate.date = QDate(2021, 2, 6);
    Deadline noLater = deadline(DeadlineKind::NoLaterThan, u"chậm nhất là ngày 22/02/2021"_s);
    noLater.date = QDate(2021, 2, 22);
    Deadline before = deadline(DeadlineKind::StrictlyBefore, u"Trước ngày 04/6/2021"_s);
    before.date = QDate(2021, 6, 4);
    Deadline window = deadline(DeadlineKind::Window, u"từ 22 – 27/2"_s);
    window.date = QDate(2021, 2, 22);
    window.endDate = QDate(2021, 2, 27);
    window.yearInferred = true;
    Deadline lastWeek = deadline(DeadlineKind::WeekOfMonth, u"Tuần cuối tháng 2/2021"_s);
    lastWeek.year = 2021;
    lastWeek.month = 2;
    lastWeek.week = Deadline::kLastWeek;
    Deadline thirdWeek = deadline(DeadlineKind::WeekOfMonth, u"Tuần 3 tháng 3/2021"_s);
    thirdWeek.year = 2021;
    thirdWeek.month = 3;
    thirdWeek.week = 3;
    Deadline onRequest = deadline(DeadlineKind::OnRequest, u"theo đề nghị của UBBC"_s);
    Deadline offset = deadline(DeadlineKind::ElectionOffset, u"E−105"_s);
    offset.offsetDays = -105;
    return {onDate, noLater, before, window, lastWeek, thirdWeek, onRequest, offset};
}

} // namespace

TEST(DeadlineEditor, GivesBackEveryKindOfDeadlineItWasGiven)
{
    DeadlineEditor editor;
    for (const Deadline& d : oneOfEachKind()) {
        editor.setDeadline(d);
        EXPECT_EQ(editor.deadline(), d) << d.wording.toStdString();
        EXPECT_EQ(editor.optionalDeadline(), d);
    }
}

TEST(DeadlineEditor, ShowsOnlyTheFieldsOfTheChosenKind)
{
    DeadlineEditor editor;
    auto* kind = child<QComboBox>(editor, u"deadlineKindComboBox"_s);
    auto* date = child<QDateEdit>(editor, u"deadlineDateEdit"_s);
    auto* end = child<QDateEdit>(editor, u"deadlineEndDateEdit"_s);
    auto* week = child<QComboBox>(editor, u"deadlineWeekComboBox"_s);
    auto* offset = child<QSpinBox>(editor, u"deadlineOffsetSpinBox"_s);
    ASSERT_TRUE(kind && date && end && week && offset);
    const auto choose = [kind](DeadlineKind k) {
        kind->setCurrentIndex(kind->findData(static_cast<int>(k)));
    };
    choose(DeadlineKind::Window);
    EXPECT_TRUE(date->isVisibleTo(&editor));
    EXPECT_TRUE(end->isVisibleTo(&editor));
    EXPECT_FALSE(week->isVisibleTo(&editor));
    EXPECT_FALSE(offset->isVisibleTo(&editor));
    choose(DeadlineKind::OnDate);
    EXPECT_TRUE(date->isVisibleTo(&editor));
    EXPECT_FALSE(end->isVisibleTo(&editor));
    choose(DeadlineKind::WeekOfMonth);
    EXPECT_FALSE(date->isVisibleTo(&editor));
    EXPECT_TRUE(week->isVisibleTo(&editor));
    choose(DeadlineKind::ElectionOffset);
    EXPECT_TRUE(offset->isVisibleTo(&editor));
    EXPECT_FALSE(date->isVisibleTo(&editor));
    choose(DeadlineKind::OnRequest);
    EXPECT_FALSE(date->isVisibleTo(&editor));
    EXPECT_FALSE(offset->isVisibleTo(&editor));
}

TEST(DeadlineEditor, WordingFollowsTheFieldsUntilTheUserTypesTheirOwn)
{
    DeadlineEditor editor;
    auto* date = child<QDateEdit>(editor, u"deadlineDateEdit"_s);
    auto* wording = child<QLineEdit>(editor, u"deadlineWordingLineEdit"_s);
    ASSERT_TRUE(date && wording);
    Deadline d = deadline(DeadlineKind::NoLaterThan, QString());
    d.date = QDate(2021, 2, 22);
    editor.setDeadline(d);
    EXPECT_EQ(wording->text(), u"No later than 22/02/2021"_s);
    date->setDate(QDate(2021, 3, 23));
    EXPECT_EQ(editor.deadline().wording, u"No later than 23/03/2021"_s);

    wording->selectAll();
    QTest::keyClicks(wording, u"by the end of March"_s);
    date->setDate(QDate(2021, 3, 30));
    EXPECT_EQ(editor.deadline().wording, u"by the end of March"_s);
    EXPECT_EQ(editor.deadline().date, QDate(2021, 3, 30));

    wording->selectAll(); // cleared: filled from the fields again
    QTest::keyClick(wording, Qt::Key_Delete);
    date->setDate(QDate(2021, 3, 31));
    EXPECT_EQ(editor.deadline().wording, u"No later than 31/03/2021"_s);
}

TEST(DeadlineEditor, OptionalEditorOffersNoDeadline)
{
    DeadlineEditor editor;
    editor.setOptional(true);
    auto* kind = child<QComboBox>(editor, u"deadlineKindComboBox"_s);
    ASSERT_NE(kind, nullptr);
    EXPECT_EQ(kind->itemText(0), u"No deadline"_s);
    editor.setOptionalDeadline(std::nullopt);
    EXPECT_EQ(editor.optionalDeadline(), std::nullopt);
    EXPECT_FALSE(child<QDateEdit>(editor, u"deadlineDateEdit"_s)->isVisibleTo(&editor));
    const Deadline d = oneOfEachKind().at(1);
    editor.setOptionalDeadline(d);
    EXPECT_EQ(editor.optionalDeadline(), d);
    kind->setCurrentIndex(0);
    EXPECT_EQ(editor.optionalDeadline(), std::nullopt);
}

TEST(DeadlineEditor, ShowsTheProblemOfAWindowThatEndsBeforeItStarts)
{
    DeadlineEditor editor;
    Deadline d = deadline(DeadlineKind::Window, u"từ 10 – 5/3"_s);
    d.date = QDate(2021, 3, 10);
    d.endDate = QDate(2021, 3, 5);
    editor.setDeadline(d);
    editor.showProblems(ed::checkDeadline(editor.deadline(), u"deadline."_s), u"deadline."_s);
    auto* problem = child<ed::gui::ProblemLabel>(editor, u"deadlineEndDateProblemLabel"_s);
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisibleTo(&editor));
    EXPECT_EQ(problem->text(), ed::i18n::problemMessage(ed::Problem::EndBeforeStart));
    EXPECT_FALSE(child<ed::gui::ProblemLabel>(editor, u"deadlineDateProblemLabel"_s)
                         ->isVisibleTo(&editor));
    editor.showProblems({}, u"deadline."_s);
    EXPECT_FALSE(problem->isVisibleTo(&editor));
}

namespace {

QList<ed::Agency> agencies()
{
    QList<ed::Agency> list;
    qint64 id = 0;
    for (const QString& name : {u"Ủy ban nhân dân tỉnh"_s, u"Ban Tổ chức Tỉnh ủy"_s,
                                u"Đảng ủy Khối"_s, u"Công an tỉnh"_s, u"Ban Dân vận Tỉnh ủy"_s}) {
        ed::Agency agency;
        agency.id = ed::AgencyId(++id);
        agency.name = name;
        list << agency;
    }
    return list;
}

} // namespace

TEST(AssignmentEditor, CompletesAgencyNamesTypedWithoutAccents)
{
    AssignmentEditor editor;
    editor.setAgencies(agencies());
    auto* add = child<QPushButton>(editor, u"addAssignmentButton"_s);
    ASSERT_NE(add, nullptr);
    add->click();
    QComboBox* agency = editor.agencyComboBox(0);
    ASSERT_NE(agency, nullptr);
    ASSERT_NE(agency->completer(), nullptr);

    QTest::keyClicks(agency->lineEdit(), u"ban to chuc"_s);
    QCompleter* completer = agency->completer();
    EXPECT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), u"Ban Tổ chức Tỉnh ủy"_s);

    completer->setCompletionPrefix(u"tinh uy"_s); // anywhere in the name, both Ban of Tỉnh ủy
    EXPECT_EQ(completer->completionCount(), 2);

    agency->setEditText(u"Ban Tổ chức Tỉnh ủy"_s);
    ASSERT_EQ(editor.assignments().size(), 1);
    EXPECT_EQ(editor.assignments().first().agency, ed::AgencyId(2));
    agency->setEditText(u"ban to chuc tinh uy"_s); // one agency folds to this: taken
    EXPECT_EQ(editor.assignments().first().agency, ed::AgencyId(2));
    agency->setEditText(u"Sở Nội vụ"_s); // no such agency
    EXPECT_FALSE(editor.assignments().first().agency.isValid());
}

TEST(AssignmentEditor, ListsAgenciesInVietnameseOrderAndKeepsRoles)
{
    AssignmentEditor editor;
    editor.setAgencies(agencies());
    const QList<ed::AgencyAssignment> given{
            {ed::AgencyId(2), ed::AgencyRole::Staff},
            {ed::AgencyId(2), ed::AgencyRole::Lead},
            {ed::AgencyId(1), ed::AgencyRole::Coordinating},
    };
    editor.setAssignments(given);
    EXPECT_EQ(editor.assignments(), given);

    QComboBox* agency = editor.agencyComboBox(0);
    ASSERT_NE(agency, nullptr);
    QStringList names;
    for (int i = 0; i < agency->count(); ++i)
        names << agency->itemText(i);
    EXPECT_EQ(names,
              (QStringList{u"Ban Dân vận Tỉnh ủy"_s, u"Ban Tổ chức Tỉnh ủy"_s, u"Công an tỉnh"_s,
                           u"Đảng ủy Khối"_s, u"Ủy ban nhân dân tỉnh"_s}));

    editor.roleComboBox(1)->setCurrentIndex(
            editor.roleComboBox(1)->findData(static_cast<int>(ed::AgencyRole::Reporting)));
    EXPECT_EQ(editor.assignments().at(1).role, ed::AgencyRole::Reporting);

    auto* table = child<QAbstractItemView>(editor, u"assignmentTableWidget"_s);
    auto* remove = child<QPushButton>(editor, u"removeAssignmentButton"_s);
    ASSERT_TRUE(table && remove);
    table->setCurrentIndex(table->model()->index(0, 0));
    ASSERT_TRUE(remove->isEnabled());
    remove->click();
    ASSERT_EQ(editor.assignments().size(), 2);
    EXPECT_EQ(editor.assignments().first().role, ed::AgencyRole::Reporting);
}
