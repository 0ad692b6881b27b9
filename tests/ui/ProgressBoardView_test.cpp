#include "DemoDocumentTest.h"

#include "app/models/NumberText.h"
#include "app/models/ProgressBoardModel.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "ui/MainWindow.h"
#include "ui/ProgressBoardView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <optional>

namespace {

using pmc::app::ProgressBoardModel;
using pmc::ui::ProgressBoardView;
namespace core = pmc::core;

/// The board of the demo factory's today at 10:30.
class ProgressBoardViewTest : public pmc::test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        view.emplace(document);
        view->waitForRefresh();
        view->setClock([] { return QTime(10, 30); });
        view->refresh();
        view->waitForRefresh();
    }
    const core::ProgressBoard& board() const { return view->model()->board(); }

    std::optional<ProgressBoardView> view;
};

} // namespace

TEST_F(ProgressBoardViewTest, showsACaptionPerWorkshopAndARowPerLineOfTheDay)
{
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_FALSE(board().rows.empty());
    EXPECT_EQ(board().date, document.factory().settings.today);
    EXPECT_EQ(board().nowMinute, 10 * 60 + 30);
    const int rows = view->model()->rowCount();
    EXPECT_EQ(rows, static_cast<int>(board().rows.size() + board().workshops.size()));
    const QModelIndex caption = view->model()->index(0, ProgressBoardModel::Line);
    EXPECT_TRUE(caption.data(pmc::app::BoardCaptionRole).toBool());
    EXPECT_EQ(caption.data().toString(), QString::fromStdString(board().workshops.front().workshop));
    const QModelIndex first = view->model()->index(1, ProgressBoardModel::Line);
    EXPECT_FALSE(first.data(pmc::app::BoardCaptionRole).toBool());
    const core::BoardRow& row = board().rows.front();
    EXPECT_EQ(first.data().toString(),
              QStringLiteral("%1 #%2").arg(QString::fromStdString(row.workCenterName)).arg(row.unit + 1));
    EXPECT_TRUE(view->headerText().contains(QStringLiteral("Achievement"))) << view->headerText().toStdString();
    EXPECT_GE(view->table()->verticalHeader()->defaultSectionSize(), 40);
}

TEST_F(ProgressBoardViewTest, readsNewReportsFromTheDatabaseOnRefresh)
{
    // A line on the first step of a work order (a later step reports only what the one before
    // passed): report good pieces on it today.
    const core::FactoryModel& factory = document.factory();
    const auto firstStep = [&](const core::BoardOrder& order) {
        const auto routing = std::find_if(factory.routings.begin(), factory.routings.end(),
                                          [&](const core::Routing& r) { return r.item == order.item; });
        return routing != factory.routings.end() && !routing->operations.empty()
            && std::min_element(routing->operations.begin(), routing->operations.end(),
                                [](const auto& a, const auto& b) { return a.seq < b.seq; })->seq == order.seq;
    };
    const auto running = std::find_if(board().rows.begin(), board().rows.end(), [&](const core::BoardRow& r) {
        return r.current && r.current->order.rfind("WO-", 0) == 0 && firstStep(*r.current);
    });
    ASSERT_NE(running, board().rows.end());
    const std::size_t index = static_cast<std::size_t>(running - board().rows.begin());
    const core::BoardRow row = *running; // the board is replaced on refresh
    {
        pmc::store::Database database(document.path().toStdString());
        pmc::store::ExecutionRepository(database).record(
            {row.current->order, row.current->seq, document.factory().settings.today, 2});
    }
    view->refresh();
    view->waitForRefresh();
    ASSERT_GT(board().rows.size(), index);
    EXPECT_EQ(board().rows[index].workCenter, row.workCenter);
    EXPECT_EQ(board().rows[index].actualQty, row.actualQty + 2);
    EXPECT_EQ(board().rows[index].planQty, row.planQty); // the morning's plan stays
    int modelRow = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(pmc::app::KeyRole).toString()
            == QStringLiteral("%1#%2").arg(QString::fromStdString(row.workCenter)).arg(row.unit))
            modelRow = r;
    ASSERT_GE(modelRow, 0);
    EXPECT_EQ(view->model()->index(modelRow, ProgressBoardModel::Actual).data().toString(),
              pmc::app::formatNumber(row.actualQty + 2, 3));
}

TEST_F(ProgressBoardViewTest, escapeClosesAndF11TogglesFullScreen)
{
    view->show();
    pmc::test::triggerShortcut(view.operator->(), QKeySequence(Qt::Key_F11));
    EXPECT_TRUE(view->windowState() & Qt::WindowFullScreen);
    pmc::test::triggerShortcut(view.operator->(), QKeySequence(Qt::Key_F11));
    EXPECT_FALSE(view->windowState() & Qt::WindowFullScreen);
    pmc::test::triggerShortcut(view.operator->(), QKeySequence(Qt::Key_Escape));
    EXPECT_FALSE(view->isVisible());
}

TEST_F(ProgressBoardViewTest, mainWindowOpensTheBoardFullScreen)
{
    pmc::ui::MainWindow window(document);
    auto* action = window.findChild<QAction*>(QStringLiteral("ProgressBoardAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    action->trigger();
    auto* board = window.findChild<ProgressBoardView*>();
    ASSERT_NE(board, nullptr);
    EXPECT_TRUE(board->isWindow());
    EXPECT_TRUE(board->windowState() & Qt::WindowFullScreen);
    board->waitForRefresh();
    EXPECT_GT(board->model()->rowCount(), 0);
    board->close();
}
