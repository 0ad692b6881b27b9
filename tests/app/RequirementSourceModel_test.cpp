#include "MrpViewsScenario.h"

#include "app/models/RequirementSourceModel.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <QAbstractItemModelTester>

using namespace pmc;
using Source = app::RequirementSourceModel;
using Measure = app::RequirementGridModel::Measure;

namespace {

QString text(const QStandardItemModel& model, const QModelIndex& parent, int row, int column)
{
    return model.index(row, column, parent).data().toString();
}

} // namespace

class RequirementSource : public test::MrpViewsTest {};

TEST_F(RequirementSource, grossRequirementOfAComponentTracesUpToTheCustomer)
{
    Source source(document);
    QAbstractItemModelTester tester(&source, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Date today = document.factory().settings.today;
    source.show(QStringLiteral("TUBE"), Measure::Gross, today, 30);
    ASSERT_EQ(source.rowCount(), 1);
    // TUBE's demand is FRAME's planned order, which serves BIKE's, which serves SO-7/1.
    EXPECT_EQ(text(source, {}, 0, Source::Item), QStringLiteral("FRAME"));
    EXPECT_EQ(text(source, {}, 0, Source::Quantity), QStringLiteral("30"));
    QModelIndex node = source.index(0, 0);
    ASSERT_EQ(source.rowCount(node), 1);
    EXPECT_EQ(text(source, node, 0, Source::Item), QStringLiteral("BIKE"));
    node = source.index(0, 0, node);
    ASSERT_EQ(source.rowCount(node), 1);
    EXPECT_EQ(text(source, node, 0, Source::Source), QStringLiteral("SO-7/1"));
    EXPECT_EQ(text(source, node, 0, Source::Customer), QStringLiteral("Acme Cycles"));
    EXPECT_EQ(text(source, node, 0, Source::Priority), QStringLiteral("1"));
    EXPECT_EQ(text(source, node, 0, Source::Date), QStringLiteral("2026-12-01"));
}

TEST_F(RequirementSource, listsReceiptsPlannedOrdersAndTheBalance)
{
    Source source(document);
    const core::Date today = document.factory().settings.today;
    source.show(QStringLiteral("TUBE"), Measure::Scheduled, today, 30);
    ASSERT_EQ(source.rowCount(), 1);
    EXPECT_EQ(text(source, {}, 0, Source::Source), QStringLiteral("PO-1"));

    source.show(QStringLiteral("BIKE"), Measure::PlannedReceipts, today, 30);
    ASSERT_EQ(source.rowCount(), 1);
    EXPECT_TRUE(text(source, {}, 0, Source::Source).startsWith(QStringLiteral("PLN-")));
    EXPECT_EQ(text(source, source.index(0, 0), 0, Source::Source), QStringLiteral("SO-7/1"));

    source.show(QStringLiteral("BOLT"), Measure::Projected, today, 7);
    ASSERT_EQ(source.rowCount(), 5);
    EXPECT_EQ(text(source, {}, 0, Source::Quantity), QStringLiteral("100"));
    EXPECT_EQ(text(source, {}, 3, Source::Quantity), QStringLiteral("40")); // 10 bikes × 4 bolts
    EXPECT_EQ(text(source, {}, 4, Source::Quantity), QStringLiteral("60"));
}

TEST_F(RequirementSource, tracesAPlannedOrderOfAStoredRun)
{
    app::Document reopened;
    reopened.open(QString::fromStdString(dir.file("views.db")), false);
    Source source(reopened);
    QString tube;
    for (const core::PlannedOrder& order : reopened.mrpResult().plannedOrders)
        if (order.item == "TUBE")
            tube = QString::fromStdString(order.id);
    ASSERT_FALSE(tube.isEmpty());
    source.showPlannedOrder(tube);
    QModelIndex node = source.index(0, 0);
    for (const char* item : {"FRAME", "BIKE"}) {
        ASSERT_EQ(source.rowCount(node), 1) << item;
        EXPECT_EQ(text(source, node, 0, Source::Item), QString::fromLatin1(item));
        node = source.index(0, 0, node);
    }
    ASSERT_EQ(source.rowCount(node), 1);
    EXPECT_EQ(text(source, node, 0, Source::Customer), QStringLiteral("Acme Cycles"));
}
