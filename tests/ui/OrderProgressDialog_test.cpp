#include "DemoDocumentTest.h"

#include "ui/OrderProgressDialog.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace {

using pmc::ui::OrderProgressDialog;
namespace core = pmc::core;

/// The demo factory scheduled, with the sales order of its latest line.
class OrderProgressDialogTest : public pmc::test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        QSignalSpy finished(&document, &pmc::app::Document::scheduleFinished);
        document.startSchedule(0);
        ASSERT_TRUE(finished.wait(60000));
        const auto& demands = document.schedule().demands;
        const auto latest = std::max_element(demands.begin(), demands.end(), [](const auto& a, const auto& b) {
            return a.lateDays < b.lateDays;
        });
        ASSERT_NE(latest, demands.end());
        ASSERT_GT(latest->lateDays, 0) << "the demo plan has a late line";
        lateLine = latest->demand;
        lateOrder = lateLine.substr(0, lateLine.rfind('/'));
    }

    std::string lateLine;
    std::string lateOrder;
};

int lineIndex(const OrderProgressDialog& dialog, const std::string& id)
{
    for (std::size_t i = 0; i < dialog.progress().lines.size(); ++i)
        if (dialog.progress().lines[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST_F(OrderProgressDialogTest, LateLineShowsItsOrdersCausesAndFixes)
{
    OrderProgressDialog dialog(document, QString::fromStdString(lateOrder), nullptr);
    EXPECT_TRUE(dialog.header().startsWith(QString::fromStdString(lateOrder)));
    const int index = lineIndex(dialog, lateLine);
    ASSERT_GE(index, 0);
    dialog.lineChooser()->setCurrentIndex(index);
    const core::LineProgress& line = dialog.progress().lines[static_cast<std::size_t>(index)];
    EXPECT_GT(line.daysLate, 0);
    EXPECT_TRUE(dialog.projection().contains(QStringLiteral("late"))) << dialog.projection().toStdString();
    EXPECT_TRUE(dialog.projection().startsWith(QString::fromStdString(line.committed.toString())));
    ASSERT_GT(dialog.chain()->model()->rowCount(), 0);
    EXPECT_EQ(dialog.chain()->model()->index(0, 0).data().toString().trimmed(),
              QString::fromStdString(line.orders.front().order));
    ASSERT_FALSE(line.causes.empty());
    EXPECT_EQ(dialog.causes().count(QStringLiteral("• ")), static_cast<int>(line.causes.size()));
    ASSERT_FALSE(dialog.fixes().empty());

    dialog.previewFix(0);
    EXPECT_TRUE(dialog.isPreviewRunning());
    dialog.waitForPreview();
    EXPECT_TRUE(dialog.previewText().startsWith(QStringLiteral("This line: ") + QString::fromStdString(lateLine)))
        << dialog.previewText().toStdString();
}

TEST_F(OrderProgressDialogTest, ApplyingThePriorityFixIsOneUndoableEdit)
{
    OrderProgressDialog dialog(document, QString::fromStdString(lateOrder), nullptr);
    dialog.lineChooser()->setCurrentIndex(lineIndex(dialog, lateLine));
    const std::vector<core::Fix> fixes = dialog.fixes();
    const auto urgent = std::find_if(fixes.begin(), fixes.end(),
                                     [](const core::Fix& f) { return f.kind == core::Fix::Kind::RaisePriority; });
    if (urgent == fixes.end())
        GTEST_SKIP() << "the late order is already priority 1";
    const auto priorityOf = [&] {
        for (const core::SalesOrder& so : document.factory().salesOrders)
            if (so.number == lateOrder)
                return so.priority;
        return 0;
    };
    const int before = priorityOf();
    ASSERT_GT(before, 1);

    QSignalSpy replanned(&document, &pmc::app::Document::scheduleFinished);
    EXPECT_TRUE(dialog.applyFix(static_cast<int>(urgent - fixes.begin())).isEmpty());
    EXPECT_EQ(priorityOf(), 1);
    ASSERT_TRUE(replanned.wait(60000));
    EXPECT_EQ(dialog.progress().priority, 1); // refreshed from the new plan
    document.undoStack()->undo();
    EXPECT_EQ(priorityOf(), before);
}

TEST_F(OrderProgressDialogTest, UnknownOrderThrows)
{
    EXPECT_THROW(OrderProgressDialog(document, QStringLiteral("NO-SUCH-ORDER"), nullptr), std::invalid_argument);
}
