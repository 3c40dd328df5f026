// Measures the nominations review queue the way the GUI uses it, on a database the caller
// copied for it (it is migrated and its queue refreshed, so never point it at an original):
//
//   ed_bench_queue --db FILE [--runs N] [--today YYYY-MM-DD]
//
// It builds the NominationsPage as the main window does, lets the queue's full refresh finish
// (on its worker thread, as in the application), then measures on the GUI thread:
//   - each keystroke of a few searches typed letter by letter: from setting the search box's
//     text until the first screen of rows (30 rows, every column's text and icon) is ready;
//   - sorting by each column, both ways, until the first screen is ready;
//   - jumping to the end of the unfiltered queue until the last screen is ready;
//   - scrolling down screen by screen through the first 3,000 rows.
// Results go to stdout, one "name value" line each (times in ms, medians unless named
// otherwise); the log goes to stderr.

#include "core/clock.h"
#include "gui/editing/editcontext.h"
#include "gui/nominations/nominationspage.h"
#include "gui/nominations/nominationtablemodel.h"
#include "logging/log.h"
#include "services/nominationservice.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using ed::gui::NominationTableModel;

namespace {

constexpr int kScreenRows = 30;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::ranges::sort(values);
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Asks for what a view paints on one screen: every column's text and icon of `rows` rows
/// from `first`.
void touchScreen(const NominationTableModel& model, int first, int rows = kScreenRows)
{
    const int last = std::min(model.rowCount(), first + rows);
    for (int row = std::max(0, first); row < last; ++row) {
        for (int column = 0; column < NominationTableModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            (void)model.data(index, Qt::DisplayRole);
            (void)model.data(index, Qt::DecorationRole);
        }
    }
}

void print(const char* name, double value)
{
    std::printf("%s %.1f\n", name, value);
    std::fflush(stdout);
}

void print(const char* name, int value)
{
    std::printf("%s %d\n", name, value);
    std::fflush(stdout);
}

/// Runs the event loop until the page's worker-thread refresh has ended.
void waitForRefresh(ed::gui::NominationsPage& page)
{
    if (!page.isRefreshing())
        return;
    QEventLoop loop;
    QObject::connect(&page, &ed::gui::NominationsPage::queueRefreshed, &loop, [&] {
        if (!page.isRefreshing())
            loop.quit();
    });
    loop.exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ed::log::init(QString(), true);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database to measure (a copy: it is migrated)."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"How many times each measurement runs (3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"today"_s, u"Today's date for the data (2021-06-15)."_s, u"YYYY-MM-DD"_s,
                      u"2021-06-15"_s});
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QDate today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
    if (path.isEmpty() || !today.isValid()) {
        std::fprintf(stderr, "usage: ed_bench_queue --db FILE [--runs N] [--today YYYY-MM-DD]\n");
        return 2;
    }

    ed::FixedClock clock(today);
    QElapsedTimer timer;
    timer.start();
    auto opened = ed::services::Workspace::open(path, clock);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().detail));
        return 1;
    }
    ed::services::Workspace& workspace = **opened;
    print("queue_open_database_ms", elapsedMs(timer));

    ed::services::ScheduleService schedule(workspace);
    ed::services::PlanService plans(workspace);
    ed::services::NominationService nominations(workspace);
    QUndoStack undoStack;
    ed::gui::EditContext context(schedule, undoStack, clock);
    ed::gui::NominationsPage page(plans, nominations, context, workspace);
    page.resize(1400, 900);
    NominationTableModel& model = *page.model();
    auto* search = page.findChild<QLineEdit*>(u"searchLineEdit"_s);
    auto* view = page.findChild<QTableView*>(u"nominationsTableView"_s);
    if (!search || !view) {
        std::fprintf(stderr, "the page has no search box or no table\n");
        return 1;
    }

    // Opening: what the GUI thread does (the full refresh runs on its worker thread).
    timer.restart();
    page.reload();
    touchScreen(model, 0);
    print("queue_open_ms", elapsedMs(timer));
    timer.restart();
    waitForRefresh(page);
    print("queue_refresh_ms", elapsedMs(timer));
    print("queue_rows", model.rowCount());

    // (a) Keystrokes.
    const QStringList words{u"nguyen"_s, u"xa muong"_s,  u"tran thi"_s,
                            u"phuong"_s, u"to bau cu"_s, u"le an 2"_s};
    std::vector<double> keystrokes;
    for (int run = 0; run < runs; ++run) {
        for (const QString& word : words) {
            search->clear();
            for (qsizetype length = 1; length <= word.size(); ++length) {
                timer.restart();
                search->setText(word.left(length));
                touchScreen(model, 0);
                keystrokes.push_back(elapsedMs(timer));
            }
        }
    }
    search->clear();
    print("queue_keystroke_median_ms", median(keystrokes));
    print("queue_keystroke_max_ms", *std::ranges::max_element(keystrokes));

    // The same with a nomination selected (the clerk's usual case): each keystroke also finds
    // where the selected row went, and the detail pane shows it again.
    std::vector<double> selectedKeystrokes;
    for (int run = 0; run < runs; ++run) {
        for (const QString& word : words) {
            search->clear();
            view->selectionModel()->setCurrentIndex(model.index(model.rowCount() / 2, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
            for (qsizetype length = 1; length <= word.size(); ++length) {
                timer.restart();
                search->setText(word.left(length));
                touchScreen(model, 0);
                selectedKeystrokes.push_back(elapsedMs(timer));
            }
        }
    }
    search->clear();
    view->clearSelection();
    print("queue_keystroke_selected_median_ms", median(selectedKeystrokes));
    print("queue_keystroke_selected_max_ms", *std::ranges::max_element(selectedKeystrokes));

    // (b) Sorting by each column, both ways.
    std::vector<double> sorts;
    for (int run = 0; run < runs; ++run) {
        for (int column = 0; column < NominationTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                timer.restart();
                view->sortByColumn(column, order);
                touchScreen(model, 0);
                sorts.push_back(elapsedMs(timer));
            }
        }
    }
    print("queue_sort_median_ms", median(sorts));
    print("queue_sort_max_ms", *std::ranges::max_element(sorts));
    view->sortByColumn(NominationTableModel::NomineeColumn, Qt::AscendingOrder);

    // (c) Jumping to the end, nothing fetched yet.
    std::vector<double> ends;
    for (int run = 0; run < runs; ++run) {
        model.reload(model.filter()); // nothing fetched or derived
        timer.restart();
        view->scrollToBottom();
        touchScreen(model, model.rowCount() - kScreenRows);
        ends.push_back(elapsedMs(timer));
    }
    print("queue_scroll_to_end_ms", median(ends));

    // Scrolling down screen by screen from the top.
    std::vector<double> screens;
    for (int run = 0; run < runs; ++run) {
        model.reload(model.filter());
        for (int first = 0; first < std::min(model.rowCount(), 3000); first += kScreenRows) {
            timer.restart();
            touchScreen(model, first);
            screens.push_back(elapsedMs(timer));
        }
    }
    print("queue_scroll_screen_median_ms", median(screens));
    print("queue_scroll_screen_max_ms", *std::ranges::max_element(screens));
    return 0;
}
