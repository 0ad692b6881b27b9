#include "store/MrpRepository.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <map>

namespace pmc::store {

namespace {

core::MrpException::Kind storedKind(const std::string& text)
{
    for (auto kind : {core::MrpException::Kind::PastDue, core::MrpException::Kind::Expedite, core::MrpException::Kind::Excess})
        if (text == core::toString(kind))
            return kind;
    throw StoreError("corrupt MRP exception kind: \"" + text + "\"");
}

} // namespace

void MrpRepository::replace(const core::MrpResult& result, core::Date today, const std::string& runAt)
{
    m_db.execute("DELETE FROM mrp_run");
    m_db.prepare("INSERT INTO mrp_run (run_at, today) VALUES (:at, :today)")
        .bind(":at", runAt)
        .bind(":today", today.toString())
        .run();
    const long long run = m_db.lastInsertRowId();
    insertPlannedOrders(result.plannedOrders, run);
    Statement exception = m_db.prepare(
        "INSERT INTO mrp_exception (run, item, kind, date, message, order_no) "
        "VALUES (:run, :item, :kind, :date, :message, :order)");
    for (const core::MrpException& e : result.exceptions)
        exception.bind(":run", run).bind(":item", e.item).bind(":kind", core::toString(e.kind))
            .bind(":date", e.date.toString()).bind(":message", e.message).bind(":order", e.order).run();
}

void MrpRepository::insertPlannedOrders(const std::vector<core::PlannedOrder>& orders, long long run)
{
    Statement order = m_db.prepare(
        "INSERT INTO planned_order (id, run, item, qty, due, release, source, firm) "
        "VALUES (:id, :run, :item, :qty, :due, :release, :source, :firm)");
    Statement pegging = m_db.prepare(
        "INSERT INTO planned_order_pegging (planned_order, demand, qty) VALUES (:order, :demand, :qty)");
    for (const core::PlannedOrder& p : orders) {
        order.bind(":id", p.id).bind(":run", run).bind(":item", p.item).bind(":qty", p.qty)
            .bind(":due", p.due.toString()).bind(":release", p.release.toString())
            .bind(":source", core::toString(p.source)).bind(":firm", p.firm ? 1LL : 0LL).run();
        for (const core::Pegging& peg : p.pegging)
            pegging.bind(":order", p.id).bind(":demand", peg.demand).bind(":qty", peg.qty).run();
    }
}

void MrpRepository::apply(const PlannedOrderChanges& changes)
{
    if (changes.empty())
        return;
    Statement last = m_db.prepare("SELECT id, run_at FROM mrp_run ORDER BY id DESC LIMIT 1");
    if (!last.step() || last.text(1) != changes.runAt)
        return;
    const long long run = last.integer(0);
    last.reset();
    Statement remove = m_db.prepare("DELETE FROM planned_order WHERE id = :id AND run = :run");
    for (const core::PlannedOrder& p : changes.removed)
        remove.bind(":id", p.id).bind(":run", run).run();
    insertPlannedOrders(changes.restored, run);
}

std::optional<core::MrpResult> MrpRepository::load()
{
    Statement run = m_db.prepare("SELECT id FROM mrp_run ORDER BY id DESC LIMIT 1");
    if (!run.step())
        return std::nullopt;
    const long long runId = run.integer(0);
    core::MrpResult result;
    std::map<std::string, std::size_t> byId;
    Statement orders = m_db.prepare(
        "SELECT id, item, qty, due, release, source, firm FROM planned_order WHERE run = :run "
        "ORDER BY item, due, firm DESC, id");
    orders.bind(":run", runId);
    while (orders.step()) {
        core::PlannedOrder p;
        p.id = orders.text(0);
        p.item = orders.text(1);
        p.qty = orders.real(2);
        p.due = orders.date(3);
        p.release = orders.date(4);
        core::parseItemSource(orders.text(5), p.source);
        p.firm = orders.integer(6) != 0;
        byId[p.id] = result.plannedOrders.size();
        result.plannedOrders.push_back(p);
    }
    Statement pegging = m_db.prepare(
        "SELECT g.planned_order, g.demand, g.qty FROM planned_order_pegging g "
        "JOIN planned_order p ON p.id = g.planned_order WHERE p.run = :run ORDER BY g.id");
    pegging.bind(":run", runId);
    while (pegging.step())
        result.plannedOrders[byId.at(pegging.text(0))].pegging.push_back({pegging.text(1), pegging.real(2)});
    Statement exceptions = m_db.prepare(
        "SELECT item, kind, date, message, order_no FROM mrp_exception WHERE run = :run ORDER BY id");
    exceptions.bind(":run", runId);
    while (exceptions.step())
        result.exceptions.push_back({exceptions.text(0), storedKind(exceptions.text(1)), exceptions.date(2),
                                     exceptions.text(3), exceptions.text(4)});
    return result;
}

std::string MrpRepository::lastRunAt()
{
    Statement run = m_db.prepare("SELECT run_at FROM mrp_run ORDER BY id DESC LIMIT 1");
    return run.step() ? run.text(0) : std::string();
}

} // namespace pmc::store
