#include "store/SalesOrderRows.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Timestamp.h"

#include <unordered_map>

namespace pmc::store {

namespace {

constexpr const char* kOrderColumns = "number, customer, priority, status, order_date, custom, note";
constexpr const char* kOrderValues = ":number, :customer, :priority, :status, :order_date, :custom, :note";

std::optional<std::string> dateText(const std::optional<core::Date>& date)
{
    return date ? std::optional<std::string>(date->toString()) : std::nullopt;
}

void bindOrder(Statement& s, const core::SalesOrder& o)
{
    s.bind(":number", o.number).bind(":customer", o.customer).bind(":priority", o.priority)
        .bind(":status", core::toString(o.status)).bindOptional(":order_date", dateText(o.orderDate))
        .bind(":custom", o.custom ? 1 : 0).bind(":note", o.note);
}

template <typename Enum, typename Parse>
Enum parsed(const std::string& text, Parse parse, const char* what)
{
    Enum value{};
    if (!parse(text, value))
        throw StoreError(std::string("unknown ") + what + " \"" + text + "\" in the database");
    return value;
}

} // namespace

SalesOrderRows::SalesOrderRows(Database& db)
    : m_db(db),
      m_insertOrder(db.prepare(std::string("INSERT INTO sales_order (") + kOrderColumns + ") VALUES (" + kOrderValues + ")")),
      m_insertLine(db.prepare("INSERT INTO sales_order_line (sales_order, line_no, item, qty, due, promised) "
                              "VALUES (:order, :line, :item, :qty, :due, :promised)")),
      m_insertShipment(db.prepare("INSERT INTO sales_shipment (line, number, date, qty) VALUES (:line, :number, :date, :qty)")),
      m_insertReview(db.prepare("INSERT INTO order_review (sales_order, department, verdict, can_meet, comment, reviewer, "
                                "reviewed_at) VALUES (:order, :department, :verdict, :can_meet, :comment, :reviewer, :at)")),
      m_insertEvent(db.prepare("INSERT INTO sales_order_event (order_no, at, author, kind, line_no, before, after) "
                               "VALUES (:order, :at, :author, :kind, :line, :before, :after)"))
{
}

void SalesOrderRows::insert(const core::SalesOrder& order)
{
    bindOrder(m_insertOrder, order);
    m_insertOrder.run();
    insertOwned(order, m_db.lastInsertRowId());
}

void SalesOrderRows::insertOwned(const core::SalesOrder& order, long long orderId)
{
    for (std::size_t i = 0; i < order.lines.size(); ++i) {
        const core::SalesOrderLine& line = order.lines[i];
        m_insertLine.bind(":order", orderId).bind(":line", static_cast<long long>(i + 1)).bind(":item", line.item)
            .bind(":qty", line.qty).bind(":due", line.due.toString()).bindOptional(":promised", dateText(line.promised))
            .run();
        const long long lineId = m_db.lastInsertRowId();
        for (const core::Shipment& s : line.shipments)
            m_insertShipment.bind(":line", lineId).bind(":number", s.number).bind(":date", s.date.toString())
                .bind(":qty", s.qty).run();
    }
    for (const core::DepartmentReview& r : order.reviews)
        m_insertReview.bind(":order", orderId).bind(":department", core::toString(r.department))
            .bind(":verdict", core::toString(r.verdict)).bindOptional(":can_meet", dateText(r.canMeet))
            .bind(":comment", r.comment).bind(":reviewer", r.reviewer).bind(":at", r.reviewedAt).run();
}

void SalesOrderRows::change(const core::SalesOrder& before, const core::SalesOrder& after)
{
    Statement s = m_db.prepare(std::string("UPDATE sales_order SET (") + kOrderColumns + ") = (" + kOrderValues
                               + ") WHERE number = :key");
    bindOrder(s, after);
    s.bind(":key", before.number);
    s.runOnOneRow("sales order " + before.number);
    // What the order owns is rewritten under its row, which keeps its place.
    Statement id = m_db.prepare("SELECT id FROM sales_order WHERE number = :number");
    id.bind(":number", after.number);
    id.step();
    const long long orderId = id.integer(0);
    m_db.prepare("DELETE FROM sales_order_line WHERE sales_order = :order").bind(":order", orderId).run();
    m_db.prepare("DELETE FROM order_review WHERE sales_order = :order").bind(":order", orderId).run();
    insertOwned(after, orderId);
}

void SalesOrderRows::remove(const core::SalesOrder& order)
{
    m_db.deleteOne("sales_order", "number", order.number, "sales order " + order.number);
}

void SalesOrderRows::recordHistory(const core::SalesOrder* before, const core::SalesOrder* after)
{
    const std::vector<core::SalesOrderEvent> events = core::salesOrderEvents(before, after);
    if (events.empty())
        return;
    const std::string at = localTimestampNow();
    const std::string author = m_db.userName();
    for (const core::SalesOrderEvent& e : events)
        m_insertEvent.bind(":order", e.order).bind(":at", at).bind(":author", author).bind(":kind", e.kind)
            .bind(":line", e.line).bind(":before", e.before).bind(":after", e.after).run();
}

std::vector<core::SalesOrder> SalesOrderRows::readAll(Database& db)
{
    std::vector<core::SalesOrder> orders;
    std::unordered_map<long long, std::size_t> orderIndex;
    for (Statement s = db.prepare(std::string("SELECT id, ") + kOrderColumns + " FROM sales_order ORDER BY id"); s.step();) {
        core::SalesOrder order;
        order.number = s.text(1);
        order.customer = s.text(2);
        order.priority = static_cast<int>(s.integer(3));
        order.status = parsed<core::SalesOrderStatus>(s.text(4), core::parseSalesOrderStatus, "sales order status");
        order.orderDate = s.optionalDate(5);
        order.custom = s.integer(6) != 0;
        order.note = s.text(7);
        orderIndex.emplace(s.integer(0), orders.size());
        orders.push_back(std::move(order));
    }
    // Where each stored line went, as indices: the line vectors still grow while they are read.
    std::unordered_map<long long, std::pair<std::size_t, std::size_t>> lineAt;
    for (Statement s = db.prepare("SELECT sales_order, id, item, qty, due, promised FROM sales_order_line "
                                  "ORDER BY sales_order, line_no");
         s.step();) {
        const std::size_t o = orderIndex.at(s.integer(0));
        lineAt.emplace(s.integer(1), std::pair{o, orders[o].lines.size()});
        orders[o].lines.push_back({s.text(2), s.real(3), s.date(4), s.optionalDate(5), {}});
    }
    for (Statement s = db.prepare("SELECT line, number, date, qty FROM sales_shipment ORDER BY id"); s.step();) {
        const auto [o, l] = lineAt.at(s.integer(0));
        orders[o].lines[l].shipments.push_back({s.text(1), s.date(2), s.real(3)});
    }
    for (Statement s = db.prepare("SELECT sales_order, department, verdict, can_meet, comment, reviewer, reviewed_at "
                                  "FROM order_review ORDER BY sales_order, id");
         s.step();)
        orders[orderIndex.at(s.integer(0))].reviews.push_back(
            {parsed<core::Department>(s.text(1), core::parseDepartment, "department"),
             parsed<core::ReviewVerdict>(s.text(2), core::parseReviewVerdict, "review verdict"), s.optionalDate(3),
             s.text(4), s.text(5), s.text(6)});
    return orders;
}

std::vector<core::SalesOrderEvent> SalesOrderRows::history(Database& db, const std::string& order)
{
    std::vector<core::SalesOrderEvent> events;
    Statement s = db.prepare("SELECT order_no, at, author, kind, line_no, before, after FROM sales_order_event "
                             "WHERE order_no = :order ORDER BY id");
    s.bind(":order", order);
    while (s.step())
        events.push_back({s.text(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4)), s.text(5), s.text(6)});
    return events;
}

} // namespace pmc::store
