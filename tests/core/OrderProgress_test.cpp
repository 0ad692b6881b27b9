#include "core/mrp/MrpEngine.h"
#include "core/orders/OrderProgress.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace pmc::core;

namespace {

/// Wednesday 2026-11-25; day 2 is Friday, day 5 Monday.
const Date kToday = Date::fromYmd(2026, 11, 25);
int at(int day, int hour, int minute = 0) { return day * 24 * 60 + hour * 60 + minute; }

/// A factory built in code: Monday–Friday, 08:00–12:00 and 13:00–17:00, one material buffer day.
struct ProgressShop {
    FactoryModel model;

    ProgressShop()
    {
        model.settings = {kToday, 60, 1};
        model.calendar.setWorkdays({1, 2, 3, 4, 5});
        model.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    }
    void item(const std::string& code, ItemSource source, int leadTimeDays = 0)
    {
        Item item;
        item.code = code;
        item.source = source;
        item.leadTimeDays = leadTimeDays;
        model.items.push_back(item);
    }
    void workCenter(const std::string& code) { model.workCenters.push_back({code, code, "", 1, 1.0}); }
    void routing(const std::string& item, std::vector<Operation> operations)
    {
        model.routings.push_back({item, std::move(operations)});
    }
    void sale(const std::string& number, int priority, const std::string& item, double qty, int dueDay)
    {
        model.salesOrders.push_back({number, "ACME", priority, {{item, qty, kToday + dueDay}}});
    }
    OrderProgress progress(const std::string& number, const std::vector<CompletionReport>& reports = {},
                           int nowMinute = 0) const
    {
        const MrpResult mrp = MrpEngine(model).run();
        return orderProgress(model, mrp, FiniteScheduler(model).run(mrp), reports, number, nowMinute);
    }
};

/// Two orders on one press, 16 and 14 working hours, both due Friday: the urgent one first.
ProgressShop pressShop()
{
    ProgressShop shop;
    shop.workCenter("PRESS");
    shop.item("FG-A", ItemSource::Make);
    shop.item("FG-B", ItemSource::Make);
    shop.routing("FG-A", {{10, "PRESS", 0, 96}});
    shop.routing("FG-B", {{10, "PRESS", 0, 84}});
    shop.sale("SO-A", 2, "FG-A", 10, 2);
    shop.sale("SO-B", 3, "FG-B", 10, 2);
    return shop;
}

const Fix& fixOf(const LineProgress& line, Fix::Kind kind)
{
    for (const Fix& fix : line.fixes)
        if (fix.kind == kind)
            return fix;
    throw std::logic_error("no such fix");
}

} // namespace

TEST(OrderProgressTest, StepsAreDoneInProgressOrWaitingFromReportsAndSchedule)
{
    ProgressShop shop;
    shop.workCenter("CUT");
    shop.workCenter("ASM");
    shop.workCenter("PACK");
    shop.item("FG", ItemSource::Make);
    shop.routing("FG", {{10, "CUT", 0, 6}, {20, "ASM", 0, 6}, {30, "PACK", 0, 6}});
    shop.model.workOrders.push_back({"WO-1", "FG", 10, kToday + 5, 0});
    shop.model.workOrders.push_back({"WO-2", "FG", 10, kToday + 6, 0});
    shop.sale("SO-1", 1, "FG", 20, 6);
    const std::vector<CompletionReport> reports{{"WO-1", 10, kToday, 10}, {"WO-1", 20, kToday, 4}};

    const OrderProgress progress = shop.progress("SO-1", reports, at(0, 8, 30));

    EXPECT_TRUE(progress.planned);
    EXPECT_EQ(progress.customer, "ACME");
    ASSERT_EQ(progress.lines.size(), 1u);
    const LineProgress& line = progress.lines[0];
    EXPECT_FALSE(line.stockCovered);
    ASSERT_EQ(line.orders.size(), 2u);
    EXPECT_EQ(line.orders[0].order, "WO-1");
    EXPECT_EQ(line.orders[0].kind, SupplyOrder::Kind::WorkOrder);
    EXPECT_EQ(line.orders[1].order, "WO-2");
    const std::vector<OperationProgress>& wo1 = line.orders[0].operations;
    ASSERT_EQ(wo1.size(), 3u);
    EXPECT_EQ(wo1[0].status, OperationStatus::Done);
    EXPECT_EQ(wo1[1].status, OperationStatus::InProgress);
    EXPECT_DOUBLE_EQ(wo1[1].reportedQty, 4);
    EXPECT_EQ(wo1[2].status, OperationStatus::Waiting);
    EXPECT_TRUE(wo1[2].scheduled);
    EXPECT_EQ(wo1[2].workCenter, "PACK");
    EXPECT_EQ(wo1[2].startMinute, at(0, 10));
    EXPECT_EQ(wo1[2].endMinute, at(0, 11));
    // WO-2 runs on CUT from 09:00 (after WO-1): at 08:30 its first step still waits; at 09:30 it runs.
    EXPECT_EQ(line.orders[1].operations[0].status, OperationStatus::Waiting);
    EXPECT_EQ(shop.progress("SO-1", reports, at(0, 9, 30)).lines[0].orders[1].operations[0].status,
              OperationStatus::InProgress);
    EXPECT_EQ(line.projected, kToday);
    EXPECT_EQ(line.daysLate, 0);
    EXPECT_TRUE(line.causes.empty());
}

