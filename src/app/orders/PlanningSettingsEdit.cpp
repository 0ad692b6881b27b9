#include "app/orders/PlanningSettingsEdit.h"

#include "app/Document.h"
#include "core/orders/OrderNumbering.h"

#include <stdexcept>

namespace pmc::app {

PlanningSettingsEdit::PlanningSettingsEdit(Document& document)
    : m_document(document), m_settings(document.factory().settings), m_policy(document.factory().reviewPolicy)
{
}

QString PlanningSettingsEdit::patternProblem() const
{
    try {
        core::OrderNumbering{m_settings.salesOrderNumberPattern};
    } catch (const std::invalid_argument& e) {
        // The reason names the field or position the planner has to fix.
        return tr("The pattern cannot number orders: %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

QString PlanningSettingsEdit::nextNumber() const
{
    try {
        return QString::fromStdString(core::nextSalesOrderNumber(m_settings.salesOrderNumberPattern, m_settings.today,
                                                                 m_document.factory().salesOrders));
    } catch (const std::invalid_argument&) {
        return {};
    }
}

core::MasterDataEdit PlanningSettingsEdit::edit() const
{
    const core::FactoryModel& factory = m_document.factory();
    core::MasterDataEdit result;
    if (!(m_settings == factory.settings))
        result.settings = std::make_pair(factory.settings, m_settings);
    if (!(m_policy == factory.reviewPolicy))
        result.reviewPolicy = std::make_pair(factory.reviewPolicy, m_policy);
    return result;
}

QStringList PlanningSettingsEdit::apply()
{
    return m_document.edit(edit(), tr("Change planning settings"));
}

} // namespace pmc::app
