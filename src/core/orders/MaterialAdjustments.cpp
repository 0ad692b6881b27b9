#include "core/orders/MaterialAdjustments.h"

#include "core/mrp/MrpTolerance.h"
#include "core/orders/PlannedFactory.h"

#include <algorithm>
#include <tuple>

namespace pmc::core {

namespace {

/// The same day `months` later, or the month's last day when it is shorter.
Date addMonths(Date date, int months)
{
    const int index = date.year() * 12 + (date.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const Date nextMonth = month == 12 ? Date::fromYmd(year + 1, 1, 1) : Date::fromYmd(year, month + 1, 1);
    const int lastDay = (nextMonth - 1).day();
    return Date::fromYmd(year, month, std::min(date.day(), lastDay));
}

bool sameNeed(const MaterialNeed& a, const MaterialNeed& b)
{
    return a.date == b.date && !isBelowWithTolerance(a.qty, b.qty) && !isBelowWithTolerance(b.qty, a.qty);
}

} // namespace

void proposeMaterialAction(const MaterialNeed& need, const ChangeImpactOptions& options, MaterialAdjustment& row)
{
    row.action = MaterialAction::Keep;
    row.proposedQty = row.qty;
    row.proposedDue = row.due;
    if (!need.date) {
        // what the supplier may have made already is deferred rather than refused.
        if (options.deferInsteadOfCancel) {
            row.action = MaterialAction::PushOut;
            row.proposedDue = addMonths(row.due, options.deferMonths);
        } else {
            row.action = MaterialAction::Cancel;
            row.proposedQty = 0;
        }
        return;
    }
    const bool partial = isBelowWithTolerance(need.qty, row.qty);
    if (partial)
        row.proposedQty = need.qty;
    if (*need.date < row.due) {
        row.action = MaterialAction::PullIn;
        row.proposedDue = *need.date;
    } else if (*need.date - row.due > options.pushOutToleranceDays) {
        row.action = MaterialAction::PushOut;
        row.proposedDue = *need.date;
    } else if (partial) {
        row.action = MaterialAction::Reduce;
    }
}

std::vector<MaterialAdjustment> compareMaterialNeeds(const PlannedFactory& before, const PlannedFactory& after,
                                                     const ChangeImpactOptions& options)
{
    const std::map<std::string, MaterialNeed> needsBefore = before.materialNeeds();
    const std::map<std::string, MaterialNeed> needsAfter = after.materialNeeds();
    const FactoryModel& model = after.model();
    std::vector<MaterialAdjustment> rows;
    const auto consider = [&](MaterialAdjustment row) {
        const auto was = needsBefore.find(row.number);
        const auto is = needsAfter.find(row.number);
        if (is == needsAfter.end())
            return; // due beyond the horizon: neither plan counts it
        row.before = was == needsBefore.end() ? MaterialNeed{} : was->second;
        row.after = is->second;
        if (sameNeed(row.before, row.after))
            return;
        MaterialAdjustment previous = row;
        proposeMaterialAction(row.before, options, previous);
        proposeMaterialAction(row.after, options, row);
        if (row.action == MaterialAction::Keep && previous.action == MaterialAction::Keep)
            return;
        if (const Item* item = model.findItem(row.item)) {
            row.itemName = item->name;
            if (row.supplier.empty())
                row.supplier = item->supplier;
        }
        rows.push_back(std::move(row));
    };
    for (const PurchaseOrder& po : model.purchaseOrders) {
        if (po.isReceived())
            continue;
        MaterialAdjustment row;
        row.number = po.number;
        row.supplier = po.supplier;
        row.item = po.item;
        row.qty = po.openQty();
        row.due = po.due;
        consider(std::move(row));
    }
    for (const PurchaseRequisition& pr : model.purchaseRequisitions) {
        MaterialAdjustment row;
        row.number = pr.number;
        row.requisition = true;
        row.supplier = pr.supplier;
        row.item = pr.item;
        row.qty = pr.qty;
        row.due = pr.due;
        consider(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const MaterialAdjustment& a, const MaterialAdjustment& b) {
        return std::tie(a.item, a.due, a.number) < std::tie(b.item, b.due, b.number);
    });
    return rows;
}

} // namespace pmc::core
