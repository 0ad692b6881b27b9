#include "ui/FrozenColumnTable.h"

#include "ui/masterdata/ViewAction.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace pmc::ui {

namespace {

void setUpView(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view->horizontalHeader()->setHighlightSections(false);
    // Both views keep a horizontal bar, so their viewports (and last rows) have one height.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view->setWordWrap(false);
}

} // namespace

FrozenColumnTable::FrozenColumnTable(QAbstractItemModel* model, int frozenColumns, QWidget* parent)
    : QWidget(parent), m_frozen(new QTableView(this)), m_scrolling(new QTableView(this)), m_frozenColumns(frozenColumns)
{
    setUpView(m_frozen, model);
    setUpView(m_scrolling, model);
    m_frozen->setObjectName(QStringLiteral("FrozenColumns"));
    m_scrolling->setObjectName(QStringLiteral("ScrollingColumns"));
    m_frozen->setSelectionModel(m_scrolling->selectionModel());
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->horizontalHeader()->setResizeContentsPrecision(60);
    m_scrolling->horizontalHeader()->setDefaultSectionSize(m_scrolling->fontMetrics().horizontalAdvance(QStringLiteral("99,999.99")) + 14);
    connect(m_scrolling->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, m_scrolling->verticalScrollBar(), &QScrollBar::setValue);
    for (QTableView* view : {m_frozen, m_scrolling})
        connect(view, &QTableView::doubleClicked, this, &FrozenColumnTable::cellActivated);
    QAction* activate = addViewAction(m_scrolling, tr("Show what makes this number"), QKeySequence(Qt::Key_Return), [this] {
        if (const QModelIndex current = m_scrolling->currentIndex(); current.isValid())
            emit cellActivated(current);
    });
    activate->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTable::layoutColumns);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_frozen);
    layout->addWidget(m_scrolling, 1);
    layoutColumns();
}

void FrozenColumnTable::layoutColumns()
{
    const int columns = m_scrolling->model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        m_frozen->setColumnHidden(column, column >= m_frozenColumns);
        m_scrolling->setColumnHidden(column, column < m_frozenColumns);
    }
    int width = 2 * m_frozen->frameWidth();
    for (int column = 0; column < std::min(columns, m_frozenColumns); ++column) {
        m_frozen->resizeColumnToContents(column);
        m_frozen->setColumnWidth(column, std::min(m_frozen->columnWidth(column) + 8, 200));
        width += m_frozen->columnWidth(column);
    }
    m_frozen->setFixedWidth(std::max(width, 40));
    // Day headers have two lines; the frozen header must be as tall, or the rows drift apart.
    const int height = std::max(m_frozen->horizontalHeader()->sizeHint().height(),
                                m_scrolling->horizontalHeader()->sizeHint().height());
    m_frozen->horizontalHeader()->setFixedHeight(height);
    m_scrolling->horizontalHeader()->setFixedHeight(height);
}

} // namespace pmc::ui
