#include "store/AdventureWorksImport.h"

#include "core/mrp/MrpEngine.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace pmc;
using namespace pmc::store;

namespace {

const std::string kMini = PMC_TEST_DATA_DIR "/adventureworks-mini";

const core::Item& item(const core::FactoryModel& model, const std::string& code)
{
    const core::Item* found = model.findItem(code);
    EXPECT_NE(found, nullptr) << code;
    return *found;
}

std::string copyOfMini(const test::TempDir& dir)
{
    const std::string copy = dir.file("aw");
    std::filesystem::copy(kMini, copy);
    return copy;
}

/// A copy of the mini folder with `before` replaced by `after` in one file.
std::string corruptedCopy(const test::TempDir& dir, const std::string& file, const std::string& before,
                          const std::string& after)
{
    const std::string copy = copyOfMini(dir);
    std::string text = test::readTextFile(copy + "/" + file);
    const auto at = text.find(before);
    EXPECT_NE(at, std::string::npos) << before;
    text.replace(at, before.size(), after);
    std::ofstream(copy + "/" + file, std::ios::binary | std::ios::trunc) << text;
    return copy;
}

/// Imports `folder` into a database that already holds the demo factory and expects a refusal
/// naming `where`, with the demo data untouched.
void expectRefused(const test::TempDir& dir, const std::string& folder, const std::string& where)
{
    FactoryDatabase db(dir.database("factory.db"));
    ASSERT_TRUE(db.seedDemoIfEmpty());
    const core::FactoryModel before = db.load();
    try {
        importAdventureWorks(db, folder);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        ASSERT_FALSE(e.issues().ok());
        EXPECT_EQ(e.issues().issues().front().path.rfind(where, 0), 0u) << e.issues().issues().front().toString();
    }
    EXPECT_EQ(db.load(), before);
}

} // namespace

