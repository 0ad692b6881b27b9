#include "ui/masterdata/BomPage.h"

#include "app/Document.h"
#include "app/models/BomTreeModel.h"
#include "app/models/ItemChoiceModel.h"
#include "app/models/QtDate.h"
#include "app/models/Roles.h"
#include "app/models/WhereUsedTableModel.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/AddComponentDialog.h"
#include "ui/masterdata/FieldDelegate.h"
#include "ui/masterdata/RefusalBanner.h"
#include "ui/masterdata/ViewAction.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

const QString kParentKey = QStringLiteral("masterdata/bom/parent");

} // namespace

BomPage::BomPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document),
      m_parents(new app::ItemChoiceModel(document, app::ItemChoiceModel::Scope::Make, this)),
      m_model(new app::BomTreeModel(document, this)), m_whereUsed(new app::WhereUsedTableModel(document, this)),
      m_banner(new RefusalBanner(this)), m_parentBox(new QComboBox(this)), m_quantity(new QDoubleSpinBox(this)),
      m_date(new QDateEdit(this)), m_tree(new QTreeView(this)), m_whereUsedTitle(new QLabel(this)),
      m_multiLevel(new QCheckBox(tr("Multi-level"), this)), m_whereUsedView(new QTableView(this))
{
    setUpTree();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(createWhereUsedPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_model, &app::BomTreeModel::editRefused, m_banner, &RefusalBanner::showMessage);
    connect(&m_document, &app::Document::masterDataChanged, m_banner, &QWidget::hide);
    connect(&m_document, &app::Document::factoryReset, m_banner, &QWidget::hide);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
        // Dates usually appear only deeper down, in rows not built yet: keep room for them.
        const int dateWidth = m_tree->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16;
        for (int column : {app::BomTreeModel::ValidFrom, app::BomTreeModel::ValidTo})
            m_tree->header()->resizeSection(column, std::max(dateWidth, m_tree->header()->sectionSize(column)));
        updateWhereUsed();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &BomPage::updateWhereUsed);
    connect(m_parents, &QAbstractItemModel::modelReset, this, &BomPage::keepPickerOnParent);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        m_date->setDate(app::toQDate(m_document.factory().settings.today));
        if (m_document.factory().itemIndex(m_model->parentItem().toStdString()) < 0)
            showParent(m_parents->codeAt(0));
    });

    m_date->setDate(app::toQDate(m_document.factory().settings.today));
    const QString remembered = QSettings().value(kParentKey).toString();
    showParent(m_parents->rowOf(remembered) >= 0 ? remembered : m_parents->codeAt(0));
}

QWidget* BomPage::createToolbar()
{
    m_parentBox->setEditable(true);
    m_parentBox->setModel(m_parents);
    m_parentBox->setInsertPolicy(QComboBox::NoInsert);
    m_parentBox->setMinimumContentsLength(28);
    // Sized from the minimum length, not from measuring every item of a large item master.
    m_parentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parentBox->lineEdit()->setPlaceholderText(tr("Code or name of a make item"));
    m_parentBox->completer()->setFilterMode(Qt::MatchContains);
    m_parentBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_parentBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_parentBox, &QComboBox::activated, this, [this](int row) { showParent(m_parents->codeAt(row)); });
    connect(m_parentBox->lineEdit(), &QLineEdit::returnPressed, this, &BomPage::choosePickedParent);

    m_quantity->setRange(0.001, 1e9);
    m_quantity->setDecimals(3);
    m_quantity->setValue(m_model->topQuantity());
    connect(m_quantity, &QDoubleSpinBox::valueChanged, m_model, &app::BomTreeModel::setTopQuantity);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("Rows not valid on this date are greyed and not counted"));
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) { m_model->setDate(app::toCoreDate(date)); });

    QAction* add =
        addViewAction(m_tree, tr("Add component..."), QKeySequence(Qt::Key_Insert), [this] { addComponent(); });
    QAction* remove =
        addViewAction(m_tree, tr("Delete row"), QKeySequence(QKeySequence::Delete), [this] { deleteRow(); });

    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Parent item"), bar));
    layout->addWidget(m_parentBox, 2);
    layout->addWidget(new QLabel(tr("Quantity"), bar));
    layout->addWidget(m_quantity);
    layout->addWidget(new QLabel(tr("Valid on"), bar));
    layout->addWidget(m_date);
    layout->addStretch(1);
    addActionButton(layout, add, bar);
    addActionButton(layout, remove, bar);
    return bar;
}

