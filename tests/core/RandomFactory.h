#pragma once

// Random small factories for property tests of MRP: random BOM DAGs, lot rules, calendars,
// stock and open supply, in shapes that reach every rule of interchange.md §2.
#include "core/FactoryModel.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace pmc::test {

using namespace pmc::core;

inline const Date kPropertyToday = Date::fromYmd(2026, 11, 25);

class RandomFactory {
public:
    explicit RandomFactory(unsigned seed) : m_rng(seed) {}

    /// `plannerOrders`: also firm planned orders and purchase requisitions.
    FactoryModel build(bool plannerOrders = false)
    {
        FactoryModel m;
        m.settings = {kPropertyToday, pick(5, 60), pick(0, 4)};
        m.calendar.setWorkdays(pick(0, 3) == 0 ? std::vector<int>{1, 2, 3, 4, 5, 6} : std::vector<int>{1, 2, 3, 4, 5});
        std::set<Date> holidays, extra;
        for (int i = pick(0, 4); i > 0; --i)
            holidays.insert(randomDate(m.settings.horizonDays));
        for (int i = pick(0, 3); i > 0; --i)
            extra.insert(randomDate(m.settings.horizonDays));
        m.calendar.setHolidays(holidays);
        m.calendar.setExtraWorkdays(extra);
        const int itemCount = pick(2, 12);
        for (int i = 0; i < itemCount; ++i)
            m.items.push_back(randomItem(i));
        // Rows only from lower to higher index keep the BOM acyclic; shuffling the items
        // afterwards makes low-level codes differ from the item order.
        for (int p = 0; p < itemCount; ++p)
            for (int c = p + 1; c < itemCount; ++c)
                if (pick(0, 3) == 0)
                    m.boms.push_back(randomRow(m.items[p].code, m.items[c].code, m.settings.horizonDays));
        std::shuffle(m.items.begin(), m.items.end(), m_rng);
        const auto code = [&] { return m.items[static_cast<std::size_t>(pick(0, itemCount - 1))].code; };
        const int span = m.settings.horizonDays;
        for (int i = pick(0, itemCount); i > 0; --i)
            m.inventory.push_back({code(), qty()});
        for (int i = pick(0, 6); i > 0; --i)
            m.purchaseOrders.push_back({"PO-" + std::to_string(pick(100, 999)) + "-" + std::to_string(i), code(), qty(),
                                        kPropertyToday + pick(-5, span + 5), ""});
        for (int i = pick(0, 5); i > 0; --i) {
            const double total = qty();
            m.workOrders.push_back({"WO-" + std::to_string(i), code(), total, kPropertyToday + pick(-5, span + 10),
                                    pick(0, 3) == 0 ? total : std::floor(total / 2)});
        }
        for (int o = pick(1, 8); o > 0; --o) {
            SalesOrder so{"SO-" + std::to_string(o), "c", 1, {}};
            for (int l = pick(1, 3); l > 0; --l)
                so.lines.push_back({code(), qty(), kPropertyToday + pick(-3, span + 3)});
            m.salesOrders.push_back(so);
        }
        if (plannerOrders) {
            for (int i = pick(0, 3); i > 0; --i) {
                const Date due = kPropertyToday + pick(-5, span + 5);
                m.firmPlannedOrders.push_back({"FPO-" + std::to_string(i), code(), qty(), due, due - pick(0, 8)});
            }
            for (int i = pick(0, 3); i > 0; --i) {
                const Date due = kPropertyToday + pick(-5, span + 5);
                m.purchaseRequisitions.push_back({"PR-" + std::to_string(i), code(), qty(), due, due - 3, ""});
            }
        }
        return m;
    }

