#include "core/mrp/MrpEngine.h"

#include "core/mrp/MrpRun.h"

namespace pmc::core {

MrpEngine::MrpEngine(const FactoryModel& model)
    : m_model(model)
{
}

MrpResult MrpEngine::run(const std::function<bool()>& cancelled, MrpOptions options) const
{
    // All working state lives in the run, so the engine itself stays reusable and const.
    return MrpRun(m_model, options).plan(cancelled);
}

} // namespace pmc::core
