#include "ui/WhatIfDialog.h"

#include "app/Document.h"
#include "app/WhatIfScenario.h"
#include "app/models/OrderComparisonModel.h"
#include "app/models/QtDate.h"
#include "app/models/ScheduleComparisonModel.h"
#include "app/models/WhatIfWorkCenterModel.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "ui/StatusLabel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

// Parallel units are edited with a spin box from 1: fewer than one unit is never a plan.
class UnitsDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* spin = new QSpinBox(parent);
        spin->setRange(1, 999);
        return spin;
    }
};

QTableView* comparisonTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

int minuteOfDay(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

WhatIfDialog::WhatIfDialog(app::Document& document, const core::ScheduleOptions& options, QWidget* parent)
    : QDialog(parent), m_document(document), m_scenario(new app::WhatIfScenario(document, this)), m_choices(this),
      m_workCenters(new QTableView(this)), m_day(new QDateEdit(this)), m_overtimeCenter(new QComboBox(this)),
      m_overtimeFrom(new QTimeEdit(QTime(17, 0), this)), m_overtimeTo(new QTimeEdit(QTime(20, 0), this)),
      m_changes(new QListWidget(this)), m_status(new StatusLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Stop"), this)), m_run(new QPushButton(tr("Run (F5)"), this)),
      m_adopt(new QPushButton(tr("Adopt"), this)), m_discard(new QPushButton(tr("Discard"), this))
{
    setWindowTitle(tr("What-if plan"));
    setModal(false);
    m_choices.setOptions(options);
    m_measures = comparisonTable(new app::ScheduleComparisonModel(*m_scenario, this), this);
    m_orders = comparisonTable(new app::OrderComparisonModel(*m_scenario, this), this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildChanges());
    splitter->addWidget(buildComparison());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The comparison is what the planner reads: it gets the larger side from the start.
    splitter->setSizes({480, 800});

    m_run->setShortcut(Qt::Key_F5);
    m_run->setDefault(true);
    m_adopt->setToolTip(tr("Apply the changes to the live factory as one step (Undo takes it back) and replan it"));
    m_discard->setToolTip(tr("Forget the changes and start again from the live factory"));
    m_progress->setRange(0, 100);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_run);
    buttons->addWidget(m_adopt);
    buttons->addWidget(m_discard);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &WhatIfDialog::run);
    connect(m_adopt, &QPushButton::clicked, this, &WhatIfDialog::adopt);
    connect(m_discard, &QPushButton::clicked, this, &WhatIfDialog::discard);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_cancel, &QPushButton::clicked, m_scenario, &app::WhatIfScenario::cancel);
    connect(m_scenario, &app::WhatIfScenario::progress, m_progress, &QProgressBar::setValue);
    connect(m_scenario, &app::WhatIfScenario::finished, this, [this] {
        setRunning(false);
        m_status->say(tr("Planned. Green is better than the live plan, red is worse."), false);
    });
    connect(m_scenario, &app::WhatIfScenario::cancelled, this, [this] {
        setRunning(false);
        m_status->say(tr("Stopped."), false);
    });
    connect(m_scenario, &app::WhatIfScenario::failed, this, [this](const QString& reason) {
        setRunning(false);
        m_status->say(tr("The what-if plan failed: %1").arg(reason), true);
    });
    connect(m_scenario, &app::WhatIfScenario::changed, this, &WhatIfDialog::listChanges);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        m_scenario->discard();
        refillOvertimeCenters();
    });
    setRunning(false);
    resize(1280, 720);
}

