#include "app/models/MaterialAdjustmentModel.h"
#include "app/models/PlanAdjustmentModel.h"
#include "support/ChangeFactory.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace pmc;
using namespace pmc::core::test;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST(PlanAdjustmentModel, showsTheShrunkPlannedOrderOldBesideNew)
{
    const ChangeFactory factory = midProduction();
    app::PlanAdjustmentModel model(halvedMidProduction(), factory.model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1);
    using M = app::PlanAdjustmentModel;
    EXPECT_EQ(cell(model, 0, M::Change), QStringLiteral("Changed"));
    EXPECT_EQ(cell(model, 0, M::Kind), QStringLiteral("Planned order"));
    EXPECT_EQ(cell(model, 0, M::Item), QStringLiteral("FG"));
    EXPECT_EQ(cell(model, 0, M::QtyBefore), QStringLiteral("28"));
    EXPECT_EQ(cell(model, 0, M::QtyAfter), QStringLiteral("8"));
    EXPECT_EQ(cell(model, 0, M::SalesLines), QStringLiteral("SO-1/1"));
    EXPECT_EQ(cell(model, 0, M::WorkCenters), QStringLiteral("A #1"));
    const QString shipDates = cell(model, 0, M::ShipDates);
    EXPECT_TRUE(shipDates.startsWith(QStringLiteral("SO-1/1 done "))) << shipDates.toStdString();
    EXPECT_EQ(model.headerData(M::QtyAfter, Qt::Horizontal).toString(), QStringLiteral("Qty after"));
}

TEST(PlanAdjustmentModel, aDroppedOrderHasNoNewSide)
{
    ChangeFactory before;
    before.sale("SO-1", "FG", 10, day(12));
    ChangeFactory after = before;
    after.find("SO-1").status = core::SalesOrderStatus::Cancelled;
    app::PlanAdjustmentModel model(core::analyzeChange(before.model, after.model), after.model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1);
    using M = app::PlanAdjustmentModel;
    EXPECT_EQ(cell(model, 0, M::Change), QStringLiteral("Dropped"));
    EXPECT_EQ(cell(model, 0, M::Order), QStringLiteral("PLN-00001"));
    EXPECT_EQ(cell(model, 0, M::QtyBefore), QStringLiteral("10"));
    EXPECT_EQ(cell(model, 0, M::QtyAfter), QString());
    EXPECT_EQ(cell(model, 0, M::ShipDates), QStringLiteral("SO-1/1 no longer demand"));
}

TEST(MaterialAdjustmentModel, listsTheReducedAndTheCancelledPurchase)
{
    app::MaterialAdjustmentModel model(halvedMidProduction().materialAdjustments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    using M = app::MaterialAdjustmentModel;
    EXPECT_EQ(cell(model, 0, M::Number), QStringLiteral("PO-1"));
    EXPECT_EQ(cell(model, 0, M::Supplier), QStringLiteral("S1"));
    EXPECT_EQ(cell(model, 0, M::Name), QStringLiteral("Steel plate"));
    EXPECT_EQ(cell(model, 0, M::Due), QStringLiteral("2026-11-29"));
    EXPECT_EQ(cell(model, 0, M::NeedAfter), QStringLiteral("2026-11-30"));
    EXPECT_EQ(cell(model, 0, M::Action), QStringLiteral("Reduce"));
    EXPECT_EQ(cell(model, 0, M::ProposedQty), QStringLiteral("8"));
    EXPECT_EQ(cell(model, 1, M::Number), QStringLiteral("PO-2"));
    EXPECT_EQ(cell(model, 1, M::NeedAfter), QStringLiteral("not needed"));
    EXPECT_EQ(cell(model, 1, M::Action), QStringLiteral("Cancel"));
    EXPECT_EQ(cell(model, 1, M::ProposedQty), QStringLiteral("0"));
}
