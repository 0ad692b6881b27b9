#include "app/Document.h"
#include "app/models/BomTreeModel.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/bom/BomGraph.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

using namespace pmc;

namespace {

const core::Date kPlanningDate = core::Date::fromYmd(2026, 11, 25);

/// Every node in depth-first order, fetching children on the way as a view expanding all would.
std::vector<QModelIndex> expandAll(QAbstractItemModel& model, const QModelIndex& parent = {})
{
    std::vector<QModelIndex> nodes;
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        nodes.push_back(index);
        const std::vector<QModelIndex> below = expandAll(model, index);
        nodes.insert(nodes.end(), below.begin(), below.end());
    }
    return nodes;
}

QModelIndex childWith(const QAbstractItemModel& model, const QString& component, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data(app::KeyRole).toString() == component)
            return model.index(row, 0, parent);
    return {};
}

const core::BomLine* findBomRow(const core::FactoryModel& factory, const std::string& parent,
                                const std::string& component)
{
    const auto found = std::find_if(factory.boms.begin(), factory.boms.end(), [&](const core::BomLine& b) {
        return b.parent == parent && b.component == component;
    });
    return found == factory.boms.end() ? nullptr : &*found;
}

class BomTreeModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.open(path, true);
        model.setParentItem(QStringLiteral("EB-A100"));
        model.setDate(kPlanningDate);
        // Attached after the reset: Qt 6.4's tester runs its checks (which fetch children) on
        // modelReset before it marks the reset finished, and then takes the fetch for a change
        // inside the reset. It fetches the whole tree here, and checks every later change.
        tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    test::TempDir dir;
    QString path = QString::fromStdString(dir.file("demo.db"));
    app::Document document;
    app::BomTreeModel model{document};
    std::optional<QAbstractItemModelTester> tester;
};

/// The nodes that are part of the explosion, with the model's numbers, in tree order.
std::vector<core::ExplosionLine> explodedNodes(app::BomTreeModel& model)
{
    std::vector<core::ExplosionLine> lines;
    for (const QModelIndex& node : expandAll(model)) {
        const QVariant extended = node.siblingAtColumn(app::BomTreeModel::ExtendedQty).data(app::SortRole);
        if (!extended.isValid())
            continue;
        lines.push_back({node.siblingAtColumn(app::BomTreeModel::Level).data(app::SortRole).toInt(),
                         node.data(app::KeyRole).toString().toStdString(), model.line(node)->qtyPer,
                         extended.toDouble()});
    }
    return lines;
}

void expectSameExplosion(const std::vector<core::ExplosionLine>& actual, const core::BomExplosion& expected)
{
    ASSERT_EQ(actual.size(), expected.lines.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual[i].level, expected.lines[i].level) << i;
        EXPECT_EQ(actual[i].item, expected.lines[i].item) << i;
        EXPECT_DOUBLE_EQ(actual[i].qtyPer, expected.lines[i].qtyPer) << i;
        EXPECT_DOUBLE_EQ(actual[i].qty, expected.lines[i].qty) << i;
    }
}

} // namespace

TEST_F(BomTreeModelTest, treeAndExtendedQuantitiesFollowTheExplosion)
{
    model.setTopQuantity(25);
    const core::BomGraph graph(document.factory());
    expectSameExplosion(explodedNodes(model), graph.explode("EB-A100", 25, kPlanningDate));

    // From 2027 the controller takes the V2 board: another explosion, the same tree.
    const core::Date later = core::Date::fromYmd(2027, 3, 1);
    model.setDate(later);
    expectSameExplosion(explodedNodes(model), graph.explode("EB-A100", 25, later));
}