QWidget* WhatIfDialog::buildChanges()
{
    auto* pane = new QWidget(this);
    auto* scheduling = new QGroupBox(tr("Scheduling"), pane);
    auto* form = new QFormLayout(scheduling);
    form->addRow(tr("Direction"), m_choices.direction);
    form->addRow(tr("Rule"), m_choices.rule);
    form->addRow(tr("Optimize for"), m_choices.seconds);
    form->addRow(tr("Objective"), m_choices.objective);

    auto* capacity = new QGroupBox(tr("Parallel units"), pane);
    auto* workCenterModel = new app::WhatIfWorkCenterModel(m_document, *m_scenario, this);
    m_workCenters->setModel(workCenterModel);
    m_workCenters->setItemDelegateForColumn(app::WhatIfWorkCenterModel::WhatIfUnits, new UnitsDelegate(m_workCenters));
    m_workCenters->verticalHeader()->hide();
    m_workCenters->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_workCenters->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workCenters->horizontalHeader()->setSectionResizeMode(app::WhatIfWorkCenterModel::Name, QHeaderView::Stretch);
    connect(workCenterModel, &app::WhatIfWorkCenterModel::refused, this,
            [this](const QStringList& reasons) { m_status->say(reasons.join(QLatin1Char('\n')), true); });
    auto* capacityLayout = new QVBoxLayout(capacity);
    capacityLayout->addWidget(m_workCenters);

    auto* calendar = new QGroupBox(tr("Working time"), pane);
    const QDate today = app::toQDate(m_document.factory().settings.today);
    m_day->setCalendarPopup(true);
    m_day->setDate(today);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_overtimeFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_overtimeTo->setDisplayFormat(QStringLiteral("HH:mm"));
    refillOvertimeCenters();
    auto* addDay = new QPushButton(tr("Add working day"), calendar);
    addDay->setToolTip(tr("Make the date a working day for the whole factory (a make-up day)"));
    auto* addOvertime = new QPushButton(tr("Add overtime"), calendar);
    addOvertime->setToolTip(tr("Extra working time for the work center on the date"));
    connect(addDay, &QPushButton::clicked, this, &WhatIfDialog::addExtraWorkday);
    connect(addOvertime, &QPushButton::clicked, this, &WhatIfDialog::addOvertime);
    auto* calendarForm = new QFormLayout(calendar);
    auto* dayRow = new QHBoxLayout;
    dayRow->addWidget(m_day, 1);
    dayRow->addWidget(addDay);
    calendarForm->addRow(tr("Date"), dayRow);
    auto* overtimeRow = new QHBoxLayout;
    overtimeRow->addWidget(m_overtimeCenter, 1);
    overtimeRow->addWidget(m_overtimeFrom);
    overtimeRow->addWidget(new QLabel(QStringLiteral("–"), calendar));
    overtimeRow->addWidget(m_overtimeTo);
    overtimeRow->addWidget(addOvertime);
    calendarForm->addRow(tr("Overtime"), overtimeRow);

    auto* changes = new QGroupBox(tr("Changes to the copy"), pane);
    auto* changesLayout = new QVBoxLayout(changes);
    changesLayout->addWidget(m_changes);
    m_changes->setMaximumHeight(90);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scheduling);
    layout->addWidget(capacity, 1);
    layout->addWidget(calendar);
    layout->addWidget(changes);
    return pane;
}

QWidget* WhatIfDialog::buildComparison()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* figures = new QGroupBox(tr("Key figures: live plan and what-if"), pane);
    auto* figuresLayout = new QVBoxLayout(figures);
    figuresLayout->addWidget(m_measures);
    auto* late = new QGroupBox(tr("Orders late or finishing on another day"), pane);
    auto* lateLayout = new QVBoxLayout(late);
    lateLayout->addWidget(m_orders);
    m_measures->horizontalHeader()->setSectionResizeMode(app::ScheduleComparisonModel::Measure, QHeaderView::Stretch);
    // All eight measures without scrolling.
    m_measures->setMinimumHeight(8 * m_measures->verticalHeader()->defaultSectionSize()
                                 + m_measures->horizontalHeader()->sizeHint().height() + 2 * m_measures->frameWidth());
    layout->addWidget(figures);
    layout->addWidget(late, 1);
    return pane;
}

QString WhatIfDialog::status() const
{
    return m_status->text();
}

