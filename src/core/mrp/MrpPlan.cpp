#include "core/mrp/MrpPlan.h"

#include "core/mrp/MrpRun.h"

namespace pmc::core {

MrpPlan::MrpPlan(const FactoryModel& model, MrpOptions options, const std::function<bool()>& cancelled)
    : m_run(std::make_unique<MrpRun>(model, options))
{
    m_run->plan(cancelled);
}

MrpPlan::MrpPlan(MrpPlan&&) noexcept = default;
MrpPlan& MrpPlan::operator=(MrpPlan&&) noexcept = default;
MrpPlan::~MrpPlan() = default;

bool MrpPlan::canReplan(const FactoryModel& model) const { return m_run->canReplan(model); }

std::size_t MrpPlan::replan(const FactoryModel& model, std::span<const std::string> changedItems)
{
    return m_run->replan(model, changedItems);
}

MrpResult MrpPlan::result() const { return m_run->result(); }

TimePhasedRecord MrpPlan::timePhased(const std::string& item, int bucketDays) const
{
    return m_run->timePhased(item, bucketDays);
}

std::vector<GrossRequirement> MrpPlan::requirements(const std::string& item) const { return m_run->requirements(item); }

std::vector<ScheduledReceipt> MrpPlan::scheduledReceipts(const std::string& item) const
{
    return m_run->scheduledReceipts(item);
}

} // namespace pmc::core
