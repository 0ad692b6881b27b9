#include "ui/SchedulePage.h"

#include "app/Document.h"
#include "app/models/ScheduledOrderTableModel.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"
#include "ui/GanttView.h"
#include "ui/TablePage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

SchedulePage::SchedulePage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_run(new QPushButton(tr("Schedule (F6)"), this)),
      m_seconds(new QDoubleSpinBox(this)), m_rule(new QComboBox(this)), m_direction(new QComboBox(this)),
      m_objective(new QComboBox(this)), m_summary(new QLabel(this)), m_gantt(new GanttView(document, this)),
      m_filterBar(new QWidget(this)), m_filterText(new QLabel(m_filterBar)),
      m_orders(new TablePage(new app::ScheduledOrderTableModel(document, this), QStringLiteral("scheduledOrders"), this))
{
    m_run->setShortcut(Qt::Key_F6);
    m_seconds->setRange(0, 600);
    m_seconds->setDecimals(0);
    m_seconds->setValue(5);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("Time the optimizer may spend improving the schedule after it is built"));
    using core::DispatchRule;
    m_rule->addItem(tr("Earliest due date"), static_cast<int>(DispatchRule::EarliestDueDate));
    m_rule->addItem(tr("Priority, then due date"), static_cast<int>(DispatchRule::PriorityThenDueDate));
    m_rule->addItem(tr("Critical ratio"), static_cast<int>(DispatchRule::CriticalRatio));
    m_rule->addItem(tr("Least slack"), static_cast<int>(DispatchRule::LeastSlack));
    m_rule->addItem(tr("First in, first out"), static_cast<int>(DispatchRule::FirstInFirstOut));
    m_rule->addItem(tr("Same model first (fewer changeovers)"), static_cast<int>(DispatchRule::SetupMinimizing));
    m_rule->setToolTip(tr("Which ready order the schedule places next"));
    m_direction->addItem(tr("Forward (as soon as possible)"), static_cast<int>(core::ScheduleDirection::Forward));
    m_direction->addItem(tr("Backward (just in time)"), static_cast<int>(core::ScheduleDirection::Backward));
    m_direction->setToolTip(tr("Backward places each order as late as its due date allows and repairs what does "
                               "not fit forward; it takes the due-date or priority rule"));
    using core::ScheduleObjective;
    const auto addObjective = [this](const QString& name, core::ObjectiveOrder order) {
        QStringList names;
        for (core::ScheduleObjective objective : order)
            names << QLatin1String(toString(objective));
        m_objective->addItem(name, names.join(QLatin1Char(',')));
    };
    addObjective(tr("Lateness, then makespan"), core::kDefaultObjectiveOrder);
    addObjective(tr("Lateness, then changeovers"),
                 {ScheduleObjective::WeightedTardiness, ScheduleObjective::Changeovers, ScheduleObjective::Makespan});
    addObjective(tr("Makespan first"),
                 {ScheduleObjective::Makespan, ScheduleObjective::WeightedTardiness, ScheduleObjective::Changeovers});
    addObjective(tr("Changeovers first"),
                 {ScheduleObjective::Changeovers, ScheduleObjective::WeightedTardiness, ScheduleObjective::Makespan});
    m_objective->setToolTip(tr("What the optimizer improves, most important first"));

    QSettings settings;
    const auto restore = [&settings](QComboBox* box, const char* key) {
        const int at = box->findData(settings.value(QLatin1String(key)));
        if (at >= 0)
            box->setCurrentIndex(at);
    };
    restore(m_rule, "schedule/rule");
    restore(m_direction, "schedule/direction");
    restore(m_objective, "schedule/objective");
    m_seconds->setValue(settings.value(QStringLiteral("schedule/seconds"), m_seconds->value()).toDouble());
    allowRulesOfDirection();
    connect(m_direction, &QComboBox::currentIndexChanged, this, &SchedulePage::allowRulesOfDirection);
    connect(m_run, &QPushButton::clicked, this, &SchedulePage::runSchedule);

    // Shown while the Gantt is narrowed to one work center (from the capacity load view).
    auto* showAll = new QPushButton(tr("Show all work centers"), m_filterBar);
    showAll->setToolTip(tr("Esc in the chart does the same"));
    connect(showAll, &QPushButton::clicked, m_gantt, &GanttView::showAllWorkCenters);
    auto* filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterText);
    filterLayout->addWidget(showAll);
    filterLayout->addStretch(1);
    m_filterBar->hide();
    connect(m_gantt, &GanttView::workCenterFilterChanged, this, &SchedulePage::showGanttFilter);
    auto* ganttPane = new QWidget(this);
    auto* ganttLayout = new QVBoxLayout(ganttPane);
    ganttLayout->setContentsMargins(0, 0, 0, 0);
    ganttLayout->addWidget(m_filterBar);
    ganttLayout->addWidget(m_gantt, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(ganttPane);
    splitter->addWidget(m_orders);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_direction);
    top->addWidget(m_rule);
    top->addWidget(new QLabel(tr("Optimize for"), this));
    top->addWidget(m_seconds);
    top->addWidget(m_objective);
    top->addStretch(1);
    // The summary gets a line of its own: beside the choices it would push the window wide.
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(&m_document, &app::Document::factoryReset, this, &SchedulePage::updateSummary);
    connect(&m_document, &app::Document::scheduleFinished, this, [this] {
        endRun();
        updateSummary();
    });
    connect(&m_document, &app::Document::scheduleCancelled, this, &SchedulePage::endRun);
    connect(&m_document, &app::Document::mrpCancelled, this, &SchedulePage::endRun);
    for (auto failed : {&app::Document::scheduleFailed, &app::Document::mrpFailed})
        connect(&m_document, failed, this, [this](const QString& reason) {
            endRun();
            QMessageBox::critical(this, tr("Schedule"), tr("Scheduling failed: %1").arg(reason));
        });
    updateSummary();
}

