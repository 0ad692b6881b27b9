#include "store/Database.h"
#include "store/FactoryDatabase.h"
#include "store/Migrator.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace pmc::store;

TEST(Migrator, migratesAnEmptyDatabaseToTheLatestVersion)
{
    Database db(":memory:");
    Migrator migrator(db);
    EXPECT_EQ(migrator.currentVersion(), 0);
    EXPECT_EQ(migrator.migrate(), "");
    EXPECT_EQ(migrator.currentVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 1);
    EXPECT_EQ(Migrator::migrations().front().name, "init");
}

TEST(Migrator, isIdempotent)
{
    Database db(":memory:");
    Migrator(db).migrate();
    EXPECT_NO_THROW(Migrator(db).migrate());
    Statement count = db.prepare("SELECT count(*) FROM schema_version");
    count.step();
    EXPECT_EQ(count.integer(0), Migrator::latestVersion());
}

TEST(Migrator, backsUpTheFileBeforeAnUpgrade)
{
    ASSERT_GE(Migrator::latestVersion(), 2);
    pmc::test::TempDir dir;
    const std::string path = dir.file("f.db");
    {
        Database db(path);
        Migrator(db).migrateTo(1);
        db.execute("INSERT INTO supplier (code, name) VALUES ('S1', 'old')");
    }
    FactoryDatabase upgraded(path);
    EXPECT_EQ(upgraded.upgradeBackup(), path + ".v1.bak");
    ASSERT_TRUE(std::filesystem::exists(upgraded.upgradeBackup()));
    Database backup(upgraded.upgradeBackup());
    EXPECT_EQ(Migrator(backup).currentVersion(), 1);
    Statement supplier = backup.prepare("SELECT name FROM supplier");
    ASSERT_TRUE(supplier.step());
    EXPECT_EQ(supplier.text(0), "old");
}

TEST(Migrator, refusesADatabaseFromANewerRelease)
{
    pmc::test::TempDir dir;
    const std::string path = dir.file("new.db");
    {
        Database db(path);
        Migrator(db).migrate();
        db.execute("INSERT INTO schema_version VALUES (999, 'future', 'later')");
    }
    try {
        FactoryDatabase f(path);
        FAIL() << "a newer schema must be refused";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("newer than this program"), std::string::npos) << e.what();
    }
}

TEST(Migrator, refusesAFileThatIsNotADatabase)
{
    pmc::test::TempDir dir;
    const std::string path = dir.write("junk.db", std::string(4096, 'x'));
    EXPECT_THROW(FactoryDatabase{path}, StoreError);
}

TEST(Database, opensInWalModeWithForeignKeys)
{
    pmc::test::TempDir dir;
    Database db(dir.file("w.db"));
    Statement journal = db.prepare("PRAGMA journal_mode");
    journal.step();
    EXPECT_EQ(journal.text(0), "wal");
    Statement fk = db.prepare("PRAGMA foreign_keys");
    fk.step();
    EXPECT_EQ(fk.integer(0), 1);
}

TEST(Database, transactionRollsBackUnlessCommitted)
{
    Database db(":memory:");
    db.execute("CREATE TABLE t (x INTEGER)");
    {
        Transaction tx(db);
        db.execute("INSERT INTO t VALUES (1)");
    }
    Statement count = db.prepare("SELECT count(*) FROM t");
    count.step();
    EXPECT_EQ(count.integer(0), 0);
}

TEST(Statement, namesTheColumnOfACorruptDate)
{
    Database db(":memory:");
    db.execute("CREATE TABLE t (due TEXT, maybe TEXT); INSERT INTO t VALUES ('2026-02-30', NULL)");
    Statement row = db.prepare("SELECT due, maybe FROM t");
    ASSERT_TRUE(row.step());
    EXPECT_FALSE(row.optionalDate(1));
    try {
        row.date(0);
        FAIL() << "an impossible date must be refused";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("column due: \"2026-02-30\""), std::string::npos) << e.what();
    }
}
