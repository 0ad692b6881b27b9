#include "core/mrp/MrpEngine.h"

#include "core/mrp/MrpPlan.h"

namespace pmc::core {

MrpEngine::MrpEngine(const FactoryModel& model)
    : m_model(model)
{
}

MrpResult MrpEngine::run(const std::function<bool()>& cancelled, MrpOptions options) const
{
    // All working state lives in the plan, so the engine itself stays reusable and const.
    return MrpPlan(m_model, options, cancelled).result();
}

} // namespace pmc::core
