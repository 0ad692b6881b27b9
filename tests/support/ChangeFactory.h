#pragma once

#include "core/MrpTestFactory.h"
#include "core/orders/ChangeImpact.h"

#include <stdexcept>
#include <string>

namespace pmc::core::test {

inline constexpr int kMinutesPerDay = 24 * 60;
/// Minutes since today 00:00 of `hh:mm` on day(offset).
inline int at(int offset, int hour, int minute = 0) { return offset * kMinutesPerDay + hour * 60 + minute; }

/// Wednesday 2026-11-25, Monday–Friday 08:00–12:00 and 13:00–17:00, 3 days of material
/// buffer, a 60-day horizon. FG (made in 2 working days, 1 minute a piece on the one unit of
/// assembly line A) takes one RM (bought, 5 days) a piece; supplier S1 delivers RM.
struct ChangeFactory : MrpTestFactory {
    ChangeFactory()
    {
        model.settings.horizonDays = 60;
        model.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
        model.workCenters.push_back({"A", "总装线", "", 1, 1.0});
        make("FG", 2);
        buy("RM", 5).name = "Steel plate";
        model.items.back().supplier = "S1";
        bom("FG", "RM", 1);
        model.routings.push_back({"FG", {{10, "A", 0, 1}}});
    }
    SalesOrderLine& line(const std::string& order) { return find(order).lines.front(); }
    SalesOrder& find(const std::string& number)
    {
        for (SalesOrder& order : model.salesOrders)
            if (order.number == number)
                return order;
        throw std::logic_error("no order " + number);
    }
};

/// The factory of ChangeFactory before and after SO-1 (40 FG on Monday 12-07) is cut to 20
/// while WO-1 (20 FG, 8 done) is on the line (scenario S6): PO-1 (20 RM, due 11-29) and PO-2
/// (8 RM, due 11-30) were bought for the other 28.
inline ChangeFactory midProduction()
{
    ChangeFactory f;
    f.sale("SO-1", "FG", 40, day(12));
    f.wo("WO-1", "FG", 20, day(7), 8);
    f.stock("RM", 12);
    f.po("PO-1", "RM", 20, day(4));
    f.po("PO-2", "RM", 8, day(5));
    return f;
}

inline ChangeImpact halvedMidProduction()
{
    const ChangeFactory before = midProduction();
    ChangeFactory after = before;
    after.line("SO-1").qty = 20;
    return analyzeChange(before.model, after.model);
}

} // namespace pmc::core::test
