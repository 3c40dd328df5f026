#include "gui/agencies/agenciespage.h"
#include "gui/agencies/agencydialog.h"
#include "gui/agencies/importproblemsdialog.h"
#include "gui/widgets/problemlabel.h"
#include "windowtest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ed::Agency;
using ed::AgencyId;
using ed::gui::AgenciesPage;
using ed::gui::AgencyDialog;
using ed::gui::MainWindow;

namespace {

class AgencyEditingTest : public ed::test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        m_window->showArea(MainWindow::Area::Agencies);
        m_page = qobject_cast<AgenciesPage*>(m_window->page(MainWindow::Area::Agencies));
        ASSERT_NE(m_page, nullptr);
    }

    QList<Agency> agencies() const { return planService().agencies().value(); }
    std::optional<Agency> agencyNamed(const QString& name) const
    {
        for (const Agency& a : agencies()) {
            if (a.name == name)
                return a;
        }
        return std::nullopt;
    }
    /// Fills an AgencyDialog and presses OK; returns the dialog's result.
    static int fill(QDialog& dialog, const QString& name, const QString& parent)
    {
        EXPECT_NE(qobject_cast<AgencyDialog*>(&dialog), nullptr);
        childOf<QLineEdit>(dialog, u"nameLineEdit"_s)->setText(name);
        childOf<QComboBox>(dialog, u"parentComboBox"_s)->setEditText(parent);
        auto* buttons = childOf<QDialogButtonBox>(dialog, u"buttonBox"_s);
        EXPECT_TRUE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();
        return dialog.result();
    }
    /// The name of the tree row's parent that shows `name`, or "<top>"; empty when not shown.
    QString parentShownFor(const QString& name) const
    {
        auto* tree = onPage<QTreeView>(MainWindow::Area::Agencies, u"agenciesTreeView"_s);
        const QModelIndexList found =
                tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                     Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return {};
        return found.first().parent().isValid() ? found.first().parent().data().toString()
                                                : u"<top>"_s;
    }

    AgenciesPage* m_page = nullptr;
};

const QString kNewName = u"Ban Chỉ đạo bầu cử huyện Bù Đốp"_s;
const QString kParent = u"Tỉnh ủy Bình Phước (TU)"_s;

} // namespace

TEST_F(AgencyEditingTest, AddEditAndDeleteAreUndoneAndRedoneThroughTheEditMenu)
{
    QAction* undo = windowAction(u"undoAction"_s);
    QAction* redo = windowAction(u"redoAction"_s);
    ASSERT_TRUE(undo && redo);
    const qsizetype before = agencies().size();

    answer = [](QDialog& dialog) { return fill(dialog, kNewName, kParent); };
    m_page->newAgency();
    const auto added = agencyNamed(kNewName);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->parent, agencyNamed(u"Tỉnh ủy Bình Phước"_s)->id);
    EXPECT_EQ(m_page->currentAgencyId(), added->id); // the new agency is selected
    EXPECT_EQ(parentShownFor(kNewName), u"Tỉnh ủy Bình Phước"_s);
    undo->trigger();
    EXPECT_FALSE(agencyNamed(kNewName));
    EXPECT_EQ(agencies().size(), before);
    EXPECT_TRUE(parentShownFor(kNewName).isEmpty());
    redo->trigger();
    ASSERT_TRUE(agencyNamed(kNewName));
    EXPECT_EQ(agencyNamed(kNewName)->id, added->id);

    // Edit: a new name and no parent.
    ASSERT_TRUE(m_page->selectAgency(added->id));
    const QString renamed = u"Ban Chỉ đạo bầu cử thị xã Bình Long"_s;
    answer = [&](QDialog& dialog) { return fill(dialog, renamed, QString()); };
    m_page->editAgency();
    ASSERT_TRUE(agencyNamed(renamed));
    EXPECT_FALSE(agencyNamed(renamed)->parent.isValid());
    EXPECT_EQ(parentShownFor(renamed), u"<top>"_s);
    EXPECT_EQ(m_page->currentAgencyId(), added->id); // kept through the reload
    undo->trigger();
    EXPECT_FALSE(agencyNamed(renamed));
    EXPECT_EQ(agencyNamed(kNewName)->parent, added->parent);
    redo->trigger();
    EXPECT_TRUE(agencyNamed(renamed));

    // Delete: nothing refers to it, so a confirmation is asked.
    ASSERT_TRUE(m_page->selectAgency(added->id));
    QString question;
    answer = [&](QDialog& dialog) {
        question = qobject_cast<QMessageBox*>(&dialog)->text();
        return static_cast<int>(QMessageBox::Yes);
    };
    m_page->deleteAgency();
    EXPECT_TRUE(question.contains(renamed)) << question.toStdString();
    EXPECT_FALSE(agencyNamed(renamed));
    undo->trigger();
    ASSERT_TRUE(agencyNamed(renamed));
    EXPECT_EQ(agencyNamed(renamed)->id, added->id);
    redo->trigger();
    EXPECT_FALSE(agencyNamed(renamed));
}

