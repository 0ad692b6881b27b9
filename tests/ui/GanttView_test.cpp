// The Gantt chart as the planner uses it: dragging a bar with the mouse makes one undoable
// move, a refused drop changes nothing, the order view lists orders with their steps, the
// selection follows Ctrl+click, and the chart prints to a PDF whose text reads right.
#include "DemoDocumentTest.h"
#include "support/PdfText.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "ui/GanttView.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace pmc;

namespace {

class GanttViewTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        QSignalSpy finished(&document, &app::Document::scheduleFinished);
        document.startSchedule(0);
        ASSERT_TRUE(finished.wait(60000));
        gantt = std::make_unique<ui::GanttView>(document);
        gantt->resize(1200, 700);
        gantt->show();
        gantt->setScale(12); // a day is 288 px: an hour 12
        gantt->horizontalScrollBar()->setValue(0);
    }
    // The last step of a work order and the centre of its bar on the screen.
    std::pair<int, QPoint> lastWorkOrderStep() const
    {
        const auto& ops = document.schedule().operations;
        for (std::size_t i = ops.size(); i-- > 0;) {
            if (ops[i].order.rfind("WO-", 0) != 0 || (i + 1 < ops.size() && ops[i + 1].order == ops[i].order))
                continue;
            const app::GanttBar* bar = gantt->layout().barOfOperation(static_cast<int>(i));
            if (!bar)
                continue;
            gantt->horizontalScrollBar()->setValue(std::max(0, static_cast<int>(bar->start / 60.0 * gantt->scale()) - 200));
            gantt->verticalScrollBar()->setValue(0);
            const double x = (gantt->axis().x(bar->start) + gantt->axis().x(std::min(bar->end, bar->start + 30))) / 2;
            const int y = ui::GanttPainter::kHeaderHeight + bar->row * ui::GanttPainter::kRowHeight + ui::GanttPainter::kRowHeight / 2;
            if (y < gantt->viewport()->height() - 10)
                return {static_cast<int>(i), QPoint(static_cast<int>(x), y)};
        }
        return {-1, {}};
    }

    std::unique_ptr<ui::GanttView> gantt;
};

} // namespace

TEST_F(GanttViewTest, draggingABarLaterMovesItAsOneUndoableStep)
{
    const auto [index, centre] = lastWorkOrderStep();
    ASSERT_GE(index, 0);
    const core::ScheduledOperation op = document.schedule().operations[static_cast<std::size_t>(index)];
    const int undoSteps = document.undoStack()->count();
    QWidget* viewport = gantt->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, centre);
    EXPECT_EQ(gantt->selection(), std::set<int>{index});
    // Three hours to the right, in steps, as a hand would.
    for (int dx = 6; dx <= 36; dx += 6)
        QTest::mouseMove(viewport, centre + QPoint(dx, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, centre + QPoint(36, 0));
    ASSERT_EQ(document.undoStack()->count(), undoSteps + 1);
    const auto& ops = document.schedule().operations;
    const auto moved = std::find_if(ops.begin(), ops.end(), [&](const auto& o) { return o.order == op.order && o.seq == op.seq; });
    ASSERT_NE(moved, ops.end());
    EXPECT_TRUE(moved->fixed);
    EXPECT_GE(moved->startMinute, op.startMinute + 180);
    document.undoStack()->undo();
    EXPECT_FALSE(document.isPinned(op.order, op.seq));
}

