#include "ui/SchedulePage.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "app/models/ScheduledOrderTableModel.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"
#include "ui/GanttToolBar.h"
#include "ui/GanttView.h"
#include "ui/TablePage.h"
#include "ui/WhatIfDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

SchedulePage::SchedulePage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_run(new QPushButton(tr("Schedule (F6)"), this)),
      m_choices(this), m_summary(new QLabel(this)), m_gantt(new GanttView(document, this)),
      m_filterBar(new QWidget(this)), m_filterText(new QLabel(m_filterBar)),
      m_orders(new TablePage(new app::ScheduledOrderTableModel(document, this), QStringLiteral("scheduledOrders"), this))
{
    m_run->setShortcut(Qt::Key_F6);
    m_choices.restoreChoices();
    connect(m_run, &QPushButton::clicked, this, &SchedulePage::runSchedule);
    auto* whatIf = new QPushButton(tr("What-if..."), this);
    whatIf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    whatIf->setToolTip(tr("Try changes to capacity and the calendar on a copy of the plan and compare (Ctrl+Shift+W)"));
    connect(whatIf, &QPushButton::clicked, this, &SchedulePage::openWhatIf);

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
    auto* ganttTools = new GanttToolBar(m_gantt, ganttPane);
    connect(ganttTools, &GanttToolBar::message, m_gantt, &GanttView::message);
    ganttLayout->addWidget(ganttTools);
    ganttLayout->addWidget(m_filterBar);
    ganttLayout->addWidget(m_gantt, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(ganttPane);
    splitter->addWidget(m_orders);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_choices.direction);
    top->addWidget(m_choices.rule);
    top->addWidget(new QLabel(tr("Optimize for"), this));
    top->addWidget(m_choices.seconds);
    top->addWidget(m_choices.objective);
    top->addStretch(1);
    auto* freeze = new QPushButton(tr("Freeze..."), this);
    freeze->setToolTip(tr("Pin every step that starts before a date where it is (the released plan, 冻结期)"));
    connect(freeze, &QPushButton::clicked, this, &SchedulePage::freeze);
    top->addWidget(freeze);
    top->addWidget(whatIf);
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
    m_choices.saveChoices();
    m_document.startSchedule(options());
}

core::ScheduleOptions SchedulePage::options() const
{
    return m_choices.options();
}

void SchedulePage::freeze()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Freeze the released plan"));
    auto* date = new QDateEdit(&dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Tomorrow's plan is released today: by default everything up to the day after tomorrow.
    const core::Date today = m_document.hasSchedule() ? m_document.schedule().today : m_document.factory().settings.today;
    date->setDate(app::toQDate(today + 2));
    date->setMinimumDate(app::toQDate(today + 1));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    auto* explanation = new QLabel(tr("Every step that starts before this day is pinned where it is; planned orders "
                                      "among them are firmed. Later runs plan around them. Ctrl+Z takes it back."), &dialog);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("Frozen until (not including)"), date);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList refused = m_document.freezeUntil(app::toCoreDate(date->date()));
    if (!refused.isEmpty())
        QMessageBox::information(this, tr("Freeze"), refused.join(QLatin1Char('\n')));
}

void SchedulePage::openWhatIf()
{
    if (!m_whatIf)
        m_whatIf = new WhatIfDialog(m_document, m_choices.options(), this);
    m_whatIf->show();
    m_whatIf->raise();
    m_whatIf->activateWindow();
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

void SchedulePage::showOrder(const QString& order)
{
    m_orders->showMatching(order);
    m_gantt->showOrder(order);
}

} // namespace pmc::ui