    /// One edit a planner or an ERP feed makes between two MRP runs: an order, stock or item
    /// change that keeps the factory's structure (items, BOM, calendar).
    void change(FactoryModel& m)
    {
        const int span = m.settings.horizonDays;
        const auto code = [&] { return m.items[static_cast<std::size_t>(pick(0, static_cast<int>(m.items.size()) - 1))].code; };
        const auto any = [&](auto& rows) -> auto& { return rows[static_cast<std::size_t>(pick(0, static_cast<int>(rows.size()) - 1))]; };
        switch (pick(0, 11)) {
        case 0:
            if (!m.salesOrders.empty()) {
                auto& line = any(any(m.salesOrders).lines);
                line.qty = qty();
                return;
            }
            break;
        case 1:
            if (!m.salesOrders.empty()) {
                any(any(m.salesOrders).lines).due = kPropertyToday + pick(-3, span + 3);
                return;
            }
            break;
        case 2: {
            SalesOrder so{"SO-N" + std::to_string(pick(0, 99999)), "c", 2, {{code(), qty(), kPropertyToday + pick(-3, span)}}};
            const auto at = m.salesOrders.begin() + pick(0, static_cast<int>(m.salesOrders.size()));
            if (std::none_of(m.salesOrders.begin(), m.salesOrders.end(), [&](const SalesOrder& o) { return o.number == so.number; }))
                m.salesOrders.insert(at, so);
            return;
        }
        case 3:
            if (!m.salesOrders.empty()) {
                m.salesOrders.erase(m.salesOrders.begin() + pick(0, static_cast<int>(m.salesOrders.size()) - 1));
                return;
            }
            break;
        case 4:
            if (!m.inventory.empty()) {
                any(m.inventory).onHand = qty();
                return;
            }
            break;
        case 5:
            if (!m.purchaseOrders.empty()) {
                auto& po = any(m.purchaseOrders);
                po.qty = pick(0, 3) == 0 ? 0 : qty();
                po.due = kPropertyToday + pick(-5, span + 5);
                return;
            }
            break;
        case 6:
            if (!m.workOrders.empty()) {
                auto& wo = any(m.workOrders);
                wo.completedQty = std::min(wo.qty, std::floor(qty()));
                wo.due = kPropertyToday + pick(-5, span + 10);
                return;
            }
            break;
        case 7: {
            Item& item = any(m.items);
            const Item fresh = randomItem(0);
            item.safetyStock = fresh.safetyStock;
            item.lot = fresh.lot;
            item.leadTimeDays = fresh.leadTimeDays;
            if (pick(0, 2) == 0)
                item.source = fresh.source;
            return;
        }
        case 8: {
            const Date due = kPropertyToday + pick(-5, span + 5);
            m.firmPlannedOrders.push_back({"FPO-N" + std::to_string(m.firmPlannedOrders.size()), code(), qty(), due, due - pick(0, 8)});
            return;
        }
        case 9: {
            const Date due = kPropertyToday + pick(-5, span + 5);
            m.purchaseRequisitions.push_back({"PR-N" + std::to_string(m.purchaseRequisitions.size()), code(), qty(), due, due, ""});
            return;
        }
        case 10:
            if (m.salesOrders.size() > 1) {
                std::swap(m.salesOrders.front(), m.salesOrders.back());
                return;
            }
            break;
        default:
            m.workOrders.push_back({"WO-N" + std::to_string(m.workOrders.size()), code(), qty(), kPropertyToday + pick(-5, span + 10), 0});
            return;
        }
        m.inventory.push_back({code(), qty()});
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double qty()
    {
        // Mix whole, half and arbitrary quantities so that float noise reaches the lot rules.
        const double base = std::uniform_real_distribution<double>(0.1, 80.0)(m_rng);
        switch (pick(0, 2)) {
        case 0: return std::round(base);
        case 1: return std::round(base * 2) / 2;
        default: return base;
        }
    }
    Date randomDate(int horizon) { return kPropertyToday + pick(-10, horizon + 5); }

    Item randomItem(int index)
    {
        Item item;
        item.code = "I" + std::to_string(index);
        item.source = pick(0, 1) ? ItemSource::Make : ItemSource::Buy;
        item.leadTimeDays = pick(0, 6);
        item.safetyStock = pick(0, 2) == 0 ? qty() / 4 : 0;
        item.uom = pick(0, 1) ? "pcs" : "kg";
        static const double sizes[] = {0.5, 5, 12, 50, 0.1};
        switch (pick(0, 2)) {
        case 0: item.lot = {LotRule::LotForLot, 0, 0, 0}; break;
        case 1: item.lot = {LotRule::Fixed, sizes[pick(0, 4)], 0, 0}; break;
        default: item.lot = {LotRule::MinMultiple, 0, static_cast<double>(pick(0, 40)), sizes[pick(0, 4)] * pick(0, 1)};
        }
        return item;
    }

    BomLine randomRow(const std::string& parent, const std::string& component, int horizon)
    {
        static const double perParent[] = {0.5, 1, 2, 2.4, 3, 0.3};
        static const double scrap[] = {0, 0.02, 0.1};
        BomLine row{parent, component, perParent[pick(0, 5)], scrap[pick(0, 2)], std::nullopt, std::nullopt};
        if (pick(0, 3) == 0)
            row.validFrom = randomDate(horizon);
        if (pick(0, 3) == 0)
            row.validTo = randomDate(horizon);
        return row;
    }

    std::mt19937 m_rng;
};

} // namespace pmc::test