TEST_F(GanttViewTest, aDropBeforeTodayIsRefusedAndChangesNothing)
{
    const auto [index, centre] = lastWorkOrderStep();
    ASSERT_GE(index, 0);
    const core::ScheduleResult before = document.schedule();
    QSignalSpy message(gantt.get(), &ui::GanttView::message);
    // Everything in one drag far to the left, past today.
    const std::vector<core::OperationMove> moves = gantt->movesFor(-60 * 24 * 60, -1);
    EXPECT_TRUE(moves.empty()); // nothing selected yet
    QWidget* viewport = gantt->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, centre);
    QTest::mouseMove(viewport, centre - QPoint(20, 0));
    QTest::mouseMove(viewport, QPoint(ui::GanttPainter::kHeaderHeight, centre.y()) - QPoint(2000, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(0, centre.y()) - QPoint(2000, 0));
    EXPECT_EQ(document.schedule(), before);
    EXPECT_TRUE(document.factory().operationPins.empty());
    ASSERT_EQ(message.count(), 1);
    EXPECT_TRUE(message.front().front().toString().contains(QStringLiteral("today")));
}

TEST_F(GanttViewTest, ctrlClickAddsToTheSelectionAndTheMovesKeepEachStepsUnit)
{
    const auto [index, centre] = lastWorkOrderStep();
    ASSERT_GE(index, 0);
    QTest::mouseClick(gantt->viewport(), Qt::LeftButton, {}, centre);
    gantt->setSelection({index, 0});
    QTest::mouseClick(gantt->viewport(), Qt::LeftButton, Qt::ControlModifier, centre);
    EXPECT_EQ(gantt->selection(), std::set<int>{0});
    gantt->setSelection({0, index});
    const auto moves = gantt->movesFor(60, 0);
    ASSERT_EQ(moves.size(), 2u);
    const auto& ops = document.schedule().operations;
    for (const core::OperationMove& move : moves) {
        const auto op = std::find_if(ops.begin(), ops.end(), [&](const auto& o) { return o.order == move.order && o.seq == move.seq; });
        EXPECT_EQ(move.startMinute, op->startMinute + 60);
        if (op->workCenter != ops[0].workCenter || op->unit != ops[0].unit)
            EXPECT_EQ(move.unit, op->unit);
    }
}

TEST_F(GanttViewTest, theOrderViewListsEachOrderFollowedByItsSteps)
{
    gantt->setMode(app::GanttMode::Order);
    const core::ScheduleResult& schedule = document.schedule();
    EXPECT_EQ(gantt->rowCount(), static_cast<int>(schedule.orders.size() + schedule.operations.size()));
    const app::GanttRow& first = gantt->layout().rows().front();
    EXPECT_EQ(first.seq, 0);
    EXPECT_EQ(gantt->layout().rows()[1].order, first.order);
    // Clicking the order's label folds its steps away.
    QTest::mouseClick(gantt->viewport(), Qt::LeftButton, {}, QPoint(20, ui::GanttPainter::kHeaderHeight + 5));
    EXPECT_TRUE(gantt->layout().rows().front().collapsed);
    EXPECT_LT(gantt->rowCount(), static_cast<int>(schedule.orders.size() + schedule.operations.size()));
    EXPECT_TRUE(gantt->showOrder(QString::fromStdString(schedule.operations.back().order)));
    EXPECT_FALSE(gantt->showOrder(QStringLiteral("NO-SUCH-ORDER")));
}

TEST_F(GanttViewTest, printsTheChartToAPdfWhoseTextReadsRight)
{
    const QString path = QString::fromStdString(dir.file("gantt.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        gantt->print(writer, QStringLiteral("生产排程甘特图 Gantt"));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    const std::optional<QString> extracted = test::pdfText(path);
    if (!extracted)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString& text = *extracted;
    EXPECT_TRUE(text.contains(QStringLiteral("生产排程甘特图"))) << text.left(400).toStdString();
    // Every row is printed: as many pages as the footer says, each numbered.
    const QRegularExpression footer(QStringLiteral("Page 1 of (\\d+)"));
    const QRegularExpressionMatch match = footer.match(text);
    ASSERT_TRUE(match.hasMatch()) << text.right(300).toStdString();
    const int pages = match.captured(1).toInt();
    EXPECT_GE(pages * 40, gantt->rowCount()); // an A4 landscape page holds about 30 rows
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}
