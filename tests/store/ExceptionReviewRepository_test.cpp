#include "store/ExceptionReviewRepository.h"

#include "store/FactoryDatabase.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace pmc;

namespace {

const core::Date kDue = core::Date::fromYmd(2026, 12, 1);

core::MrpException expedite(const std::string& order)
{
    return {"RM-TUBE", core::MrpException::Kind::Expedite, kDue, "PO-1 due 2026-12-04, needed 2026-12-01", order};
}

core::ExceptionReviewChange markDone(const core::MrpException& e, const std::string& note)
{
    const core::ExceptionKey key = core::reviewKey(e);
    return {key, core::ExceptionReview{key, note, "2026-11-25T09:00:00"}};
}

} // namespace

TEST(ExceptionReviewRepository, markSurvivesReopeningTheDatabase)
{
    test::TempDir dir;
    const std::string path = dir.database("f.db");
    {
        store::FactoryDatabase db(path);
        db.storeExceptionReviews({markDone(expedite("PO-1"), "supplier confirmed 11-30")});
    }
    store::FactoryDatabase db(path);
    const auto reviews = db.exceptionReviews();
    ASSERT_EQ(reviews.size(), 1u);
    EXPECT_EQ(reviews[0].key, core::reviewKey(expedite("PO-1")));
    EXPECT_EQ(reviews[0].note, "supplier confirmed 11-30");
    EXPECT_EQ(reviews[0].doneAt, "2026-11-25T09:00:00");
}

TEST(ExceptionReviewRepository, storeReplacesAndRemoveReopens)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    db.storeExceptionReviews({markDone(expedite("PO-1"), "first"), markDone(expedite("PO-2"), "")});
    db.storeExceptionReviews({markDone(expedite("PO-1"), "second")});
    ASSERT_EQ(db.exceptionReviews().size(), 2u);
    EXPECT_EQ(db.exceptionReviews()[0].note, "second");

    db.storeExceptionReviews({{core::reviewKey(expedite("PO-1")), std::nullopt}});
    const auto reviews = db.exceptionReviews();
    ASSERT_EQ(reviews.size(), 1u);
    EXPECT_EQ(reviews[0].key.order, "PO-2");
    // Reopening what is not marked changes nothing.
    db.storeExceptionReviews({{core::reviewKey(expedite("PO-9")), std::nullopt}});
    EXPECT_EQ(db.exceptionReviews().size(), 1u);
}

TEST(ExceptionReviewRepository, pastDueKeyLeavesOutTheRenumberedPlannedOrder)
{
    const core::MrpException first{"FG-1", core::MrpException::Kind::PastDue, kDue, "", "PLN-00001"};
    core::MrpException rerun = first;
    rerun.order = "PLN-00007";
    EXPECT_EQ(core::reviewKey(first), core::reviewKey(rerun));
    EXPECT_NE(core::reviewKey(expedite("PO-1")), core::reviewKey(expedite("PO-2")));
}

TEST(ExceptionReviewRepository, refusesACorruptKind)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.file("f.db"));
    db.database().execute("PRAGMA ignore_check_constraints = ON");
    db.database().execute("INSERT INTO exception_review (item, kind, order_no, date, note, done_at) "
                          "VALUES ('X', 'late', '', '2026-12-01', '', '2026-11-25T09:00:00')");
    EXPECT_THROW(db.exceptionReviews(), store::StoreError);
}
