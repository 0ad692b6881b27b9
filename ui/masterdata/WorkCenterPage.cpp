#include "ui/masterdata/WorkCenterPage.h"

#include "app/Document.h"
#include "app/models/WorkCenterTreeModel.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/RecordDialog.h"
#include "ui/masterdata/RefusalBanner.h"
#include "ui/masterdata/ViewAction.h"
#include "ui/masterdata/WorkCenterForm.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

using Level = app::WorkCenterTreeModel::Level;

WorkCenterPage::WorkCenterPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new app::WorkCenterTreeModel(document, this)),
      m_tree(new QTreeView(this)), m_form(new WorkCenterForm(this)), m_apply(new QPushButton(tr("Apply"), this)),
      m_revert(new QPushButton(tr("Revert"), this)), m_banner(new RefusalBanner(this))
{
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto command = [this, toolBar](const QString& text, const QKeySequence& key,
                                         const std::function<void()>& run) {
        toolBar->addAction(addViewAction(m_tree, text, key, run));
    };
    command(tr("Add work center..."), QKeySequence(Qt::Key_Insert), [this] { addWorkCenter(); });
    command(tr("Delete work center"), QKeySequence(QKeySequence::Delete), [this] { deleteWorkCenter(); });
    command(tr("Rename / edit"), QKeySequence(Qt::Key_F2), [this] { renameOrEdit(); });

    auto* box = new QGroupBox(tr("Work center"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_form);
    boxLayout->addLayout(buttons);
    boxLayout->addStretch(1);
    connect(m_apply, &QPushButton::clicked, this, &WorkCenterPage::applyForm);
    connect(m_revert, &QPushButton::clicked, this, &WorkCenterPage::loadForm);
    // Enter in a field applies, as in any form.
    for (QLineEdit* edit : m_form->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::returnPressed, this, &WorkCenterPage::applyForm);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(box);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_model, &app::WorkCenterTreeModel::editRefused, m_banner, &RefusalBanner::showMessage);
    connect(&m_document, &app::Document::masterDataChanged, m_banner, &QWidget::hide);
    connect(&m_document, &app::Document::factoryReset, m_banner, &QWidget::hide);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkCenterPage::loadForm);
    // An undo changes what the form shows; other edits leave what the planner is typing alone.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const core::WorkCenter* wc = m_model->workCenter(m_tree->currentIndex());
        if (!wc || !(*wc == m_form->loaded()))
            loadForm();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkCenterPage::restoreSelection);
    restoreSelection();
}

void WorkCenterPage::selectWorkCenter(const QString& code)
{
    const QModelIndex index = m_model->indexOf(code);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void WorkCenterPage::loadForm()
{
    const core::WorkCenter* wc = m_model->workCenter(m_tree->currentIndex());
    m_form->setEnabled(wc != nullptr);
    m_apply->setEnabled(wc != nullptr);
    m_revert->setEnabled(wc != nullptr);
    m_selectedCode = wc ? QString::fromStdString(wc->code) : QString();
    m_form->setWorkCenter(wc ? *wc : core::WorkCenter{}, m_model->workshops());
}

void WorkCenterPage::restoreSelection()
{
    m_tree->expandAll();
    // The work center selected before, else the first one, so the form is never idle.
    const auto& workCenters = m_document.factory().workCenters;
    if (!m_model->indexOf(m_selectedCode).isValid() && !workCenters.empty())
        m_selectedCode = QString::fromStdString(workCenters.front().code);
    selectWorkCenter(m_selectedCode);
    loadForm();
}

void WorkCenterPage::applyForm()
{
    const core::WorkCenter* current = m_model->workCenter(m_tree->currentIndex());
    if (!current)
        return;
    const core::WorkCenter before = *current;
    const core::WorkCenter after = m_form->workCenter();
    // Keep following the work center when its code is what changed.
    if (m_model->changeWorkCenter(before, after))
        selectWorkCenter(QString::fromStdString(after.code));
}

void WorkCenterPage::addWorkCenter()
{
    const QModelIndex current = m_tree->currentIndex();
    core::WorkCenter draft;
    draft.workshop = m_model->workshopOf(current).toStdString();
    draft.line = m_model->lineOf(current).toStdString();
    RecordDialog dialog(tr("Add work center"), this);
    auto* form = new WorkCenterForm(&dialog);
    form->setWorkCenter(draft, m_model->workshops());
    dialog.addField(QString(), form);
    const auto& workCenters = m_document.factory().workCenters;
    dialog.setCheck([form, &workCenters]() -> QString {
        const core::WorkCenter wc = form->workCenter();
        if (wc.code.empty())
            return tr("Enter a code that no other work center has.");
        if (std::any_of(workCenters.begin(), workCenters.end(), [&](const core::WorkCenter& w) { return w.code == wc.code; }))
            return tr("Work center %1 already exists.").arg(QString::fromStdString(wc.code));
        if (wc.workshop.empty())
            return tr("Enter the workshop.");
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::WorkCenter added = form->workCenter();
    if (m_model->addWorkCenter(added))
        selectWorkCenter(QString::fromStdString(added.code));
}

void WorkCenterPage::deleteWorkCenter()
{
    const core::WorkCenter* current = m_model->workCenter(m_tree->currentIndex());
    if (!current)
        return;
    const core::WorkCenter wc = *current;
    // A refused delete puts the work center back after the others, possibly on another row.
    if (!m_model->deleteWorkCenter(wc))
        selectWorkCenter(QString::fromStdString(wc.code));
}

void WorkCenterPage::renameOrEdit()
{
    const QModelIndex current = m_tree->currentIndex();
    const Level level = m_model->level(current);
    if (level == Level::Workshop || level == Level::Line) {
        m_tree->edit(current.siblingAtColumn(app::WorkCenterTreeModel::Name));
    } else if (level == Level::WorkCenter) {
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->selectAll();
    }
}

} // namespace pmc::ui