TEST_F(BomTreeModelTest, rowsNotValidOnTheDateAreGreyedWithoutQuantity)
{
    const QModelIndex controller = childWith(model, QStringLiteral("CT-350"));
    ASSERT_TRUE(controller.isValid());
    model.fetchMore(controller);
    const QModelIndex v1 = childWith(model, QStringLiteral("RM-PCB-V1"), controller);
    const QModelIndex v2 = childWith(model, QStringLiteral("RM-PCB-V2"), controller);
    EXPECT_FALSE(v1.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(v2.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(v2.siblingAtColumn(app::BomTreeModel::ExtendedQty).data().toString().isEmpty());
    EXPECT_EQ(v2.siblingAtColumn(app::BomTreeModel::ValidFrom).data().toString(), QStringLiteral("2027-01-01"));
}

TEST_F(BomTreeModelTest, childrenAreBuiltOnlyWhenAViewAsks)
{
    app::BomTreeModel lazy(document); // the fixture's tester has fetched everything of `model`
    lazy.setParentItem(QStringLiteral("EB-A100"));
    const QModelIndex frame = childWith(lazy, QStringLiteral("FR-A-PNT"));
    ASSERT_TRUE(frame.isValid());
    EXPECT_TRUE(lazy.hasChildren(frame));
    EXPECT_EQ(lazy.rowCount(frame), 0);
    ASSERT_TRUE(lazy.canFetchMore(frame));
    lazy.fetchMore(frame);
    EXPECT_EQ(lazy.rowCount(frame), 2);
    EXPECT_FALSE(lazy.canFetchMore(frame));
}

TEST_F(BomTreeModelTest, editingQtyPerIsSavedAndUndone)
{
    const QModelIndex frame = childWith(model, QStringLiteral("FR-A-PNT"));
    ASSERT_TRUE(model.setData(frame.siblingAtColumn(app::BomTreeModel::QtyPer), 2.0));
    EXPECT_EQ(findBomRow(document.factory(), "EB-A100", "FR-A-PNT")->qtyPer, 2.0);
    EXPECT_EQ(frame.siblingAtColumn(app::BomTreeModel::QtyPer).data(Qt::EditRole).toDouble(), 2.0);
    EXPECT_EQ(frame.siblingAtColumn(app::BomTreeModel::ExtendedQty).data(app::SortRole).toDouble(), 2.0);
    {
        app::Document reopened;
        reopened.open(path, false);
        EXPECT_EQ(findBomRow(reopened.factory(), "EB-A100", "FR-A-PNT")->qtyPer, 2.0);
    }

    document.undoStack()->undo();
    EXPECT_EQ(findBomRow(document.factory(), "EB-A100", "FR-A-PNT")->qtyPer, 1.0);
    EXPECT_EQ(frame.siblingAtColumn(app::BomTreeModel::QtyPer).data(Qt::EditRole).toDouble(), 1.0);
    app::Document reopened;
    reopened.open(path, false);
    EXPECT_EQ(findBomRow(reopened.factory(), "EB-A100", "FR-A-PNT")->qtyPer, 1.0);
}

TEST_F(BomTreeModelTest, validityIsEditedAsTextAndMayBeEmpty)
{
    const QModelIndex frame = childWith(model, QStringLiteral("FR-A-PNT"));
    const QModelIndex validTo = frame.siblingAtColumn(app::BomTreeModel::ValidTo);
    ASSERT_TRUE(model.setData(validTo, QStringLiteral("2026-12-01")));
    EXPECT_EQ(findBomRow(document.factory(), "EB-A100", "FR-A-PNT")->validTo, core::Date::fromYmd(2026, 12, 1));
    ASSERT_TRUE(model.setData(validTo, QString()));
    EXPECT_FALSE(findBomRow(document.factory(), "EB-A100", "FR-A-PNT")->validTo.has_value());

    QSignalSpy refused(&model, &app::BomTreeModel::editRefused);
    EXPECT_FALSE(model.setData(validTo, QStringLiteral("1st of May")));
    EXPECT_EQ(refused.count(), 1);
}

TEST_F(BomTreeModelTest, aCycleIsRefusedWithItsPathAndChangesNothing)
{
    const core::FactoryModel before = document.factory();
    const int undoSteps = document.undoStack()->count();
    QSignalSpy refused(&model, &app::BomTreeModel::editRefused);

    core::BomLine loop;
    loop.parent = "FR-A-WLD";
    loop.component = "EB-A100";
    EXPECT_FALSE(model.addLine(loop));

    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("cycle"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("EB-A100 -> FR-A-PNT -> FR-A-WLD -> EB-A100")))
        << message.toStdString();
    EXPECT_EQ(document.factory(), before);
    EXPECT_EQ(document.undoStack()->count(), undoSteps);
}

TEST_F(BomTreeModelTest, aNegativeQuantityIsRefused)
{
    QSignalSpy refused(&model, &app::BomTreeModel::editRefused);
    const QModelIndex frame = childWith(model, QStringLiteral("FR-A-PNT"));
    EXPECT_FALSE(model.setData(frame.siblingAtColumn(app::BomTreeModel::QtyPer), -1.0));
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("qty_per"))) << message.toStdString();
    EXPECT_EQ(findBomRow(document.factory(), "EB-A100", "FR-A-PNT")->qtyPer, 1.0);
}

TEST_F(BomTreeModelTest, addingAndRemovingARowKeepsWhatWasExpanded)
{
    const QModelIndex fork = childWith(model, QStringLiteral("FK-STD"));
    model.fetchMore(fork);
    const QPersistentModelIndex drop = childWith(model, QStringLiteral("PR-DROP"), fork);
    model.fetchMore(drop);
    const int direct = model.rowCount();

    core::BomLine extra;
    extra.parent = "EB-A100";
    extra.component = "RM-TUBE-38";
    extra.qtyPer = 0.5;
    ASSERT_TRUE(model.addLine(extra));
    EXPECT_EQ(model.rowCount(), direct + 1);
    EXPECT_EQ(model.index(direct, 0).data(app::KeyRole).toString(), QStringLiteral("RM-TUBE-38"));
    EXPECT_TRUE(drop.isValid());
    EXPECT_EQ(model.rowCount(drop), 1);

    ASSERT_TRUE(model.removeLine(model.index(direct, 0)));
    EXPECT_EQ(model.rowCount(), direct);
    EXPECT_EQ(findBomRow(document.factory(), "EB-A100", "RM-TUBE-38"), nullptr);
    EXPECT_EQ(model.rowCount(drop), 1);

    document.undoStack()->undo(); // the removal: the row is back, at the end
    EXPECT_EQ(model.rowCount(), direct + 1);
    EXPECT_EQ(model.index(direct, 0).data(app::KeyRole).toString(), QStringLiteral("RM-TUBE-38"));
}

TEST_F(BomTreeModelTest, quantitiesBelowAnEditedRowFollowTheNewExplosion)
{
    const QModelIndex fork = childWith(model, QStringLiteral("FK-STD"));
    model.fetchMore(fork);
    const QModelIndex bracket = childWith(model, QStringLiteral("PR-DROP"), fork);
    model.fetchMore(bracket);
    ASSERT_TRUE(model.setData(fork.siblingAtColumn(app::BomTreeModel::ScrapRate), 0.1));
    const core::BomGraph graph(document.factory());
    expectSameExplosion(explodedNodes(model), graph.explode("EB-A100", 1, kPlanningDate));
}
