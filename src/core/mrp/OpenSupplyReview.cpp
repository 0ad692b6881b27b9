#include "core/mrp/OpenSupplyReview.h"

#include "core/mrp/MrpTolerance.h"

#include <utility>

namespace pmc::core {

namespace {

std::string daysText(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

} // namespace

OpenSupplyReview::OpenSupplyReview(Date today, const std::vector<std::string>& ids)
    : m_today(today)
    , m_ids(ids)
{
}

void OpenSupplyReview::review(const Item& item, double onHand, std::span<const OpenSupply> supplies,
                              std::span<const ItemDemand> demands, std::vector<MrpException>& out) const
{
    if (supplies.empty())
        return;
    const Date today = m_today;
    // Cumulative requirement through each demand day. Day 0 is always a step so that stock
    // starting below safety stock makes the first supply needed today.
    std::vector<std::pair<int, double>> cumulative{{0, 0.0}};
    double total = 0;
    for (const ItemDemand& demand : demands) {
        total += demand.qty;
        if (demand.day == cumulative.back().first)
            cumulative.back().second = total;
        else
            cumulative.emplace_back(demand.day, total);
    }

    double available = onHand; // on hand plus the open supplies walked so far
    std::size_t needStep = 0;
    for (const OpenSupply& supply : supplies) {
        // Available stock only grows along the walk, so the first short step only moves later.
        while (needStep < cumulative.size()
               && !isBelowWithTolerance(available - cumulative[needStep].second, item.safetyStock))
            ++needStep;
        const Date due = today + supply.day;
        const std::string& number = m_ids[static_cast<std::size_t>(supply.number)];
        const std::string dueText = number + " due " + supply.due.toString();
        if (needStep == cumulative.size()) {
            out.push_back({item.code, MrpException::Kind::Excess, due,
                           dueText + ": not needed within the horizon", number});
        } else if (const int needDay = cumulative[needStep].first; needDay < supply.day) {
            const Date needed = today + needDay;
            out.push_back({item.code, MrpException::Kind::Expedite, needed,
                           dueText + ", needed " + needed.toString() + ": pull in " + daysText(supply.day - needDay),
                           number});
        }
        available += supply.qty;
    }
}

} // namespace pmc::core
