#include "ui/ColumnChooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace pmc::ui {

ColumnChooser::ColumnChooser(QHeaderView* header, const QString& settingsKey, QObject* parent)
    : QObject(parent), m_header(header), m_settingsKey(settingsKey)
{
    const QByteArray state = QSettings().value(settingsName()).toByteArray();
    if (!state.isEmpty())
        m_header->restoreState(state);
    // A layout saved by another version could hide everything; a table without columns
    // would leave no header to right-click.
    if (m_header->count() > 0 && visibleCount() == 0)
        showAllColumns();
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::openMenu);
}

QString ColumnChooser::settingsName() const
{
    return QStringLiteral("tables/%1/header").arg(m_settingsKey);
}

int ColumnChooser::visibleCount() const
{
    return m_header->count() - m_header->hiddenSectionCount();
}

void ColumnChooser::addEntries(QMenu& menu)
{
    const QAbstractItemModel* model = m_header->model();
    const bool lastVisible = visibleCount() == 1;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString title = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction* action = menu.addAction(title.simplified());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(!(lastVisible && action->isChecked()));
        connect(action, &QAction::toggled, this, [this, logical](bool shown) { setColumnHidden(logical, !shown); });
    }
    menu.addSeparator();
    QAction* all = menu.addAction(tr("Show all columns"));
    all->setEnabled(m_header->hiddenSectionCount() > 0);
    connect(all, &QAction::triggered, this, &ColumnChooser::showAllColumns);
}

void ColumnChooser::setColumnHidden(int logicalColumn, bool hidden)
{
    if (hidden == m_header->isSectionHidden(logicalColumn) || (hidden && visibleCount() <= 1))
        return;
    m_header->setSectionHidden(logicalColumn, hidden);
    if (!hidden && m_header->sectionSize(logicalColumn) == 0)
        m_header->resizeSection(logicalColumn, m_header->defaultSectionSize());
    saveLayout();
}

void ColumnChooser::showAllColumns()
{
    for (int logical = 0; logical < m_header->count(); ++logical)
        m_header->setSectionHidden(logical, false);
    saveLayout();
}

void ColumnChooser::saveLayout() const
{
    QSettings().setValue(settingsName(), m_header->saveState());
}

void ColumnChooser::openMenu(const QPoint& position)
{
    QMenu menu;
    addEntries(menu);
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

} // namespace pmc::ui
