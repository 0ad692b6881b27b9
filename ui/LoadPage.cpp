#include "ui/LoadPage.h"

#include "app/Document.h"
#include "app/models/CapacityLoadTableModel.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/LoadChartView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

constexpr int kDefaultDays = 28;
constexpr int kDefaultWeeks = 8;

} // namespace

LoadPage::LoadPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new app::CapacityLoadTableModel(document, this)),
      m_source(new QComboBox(this)), m_buckets(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_periods(new QSpinBox(this)), m_workCenter(new QComboBox(this)), m_summary(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_emptyText(new QLabel(this)),
      m_runSchedule(new QPushButton(tr("Schedule (F6)"), this)), m_runMrp(new QPushButton(tr("Run MRP (F5)"), this)),
      m_chart(new LoadChartView(m_model, this)), m_table(new QTableView(this))
{
    m_source->addItem(tr("Finite schedule"), false);
    m_source->addItem(tr("Infinite capacity (MRP)"), true);
    m_source->setToolTip(tr("Finite schedule: the load of the last schedule, never above capacity unless edited.\n"
                            "Infinite capacity: each order's whole routing time on its start day, as MRP plans it "
                            "(rough-cut), so overloads show where capacity falls short."));
    m_buckets->addItem(tr("Days"), 1);
    m_buckets->addItem(tr("Weeks"), 7);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDate(m_model->from());
    m_periods->setRange(1, 366);
    m_periods->setValue(m_model->bucketCount());
    m_periods->setToolTip(tr("Number of periods"));
    m_workCenter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setWordWrap(true);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { setInfinite(m_source->currentData().toBool()); });
    connect(m_buckets, &QComboBox::currentIndexChanged, this, [this] { setBucketDays(m_buckets->currentData().toInt()); });
    connect(m_from, &QDateEdit::dateChanged, m_model, &app::CapacityLoadTableModel::setFrom);
    connect(m_periods, &QSpinBox::valueChanged, m_model, &app::CapacityLoadTableModel::setBucketCount);
    connect(m_workCenter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setWorkCenter(m_workCenter->currentData().toString()); });

    m_runSchedule->setShortcut(Qt::Key_F6);
    m_runMrp->setShortcut(Qt::Key_F5);
    connect(m_runSchedule, &QPushButton::clicked, this, &LoadPage::scheduleRequested);
    connect(m_runMrp, &QPushButton::clicked, this, &LoadPage::mrpRequested);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped label compute its height; centred by stretches, not by
    // layout alignment, which would squeeze it to its one-line size hint (see EmptyStatePage).
    m_emptyText->setFixedWidth(560);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_emptyText);
    textRow->addStretch();
    emptyLayout->addStretch(1);
    emptyLayout->addLayout(textRow);
    emptyLayout->addWidget(m_runSchedule, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_runMrp, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) { chooseCell(index.row(), index.column()); });
    connect(m_chart, &LoadChartView::barChosen, this, &LoadPage::chooseCell);
    m_chart->setMinimumHeight(260);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto* top = new QHBoxLayout;
    top->addWidget(m_source);
    top->addWidget(m_buckets);
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("Periods"), this));
    top->addWidget(m_periods);
    top->addWidget(m_workCenter);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LoadPage::updateState);
    connect(&m_document, &app::Document::factoryReset, this, &LoadPage::refillWorkCenters);
    connect(&m_document, &app::Document::masterDataChanged, this, &LoadPage::refillWorkCenters);
    refillWorkCenters();
    updateState();
}

void LoadPage::setInfinite(bool infinite)
{
    m_model->setSource(infinite ? app::CapacityLoadTableModel::Source::Planned
                                : app::CapacityLoadTableModel::Source::Scheduled);
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(m_source->findData(infinite));
}

void LoadPage::setBucketDays(int days)
{
    days = days >= 7 ? 7 : 1;
    {
        const QSignalBlocker buckets(m_buckets);
        const QSignalBlocker periods(m_periods);
        m_buckets->setCurrentIndex(m_buckets->findData(days));
        m_periods->setValue(days == 7 ? kDefaultWeeks : kDefaultDays);
    }
    // One recomputation each; cheap next to what the planner waits for.
    m_model->setBucketCount(m_periods->value());
    m_model->setBucketDays(days);
}

void LoadPage::setWorkCenter(const QString& code)
{
    const int index = m_workCenter->findData(code);
    m_workCenter->setCurrentIndex(index < 0 ? 0 : index);
}

void LoadPage::refillWorkCenters()
{
    const QString current = m_workCenter->currentData().toString();
    {
        const QSignalBlocker blocker(m_workCenter);
        m_workCenter->clear();
        m_workCenter->addItem(tr("All work centers"), QString());
        if (m_document.isOpen())
            for (const core::WorkCenter& wc : m_document.factory().workCenters) {
                const QString code = QString::fromStdString(wc.code);
                m_workCenter->addItem(wc.name.empty() || wc.name == wc.code
                                          ? code
                                          : QStringLiteral("%1 %2").arg(code, QString::fromStdString(wc.name)),
                                      code);
            }
        const int index = m_workCenter->findData(current);
        m_workCenter->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_model->setWorkCenter(m_workCenter->currentData().toString());
}

void LoadPage::chooseCell(int row, int column)
{
    const QString workCenter = m_model->workCenterCode(row);
    if (workCenter.isEmpty() || column < 0 || column >= m_model->columnCount())
        return;
    emit workCenterPeriodChosen(workCenter, app::toQDate(m_model->bucketStart(column)), m_model->bucketLength(column));
}

bool LoadPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString LoadPage::emptyText() const
{
    return m_emptyText->text();
}

void LoadPage::updateState()
{
    {
        // The factory's today after an open or import.
        const QSignalBlocker blocker(m_from);
        m_from->setDate(m_model->from());
    }
    const bool infinite = m_model->source() == app::CapacityLoadTableModel::Source::Planned;
    QString text;
    if (!m_model->hasSource())
        text = infinite ? tr("MRP has not run on this data yet. Run MRP (F5) to see the load its work orders and "
                             "planned orders put on the work centers, before finite scheduling.")
                        : tr("No schedule yet. Build it with Schedule (F6) to see the load of every work center "
                             "per day or week, or choose \"Infinite capacity (MRP)\" to see the load of the MRP run.");
    else if (!m_model->error().isEmpty())
        text = tr("The load cannot be computed: %1").arg(m_model->error());
    else if (m_model->rowCount() == 0)
        text = tr("The factory has no work centers. Add them under Master data.");
    m_emptyText->setText(text);
    m_runSchedule->setVisible(!m_model->hasSource() && !infinite);
    m_runMrp->setVisible(!m_model->hasSource() && infinite);
    m_stack->setCurrentIndex(text.isEmpty() ? 1 : 0);

    const int overloaded = m_model->overloadedCount();
    if (!text.isEmpty())
        m_summary->clear();
    else if (overloaded == 0)
        m_summary->setText(tr("No period is overloaded. Click a bar or cell to see it on the schedule."));
    else
        m_summary->setText(tr("<span style='color:#a00000'><b>%1 overloaded period(s).</b></span> "
                              "Click a bar or cell to see it on the schedule.").arg(overloaded));
}

} // namespace pmc::ui
