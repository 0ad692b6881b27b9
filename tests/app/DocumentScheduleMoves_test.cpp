// Moving steps as the Gantt chart does (Document::moveOperations): the pins, the repaired
// schedule, firming of planned orders, refusals that change nothing, and undo/redo of both
// the pins and the schedule shown.
#include "ScheduledDemoDocument.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "core/scheduling/OperationMove.h"
#include "store/FactoryDatabase.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pmc;

namespace {

class DocumentScheduleMoves : public test::ScheduledDemoDocument {
protected:
    const core::ScheduledOperation& lastStepOf(bool workOrder) const
    {
        // The last step of an order: nothing in its own order follows it.
        const auto& ops = m_document.schedule().operations;
        for (std::size_t i = ops.size(); i-- > 0;)
            if ((ops[i].order.rfind("WO-", 0) == 0) == workOrder && (i + 1 == ops.size() || ops[i + 1].order != ops[i].order))
                return ops[i];
        throw std::logic_error("no such step");
    }
    const core::ScheduledOperation* find(const std::string& order, int seq) const
    {
        const auto& ops = m_document.schedule().operations;
        const auto found = std::find_if(ops.begin(), ops.end(), [&](const auto& op) { return op.order == order && op.seq == seq; });
        return found == ops.end() ? nullptr : &*found;
    }
};

} // namespace

TEST_F(DocumentScheduleMoves, aStepMovedADayLaterIsPinnedThereAndUndoBringsTheScheduleBack)
{
    const core::ScheduleResult before = m_document.schedule();
    const core::ScheduledOperation op = lastStepOf(true);
    const int target = (op.startMinute / 1440 + 2) * 1440 + 8 * 60;
    QSignalSpy shown(&m_document, &app::Document::scheduleFinished);
    EXPECT_EQ(m_document.moveOperations({{op.order, op.seq, op.unit, target}}), QStringList{});
    EXPECT_EQ(shown.count(), 1);
    const core::ScheduledOperation* moved = find(op.order, op.seq);
    ASSERT_NE(moved, nullptr);
    EXPECT_TRUE(moved->fixed);
    EXPECT_GE(moved->startMinute, target);
    EXPECT_TRUE(m_document.isPinned(op.order, op.seq));
    EXPECT_EQ(store::FactoryDatabase(m_dir.file("demo.db")).load().operationPins.size(), 1u);
    // Everything else stays on its unit and starts no earlier than before.
    for (const core::ScheduledOperation& b : before.operations) {
        const core::ScheduledOperation* a = find(b.order, b.seq);
        ASSERT_NE(a, nullptr) << b.order;
        if (a == moved)
            continue;
        EXPECT_EQ(a->unit, b.unit) << b.order << " " << b.seq;
        EXPECT_GE(a->startMinute, b.startMinute) << b.order << " " << b.seq;
    }
    const core::ScheduleResult after = m_document.schedule();
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.schedule(), before);
    EXPECT_FALSE(m_document.isPinned(op.order, op.seq));
    m_document.undoStack()->redo();
    EXPECT_EQ(m_document.schedule(), after);
    EXPECT_TRUE(m_document.isPinned(op.order, op.seq));
}

TEST_F(DocumentScheduleMoves, movingAPlannedOrdersStepFirmsItAndUndoMakesItAProposalAgain)
{
    const core::ScheduledOperation op = lastStepOf(false);
    const std::size_t firm = m_document.factory().firmPlannedOrders.size();
    const std::size_t proposals = m_document.mrpResult().plannedOrders.size();
    EXPECT_EQ(m_document.moveOperations({{op.order, op.seq, op.unit, op.startMinute + 1440}}), QStringList{});
    ASSERT_EQ(m_document.factory().firmPlannedOrders.size(), firm + 1);
    const std::string number = m_document.factory().firmPlannedOrders.back().number;
    EXPECT_EQ(find(op.order, op.seq), nullptr);
    ASSERT_NE(find(number, op.seq), nullptr);
    EXPECT_TRUE(find(number, op.seq)->fixed);
    EXPECT_TRUE(m_document.isPinned(number, op.seq));
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.factory().firmPlannedOrders.size(), firm);
    EXPECT_EQ(m_document.mrpResult().plannedOrders.size(), proposals);
    EXPECT_NE(find(op.order, op.seq), nullptr);
    EXPECT_TRUE(m_document.factory().operationPins.empty());
}

TEST_F(DocumentScheduleMoves, aMoveThatBreaksARuleIsRefusedAndChangesNothing)
{
    const core::ScheduleResult before = m_document.schedule();
    // A second step moved to start before today, and before its first step ends.
    const auto& ops = before.operations;
    const auto second = std::find_if(ops.begin() + 1, ops.end(), [&](const auto& op) { return op.order == (&op)[-1].order; });
    ASSERT_NE(second, ops.end());
    const int undoSteps = m_document.undoStack()->count();
    const QStringList refused = m_document.moveOperations({{second->order, second->seq, second->unit, -120}});
    ASSERT_FALSE(refused.isEmpty());
    EXPECT_TRUE(refused.join(QLatin1Char(' ')).contains(QStringLiteral("today"))) << refused.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(m_document.undoStack()->count(), undoSteps);
    EXPECT_EQ(m_document.schedule(), before);
    EXPECT_TRUE(m_document.factory().operationPins.empty());
    EXPECT_FALSE(m_document.moveOperations({{"WO-NONE", 10, 0, 600}}).isEmpty());
}

TEST_F(DocumentScheduleMoves, freezingPinsEveryStepBeforeTheFenceWhereItIsAsOneUndoStep)
{
    const core::ScheduleResult before = m_document.schedule();
    const core::Date fence = before.today + 1;
    std::size_t frozen = 0;
    for (const core::ScheduledOperation& op : before.operations)
        frozen += op.startMinute < 24 * 60 ? 1 : 0;
    ASSERT_GT(frozen, 0u);
    const int undoSteps = m_document.undoStack()->count();
    EXPECT_EQ(m_document.freezeUntil(fence), QStringList{});
    EXPECT_EQ(m_document.undoStack()->count(), undoSteps + 1);
    EXPECT_EQ(m_document.factory().operationPins.size(), frozen);
    // Same places, now pinned; planned orders among them under their firm numbers.
    std::size_t fixed = 0;
    for (const core::ScheduledOperation& op : m_document.schedule().operations)
        if (op.startMinute < 24 * 60) {
            EXPECT_TRUE(op.fixed) << op.order << " " << op.seq;
            EXPECT_EQ(op.order.rfind("PLN-", 0), std::string::npos) << op.order;
            ++fixed;
        }
    EXPECT_EQ(fixed, frozen);
    // Nothing moves to another unit or earlier. (Firming changes which orders the stock goes
    // to first, so later steps may shift.)
    for (const core::ScheduledOperation& b : before.operations) {
        const auto& ops = m_document.schedule().operations;
        const auto a = std::find_if(ops.begin(), ops.end(), [&](const auto& op) { return op.seq == b.seq && op.unit == b.unit && op.workCenter == b.workCenter && op.startMinute >= b.startMinute; });
        EXPECT_NE(a, ops.end()) << b.order << " " << b.seq;
    }
    EXPECT_FALSE(m_document.freezeUntil(fence).isEmpty()); // nothing left to freeze
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.schedule(), before);
    EXPECT_TRUE(m_document.factory().operationPins.empty());
}
