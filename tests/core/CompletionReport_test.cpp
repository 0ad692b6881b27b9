#include "core/FactoryModel.h"
#include "core/execution/CompletionReport.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

const Date kToday = Date::fromYmd(2026, 11, 25);

/// WO-0001: 20 × FRAME through ops 10 → 20 → 30 (listed out of order on purpose).
FactoryModel shop()
{
    FactoryModel model;
    model.settings.today = kToday;
    model.routings.push_back({"FRAME", {{30, "PAINT", 0, 1}, {10, "CUT", 0, 1}, {20, "WELD", 0, 1}}});
    model.workOrders.push_back({"WO-0001", "FRAME", 20, kToday + 10, 0});
    model.workOrders.push_back({"WO-NOROUTE", "LOOSE", 5, kToday + 10, 0});
    return model;
}

CompletionReport report(int seq, double good, double scrap = 0, std::string reason = "")
{
    return {"WO-0001", seq, kToday, good, scrap, std::move(reason)};
}

std::string messages(const ValidationResult& result)
{
    std::string text;
    for (const ValidationIssue& issue : result.issues())
        text += issue.toString() + "\n";
    return text;
}

} // namespace

TEST(CompletionReport, firstOperationCanReportTheWholeOrderOnce)
{
    const FactoryModel model = shop();
    EXPECT_TRUE(checkCompletionReport(model, {}, report(10, 18, 2, "burr")).ok());
    const std::vector<CompletionReport> done{report(10, 18, 2, "burr")};
    EXPECT_EQ(openForOperation(model, model.workOrders[0], done, 10), 0);
    EXPECT_EQ(messages(checkCompletionReport(model, done, report(10, 1))),
              "--good: 1 exceeds the 0 still open on WO-0001 op 10\n");
}

TEST(CompletionReport, laterOperationIsLimitedByWhatThePreviousOnePassedAsGood)
{
    const FactoryModel model = shop();
    const std::vector<CompletionReport> done{report(10, 12, 3, "burr"), report(20, 5)};
    EXPECT_EQ(openForOperation(model, model.workOrders[0], done, 20), 7);
    EXPECT_EQ(openForOperation(model, model.workOrders[0], done, 30), 5);
    EXPECT_TRUE(checkCompletionReport(model, done, report(20, 7)).ok());
    EXPECT_EQ(messages(checkCompletionReport(model, done, report(30, 30))),
              "--good: 30 exceeds the 5 still open on WO-0001 op 30\n");
    EXPECT_EQ(messages(checkCompletionReport(model, done, report(20, 6, 2, "crack"))),
              "--good: good 6 + scrap 2 exceeds the 7 still open on WO-0001 op 20\n");
}

TEST(CompletionReport, quantityImportedAsCompletedIsNotWorkedAgain)
{
    FactoryModel model = shop();
    model.workOrders[0].completedQty = 8;
    EXPECT_EQ(openForOperation(model, model.workOrders[0], {}, 10), 12);
    // After 4 finished units were reported, completed_qty is 12 of which 8 are still the imported part.
    model.workOrders[0].completedQty = 12;
    const std::vector<CompletionReport> done{report(10, 4), report(20, 4), report(30, 4)};
    EXPECT_EQ(openForOperation(model, model.workOrders[0], done, 10), 8);
}

TEST(CompletionReport, refusesUnknownOrderClosedOrderAndUnknownOperation)
{
    FactoryModel model = shop();
    CompletionReport unknown = report(10, 1);
    unknown.workOrder = "WO-9";
    EXPECT_EQ(messages(checkCompletionReport(model, {}, unknown)), "--order: unknown work order \"WO-9\"\n");
    EXPECT_EQ(messages(checkCompletionReport(model, {}, report(15, 1))),
              "--seq: 15 is not an operation of FRAME (routing: 10, 20, 30)\n");
    CompletionReport loose = report(10, 1);
    loose.workOrder = "WO-NOROUTE";
    EXPECT_EQ(messages(checkCompletionReport(model, {}, loose)), "--seq: item LOOSE of WO-NOROUTE has no routing\n");
    model.workOrders[0].completedQty = 20;
    EXPECT_EQ(messages(checkCompletionReport(model, {}, report(10, 1))),
              "--order: WO-0001 is closed (20 of 20 completed)\n");
}

TEST(CompletionReport, refusesNegativeEmptyFutureAndUnexplainedScrap)
{
    const FactoryModel model = shop();
    EXPECT_EQ(messages(checkCompletionReport(model, {}, report(10, -1))), "--good: -1 is negative\n");
    EXPECT_EQ(messages(checkCompletionReport(model, {}, report(10, 1, -2, "x"))), "--scrap: -2 is negative\n");
    EXPECT_EQ(messages(checkCompletionReport(model, {}, report(10, 0))),
              "--good: a report needs a good or scrap quantity above 0\n");
    EXPECT_EQ(messages(checkCompletionReport(model, {}, report(10, 1, 2))),
              "--reason: required when scrap is reported (why 2 were scrapped)\n");
    CompletionReport future = report(10, 1);
    future.date = kToday + 1;
    EXPECT_EQ(messages(checkCompletionReport(model, {}, future)), "--date: 2026-11-26 is after today (2026-11-25)\n");
}

TEST(CompletionReport, lastOperationIsTheHighestSeq)
{
    const FactoryModel model = shop();
    EXPECT_EQ(lastOperationSeq(model, "FRAME"), 30);
    EXPECT_EQ(lastOperationSeq(model, "LOOSE"), std::nullopt);
}
