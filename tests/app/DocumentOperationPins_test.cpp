#include "ScheduledDemoDocument.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"


#include <gtest/gtest.h>

#include <algorithm>

using namespace pmc;

namespace {

class DocumentOperationPins : public test::ScheduledDemoDocument {
protected:
    const core::ScheduledOperation& firstOf(bool workOrder) const
    {
        const auto& ops = m_document.schedule().operations;
        return *std::find_if(ops.begin(), ops.end(), [&](const core::ScheduledOperation& op) {
            return (op.order.rfind("WO-", 0) == 0) == workOrder;
        });
    }
};

} // namespace

TEST_F(DocumentOperationPins, pinKeepsTheStepWhereItIsAndUndoTakesThePinBack)
{
    const core::ScheduledOperation op = firstOf(true);
    const core::Date today = m_document.schedule().today;
    EXPECT_TRUE(m_document.pinOperation(op, today).isEmpty());
    EXPECT_TRUE(m_document.isPinned(op.order, op.seq));
    // Stored: a fresh load of the file has the pin.
    EXPECT_EQ(store::FactoryDatabase(m_dir.file("demo.db")).load().operationPins.size(), 1u);
    const core::ScheduleResult r = reschedule();
    const auto same = std::find_if(r.operations.begin(), r.operations.end(), [&](const core::ScheduledOperation& o) {
        return o.order == op.order && o.seq == op.seq;
    });
    ASSERT_NE(same, r.operations.end());
    EXPECT_TRUE(same->fixed);
    EXPECT_EQ(same->startMinute, op.startMinute);
    EXPECT_EQ(same->unit, op.unit);
    m_document.undoStack()->undo();
    EXPECT_FALSE(m_document.isPinned(op.order, op.seq));
    m_document.undoStack()->redo();
    EXPECT_TRUE(m_document.isPinned(op.order, op.seq));
    EXPECT_TRUE(m_document.unpinOperation(op.order, op.seq).isEmpty());
    EXPECT_FALSE(m_document.isPinned(op.order, op.seq));
    EXPECT_TRUE(store::FactoryDatabase(m_dir.file("demo.db")).load().operationPins.empty());
}

TEST_F(DocumentOperationPins, aPlannedOrderCannotBePinnedUntilItIsFirm)
{
    const core::ScheduledOperation op = firstOf(false);
    const QStringList refused = m_document.pinOperation(op, m_document.schedule().today);
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused[0].contains(QStringLiteral("unknown work order or firm planned order"))) << refused[0].toStdString();
    EXPECT_TRUE(m_document.factory().operationPins.empty());
}
