#include "ui/SchedulePage.h"

#include "app/Document.h"
#include "app/models/ScheduledOrderTableModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"
#include "ui/GanttView.h"
#include "ui/TablePage.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
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
      m_seconds(new QDoubleSpinBox(this)), m_summary(new QLabel(this)), m_gantt(new GanttView(document, this)),
      m_orders(new TablePage(new app::ScheduledOrderTableModel(document, this), QStringLiteral("scheduledOrders"), this))
{
    m_run->setShortcut(Qt::Key_F6);
    m_seconds->setRange(0, 600);
    m_seconds->setDecimals(0);
    m_seconds->setValue(5);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("Time the optimizer may spend improving the schedule after it is built"));
    connect(m_run, &QPushButton::clicked, this, &SchedulePage::runSchedule);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_gantt);
    splitter->addWidget(m_orders);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(new QLabel(tr("Optimize for"), this));
    top->addWidget(m_seconds);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
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
    m_document.startSchedule(m_seconds->value());
}

void SchedulePage::endRun()
{
    m_run->setEnabled(true);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
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
    m_summary->setText(tr("%1 operations; %2 of %3 orders late; %4 of %5 sales order lines late; last operation ends %6")
                           .arg(s.operations.size())
                           .arg(late)
                           .arg(s.orders.size())
                           .arg(lateLines)
                           .arg(s.demands.size())
                           .arg(QString::fromStdString(core::formatScheduleMinute(s.today, s.makespan)).replace(QLatin1Char('T'), QLatin1Char(' '))));
}

} // namespace pmc::ui
