#include "app/models/BomTreeModel.h"
#include "app/models/Roles.h"
#include "app/models/WhereUsedTableModel.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/BomPage.h"
#include "DemoDocumentTest.h"

#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pmc;

namespace {

class BomPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        page = std::make_unique<ui::BomPage>(document);
        page->showParent(QStringLiteral("EB-A100"));
    }

    /// Selects the direct row of `component` as a click would.
    void select(const QString& component)
    {
        QTreeView* tree = page->tree();
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            if (tree->model()->index(row, 0).data(app::KeyRole).toString() == component)
                tree->setCurrentIndex(tree->model()->index(row, 0));
    }

    bool hasRow(const std::string& parent, const std::string& component) const
    {
        const auto& boms = document.factory().boms;
        return std::any_of(boms.begin(), boms.end(),
                           [&](const core::BomLine& b) { return b.parent == parent && b.component == component; });
    }

    std::unique_ptr<ui::BomPage> page;
};

} // namespace

TEST_F(BomPageTest, deleteKeyRemovesTheSelectedRowAndUndoBringsItBack)
{
    const int rows = page->tree()->model()->rowCount();
    select(QStringLiteral("PK-FILM"));
    test::triggerShortcut(page->tree(), QKeySequence(QKeySequence::Delete));
    EXPECT_FALSE(hasRow("EB-A100", "PK-FILM"));
    EXPECT_EQ(page->tree()->model()->rowCount(), rows - 1);

    document.undoStack()->undo();
    EXPECT_TRUE(hasRow("EB-A100", "PK-FILM"));
    EXPECT_EQ(page->tree()->model()->rowCount(), rows);
}

TEST_F(BomPageTest, whereUsedFollowsTheSelectedComponent)
{
    EXPECT_EQ(page->whereUsed()->item(), QStringLiteral("EB-A100"));
    select(QStringLiteral("FK-STD"));
    EXPECT_EQ(page->whereUsed()->item(), QStringLiteral("FK-STD"));
    const auto& boms = document.factory().boms;
    const auto parents =
        std::count_if(boms.begin(), boms.end(), [](const core::BomLine& b) { return b.component == "FK-STD"; });
    EXPECT_EQ(page->whereUsed()->rowCount(), static_cast<int>(parents));
}
