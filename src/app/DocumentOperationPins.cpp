// Document: pinning schedule steps (锁定) from the Gantt chart, each an undoable edit of the
// factory's operation pins; the next schedule run places them there.
#include "app/Document.h"

#include "core/diagnostics/FactoryValidator.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>

namespace pmc::app {

namespace {

bool samePin(const core::OperationPin& pin, const std::string& order, int seq)
{
    return pin.order == order && pin.seq == seq;
}

} // namespace

bool Document::isPinned(const std::string& order, int seq) const
{
    const auto& pins = m_factory->operationPins;
    return std::any_of(pins.begin(), pins.end(), [&](const core::OperationPin& p) { return samePin(p, order, seq); });
}

QStringList Document::pinOperation(const core::ScheduledOperation& operation, core::Date today)
{
    const core::Date date = core::dateOfMinute(today, operation.startMinute);
    const core::OperationPin pin{operation.order, operation.seq, operation.unit, date,
                                 operation.startMinute - (date - today) * 24 * 60};
    QStringList refused;
    const core::ValidationResult issues = core::validateOperationPinTargets(*m_factory, std::span(&pin, 1));
    for (const core::ValidationIssue& issue : issues.issues())
        refused << QString::fromStdString(issue.message);
    if (!refused.isEmpty())
        return refused;
    std::vector<core::OperationPin> pins = m_factory->operationPins;
    std::erase_if(pins, [&](const core::OperationPin& p) { return samePin(p, operation.order, operation.seq); });
    pins.push_back(pin);
    core::MasterDataEdit change;
    change.operationPins = std::make_pair(m_factory->operationPins, std::move(pins));
    return edit(change, tr("Pin %1 step %2").arg(QString::fromStdString(operation.order)).arg(operation.seq));
}

QStringList Document::unpinOperation(const std::string& order, int seq)
{
    std::vector<core::OperationPin> pins = m_factory->operationPins;
    std::erase_if(pins, [&](const core::OperationPin& p) { return samePin(p, order, seq); });
    if (pins.size() == m_factory->operationPins.size())
        return {};
    core::MasterDataEdit change;
    change.operationPins = std::make_pair(m_factory->operationPins, std::move(pins));
    return edit(change, tr("Unpin %1 step %2").arg(QString::fromStdString(order)).arg(seq));
}

} // namespace pmc::app
