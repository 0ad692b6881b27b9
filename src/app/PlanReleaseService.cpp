#include "app/PlanReleaseService.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "store/DailyPlanRelease.h"
#include "store/FactoryDatabase.h"
#include "store/PlanReleaseRepository.h"

#include <memory>
#include <stdexcept>

namespace pmc::app {

namespace {

/// A connection of its own: the store functions work on a FactoryDatabase, the document keeps
/// its session private (SQLite in WAL mode serves both).
std::unique_ptr<store::FactoryDatabase> openStore(const Document& document)
{
    if (!document.isOpen())
        return nullptr;
    return std::make_unique<store::FactoryDatabase>(document.path().toStdString());
}

} // namespace

QString PlanReleaseService::release(core::Date date, const std::string& workshop, const QString& note,
                                    core::PlanRelease& released)
{
    if (!m_document.isOpen())
        return tr("No database is open.");
    if (date < m_document.factory().settings.today)
        return tr("%1 is before the planning date: only today's or a later plan can be released.")
            .arg(QString::fromStdString(date.toString()));
    const QString path = m_document.path();
    try {
        store::FactoryDatabase database(path.toStdString());
        const std::optional<core::MrpResult> run = database.lastMrpRun();
        if (!run)
            return tr("Run MRP first: a plan is released from the last MRP run and its schedule.");
        released = store::releaseDailyPlan(database, *run, date, workshop, note.toStdString());
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    m_document.open(path, false);
    return {};
}

std::optional<core::ReleaseReminder> PlanReleaseService::reminder(const QDateTime& now) const
{
    const auto database = openStore(m_document);
    if (!database)
        return std::nullopt;
    const std::vector<core::PlanRelease> releases = store::PlanReleaseRepository(database->database()).releases();
    return core::releaseReminder(m_document.factory(), releases, toCoreDate(now.date()),
                                 now.time().hour() * 60 + now.time().minute());
}

QString PlanReleaseService::reminderText(const core::ReleaseReminder& reminder)
{
    const QString date = QString::fromStdString(reminder.planDate.toString());
    if (reminder.released)
        return tr("Plan of %1 released").arg(date);
    const QString due = QString::fromStdString(reminder.dueDate.toString()) + QLatin1Char(' ')
        + QString::fromStdString(core::formatClockMinutes(reminder.dueMinute));
    return reminder.overdue ? tr("Plan of %1 NOT released (cut-off %2)").arg(date, due)
                            : tr("Plan of %1 to release by %2").arg(date, due);
}

} // namespace pmc::app
