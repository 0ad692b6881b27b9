#pragma once

#include "core/Date.h"
#include "core/plan/PlanRelease.h"
#include "core/plan/ReleaseReminder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

namespace pmc::app {

class Document;

/// The desktop's side of releasing the daily plan (docs/plans.md "Release"): the plan as it
/// would be released, the release itself and the cut-off reminder, each over the document's
/// database (the stored last MRP run and the schedule construction over it, as `pmc-cli plan`
/// uses). UI thread; the Document must outlive it.
class PlanReleaseService {
    Q_DECLARE_TR_FUNCTIONS(PlanReleaseService)
public:
    explicit PlanReleaseService(Document& document) : m_document(document) {}

    /// Releases the plan of `date` (freezing the steps up to its end, firming planned orders
    /// among them) in one transaction, then reopens the document on the stored result, which
    /// clears the undo history: the pins a release stores are not undone with an edit.
    /// Returns why it was refused (nothing written), or an empty string with `released` set.
    QString release(core::Date date, const std::string& workshop, const QString& note, core::PlanRelease& released);
    /// The reminder at `now`; nullopt without a database or working days.
    std::optional<core::ReleaseReminder> reminder(const QDateTime& now) const;
    /// One line for the status bar: the next plan's date, released or due by the cut-off.
    static QString reminderText(const core::ReleaseReminder& reminder);

private:
    Document& m_document;
};

} // namespace pmc::app