void WhatIfDialog::run()
{
    if (m_scenario->isRunning())
        return;
    m_choices.saveChoices();
    m_scenario->setOptions(m_choices.options());
    const QStringList refused = m_scenario->run();
    if (!refused.isEmpty())
        return m_status->say(tr("The changed factory is not valid:\n%1").arg(refused.join(QLatin1Char('\n'))), true);
    setRunning(true);
    m_status->say(tr("Planning the copy..."), false);
}

void WhatIfDialog::adopt()
{
    m_scenario->setOptions(m_choices.options());
    const bool changes = m_scenario->hasChanges();
    const QStringList refused = m_scenario->adopt();
    if (!refused.isEmpty())
        return m_status->say(tr("Not adopted:\n%1").arg(refused.join(QLatin1Char('\n'))), true);
    m_status->say(changes ? tr("Adopted: the live factory has the changes (Undo takes them back) and is being replanned.")
                       : tr("Nothing to adopt; the live plan is being replanned with these options."),
               false);
}

void WhatIfDialog::discard()
{
    m_scenario->discard();
    setRunning(false);
    m_status->say(tr("Discarded: the copy is the live factory again."), false);
}

void WhatIfDialog::closeEvent(QCloseEvent* event)
{
    m_scenario->cancel();
    QDialog::closeEvent(event);
}

void WhatIfDialog::addExtraWorkday()
{
    const QStringList refused = m_scenario->addExtraWorkday(app::toCoreDate(m_day->date()));
    if (!refused.isEmpty())
        m_status->say(refused.join(QLatin1Char('\n')), true);
}

void WhatIfDialog::addOvertime()
{
    const core::Overtime overtime{app::toCoreDate(m_day->date()), m_overtimeCenter->currentData().toString().toStdString(),
                                  minuteOfDay(m_overtimeFrom->time()), minuteOfDay(m_overtimeTo->time())};
    if (overtime.endMinute <= overtime.startMinute)
        return m_status->say(tr("Overtime must end after it starts."), true);
    const QStringList refused = m_scenario->addOvertime(overtime);
    if (!refused.isEmpty())
        m_status->say(refused.join(QLatin1Char('\n')), true);
}

// The changes as the planner made them, read back from the scenario's one edit.
void WhatIfDialog::listChanges()
{
    m_changes->clear();
    const core::MasterDataEdit& edit = m_scenario->changes();
    for (const core::RowChange<core::WorkCenter>& change : edit.workCenters)
        if (change.before && change.after)
            m_changes->addItem(tr("%1: %2 → %3 parallel units")
                                   .arg(QString::fromStdString(change.after->code))
                                   .arg(change.before->parallelUnits)
                                   .arg(change.after->parallelUnits));
    if (edit.calendar) {
        const auto& [before, after] = *edit.calendar;
        for (core::Date day : after.extraWorkdays())
            if (!before.extraWorkdays().contains(day))
                m_changes->addItem(tr("%1 is a working day").arg(QString::fromStdString(day.toString())));
        for (const core::Overtime& o : after.overtime())
            if (std::find(before.overtime().begin(), before.overtime().end(), o) == before.overtime().end())
                m_changes->addItem(tr("Overtime at %1 on %2, %3–%4")
                                       .arg(QString::fromStdString(o.workCenter), QString::fromStdString(o.date.toString()),
                                            QString::fromStdString(core::formatClockMinutes(o.startMinute)),
                                            QString::fromStdString(core::formatClockMinutes(o.endMinute))));
    }
}

void WhatIfDialog::refillOvertimeCenters()
{
    m_overtimeCenter->clear();
    for (const core::WorkCenter& wc : m_document.factory().workCenters)
        m_overtimeCenter->addItem(QString::fromStdString(wc.code + ' ' + wc.name).trimmed(), QString::fromStdString(wc.code));
}


void WhatIfDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_progress->setValue(0);
    m_run->setEnabled(!running);
    m_adopt->setEnabled(!running);
    m_discard->setEnabled(true);
}

} // namespace pmc::ui
