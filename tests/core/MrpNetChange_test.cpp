#include "RandomFactory.h"

#include "core/mrp/MrpEngine.h"
#include "core/mrp/MrpPlan.h"

#include <gtest/gtest.h>

#include <string>

// Net change must be invisible: after any sequence of order, stock and item edits, the plan
// re-planned item by item equals a regenerative run on the edited factory, field by field.

using namespace pmc::core;
using pmc::test::RandomFactory;

namespace {

void expectSamePlan(const MrpPlan& netChange, const FactoryModel& model, MrpOptions options)
{
    const MrpPlan regenerative(model, options);
    const MrpResult expected = regenerative.result();
    const MrpResult actual = netChange.result();
    ASSERT_EQ(actual.plannedOrders.size(), expected.plannedOrders.size());
    for (std::size_t i = 0; i < expected.plannedOrders.size(); ++i)
        ASSERT_EQ(actual.plannedOrders[i], expected.plannedOrders[i]) << "planned order " << i;
    ASSERT_EQ(actual.exceptions, expected.exceptions);
    ASSERT_EQ(actual.requirements, expected.requirements);
    for (const Item& item : model.items) {
        ASSERT_EQ(netChange.timePhased(item.code, 1), regenerative.timePhased(item.code, 1)) << item.code;
        ASSERT_EQ(netChange.timePhased(item.code, 7), regenerative.timePhased(item.code, 7)) << item.code;
        ASSERT_EQ(netChange.scheduledReceipts(item.code), regenerative.scheduledReceipts(item.code)) << item.code;
    }
    // The engine is the regenerative plan's result, as `pmc-cli mrp` prints it.
    ASSERT_EQ(MrpEngine(model).run({}, options), expected);
}

} // namespace

TEST(MrpNetChange, randomEditsReplannedEqualARegenerativeRun)
{
    for (unsigned seed = 1; seed <= 400; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        RandomFactory factory(seed);
        // Each step's model must outlive the plan's use of it.
        std::vector<FactoryModel> models;
        models.reserve(9);
        models.push_back(factory.build(true));
        MrpOptions options;
        options.keepRequirements = seed % 3 == 0;
        MrpPlan plan(models.front(), options);
        for (int step = 0; step < 8; ++step) {
            SCOPED_TRACE("step " + std::to_string(step));
            FactoryModel next = models.back();
            factory.change(next);
            if (step % 3 == 2)
                factory.change(next);
            ASSERT_TRUE(plan.canReplan(next));
            const std::vector<std::string> changed = itemsWithChangedPlanningInputs(models.back(), next);
            models.push_back(std::move(next));
            plan.replan(models.back(), changed);
            expectSamePlan(plan, models.back(), options);
        }
    }
}

TEST(MrpNetChange, anUnchangedFactoryReplansNothing)
{
    const FactoryModel model = RandomFactory(7).build(true);
    MrpPlan plan(model);
    const MrpResult before = plan.result();
    EXPECT_TRUE(itemsWithChangedPlanningInputs(model, model).empty());
    EXPECT_EQ(plan.replan(model, {}), 0u);
    EXPECT_EQ(plan.result(), before);
}

TEST(MrpNetChange, aStructuralChangeNeedsARegenerativeRun)
{
    const FactoryModel model = RandomFactory(11).build();
    const MrpPlan plan(model);
    FactoryModel otherBom = model;
    otherBom.boms.push_back({model.items.front().code, "NEW", 1, 0, std::nullopt, std::nullopt});
    EXPECT_FALSE(plan.canReplan(otherBom));
    FactoryModel otherToday = model;
    otherToday.settings.today = model.settings.today + 1;
    EXPECT_FALSE(plan.canReplan(otherToday));
    FactoryModel sameShape = model;
    sameShape.salesOrders.clear();
    EXPECT_TRUE(plan.canReplan(sameShape));
}
