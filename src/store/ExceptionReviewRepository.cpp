#include "store/ExceptionReviewRepository.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <string_view>

namespace pmc::store {

namespace {

constexpr std::string_view kSelect =
    "SELECT item, kind, order_no, date, note, done_at FROM exception_review ORDER BY item, kind, order_no, date";
constexpr std::string_view kStore =
    "INSERT INTO exception_review (item, kind, order_no, date, note, done_at) "
    "VALUES (:item, :kind, :order, :date, :note, :at) "
    "ON CONFLICT (item, kind, order_no, date) DO UPDATE SET note = excluded.note, done_at = excluded.done_at";
constexpr std::string_view kRemove =
    "DELETE FROM exception_review WHERE item = :item AND kind = :kind AND order_no = :order AND date = :date";

core::MrpException::Kind storedKind(const std::string& text)
{
    core::MrpException::Kind kind{};
    if (!core::parseExceptionKind(text, kind))
        throw StoreError("corrupt exception review kind: \"" + text + "\"");
    return kind;
}

void bindKey(Statement& statement, const core::ExceptionKey& key)
{
    statement.bind(":item", key.item)
        .bind(":kind", core::toString(key.kind))
        .bind(":order", key.order)
        .bind(":date", key.date.toString());
}

} // namespace

std::vector<core::ExceptionReview> ExceptionReviewRepository::all()
{
    std::vector<core::ExceptionReview> reviews;
    Statement select = m_db.prepare(kSelect);
    while (select.step())
        reviews.push_back({{select.text(0), storedKind(select.text(1)), select.text(2), select.date(3)},
                           select.text(4), select.text(5)});
    return reviews;
}

void ExceptionReviewRepository::store(const core::ExceptionReview& review)
{
    Statement insert = m_db.prepare(kStore);
    bindKey(insert, review.key);
    insert.bind(":note", review.note).bind(":at", review.doneAt).run();
}

void ExceptionReviewRepository::remove(const core::ExceptionKey& key)
{
    Statement remove = m_db.prepare(kRemove);
    bindKey(remove, key);
    remove.run();
}

} // namespace pmc::store