TEST(AdventureWorksImport, MapsSettingsItemsAndSuppliers)
{
    const core::FactoryModel model = readAdventureWorks(kMini);
    EXPECT_EQ(model.settings.today, core::Date::fromYmd(2014, 6, 3)); // latest WorkOrder.StartDate + 1
    EXPECT_EQ(model.settings.horizonDays, 120);
    EXPECT_EQ(model.settings.materialBufferDays, 3);
    EXPECT_EQ(model.calendar.workdays(), (std::vector<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(model.calendar.shifts().size(), 2u);

    ASSERT_EQ(model.items.size(), 5u);
    const core::Item& bike = item(model, "BK-M82B-38");
    EXPECT_EQ(bike.name, "Mountain-100 Black, 38");
    EXPECT_EQ(bike.type, core::ItemType::Finished);
    EXPECT_EQ(bike.source, core::ItemSource::Make);
    EXPECT_EQ(bike.leadTimeDays, 4);
    EXPECT_EQ(bike.safetyStock, 100);
    EXPECT_EQ(item(model, "HS-3479").type, core::ItemType::Semi);

    const core::Item& paint = item(model, "PA-187B");
    EXPECT_EQ(paint.type, core::ItemType::Raw);
    EXPECT_EQ(paint.uom, "oz");
    EXPECT_EQ(paint.supplier, "TREYRE0001"); // both vendors preferred: the shorter lead time wins
    EXPECT_EQ(paint.leadTimeDays, 16);
    EXPECT_EQ(paint.lot.rule, core::LotRule::MinMultiple);
    EXPECT_EQ(paint.lot.moq, 20);
    EXPECT_EQ(item(model, "CH-0234").type, core::ItemType::Raw); // bought, though sellable
    EXPECT_EQ(item(model, "CH-0234").uom, "pcs");
    EXPECT_EQ(model.suppliers.size(), 3u);
}

TEST(AdventureWorksImport, MapsBomsRoutingsAndOrders)
{
    const core::FactoryModel model = readAdventureWorks(kMini);
    ASSERT_EQ(model.boms.size(), 5u); // the top-level row of the bike is not a component
    const auto ended = std::find_if(model.boms.begin(), model.boms.end(),
                                    [](const core::BomLine& l) { return l.component == "HS-3479" && l.qtyPer == 2; });
    ASSERT_NE(ended, model.boms.end());
    EXPECT_EQ(ended->validTo, core::Date::fromYmd(2010, 8, 9)); // EndDate 2010-08-08 inclusive
    EXPECT_FALSE(ended->isValidOn(model.settings.today));

    ASSERT_EQ(model.workCenters.size(), 6u);
    EXPECT_EQ(model.workCenters.front().code, "FrameForming");
    EXPECT_EQ(model.workCenters.front().parallelUnits, 6); // 96 h/day over two 8-hour shifts
    ASSERT_EQ(model.routings.size(), 1u);
    const core::Routing& frame = model.routings.front();
    EXPECT_EQ(frame.item, "FR-M94B-38");
    ASSERT_EQ(frame.operations.size(), 6u);
    EXPECT_EQ(frame.operations[0].seq, 10);
    EXPECT_DOUBLE_EQ(frame.operations[0].runMinutesPerUnit, 61.5); // median of 4.1 h over 4, 4 and 2 pcs
    EXPECT_EQ(frame.operations[4].seq, 60);
    EXPECT_EQ(frame.operations[4].workCenter, "Subassembly");

    EXPECT_EQ(model.onHandByItem().at("PA-187B"), 47);
    ASSERT_EQ(model.purchaseOrders.size(), 1u);
    EXPECT_EQ(model.purchaseOrders[0], (core::PurchaseOrder{"PO-3790-8340", "PA-187B", 40,
                                                            core::Date::fromYmd(2014, 8, 4), "CARLSON0001"}));
    ASSERT_EQ(model.workOrders.size(), 2u);
    EXPECT_EQ(model.workOrders[0].number, "WO-71892");
    ASSERT_EQ(model.salesOrders.size(), 1u);
    EXPECT_EQ(model.salesOrders[0].number, "SO73867");
    EXPECT_EQ(model.salesOrders[0].customer, "AW00013025");
    EXPECT_EQ(model.salesOrders[0].lines,
              (std::vector<core::SalesOrderLine>{{"BK-M82B-38", 1, core::Date::fromYmd(2014, 6, 8)}}));
}

TEST(AdventureWorksImport, StoresThroughTheScenarioImport)
{
    const test::TempDir dir;
    FactoryDatabase db(dir.database("factory.db"));
    const AdventureWorksImport imported = importAdventureWorks(db, kMini);
    EXPECT_TRUE(imported.warnings.empty());
    const core::FactoryModel stored = db.load();
    EXPECT_EQ(stored.items.size(), 5u);
    EXPECT_EQ(stored.boms.size(), 5u);
    EXPECT_EQ(stored.settings, imported.model.settings);
}

TEST(AdventureWorksImport, RefusesABadValueWithFileRowAndColumn)
{
    const test::TempDir dir;
    expectRefused(dir, corruptedCopy(dir, "Product.csv", "807,HL Headset,HS-3479,1,", "807,HL Headset,HS-3479,x,"),
                  "Product.csv:5:4");
}

TEST(AdventureWorksImport, RefusesARowWithMissingFields)
{
    const test::TempDir dir;
    expectRefused(dir, corruptedCopy(dir, "WorkOrder.csv", "72534,747,2,2,0,", "72534,747,2,2,"), "WorkOrder.csv:4:");
}

TEST(AdventureWorksImport, RefusesAMissingFile)
{
    const test::TempDir dir;
    const std::string copy = copyOfMini(dir);
    std::filesystem::remove(copy + "/SalesOrderDetail.csv");
    expectRefused(dir, copy, "SalesOrderDetail.csv");
}

TEST(AdventureWorksImport, ImportsTheFullDatasetAndPlansIt)
{
    const std::string folder = PMC_SHARED_DIR "/datasets/adventureworks";
    if (!std::filesystem::exists(folder + "/Product.csv"))
        GTEST_SKIP() << "AdventureWorks dataset not found at " << folder;
    const test::TempDir dir;
    FactoryDatabase db(dir.database("factory.db"));
    const core::FactoryModel model = importAdventureWorks(db, folder).model;
    EXPECT_EQ(model.settings.today, core::Date::fromYmd(2014, 6, 3));
    EXPECT_EQ(model.items.size(), 504u);
    EXPECT_EQ(model.suppliers.size(), 104u);
    EXPECT_EQ(model.workCenters.size(), 7u);
    EXPECT_EQ(model.routings.size(), 149u);
    EXPECT_EQ(model.inventory.size(), 432u);
    EXPECT_EQ(model.workOrders.size(), 1458u);
    EXPECT_EQ(model.salesOrders.size(), 1257u);
    double onHand = 0;
    for (const core::InventoryRecord& record : model.inventory)
        onHand += record.onHand;
    EXPECT_EQ(onHand, 335974); // README sanity fact
    EXPECT_EQ(db.load().items.size(), 504u);

    const core::MrpResult plan = core::MrpEngine(model).run();
    EXPECT_FALSE(plan.plannedOrders.empty());
}
