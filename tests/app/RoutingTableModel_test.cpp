#include "app/Document.h"
#include "app/models/ItemChoiceModel.h"
#include "app/models/Roles.h"
#include "app/models/RoutingTableModel.h"
#include "core/FactoryModel.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pmc;

namespace {

const core::Routing* findRouting(const core::FactoryModel& factory, const std::string& item)
{
    const auto found = std::find_if(factory.routings.begin(), factory.routings.end(),
                                    [&](const core::Routing& r) { return r.item == item; });
    return found == factory.routings.end() ? nullptr : &*found;
}

std::vector<std::pair<int, std::string>> seqAndWorkCenter(const core::Routing& routing)
{
    std::vector<std::pair<int, std::string>> ops;
    for (const core::Operation& op : routing.operations)
        ops.emplace_back(op.seq, op.workCenter);
    return ops;
}

class RoutingTableModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.open(path, true);
        model.setItem(QStringLiteral("EB-A100"));
    }

    test::TempDir dir;
    QString path = QString::fromStdString(dir.file("demo.db"));
    app::Document document;
    app::RoutingTableModel model{document};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(RoutingTableModelTest, showsTheOperationsWithTheTimeOfALot)
{
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, app::RoutingTableModel::Seq).data().toInt(), 10);
    EXPECT_EQ(model.index(0, app::RoutingTableModel::WorkCenter).data(Qt::EditRole).toString(), QStringLiteral("ASSY"));
    const auto& wcs = document.factory().workCenters;
    const double efficiency =
        std::find_if(wcs.begin(), wcs.end(), [](const core::WorkCenter& w) { return w.code == "ASSY"; })->efficiency;
    model.setLotSize(50);
    EXPECT_DOUBLE_EQ(model.index(0, app::RoutingTableModel::LotTime).data(Qt::EditRole).toDouble(),
                     30 + 50 * 3.0 / efficiency);
    EXPECT_FALSE(model.flags(model.index(0, app::RoutingTableModel::LotTime)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(0, app::RoutingTableModel::Setup)) & Qt::ItemIsEditable);
}

TEST_F(RoutingTableModelTest, addAppendsTheNextSeqAndIsSaved)
{
    ASSERT_TRUE(model.addOperation());
    ASSERT_EQ(model.rowCount(), 3);
    const std::vector<std::pair<int, std::string>> expected{{10, "ASSY"}, {20, "PACK"}, {30, "PACK"}};
    EXPECT_EQ(seqAndWorkCenter(*findRouting(document.factory(), "EB-A100")), expected);
    app::Document reopened;
    reopened.open(path, false);
    EXPECT_EQ(seqAndWorkCenter(*findRouting(reopened.factory(), "EB-A100")), expected);
}

TEST_F(RoutingTableModelTest, moveSwapsPlaceAndSeq)
{
    ASSERT_TRUE(model.moveOperation(0, +1));
    const std::vector<std::pair<int, std::string>> moved{{10, "PACK"}, {20, "ASSY"}};
    EXPECT_EQ(seqAndWorkCenter(*findRouting(document.factory(), "EB-A100")), moved);
    EXPECT_EQ(model.index(0, app::RoutingTableModel::WorkCenter).data(Qt::EditRole).toString(), QStringLiteral("PACK"));
    EXPECT_FALSE(model.moveOperation(0, -1)); // nothing above the first

    document.undoStack()->undo();
    const std::vector<std::pair<int, std::string>> original{{10, "ASSY"}, {20, "PACK"}};
    EXPECT_EQ(seqAndWorkCenter(*findRouting(document.factory(), "EB-A100")), original);
}

TEST_F(RoutingTableModelTest, deletingTheLastOperationRemovesTheRoutingAndAddingCreatesIt)
{
    const core::Routing original = *findRouting(document.factory(), "EB-A100");
    const std::size_t routings = document.factory().routings.size();
    app::ItemChoiceModel makeItems(document, app::ItemChoiceModel::Scope::Make);
    const int row = makeItems.rowOf(QStringLiteral("EB-A100"));
    EXPECT_FALSE(makeItems.index(row).data(app::MissingRoutingRole).toBool());

    ASSERT_TRUE(model.removeOperation(1));
    ASSERT_TRUE(model.removeOperation(0));
    EXPECT_EQ(model.routing(), nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(findRouting(document.factory(), "EB-A100"), nullptr);
    EXPECT_EQ(document.factory().routings.size(), routings - 1);
    EXPECT_TRUE(makeItems.index(row).data(app::MissingRoutingRole).toBool());

    ASSERT_TRUE(model.addOperation());
    const core::Routing* created = findRouting(document.factory(), "EB-A100");
    ASSERT_NE(created, nullptr);
    ASSERT_EQ(created->operations.size(), 1u);
    EXPECT_EQ(created->operations[0].seq, 10);
    EXPECT_EQ(created->operations[0].workCenter, document.factory().workCenters.front().code);

    document.undoStack()->undo(); // the add
    document.undoStack()->undo(); // the second delete
    document.undoStack()->undo(); // the first delete
    EXPECT_EQ(*findRouting(document.factory(), "EB-A100"), original);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(RoutingTableModelTest, cellEditsChangeOneOperation)
{
    ASSERT_TRUE(model.setData(model.index(1, app::RoutingTableModel::Setup), 25.0));
    EXPECT_EQ(findRouting(document.factory(), "EB-A100")->operations[1].setupMinutes, 25.0);
    ASSERT_TRUE(model.setData(model.index(1, app::RoutingTableModel::Queue), 120.0));
    EXPECT_EQ(findRouting(document.factory(), "EB-A100")->operations[1].queueMinutes, 120.0);

    // A seq below the first moves the operation to the front: the routing stays in seq order.
    ASSERT_TRUE(model.setData(model.index(1, app::RoutingTableModel::Seq), 5));
    const std::vector<std::pair<int, std::string>> reordered{{5, "PACK"}, {10, "ASSY"}};
    EXPECT_EQ(seqAndWorkCenter(*findRouting(document.factory(), "EB-A100")), reordered);
}

TEST_F(RoutingTableModelTest, anUnknownWorkCenterIsRefused)
{
    const core::Routing original = *findRouting(document.factory(), "EB-A100");
    QSignalSpy refused(&model, &app::RoutingTableModel::editRefused);
    EXPECT_FALSE(model.setData(model.index(0, app::RoutingTableModel::WorkCenter), QStringLiteral("NOPE")));
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("unknown work center"))) << message.toStdString();
    EXPECT_EQ(*findRouting(document.factory(), "EB-A100"), original);
}