void BomPage::setUpTree()
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // a deep BOM scrolls without measuring every row
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* editors = new FieldDelegate(this);
    editors->setNumber(app::BomTreeModel::QtyPer, {0, 1e9, 4, {}});
    editors->setNumber(app::BomTreeModel::ScrapRate, {0, 10, 4, {}});
    m_tree->setItemDelegate(editors);
    // Deeper rows are indented further: the code column grows with what is expanded.
    connect(m_tree, &QTreeView::expanded, m_tree,
            [this] { m_tree->resizeColumnToContents(app::BomTreeModel::Component); });
}

QWidget* BomPage::createWhereUsedPanel()
{
    m_whereUsedView->setModel(m_whereUsed);
    m_whereUsedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_whereUsedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_whereUsedView->setAlternatingRowColors(true);
    m_whereUsedView->verticalHeader()->hide();
    m_whereUsedView->verticalHeader()->setDefaultSectionSize(m_whereUsedView->fontMetrics().height() + 8);
    m_whereUsedView->horizontalHeader()->setSectionResizeMode(app::WhereUsedTableModel::Name, QHeaderView::Stretch);
    m_whereUsedView->setToolTip(tr("Double-click a parent to open its BOM"));
    connect(m_whereUsed, &QAbstractItemModel::modelReset, m_whereUsedView, &QTableView::resizeColumnsToContents);
    connect(m_multiLevel, &QCheckBox::toggled, m_whereUsed, &app::WhereUsedTableModel::setMultiLevel);
    connect(m_whereUsedView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showParent(index.data(app::KeyRole).toString()); });

    auto* panel = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_whereUsedTitle, 1);
    header->addWidget(m_multiLevel);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_whereUsedView, 1);
    return panel;
}

void BomPage::showParent(const QString& code)
{
    m_model->setParentItem(code);
    keepPickerOnParent();
    if (!code.isEmpty())
        QSettings().setValue(kParentKey, code);
    updateWhereUsed();
}

void BomPage::choosePickedParent()
{
    const QString code = app::ItemChoiceModel::codeOfChoice(m_parentBox->currentText());
    if (m_document.factory().itemIndex(code.toStdString()) >= 0)
        showParent(code);
}

void BomPage::keepPickerOnParent()
{
    const QSignalBlocker blocker(m_parentBox);
    const int row = m_parents->rowOf(m_model->parentItem());
    m_parentBox->setCurrentIndex(row);
    if (row < 0)
        m_parentBox->setEditText(m_model->parentItem());
}

void BomPage::updateWhereUsed()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString code = current.isValid() ? current.siblingAtColumn(0).data(app::KeyRole).toString()
                                           : m_model->parentItem();
    m_whereUsed->setItem(code);
    m_whereUsedTitle->setText(tr("Where used: %1").arg(code));
}

void BomPage::addComponent()
{
    // Into the BOM that is open at the selection: an expanded row's own, else its parent's.
    QString parentCode = m_model->parentItem();
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (current.isValid()) {
        parentCode = m_tree->isExpanded(current) ? current.data(app::KeyRole).toString()
                                                 : QString::fromStdString(m_model->line(current)->parent);
    }
    AddComponentDialog dialog(m_document, parentCode, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->addLine(dialog.line());
}

void BomPage::deleteRow()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        m_model->removeLine(current);
}

} // namespace pmc::ui