TEST_F(AgencyEditingTest, DeletingAnAgencyAMeetingRefersToSaysWhatRefersToItAndDeletesNothing)
{
    const auto agency = agencyNamed(u"Ban Tổ chức Tỉnh ủy Bình Phước"_s);
    ASSERT_TRUE(agency);
    ASSERT_TRUE(m_page->selectAgency(agency->id));
    const QList<Agency> before = agencies();
    QStringList shown;
    answer = [&](QDialog& dialog) {
        auto* box = qobject_cast<QMessageBox*>(&dialog);
        EXPECT_NE(box, nullptr);
        EXPECT_EQ(box->standardButtons(), QMessageBox::Ok); // explained, not offered
        shown << box->text();
        return static_cast<int>(QMessageBox::Ok);
    };
    m_page->deleteAgency();
    ASSERT_EQ(shown.size(), 1);
    const QString text = shown.first();
    EXPECT_TRUE(text.contains(u"Cuộc họp"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"(01-KH/BCĐ)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"III.8 (01-KH/BCĐ)"_s)) << text.toStdString();
    EXPECT_EQ(agencies(), before);
    EXPECT_EQ(m_window->undoStack().count(), 0);
}

TEST_F(AgencyEditingTest, DeletingAnAgencyWithAgenciesUnderItNamesThem)
{
    const auto agency = agencyNamed(u"Bộ Chính trị"_s);
    const auto parent = agencyNamed(u"Ban Bí thư"_s);
    ASSERT_TRUE(agency && parent);
    ASSERT_TRUE(m_page->selectAgency(parent->id));
    QString text;
    answer = [&](QDialog& dialog) {
        text = qobject_cast<QMessageBox*>(&dialog)->text();
        return static_cast<int>(QMessageBox::Ok);
    };
    m_page->deleteAgency();
    EXPECT_TRUE(text.contains(u"Thường trực Ban Bí thư"_s)) << text.toStdString();
    EXPECT_TRUE(agencyNamed(u"Ban Bí thư"_s));
}

TEST_F(AgencyEditingTest, TheTreeShowsAChildUnderItsParent)
{
    EXPECT_EQ(parentShownFor(u"Hội đồng bầu cử quốc gia"_s), u"Quốc hội"_s);
    EXPECT_EQ(parentShownFor(u"Ban Tổ chức Tỉnh ủy Bình Phước"_s), u"Tỉnh ủy Bình Phước"_s);
    EXPECT_EQ(parentShownFor(u"Quốc hội"_s), u"<top>"_s);
    // A search keeps the parents of a match visible.
    onPage<QLineEdit>(MainWindow::Area::Agencies, u"searchLineEdit"_s)->setText(u"bau cu quoc"_s);
    EXPECT_EQ(parentShownFor(u"Hội đồng bầu cử quốc gia"_s), u"Quốc hội"_s);
    EXPECT_TRUE(parentShownFor(u"Chính phủ"_s).isEmpty());
}

TEST_F(AgencyEditingTest, TheDialogDisablesOkForAnEmptyNameAndAnUnknownParent)
{
    const QList<Agency> directory = agencies();
    AgencyDialog dialog(directory, Agency{});
    auto* name = childOf<QLineEdit>(dialog, u"nameLineEdit"_s);
    auto* parent = childOf<QComboBox>(dialog, u"parentComboBox"_s);
    auto* problem = childOf<ed::gui::ProblemLabel>(dialog, u"nameProblemLabel"_s);
    QPushButton* ok =
            childOf<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(problem->isHidden());
    EXPECT_FALSE(problem->text().isEmpty());
    name->setText(u"Ủy ban bầu cử huyện Lộc Ninh"_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(problem->isHidden());
    name->setText(u"   "_s);
    EXPECT_FALSE(ok->isEnabled());
    name->setText(u"Ủy ban bầu cử huyện Lộc Ninh"_s);
    parent->setEditText(u"Không có cơ quan này"_s);
    EXPECT_FALSE(ok->isEnabled());
    parent->setEditText(kParent);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.agency().parent, agencyNamed(u"Tỉnh ủy Bình Phước"_s)->id);
}

TEST_F(AgencyEditingTest, TheParentChooserLeavesOutTheAgencyAndEverythingUnderIt)
{
    const QList<Agency> directory = agencies();
    const auto province = agencyNamed(u"Tỉnh ủy Bình Phước"_s);
    ASSERT_TRUE(province);
    AgencyDialog dialog(directory, *province);
    auto* parent = childOf<QComboBox>(dialog, u"parentComboBox"_s);
    QStringList offered;
    for (int i = 0; i < parent->count(); ++i)
        offered << parent->itemText(i);
    EXPECT_FALSE(offered.join(u'|').contains(u"Tỉnh ủy Bình Phước"_s));
    EXPECT_FALSE(offered.join(u'|').contains(u"Thường trực Tỉnh ủy Bình Phước"_s)); // grandchild
    EXPECT_TRUE(offered.contains(u"Quốc hội (QH)"_s));
}

TEST_F(AgencyEditingTest, AnImportWithABadLineShowsTheProblemAndWritesNothing)
{
    const QString path = m_dir.filePath(u"agencies.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"name,abbreviation,level,kind,parent\n"
               "Ủy ban bầu cử huyện Lộc Ninh,UBBC huyện,district,election_body,UBBC tỉnh\n"
               "Ban bầu cử số 1,,tinh,election_body,\n"_s.toUtf8());
    file.close();
    const QList<Agency> before = agencies();
    QString problems;
    QString question;
    answer = [&](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
            question = box->text();
            return static_cast<int>(QMessageBox::Yes);
        }
        auto* text = childOf<QPlainTextEdit>(dialog, u"importProblemsPlainTextEdit"_s);
        EXPECT_TRUE(text->isReadOnly());
        problems = text->toPlainText();
        return static_cast<int>(QDialog::Rejected);
    };
    m_page->importFile(path);
    EXPECT_TRUE(question.contains(u"Undo"_s)) << question.toStdString(); // says: not undoable
    EXPECT_TRUE(problems.contains(u"Line 3, column 3 (level)"_s)) << problems.toStdString();
    EXPECT_TRUE(problems.contains(u"\"tinh\""_s)) << problems.toStdString();
    EXPECT_EQ(agencies(), before);
}

TEST_F(AgencyEditingTest, AGoodImportReportsWhatItAddedAndShowsIt)
{
    const QString path = m_dir.filePath(u"agencies.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"name,abbreviation,level,kind,parent\n"
               "Ủy ban bầu cử huyện Lộc Ninh,UBBC huyện,district,election_body,"
               "Ủy ban bầu cử tỉnh Bình Phước\n"_s.toUtf8());
    file.close();
    QString report;
    answer = [&](QDialog& dialog) {
        auto* box = qobject_cast<QMessageBox*>(&dialog);
        EXPECT_NE(box, nullptr);
        if (box->standardButtons() & QMessageBox::Yes)
            return static_cast<int>(QMessageBox::Yes);
        report = box->text();
        return static_cast<int>(QMessageBox::Ok);
    };
    // An edit made before the import cannot be undone after it: the undo could overwrite what
    // the file brought.
    auto* undo = windowAction(u"undoAction"_s);
    m_window->undoStack().push(new QUndoCommand(u"earlier edit"_s));
    ASSERT_TRUE(undo->isEnabled());
    m_page->importFile(path);
    EXPECT_TRUE(report.contains(u"1 added, 0 updated, 0 unchanged"_s)) << report.toStdString();
    EXPECT_EQ(m_window->undoStack().count(), 0);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_EQ(parentShownFor(u"Ủy ban bầu cử huyện Lộc Ninh"_s),
              u"Ủy ban bầu cử tỉnh Bình Phước"_s);
}

TEST_F(AgencyEditingTest, CtrlNOpensTheDialogOfTheAreaShownAndDelAsksAboutTheSelection)
{
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QStringList seen;
    answer = [&](QDialog& dialog) {
        seen << QString::fromLatin1(dialog.metaObject()->className());
        return static_cast<int>(QDialog::Rejected);
    };
    auto* tree = onPage<QTreeView>(MainWindow::Area::Agencies, u"agenciesTreeView"_s);
    ASSERT_TRUE(m_page->selectAgency(agencyNamed(u"Quốc hội"_s)->id));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(tree, Qt::Key_Delete);
    QTest::keyClick(tree, Qt::Key_Return);
    m_window->showArea(MainWindow::Area::Tasks);
    auto* tasks = onPage<QTableView>(MainWindow::Area::Tasks, u"tasksTableView"_s);
    tasks->setFocus();
    QTest::keyClick(tasks, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(seen, (QStringList{u"ed::gui::AgencyDialog"_s, u"QMessageBox"_s,
                                 u"ed::gui::AgencyDialog"_s, u"ed::gui::TaskDialog"_s}));
}
