#pragma once

#include "app/Document.h"
#include "core/scheduling/ScheduleRequest.h"
#include "support/TempDir.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace pmc::test {

/// Base of the tests on the demo factory with its schedule built (construction only), each in
/// a fresh database so pins, moves and undo steps never leak between tests.
class ScheduledDemoDocument : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document.open(QString::fromStdString(m_dir.file("demo.db")), true);
        reschedule();
    }
    /// Runs the schedule again and returns it.
    core::ScheduleResult reschedule()
    {
        QSignalSpy finished(&m_document, &app::Document::scheduleFinished);
        m_document.startSchedule(0);
        EXPECT_TRUE(finished.wait(60000));
        return m_document.schedule();
    }

    TempDir m_dir;
    app::Document m_document;
};

} // namespace pmc::test