void SchedulePage::runSchedule()
{
    if (m_document.isScheduleRunning() || m_document.isMrpRunning())
        return;
    m_run->setEnabled(false);
    m_progress = new QProgressDialog(tr("Building the schedule..."), tr("Stop and keep the best"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, &m_document, &app::Document::cancelSchedule);
    connect(&m_document, &app::Document::scheduleProgress, m_progress, &QProgressDialog::setValue);
    saveChoices();
    m_document.startSchedule(options());
}

core::ScheduleOptions SchedulePage::options() const
{
    core::ScheduleOptions options;
    options.seconds = m_seconds->value();
    options.rule = static_cast<core::DispatchRule>(m_rule->currentData().toInt());
    options.direction = static_cast<core::ScheduleDirection>(m_direction->currentData().toInt());
    options.objectives = core::parseObjectiveOrder(m_objective->currentData().toString().toStdString())
                             .value_or(core::kDefaultObjectiveOrder);
    return options;
}

void SchedulePage::saveChoices() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("schedule/rule"), m_rule->currentData());
    settings.setValue(QStringLiteral("schedule/direction"), m_direction->currentData());
    settings.setValue(QStringLiteral("schedule/objective"), m_objective->currentData());
    settings.setValue(QStringLiteral("schedule/seconds"), m_seconds->value());
}

// Backward scheduling orders by due date or priority only: the other rules are greyed out.
void SchedulePage::allowRulesOfDirection()
{
    const bool backward = m_direction->currentData().toInt() == static_cast<int>(core::ScheduleDirection::Backward);
    auto* items = qobject_cast<QStandardItemModel*>(m_rule->model());
    for (int row = 0; row < m_rule->count(); ++row) {
        const auto rule = static_cast<core::DispatchRule>(m_rule->itemData(row).toInt());
        const bool allowed = !backward || rule == core::DispatchRule::EarliestDueDate
            || rule == core::DispatchRule::PriorityThenDueDate;
        items->item(row)->setEnabled(allowed);
    }
    if (!items->item(m_rule->currentIndex())->isEnabled())
        m_rule->setCurrentIndex(0);
}

void SchedulePage::endRun()
{
    m_run->setEnabled(true);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void SchedulePage::showGanttFilter(const QString& workCenter)
{
    m_filterBar->setVisible(!workCenter.isEmpty());
    if (workCenter.isEmpty())
        return;
    QString label = workCenter;
    for (const core::WorkCenter& wc : m_document.factory().workCenters)
        if (wc.code == workCenter.toStdString() && !wc.name.empty() && wc.name != wc.code)
            label += QLatin1Char(' ') + QString::fromStdString(wc.name);
    m_filterText->setText(tr("Showing only work center %1").arg(label));
}

void SchedulePage::updateSummary()
{
    if (!m_document.hasSchedule()) {
        m_summary->setText(tr("No schedule yet. Press Schedule to place the work orders and planned orders "
                              "on the work centers."));
        return;
    }
    const core::ScheduleResult& s = m_document.schedule();
    const auto late = std::count_if(s.orders.begin(), s.orders.end(), [](const auto& o) { return o.lateDays > 0; });
    const auto lateLines = std::count_if(s.demands.begin(), s.demands.end(), [](const auto& d) { return d.lateDays > 0; });
    QString text = tr("%1 operations; %2 of %3 orders late; %4 of %5 sales order lines late; last operation ends %6")
                       .arg(s.operations.size())
                       .arg(late)
                       .arg(s.orders.size())
                       .arg(lateLines)
                       .arg(s.demands.size())
                       .arg(QString::fromStdString(core::formatScheduleMinute(s.today, s.makespan)).replace(QLatin1Char('T'), QLatin1Char(' ')));
    if (s.changeoverMinutes > 0)
        text += tr("; changeovers %1 h").arg(static_cast<double>(s.changeoverMinutes) / 60.0, 0, 'f', 1);
    m_summary->setStyleSheet(s.conflicts.empty() ? QString() : QStringLiteral("color: #b00020"));
    if (!s.conflicts.empty()) {
        text += tr("; %n pinned step(s) in conflict", nullptr, static_cast<int>(s.conflicts.size()));
        QStringList lines;
        for (const core::ScheduleConflict& c : s.conflicts)
            lines << tr("%1 step %2: %3").arg(QString::fromStdString(c.order)).arg(c.seq).arg(QString::fromStdString(c.message));
        m_summary->setToolTip(lines.join(QLatin1Char('\n')));
    } else {
        m_summary->setToolTip(QString());
    }
    m_summary->setText(text);
}

} // namespace pmc::ui
