#include "MrpViewsScenario.h"

#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpEngine.h"
#include "core/mrp/MrpPlan.h"

// Running MRP again after an edit re-plans only what the edit touched, and shows what a
// regenerative run would.

using namespace pmc;

namespace {

class DocumentNetChange : public test::MrpViewsTest {};

} // namespace

TEST_F(DocumentNetChange, aStockEditIsReplannedAsANetChange)
{
    EXPECT_FALSE(document.lastMrpReplanned().has_value()); // the first run plans everything
    core::MasterDataEdit edit;
    const core::InventoryRecord before = document.factory().inventory.front();
    core::InventoryRecord after = before;
    after.onHand = 7;
    edit.inventory.push_back({before, after});
    ASSERT_TRUE(document.edit(edit, QStringLiteral("stock")).isEmpty());
    runMrp();

    ASSERT_TRUE(document.lastMrpReplanned().has_value());
    EXPECT_EQ(*document.lastMrpReplanned(), 1u); // BOLT alone: its orders feed nothing below
    EXPECT_EQ(document.mrpResult(), core::MrpEngine(document.factory()).run());
    ASSERT_NE(document.mrpPlan(), nullptr);
    EXPECT_EQ(document.mrpPlan()->timePhased("BOLT").onHand, 7);
}

TEST_F(DocumentNetChange, aBomEditPlansEverythingAgain)
{
    core::MasterDataEdit edit;
    const core::BomLine before = document.factory().boms.front();
    core::BomLine after = before;
    after.qtyPer = 2;
    edit.boms.push_back({before, after});
    ASSERT_TRUE(document.edit(edit, QStringLiteral("bom")).isEmpty());
    runMrp();

    EXPECT_FALSE(document.lastMrpReplanned().has_value());
    EXPECT_EQ(document.mrpResult(), core::MrpEngine(document.factory()).run());
}
