#include "ui/masterdata/RoutingPage.h"

#include "app/Document.h"
#include "app/models/ItemChoiceModel.h"
#include "app/models/Roles.h"
#include "app/models/RoutingTableModel.h"
#include "ui/masterdata/Choices.h"
#include "ui/masterdata/FieldDelegate.h"
#include "ui/masterdata/RefusalBanner.h"
#include "ui/masterdata/ViewAction.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

RoutingPage::RoutingPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document),
      m_items(new app::ItemChoiceModel(document, app::ItemChoiceModel::Scope::Make, this)),
      m_filtered(new QSortFilterProxyModel(this)), m_model(new app::RoutingTableModel(document, this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this)), m_title(new QLabel(this)),
      m_banner(new RefusalBanner(this)), m_lotSize(new QDoubleSpinBox(this)), m_table(new QTableView(this))
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createItemList());
    splitter->addWidget(createOperationsPanel());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_model, &app::RoutingTableModel::editRefused, m_banner, &RefusalBanner::showMessage);
    connect(&m_document, &app::Document::masterDataChanged, m_banner, &QWidget::hide);
    connect(&m_document, &app::Document::factoryReset, m_banner, &QWidget::hide);
    connect(m_items, &QAbstractItemModel::modelReset, this, [this] {
        if (m_items->rowOf(m_model->item()) < 0)
            showItem(m_items->codeAt(0));
        keepListOnItem();
    });
    showItem(m_items->codeAt(0));
}

QWidget* RoutingPage::createItemList()
{
    m_items->setMarkMissingRouting(true);
    m_filtered->setSourceModel(m_items);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter make items"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    m_list->setModel(m_filtered);
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(10, 10)); // the routing marker is a small swatch
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showItem(current.data(app::KeyRole).toString());
            });

    QPixmap swatch(12, 12);
    swatch.fill(app::ItemChoiceModel::missingRoutingColor());
    auto* marker = new QLabel(this);
    marker->setPixmap(swatch);
    auto* legend = new QHBoxLayout;
    legend->addWidget(marker);
    legend->addWidget(new QLabel(tr("No routing yet"), this), 1);

    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(legend);
    return panel;
}

QWidget* RoutingPage::createOperationsPanel()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* editors = new FieldDelegate(this);
    editors->setChoices(app::RoutingTableModel::WorkCenter, [this] { return workCenterChoices(m_document.factory()); });
    editors->setNumber(app::RoutingTableModel::Seq, {1, 99999, 0, {}});
    for (int column = app::RoutingTableModel::Setup; column <= app::RoutingTableModel::Move; ++column)
        editors->setNumber(column, {0, 1e7, 3, {}});
    m_table->setItemDelegate(editors);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);

    m_lotSize->setRange(1, 1e7);
    m_lotSize->setDecimals(0);
    m_lotSize->setValue(m_model->lotSize());
    connect(m_lotSize, &QDoubleSpinBox::valueChanged, m_model, &app::RoutingTableModel::setLotSize);

    auto* panel = new QWidget(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Lot size"), panel));
    bar->addWidget(m_lotSize);
    const auto command = [this, panel, bar](const QString& text, const QKeySequence& key,
                                            const std::function<void()>& run) {
        addActionButton(bar, addViewAction(m_table, text, key, run), panel);
    };
    command(tr("Add operation"), QKeySequence(Qt::Key_Insert), [this] { addOperation(); });
    command(tr("Delete"), QKeySequence(QKeySequence::Delete), [this] { deleteOperation(); });
    command(tr("Move up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveOperation(-1); });
    command(tr("Move down"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveOperation(+1); });

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    return panel;
}

void RoutingPage::showItem(const QString& code)
{
    m_model->setItem(code);
    const int row = m_items->rowOf(code);
    m_title->setText(row < 0 ? QString() : tr("Routing of %1").arg(m_items->index(row).data().toString()));
    keepListOnItem();
}

void RoutingPage::keepListOnItem()
{
    const QModelIndex current = m_filtered->mapFromSource(m_items->index(m_items->rowOf(m_model->item())));
    if (current != m_list->currentIndex()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(current);
    }
}

void RoutingPage::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, app::RoutingTableModel::Seq));
}

void RoutingPage::addOperation()
{
    if (m_model->addOperation())
        selectRow(m_model->rowCount() - 1);
}

void RoutingPage::deleteOperation()
{
    const int row = m_table->currentIndex().row();
    if (row >= 0 && m_model->removeOperation(row))
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void RoutingPage::moveOperation(int delta)
{
    const int row = m_table->currentIndex().row();
    if (row >= 0 && m_model->moveOperation(row, delta))
        selectRow(row + delta);
}

} // namespace pmc::ui
