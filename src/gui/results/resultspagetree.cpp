// The ResultsPage's unit tree: the evaluation on a worker thread, the search over the tree in
// memory, the selection and which units are open.

#include "core/searchkey.h"
#include "gui/results/evaluationjob.h"
#include "gui/results/resultspage.h"
#include "gui/results/resultstreemodel.h"
#include "logging/log.h"
#include "services/workspace.h"

#include "ui_resultspage.h"

#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace ed::gui {

namespace {

/// A search opens the units above this many matches at most (the first in tree order); the
/// others stay reachable under their closed parents, so a search for "xa" does not create the
/// rows of a whole nation.
constexpr int kOpenedMatches = 50;
/// Without a search the top levels open (two at most: a province's districts and communes)
/// while the rows they add stay under this: a provincial database opens, a national one not.
constexpr int kOpenedRows = 400;

} // namespace

void ResultsPage::startEvaluation()
{
    if (m_job) {
        // The running evaluation may have read before the change that asked for this one.
        m_evaluateAgain = true;
        return;
    }
    m_job = new EvaluationJob(m_workspace.filePath(), m_workspace.clock(), this);
    connect(m_job, &EvaluationJob::finished, this, &ResultsPage::evaluationFinished);
    setEvaluating(true);
    m_job->start();
}

void ResultsPage::evaluationFinished()
{
    EvaluationJob* job = std::exchange(m_job, nullptr);
    job->deleteLater();
    if (std::exchange(m_evaluateAgain, false)) {
        startEvaluation();
        return;
    }
    setEvaluating(false);
    if (const auto tree = take(job->result(), "evaluate results")) {
        showTree(*tree);
        log::gui()->info("results page ready {} ms after the reload: {} units, {} rows created, "
                         "criteria {}",
                         m_sinceReload.elapsed(), m_model->unitCount(), m_model->createdRowCount(),
                         m_model->hasCriteria());
    }
    updateActions();
    emit evaluated();
}

void ResultsPage::setEvaluating(bool evaluating)
{
    // The busy bar takes the place of the count: the crowded toolbar keeps its width.
    m_ui->countLabel->setVisible(!evaluating);
    m_evaluationBar->setVisible(evaluating);
}

void ResultsPage::showTree(std::shared_ptr<const services::ResultsTree> tree)
{
    // What the user had open and selected, read now: the tree stayed usable meanwhile.
    const UnitId current = currentUnitId();
    const QList<qint64> expanded = expandedIds();
    // Freeing the previous tree takes a while on a national database: a pool thread does it.
    if (auto previous = m_model->setTree(std::move(tree)); previous.use_count() == 1)
        QThreadPool::globalInstance()->start(
                [previous = std::move(previous)]() mutable { previous.reset(); });
    m_ui->noCriteriaBannerFrame->setVisible(!m_model->hasCriteria());
    applySearch(m_ui->searchLineEdit->text());
    if (m_loaded && m_ui->searchLineEdit->text().isEmpty() && !expanded.isEmpty())
        restoreExpanded(expanded);
    m_loaded = true;
    // Keep the selection; at first the top unit, so that the panel explains something.
    if (!(current.isValid() && selectUnit(current))) {
        const QModelIndex top = m_proxy->index(0, 0);
        if (top.isValid() && !current.isValid())
            m_ui->resultsTreeView->setCurrentIndex(top);
        showCurrent();
    }
}

void ResultsPage::applySearch(const QString& text)
{
    const QString key = searchKey(text);
    const int matches = m_model->setSearch(key);
    m_proxy->invalidate(); // ShownRole changed
    m_ui->resultsTreeView->collapseAll();
    if (key.isEmpty()) {
        openTopLevels();
        m_ui->countLabel->setText(tr("%n unit(s)", nullptr, m_model->unitCount()));
    } else {
        // Open the way to the first matches: only the rows above them are created.
        for (const UnitId id : m_model->searchMatches(kOpenedMatches)) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->reveal(id));
            for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
                m_ui->resultsTreeView->expand(up);
        }
        m_ui->countLabel->setText(tr("%n match(es)", nullptr, matches));
    }
    updateActions();
}

void ResultsPage::openTopLevels()
{
    QModelIndexList level;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        level << m_proxy->index(row, 0);
    for (int depth = 0; depth < 2 && !level.isEmpty(); ++depth) {
        int rows = 0;
        for (const QModelIndex& index : level)
            rows += m_model->childUnitCount(m_proxy->mapToSource(index));
        if (rows > kOpenedRows)
            return;
        QModelIndexList next;
        for (const QModelIndex& index : level) {
            expandUnit(index);
            for (int row = 0; row < m_proxy->rowCount(index); ++row)
                next << m_proxy->index(row, 0, index);
        }
        level = next;
    }
}

void ResultsPage::expandUnit(const QModelIndex& index)
{
    // The view fetches on expanding only once it is laid out; the rows are wanted now.
    if (m_proxy->canFetchMore(index))
        m_proxy->fetchMore(index);
    m_ui->resultsTreeView->expand(index);
}

bool ResultsPage::selectUnit(UnitId id)
{
    const QModelIndex source = m_model->reveal(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && !m_ui->searchLineEdit->text().isEmpty()) {
        m_ui->searchLineEdit->clear();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    QTreeView* tree = m_ui->resultsTreeView;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        tree->expand(up);
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
    showCurrent();
    updateActions();
    return true;
}

QList<qint64> ResultsPage::expandedIds() const
{
    QList<qint64> ids; // parents before their children
    const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_ui->resultsTreeView->isExpanded(index)) {
                ids << index.data(ResultsTreeModel::UnitIdRole).toLongLong();
                walk(index);
            }
        }
    };
    walk({});
    return ids;
}

void ResultsPage::restoreExpanded(const QList<qint64>& ids)
{
    m_ui->resultsTreeView->collapseAll();
    for (const qint64 id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->reveal(UnitId(id)));
        if (index.isValid())
            expandUnit(index);
    }
}

} // namespace ed::gui
