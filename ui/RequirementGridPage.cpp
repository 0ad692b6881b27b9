#include "ui/RequirementGridPage.h"

#include "app/Document.h"
#include "app/models/RequirementGridModel.h"
#include "ui/FrozenColumnTable.h"
#include "ui/FilterChoices.h"
#include "ui/RequirementDrillDialog.h"
#include "ui/masterdata/Choices.h"
#include "ui/masterdata/ViewAction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

const QString kBucketKey = QStringLiteral("mrp/requirements/bucketDays");

} // namespace

RequirementGridPage::RequirementGridPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new app::RequirementGridModel(document, this)),
      m_text(new QLineEdit(this)), m_buyer(new QComboBox(this)), m_supplier(new QComboBox(this)),
      m_type(new QComboBox(this)), m_onlyActionable(new QCheckBox(tr("Only with planned orders or shortages"), this)),
      m_buckets(new QComboBox(this)), m_count(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_emptyText(new QLabel(this)), m_table(new FrozenColumnTable(m_model, app::RequirementGridModel::FirstBucket, this)),
      m_filterDelay(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Item code or name"));
    m_text->setClearButtonEnabled(true);
    fillCombo(m_type, QList<Choice>{{QVariant(), tr("All types")}} + itemTypeChoices());
    m_buckets->addItem(tr("Days"), 1);
    m_buckets->addItem(tr("Weeks"), 7);
    m_buckets->setToolTip(tr("Bucket size (Ctrl+W switches)"));

    // Typing filters 100k items once the planner pauses, not on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &RequirementGridPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_buyer, m_supplier, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &RequirementGridPage::applyFilter);
    connect(m_onlyActionable, &QCheckBox::toggled, this, &RequirementGridPage::applyFilter);
    connect(m_buckets, &QComboBox::currentIndexChanged, this,
            [this] { setBucketDays(m_buckets->currentData().toInt()); });

    QTableView* grid = m_table->scrollingView();
    addViewAction(grid, tr("Days / weeks"), QKeySequence(Qt::CTRL | Qt::Key_W),
                  [this] { setBucketDays(m_model->bucketDays() == 1 ? 7 : 1); });
    grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &FrozenColumnTable::cellActivated, this, &RequirementGridPage::drillInto);

    auto* run = new QPushButton(tr("Run MRP"), this);
    connect(run, &QPushButton::clicked, this, &RequirementGridPage::runRequested);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(run, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    auto* top = new QHBoxLayout;
    top->addWidget(m_text, 2);
    top->addWidget(new QLabel(tr("Buyer:"), this));
    top->addWidget(m_buyer, 1);
    top->addWidget(new QLabel(tr("Supplier:"), this));
    top->addWidget(m_supplier, 1);
    top->addWidget(m_type, 1);
    top->addWidget(m_onlyActionable);
    top->addWidget(m_buckets);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RequirementGridPage::updateState);
    connect(&m_document, &app::Document::mrpFinished, this, &RequirementGridPage::refreshChoices);
    connect(&m_document, &app::Document::factoryReset, this, &RequirementGridPage::refreshChoices);
    refreshChoices();
    setBucketDays(QSettings().value(kBucketKey, 1).toInt());
    updateState();
}

void RequirementGridPage::setBucketDays(int days)
{
    days = days >= 7 ? 7 : 1;
    m_model->setBucketDays(days);
    const QSignalBlocker blocker(m_buckets);
    m_buckets->setCurrentIndex(m_buckets->findData(days));
    QSettings().setValue(kBucketKey, days);
}

void RequirementGridPage::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

void RequirementGridPage::refreshChoices()
{
    refillFilterCombo(m_buyer, tr("All buyers"), m_model->buyers());
    refillFilterCombo(m_supplier, tr("All suppliers"), m_model->suppliers());
    applyFilter();
}

void RequirementGridPage::applyFilter()
{
    m_filterDelay->stop();
    app::RequirementGridModel::Filter filter;
    filter.text = m_text->text();
    filter.buyer = m_buyer->currentData().toString();
    filter.supplier = m_supplier->currentData().toString();
    if (const QVariant type = m_type->currentData(); type.isValid())
        filter.type = static_cast<core::ItemType>(type.toInt());
    filter.onlyActionable = m_onlyActionable->isChecked();
    m_model->setFilter(filter);
}

void RequirementGridPage::updateState()
{
    const bool hasPlan = m_model->hasPlan();
    m_stack->setCurrentIndex(hasPlan ? 1 : 0);
    m_emptyText->setText(m_document.hasMrpResult()
        ? tr("The material requirements table needs an MRP run made since the program started "
             "(stored runs keep only planned orders and exceptions). Run MRP to build it.")
        : tr("MRP has not run on this data yet. Run MRP to build the material requirements table."));
    m_count->setText(hasPlan ? tr("%1 of %2 items").arg(m_model->itemCount()).arg(m_model->activeItemCount()) : QString());
}

RequirementDrillDialog* RequirementGridPage::drillDialog()
{
    if (!m_drill)
        m_drill = new RequirementDrillDialog(m_document, this);
    return m_drill;
}

void RequirementGridPage::drillInto(const QModelIndex& index)
{
    if (!index.isValid() || index.column() < app::RequirementGridModel::FirstBucket)
        return;
    drillDialog()->showCell(m_model->itemCode(index.row()), app::RequirementGridModel::measureOf(index.row()),
                            m_model->bucketStart(index.column()), m_model->bucketLength(index.column()));
}

} // namespace pmc::ui