TEST(OrderProgressTest, StockCoveredAndUnplannedOrdersSaySo)
{
    ProgressShop shop;
    shop.item("FG", ItemSource::Make);
    shop.model.inventory.push_back({"FG", 50});
    shop.sale("SO-1", 1, "FG", 20, 6);
    shop.sale("SO-2", 1, "FG", 20, 6);
    shop.model.salesOrders[1].status = SalesOrderStatus::Draft;

    const OrderProgress covered = shop.progress("SO-1");
    EXPECT_TRUE(covered.lines[0].stockCovered);
    EXPECT_EQ(covered.lines[0].projected, kToday);
    const OrderProgress draft = shop.progress("SO-2");
    EXPECT_FALSE(draft.planned);
    EXPECT_EQ(draft.status, SalesOrderStatus::Draft);
    EXPECT_TRUE(draft.lines[0].orders.empty());
    EXPECT_THROW(shop.progress("SO-9"), std::invalid_argument);
}

TEST(OrderProgressTest, MaterialLimitedLineNamesThePurchaseOrderAndExpeditingHelps)
{
    ProgressShop shop;
    shop.workCenter("CUT");
    shop.item("FG", ItemSource::Make);
    shop.item("RAW", ItemSource::Buy, 3);
    shop.model.boms.push_back({"FG", "RAW", 1});
    shop.routing("FG", {{10, "CUT", 0, 96}}); // two working days
    shop.model.purchaseOrders.push_back({"PO-7", "RAW", 10, kToday + 1, "SUP"});
    shop.sale("SO-M", 1, "FG", 10, 2); // Friday

    const LineProgress line = shop.progress("SO-M").lines[0];

    // PO-7 comes on Thursday, in house Friday: cutting runs Friday and Monday.
    EXPECT_EQ(line.completionMinute, at(5, 17));
    EXPECT_EQ(line.projected, kToday + 5);
    EXPECT_EQ(line.daysLate, 3);
    ASSERT_EQ(line.causes.size(), 1u);
    const DelayCause& cause = line.causes[0];
    EXPECT_EQ(cause.kind, DelayCause::Kind::Material);
    EXPECT_EQ(cause.item, "RAW");
    EXPECT_EQ(cause.supply, "PO-7");
    EXPECT_FALSE(cause.plannedPurchase);
    EXPECT_EQ(cause.arrival, kToday + 1);
    EXPECT_EQ(cause.needDate, kToday);
    EXPECT_EQ(cause.fromMinute, 0);
    EXPECT_EQ(cause.minute, at(2, 0));
    EXPECT_TRUE(line.materials.empty()); // MRP-wise PO-7 is in time

    ASSERT_EQ(line.fixes.size(), 1u); // priority is 1 already
    const Fix& expedite = fixOf(line, Fix::Kind::Expedite);
    EXPECT_EQ(expedite.purchaseOrder, "PO-7");
    EXPECT_EQ(expedite.oldDue, kToday + 1);
    EXPECT_EQ(expedite.newDue, kToday);
    ASSERT_EQ(expedite.edit.purchaseOrders.size(), 1u);
    EXPECT_EQ(expedite.edit.purchaseOrders[0].after->due, kToday);
    const FixPreview preview = previewFix(shop.model, expedite, "SO-M");
    EXPECT_EQ(preview.line, (LineChange{"SO-M/1", kToday + 5, kToday + 2, 3, 0})); // Thursday and Friday
    EXPECT_TRUE(preview.later.empty());
}

