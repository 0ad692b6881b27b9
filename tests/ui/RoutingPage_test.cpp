#include "app/models/RoutingTableModel.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/RoutingPage.h"
#include "DemoDocumentTest.h"

#include <QTableView>

#include <gtest/gtest.h>

using namespace pmc;

namespace {

class RoutingPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        page = std::make_unique<ui::RoutingPage>(document);
        page->showItem(QStringLiteral("EB-A100"));
    }

    std::vector<int> seqs() const
    {
        std::vector<int> result;
        for (const core::Operation& op : page->model()->routing()->operations)
            result.push_back(op.seq);
        return result;
    }

    std::unique_ptr<ui::RoutingPage> page;
};

} // namespace

TEST_F(RoutingPageTest, insertAddsAnOperationAndSelectsIt)
{
    test::triggerShortcut(page->table(), QKeySequence(Qt::Key_Insert));
    EXPECT_EQ(seqs(), (std::vector<int>{10, 20, 30}));
    EXPECT_EQ(page->table()->currentIndex().row(), 2);
}

TEST_F(RoutingPageTest, ctrlDownMovesTheSelectedOperationAndKeepsItSelected)
{
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    test::triggerShortcut(page->table(), QKeySequence(Qt::CTRL | Qt::Key_Down));
    EXPECT_EQ(page->model()->routing()->operations[1].workCenter, "ASSY");
    EXPECT_EQ(page->table()->currentIndex().row(), 1);
}
