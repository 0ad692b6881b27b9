#include "ui/PlanReleaseReminder.h"

#include "app/Document.h"

#include <QDateTime>
#include <QTimer>

namespace pmc::ui {

PlanReleaseReminder::PlanReleaseReminder(app::Document& document, QWidget* parent)
    : QLabel(parent), m_service(document), m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &PlanReleaseReminder::refresh);
    connect(&document, &app::Document::factoryReset, this, &PlanReleaseReminder::refresh);
    connect(&document, &app::Document::masterDataChanged, this, &PlanReleaseReminder::refresh);
    m_timer->start();
    refresh();
}

void PlanReleaseReminder::refresh()
{
    const std::optional<core::ReleaseReminder> reminder = m_service.reminder(QDateTime::currentDateTime());
    setVisible(reminder.has_value());
    if (!reminder)
        return;
    setText(app::PlanReleaseService::reminderText(*reminder));
    setStyleSheet(reminder->overdue ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    setToolTip(tr("Plan > Release plan... (Ctrl+Alt+R) releases it; the cut-off is set in Edit > Planning settings."));
}

} // namespace pmc::ui