TEST(OrderProgressTest, ShortMaterialListsItsOpenPurchaseOrders)
{
    ProgressShop shop;
    shop.workCenter("CUT");
    shop.item("FG", ItemSource::Make, 2);
    shop.item("RAW", ItemSource::Buy, 10);
    shop.model.boms.push_back({"FG", "RAW", 1});
    shop.routing("FG", {{10, "CUT", 0, 6}});
    shop.model.inventory.push_back({"RAW", 4});
    shop.model.purchaseOrders.push_back({"PO-7", "RAW", 3, kToday + 12, "SUP"});
    shop.sale("SO-M", 1, "FG", 10, 7);

    const LineProgress line = shop.progress("SO-M").lines[0];

    ASSERT_EQ(line.materials.size(), 1u);
    EXPECT_EQ(line.materials[0].item, "RAW");
    EXPECT_DOUBLE_EQ(line.materials[0].shortQty, 3);
    EXPECT_EQ(line.materials[0].needDate, Date::fromYmd(2026, 11, 29));
    ASSERT_EQ(line.materials[0].purchaseOrders.size(), 1u);
    EXPECT_EQ(line.materials[0].purchaseOrders[0], (OpenPurchase{"PO-7", 3, Date::fromYmd(2026, 12, 7)}));
}

TEST(OrderProgressTest, CapacityLimitedLineNamesTheWorkCenterAndWhoHoldsIt)
{
    const ProgressShop shop = pressShop();
    const OrderProgress progress = shop.progress("SO-B");
    const LineProgress& line = progress.lines[0];

    // SO-A takes the press Wednesday and Thursday; SO-B runs Friday and Monday until 15:00.
    EXPECT_EQ(line.completionMinute, at(5, 15));
    EXPECT_EQ(line.daysLate, 3);
    ASSERT_EQ(line.causes.size(), 1u);
    EXPECT_EQ(line.causes[0].kind, DelayCause::Kind::Capacity);
    EXPECT_EQ(line.causes[0].workCenter, "PRESS");
    EXPECT_EQ(line.causes[0].fromMinute, at(0, 8));
    EXPECT_EQ(line.causes[0].minute, at(2, 8));
    ASSERT_EQ(line.causes[0].busyWith.size(), 1u);
    ASSERT_EQ(line.orders.size(), 1u);
    EXPECT_EQ(line.orders[0].order, "PLN-00002");
    EXPECT_EQ(line.causes[0].busyWith, std::vector<std::string>{"PLN-00001"}); // SO-A's order
    EXPECT_TRUE(shop.progress("SO-A").lines[0].causes.empty());
}

