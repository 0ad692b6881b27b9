// The failures a planner meets with a database file get a message that says what happened and
// what to do, and leave the data as it was.
#include "core/FactoryModel.h"
#include "store/Database.h"
#include "store/FactoryDatabase.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>

using namespace pmc::store;

namespace {

class DatabaseErrors : public ::testing::Test {
protected:
    std::string messageOf(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const StoreError& e) {
            return e.what();
        }
        ADD_FAILURE() << "no StoreError";
        return {};
    }

    pmc::test::TempDir m_dir;
};

} // namespace

TEST_F(DatabaseErrors, aFileThatIsNotADatabaseIsNamedAsSuch)
{
    const std::string path = m_dir.write("orders.db", "Order,Qty\nSO-1,5\n this is a spreadsheet, not a database\n");
    const std::string message = messageOf([&] { FactoryDatabase db(path); });
    EXPECT_NE(message.find("orders.db"), std::string::npos) << message;
    EXPECT_NE(message.find("is not a PMC Desk database"), std::string::npos) << message;
    // Nothing was written over it.
    std::ifstream in(path);
    std::string first;
    std::getline(in, first);
    EXPECT_EQ(first, "Order,Qty");
}

TEST_F(DatabaseErrors, aDatabaseLockedByAnotherWriterSaysSoAndNothingChanges)
{
    const std::string path = m_dir.file("f.db");
    FactoryDatabase planner(path);
    planner.importScenario(demoScenarioJson(), "demo.json");
    // Another program holds the write lock.
    Database other(path);
    other.execute("BEGIN IMMEDIATE; UPDATE setting SET value = '2026-12-01' WHERE key = 'today';");
    planner.database().execute("PRAGMA busy_timeout = 50");
    const std::string message
        = messageOf([&] { planner.database().execute("UPDATE setting SET value = '2026-12-02' WHERE key = 'today'"); });
    EXPECT_NE(message.find("another program is writing to this database"), std::string::npos) << message;
    other.execute("ROLLBACK");
    EXPECT_EQ(planner.load().settings.today.toString(), "2026-11-25");
}

TEST_F(DatabaseErrors, aFullDiskSaysNothingWasSavedAndLeavesTheLastCommit)
{
    const std::string path = m_dir.file("f.db");
    FactoryDatabase db(path);
    db.importScenario(R"({"format": "pmc-scenario/1", "settings": {"today": "2026-11-25"}})", "empty.json");
    // The file may not grow any more, as on a full disk.
    Statement pages = db.database().prepare("PRAGMA page_count");
    pages.step();
    db.database().execute("PRAGMA max_page_count = " + std::to_string(pages.integer(0)));
    const std::string message = messageOf([&] { db.importScenario(demoScenarioJson(), "demo.json"); });
    EXPECT_NE(message.find("the disk is full; nothing was saved"), std::string::npos) << message;
    EXPECT_TRUE(db.load().items.empty());
}
