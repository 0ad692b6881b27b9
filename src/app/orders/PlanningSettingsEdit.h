#pragma once

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pmc::app {

class Document;

/// The planning settings (today, horizon, material buffer, release cut-off, paper, KPI targets), the sales-order numbering pattern
/// and the order review policy as the planner changes them in the settings dialog: a draft of
/// the factory's values that checks the pattern, previews the next order number and is applied
/// as one undoable edit. Lives on the UI thread; the Document must outlive it.
class PlanningSettingsEdit {
    Q_DECLARE_TR_FUNCTIONS(PlanningSettingsEdit)
public:
    /// A draft holding the factory's current values.
    explicit PlanningSettingsEdit(Document& document);

    const core::PlanningSettings& settings() const { return m_settings; }
    const core::OrderReviewPolicy& reviewPolicy() const { return m_policy; }
    void setToday(core::Date today) { m_settings.today = today; }
    void setHorizonDays(int days) { m_settings.horizonDays = days; }
    void setMaterialBufferDays(int days) { m_settings.materialBufferDays = days; }
    /// Minutes after midnight by which the next working day's plan is to be released.
    void setPlanReleaseCutoff(int minute) { m_settings.planReleaseCutoffMinute = minute; }
    void setPrintPaper(const core::PrintPaper& paper) { m_settings.printPaper = paper; }
    void setKpiTarget(double core::KpiTargets::*target, double value) { m_settings.kpiTargets.*target = value; }
    void setNumberPattern(const QString& pattern) { m_settings.salesOrderNumberPattern = pattern.toStdString(); }
    void setRequirement(core::Department department, core::ReviewRequirement requirement)
    {
        m_policy.setRequirement(department, requirement);
    }

    /// Why the drafted pattern cannot number orders, or empty when it can.
    QString patternProblem() const;
    /// The number the next new sales order would get under the drafted pattern on the drafted
    /// today, after the numbers the factory's orders use; empty when the pattern is refused.
    QString nextNumber() const;

    /// The sections that differ from the factory now, as before/after pairs (empty: no change).
    core::MasterDataEdit edit() const;
    /// Applies edit() as one undoable step "Change planning settings". Returns why it was
    /// refused (nothing changed), or an empty list, also when nothing was changed.
    QStringList apply();

private:
    Document& m_document;
    core::PlanningSettings m_settings;
    core::OrderReviewPolicy m_policy;
};

} // namespace pmc::app