TEST(OrderProgressTest, OvertimePreviewMakesTheLineOnTimeAndNobodyLater)
{
    const ProgressShop shop = pressShop();
    const LineProgress line = shop.progress("SO-B").lines[0];
    const Fix& overtime = fixOf(line, Fix::Kind::Overtime);
    EXPECT_EQ(overtime.workCenter, "PRESS");
    EXPECT_EQ(overtime.hoursPerDay, 2);
    EXPECT_EQ(overtime.from, kToday);
    EXPECT_EQ(overtime.to, kToday + 2);
    ASSERT_TRUE(overtime.edit.calendar.has_value());
    EXPECT_EQ(overtime.edit.calendar->second.overtime().size(), 3u);
    EXPECT_EQ(overtime.edit.calendar->second.overtime()[0], (Overtime{kToday, "PRESS", 17 * 60, 19 * 60}));

    const FixPreview preview = previewFix(shop.model, overtime, "SO-B");
    EXPECT_EQ(preview.line.before, kToday + 5);
    EXPECT_EQ(preview.line.after, kToday + 2); // done Friday 19:00
    EXPECT_EQ(preview.line.daysLateAfter, 0);
    EXPECT_TRUE(preview.later.empty());
    EXPECT_TRUE(preview.earlier.empty()); // SO-A ends Thursday 15:00 instead of 17:00
}

TEST(OrderProgressTest, PriorityPreviewReportsTheOrderItMakesLater)
{
    const ProgressShop shop = pressShop();
    const LineProgress line = shop.progress("SO-B").lines[0];
    const Fix& urgent = fixOf(line, Fix::Kind::RaisePriority);
    ASSERT_EQ(urgent.edit.salesOrders.size(), 1u);
    EXPECT_EQ(urgent.edit.salesOrders[0].after->priority, 1);

    const FixPreview preview = previewFix(shop.model, urgent, "SO-B");
    EXPECT_EQ(preview.line.after, kToday + 1);
    EXPECT_EQ(preview.line.daysLateAfter, 0);
    ASSERT_EQ(preview.later.size(), 1u);
    EXPECT_EQ(preview.later[0], (LineChange{"SO-A/1", kToday + 1, kToday + 5, 0, 3}));
    EXPECT_TRUE(preview.earlier.empty());
}

namespace {

/// One order of 16 working hours on a press with two units, due Thursday: it runs Wednesday
/// to Friday on one unit while the other stands idle.
ProgressShop twinPressShop()
{
    ProgressShop shop;
    shop.model.workCenters.push_back({"PRESS", "PRESS", "", 2, 1.0});
    shop.item("FG", ItemSource::Make);
    shop.routing("FG", {{10, "PRESS", 0, 144}});
    shop.sale("SO-S", 2, "FG", 10, 1);
    return shop;
}

} // namespace

TEST(OrderProgressTest, SplittingAPlannedOrderRunsBothBatchesSideBySide)
{
    const ProgressShop shop = twinPressShop();
    const LineProgress line = shop.progress("SO-S").lines[0];
    EXPECT_EQ(line.projected, kToday + 2);
    EXPECT_EQ(line.daysLate, 1);

    const Fix& split = fixOf(line, Fix::Kind::Split);
    EXPECT_EQ(split.order, "PLN-00001");
    EXPECT_EQ(split.parts, (std::vector<SplitPart>{{"FPO-00001", 5}, {"FPO-00002", 5}}));
    ASSERT_EQ(split.edit.firmPlannedOrders.size(), 2u);
    // Released today, when the schedule starts the planned order, not on its MRP release.
    EXPECT_EQ(split.edit.firmPlannedOrders[0].after->release, kToday);
    EXPECT_EQ(split.edit.firmPlannedOrders[1].after->due, kToday + 1);

    // 720 minutes each on its own unit: Wednesday 08:00 to Thursday 12:00.
    const FixPreview preview = previewFix(shop.model, split, "SO-S");
    EXPECT_EQ(preview.line, (LineChange{"SO-S/1", kToday + 2, kToday + 1, 1, 0}));
    EXPECT_TRUE(preview.later.empty());
}

TEST(OrderProgressTest, SplittingAWorkOrderKeepsItsNumberForTheFirstBatch)
{
    ProgressShop shop = twinPressShop();
    shop.model.workOrders.push_back({"WO-7", "FG", 11, kToday + 1, 0});
    const LineProgress line = shop.progress("SO-S").lines[0];
    const Fix& split = fixOf(line, Fix::Kind::Split);
    EXPECT_EQ(split.order, "WO-7");
    EXPECT_EQ(split.parts, (std::vector<SplitPart>{{"WO-7", 5}, {"WO-00008", 6}}));
    ASSERT_EQ(split.edit.workOrders.size(), 2u);
    EXPECT_DOUBLE_EQ(split.edit.workOrders[0].after->qty, 5);
    EXPECT_EQ(split.edit.workOrders[1].after->due, kToday + 1);
    EXPECT_EQ(previewFix(shop.model, split, "SO-S").line.daysLateAfter, 0);
}

