// Document: the planner turning MRP proposals into orders (firm planned orders, work orders,
// purchase requisitions) as one undoable edit each, built by core::PlannedOrderRelease.
#include "app/Document.h"

#include "core/FactoryModel.h"
#include "core/mrp/PlannedOrderRelease.h"
#include "store/MrpRepository.h"

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_set>

namespace pmc::app {

namespace {

void appendNumbers(QStringList& list, const std::vector<std::string>& numbers)
{
    for (const std::string& n : numbers)
        list << QString::fromStdString(n);
}

} // namespace

QStringList Document::firmPlannedOrders(const QStringList& ids, QStringList* created)
{
    return convertPlannedOrders(ids, false, created);
}

QStringList Document::releasePlannedOrders(const QStringList& ids, QStringList* created)
{
    return convertPlannedOrders(ids, true, created);
}

QStringList Document::convertPlannedOrders(const QStringList& ids, bool release, QStringList* created)
{
    if (!m_database)
        return {};
    // A run in progress planned without these orders and would bring the proposals back.
    if (isMrpRunning())
        return {tr("MRP is running; try again when it has finished.")};
    std::vector<std::string> selection;
    selection.reserve(static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids)
        selection.push_back(id.toStdString());
    const core::PlannedOrderRelease result = release
        ? core::PlannedOrderRelease::convert(*m_factory, *m_mrpResult, selection)
        : core::PlannedOrderRelease::firm(*m_factory, *m_mrpResult, selection);
    if (!result.ok())
        return {QString::fromStdString(result.error())};
    const int count = static_cast<int>(result.workOrders.size() + result.purchaseRequisitions.size()
                                       + result.firmPlannedOrders.size());
    const QString text = release ? tr("Release %n planned order(s)", nullptr, count)
                                 : tr("Firm %n planned order(s)", nullptr, count);
    const store::PlannedOrderChanges taken{m_lastMrpRunAt.toStdString(), result.consumed, result.added};
    QStringList refused = commitEdit(result.edit, text, taken);
    if (refused.isEmpty() && created) {
        appendNumbers(*created, result.workOrders);
        appendNumbers(*created, result.purchaseRequisitions);
        appendNumbers(*created, result.firmPlannedOrders);
    }
    return refused;
}

void Document::applyPlannedOrderChanges(const store::PlannedOrderChanges& changes)
{
    // Proposals of an earlier run mean nothing to the one shown now.
    if (changes.empty() || changes.runAt != m_lastMrpRunAt.toStdString())
        return;
    auto& orders = m_mrpResult->plannedOrders;
    std::unordered_set<std::string> removed;
    for (const core::PlannedOrder& p : changes.removed)
        removed.insert(p.id);
    std::erase_if(orders, [&](const core::PlannedOrder& p) { return removed.contains(p.id); });
    // In the run's order (item, due, firm first, id), as a stored run is loaded.
    const auto key = [](const core::PlannedOrder& p) { return std::make_tuple(std::cref(p.item), p.due, !p.firm, std::cref(p.id)); };
    for (const core::PlannedOrder& p : changes.restored)
        orders.insert(std::upper_bound(orders.begin(), orders.end(), p,
                                       [&](const core::PlannedOrder& a, const core::PlannedOrder& b) {
                                           return key(a) < key(b);
                                       }),
                      p);
    emit plannedOrdersChanged();
}

} // namespace pmc::app