TEST(OrderProgressTest, NoSplitForOnePieceOrOneStepOnOneUnit)
{
    ProgressShop single = pressShop(); // one step, one unit: a split gains nothing
    const OrderProgress singleProgress = single.progress("SO-B");
    for (const Fix& fix : singleProgress.lines[0].fixes)
        EXPECT_NE(fix.kind, Fix::Kind::Split);
    ProgressShop one = twinPressShop();
    one.model.salesOrders[0].lines[0].qty = 1;
    one.model.routings[0].operations[0].runMinutesPerUnit = 1440 * 2;
    const OrderProgress oneProgress = one.progress("SO-S");
    for (const Fix& fix : oneProgress.lines[0].fixes)
        EXPECT_NE(fix.kind, Fix::Kind::Split);
}

TEST(OrderProgressTest, MovingTheWaitingStepToTheOtherUnitJumpsItsQueue)
{
    // Earliest due first: C (4 h) on unit 0, A (16 h) on unit 1, E (16 h) after C on unit 0;
    // B (12 h) then waits for unit 1 until Friday and ends Monday, a day late.
    ProgressShop shop;
    shop.model.workCenters.push_back({"PRESS", "PRESS", "", 2, 1.0});
    for (const char* item : {"FG-A", "FG-B", "FG-C", "FG-E"})
        shop.item(item, ItemSource::Make);
    shop.routing("FG-C", {{10, "PRESS", 0, 48}});
    shop.routing("FG-A", {{10, "PRESS", 0, 96}});
    shop.routing("FG-E", {{10, "PRESS", 0, 96}});
    shop.routing("FG-B", {{10, "PRESS", 0, 72}});
    shop.sale("SO-C", 1, "FG-C", 5, 0);
    shop.sale("SO-A", 1, "FG-A", 10, 1);
    shop.sale("SO-E", 1, "FG-E", 10, 2);
    shop.sale("SO-B", 3, "FG-B", 10, 2);

    const LineProgress line = shop.progress("SO-B").lines[0];
    EXPECT_EQ(line.completionMinute, at(5, 12));
    ASSERT_EQ(line.causes.size(), 1u);
    EXPECT_EQ(line.causes[0].unit, 1);
    EXPECT_EQ(line.causes[0].minute, at(2, 8));

    const Fix& move = fixOf(line, Fix::Kind::MoveToUnit);
    EXPECT_EQ(move.order, line.orders[0].order);
    EXPECT_EQ(move.seq, 10);
    EXPECT_EQ(move.unit, 1);
    EXPECT_EQ(move.toUnit, 0);
    EXPECT_EQ(move.startMinute, at(0, 13)); // after C, ahead of E
    EXPECT_FALSE(move.firmedAs.empty()); // a planned order is firmed to be pinned
    ASSERT_TRUE(move.edit.operationPins.has_value());
    ASSERT_EQ(move.edit.operationPins->second.size(), 1u);
    EXPECT_EQ(move.edit.operationPins->second[0], (OperationPin{move.firmedAs, 10, 0, kToday, 13 * 60}));

    // B: Wednesday 13:00 to Thursday 17:00; E, pushed behind A on unit 1, ends Monday.
    const FixPreview preview = previewFix(shop.model, move, "SO-B");
    EXPECT_EQ(preview.line, (LineChange{"SO-B/1", kToday + 5, kToday + 1, 3, 0}));
    ASSERT_EQ(preview.later.size(), 1u);
    EXPECT_EQ(preview.later[0].line, "SO-E/1");
    EXPECT_GT(preview.later[0].daysLateAfter, 0);
}
