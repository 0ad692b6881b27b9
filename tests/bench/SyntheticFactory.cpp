#include "SyntheticFactory.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::bench {

using core::Date;
using core::FactoryModel;
using core::Item;
using core::ItemSource;
using core::ItemType;
using core::LotRule;

namespace {

/// Today of every generated factory (a Thursday).
const Date kToday = Date::fromYmd(2026, 11, 26);

std::string numberedCode(const char* prefix, int number)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s-%06d", prefix, number);
    return text;
}

class Generator {
public:
    explicit Generator(const FactoryShape& shape)
        : m_shape(shape)
        , m_rng(shape.seed)
    {
    }

    FactoryModel build()
    {
        m_model.settings = {kToday, m_shape.horizonDays, 3};
        buildCalendar();
        buildItems();
        buildBom();
        buildSalesOrders();
        estimateDemand();
        buildPolicies();
        buildStockAndOpenOrders();
        // Items and rows come back from the store in the order they were entered, which over
        // years has little to do with BOM levels; shuffled, the item index order differs
        // from the planning order as it would in a real database.
        std::shuffle(m_model.items.begin(), m_model.items.end(), m_rng);
        return std::move(m_model);
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }
    Date dayInHorizon(int before, int after) { return kToday + pick(-before, m_shape.horizonDays + after); }

    void buildCalendar()
    {
        m_model.calendar.setWorkdays({1, 2, 3, 4, 5, 6});
        m_model.calendar.setShifts({{8 * 60, 16 * 60}, {16 * 60, 24 * 60}});
        std::set<Date> holidays;
        for (int i = 0; i < m_shape.holidays; ++i)
            holidays.insert(dayInHorizon(0, 0));
        m_model.calendar.setHolidays(std::move(holidays));
        // A make-up Sunday, as plants schedule after a holiday week.
        m_model.calendar.setExtraWorkdays({kToday + 10 - (kToday + 10).isoWeekday() + 7});
    }

    void buildItems()
    {
        const int levels = std::max(m_shape.levels, 2);
        const int finished = std::max(1, m_shape.items / 20);
        const int semis = std::max(levels - 2, m_shape.items * 7 / 20);
        const int bought = std::max(1, m_shape.items - finished - semis);
        m_made.assign(static_cast<std::size_t>(levels - 1), {});
        for (int i = 0; i < finished; ++i)
            m_made[0].push_back(addItem(numberedCode("FG", i), ItemType::Finished, ItemSource::Make));
        for (int i = 0; i < semis; ++i) {
            // Sub-assemblies spread evenly over levels 1 … levels − 2.
            const int level = levels > 2 ? 1 + i % (levels - 2) : 0;
            m_made[static_cast<std::size_t>(level)].push_back(
                addItem(numberedCode(("SA" + std::to_string(level)).c_str(), i), ItemType::Semi, ItemSource::Make));
        }
        for (int i = 0; i < bought; ++i) {
            const bool packaging = i % 6 == 0;
            m_bought.push_back(addItem(numberedCode(packaging ? "PK" : "RM", i),
                                       packaging ? ItemType::Packaging : ItemType::Raw, ItemSource::Buy));
        }
    }

    int addItem(std::string code, ItemType type, ItemSource source)
    {
        Item item;
        item.code = std::move(code);
        item.name = item.code;
        item.type = type;
        item.source = source;
        const bool bought = source == ItemSource::Buy;
        item.uom = bought && chance(0.3) ? "kg" : "pcs";
        item.leadTimeDays = bought ? pick(3, 30) : pick(1, 5);
        m_model.items.push_back(std::move(item));
        return static_cast<int>(m_model.items.size()) - 1;
    }

    /// A bought component with a skewed popularity: a few screws and resins go into half
    /// the products, most materials into a handful.
    int popularBoughtItem()
    {
        const double u = uniform(0.0, 1.0);
        return m_bought[static_cast<std::size_t>(u * u * u * static_cast<double>(m_bought.size()))];
    }

    /// A made component below `level`: usually on the next level, sometimes further down.
    int madeItemBelow(std::size_t level)
    {
        std::size_t target = level + 1;
        if (target + 1 < m_made.size() && chance(0.2))
            target = static_cast<std::size_t>(pick(static_cast<int>(target) + 1, static_cast<int>(m_made.size()) - 1));
        const std::vector<int>& candidates = m_made[target];
        return candidates[static_cast<std::size_t>(pick(0, static_cast<int>(candidates.size()) - 1))];
    }

    void buildBom()
    {
        std::size_t parents = 0;
        for (const auto& level : m_made)
            parents += level.size();
        const double rowsPerParent = static_cast<double>(m_shape.bomRows) / static_cast<double>(parents);
        long long remaining = m_shape.bomRows;
        std::vector<int> used;
        for (std::size_t level = 0; level < m_made.size(); ++level) {
            for (const int parent : m_made[level]) {
                const bool last = level == m_made.size() - 1 && parent == m_made[level].back();
                int rows = last ? static_cast<int>(remaining)
                                : static_cast<int>(std::lround(rowsPerParent * uniform(0.5, 1.5)));
                rows = static_cast<int>(std::clamp<long long>(rows, 1, std::max<long long>(remaining, 1)));
                remaining -= rows;
                const bool hasMadeLevelBelow = level + 1 < m_made.size();
                const int madeRows = hasMadeLevelBelow
                    ? std::min(rows, static_cast<int>(std::lround(m_shape.madeChildrenPerParent * uniform(0.5, 1.5))))
                    : 0;
                used.clear();
                for (int r = 0; r < rows; ++r) {
                    int component = r < madeRows ? madeItemBelow(level) : popularBoughtItem();
                    // A parent names each component once; retry a few times, then accept a repeat
                    // (the engine sums them) rather than loop on a tiny catalogue.
                    for (int retry = 0; retry < 4 && std::find(used.begin(), used.end(), component) != used.end(); ++retry)
                        component = r < madeRows ? madeItemBelow(level) : popularBoughtItem();
                    used.push_back(component);
                    addRow(parent, component);
                }
            }
        }
    }

    void addRow(int parent, int component)
    {
        const Item& c = m_model.items[static_cast<std::size_t>(component)];
        core::BomLine row;
        row.parent = m_model.items[static_cast<std::size_t>(parent)].code;
        row.component = c.code;
        // Sub-assemblies go in once or twice; screws and labels by the handful.
        if (c.uom == "kg")
            row.qtyPer = std::round(uniform(0.01, 2.0) * 1000) / 1000;
        else if (c.source == ItemSource::Make)
            row.qtyPer = chance(0.9) ? 1 : 2;
        else
            row.qtyPer = chance(0.6) ? 1 : pick(2, 8);
        row.scrapRate = chance(0.1) ? pick(1, 5) / 100.0 : 0;
        // Engineering changes: a few rows phase in or out within the horizon.
        if (chance(0.02))
            row.validFrom = dayInHorizon(0, 0);
        else if (chance(0.02))
            row.validTo = dayInHorizon(0, 0);
        m_model.boms.push_back(std::move(row));
        m_rowItems.emplace_back(parent, component);
    }

    /// Gross demand per item over the horizon, sales lines exploded without lot sizing or
    /// stock. Parents' rows come before their components' (buildBom goes level by level),
    /// so one pass over the rows is enough.
    void estimateDemand()
    {
        m_demand.assign(m_model.items.size(), 0.0);
        for (const auto& [item, qty] : m_salesDemand)
            m_demand[static_cast<std::size_t>(item)] += qty;
        for (std::size_t r = 0; r < m_rowItems.size(); ++r) {
            const auto [parent, component] = m_rowItems[r];
            m_demand[static_cast<std::size_t>(component)] +=
                m_demand[static_cast<std::size_t>(parent)] * m_model.boms[r].grossPerParent();
        }
    }

    /// Lot sizes, safety stock and on-hand sized from an item's weekly demand, as a planner
    /// would set them: a lot covers a few weeks, bought lots more than made ones.
    void buildPolicies()
    {
        const double weeks = std::max(1.0, m_shape.horizonDays / 7.0);
        for (std::size_t i = 0; i < m_model.items.size(); ++i) {
            Item& item = m_model.items[i];
            const double weekly = std::max(1.0, m_demand[i] / weeks);
            const bool bought = item.source == ItemSource::Buy;
            const int minWeeks = bought ? 2 : 1;
            const int maxWeeks = bought ? 8 : 4;
            // Items start lot-for-lot (LotPolicy's default); the others get a sized lot.
            if (!chance(bought ? m_shape.lotForLotShareBought : m_shape.lotForLotShareMade)) {
                if (chance(m_shape.fixedShareOfSized)) {
                    item.lot = {LotRule::Fixed, roundedUp(weekly * pick(minWeeks, maxWeeks)), 0, 0};
                } else {
                    const double moq = roundedUp(weekly * pick(minWeeks, maxWeeks));
                    item.lot = {LotRule::MinMultiple, 0, moq, roundedUp(moq / pick(2, 10))};
                }
            }
            if (chance(0.2))
                item.safetyStock = roundedUp(weekly * uniform(0.2, 1.0));
            if (chance(0.5))
                m_model.inventory.push_back({item.code, std::round(weekly * uniform(0.0, 3.0))});
        }
    }

    /// `x` rounded up to two significant digits, as lot sizes are quoted (1300, not 1287).
    static double roundedUp(double x)
    {
        if (x <= 10)
            return std::ceil(std::max(x, 1.0));
        const double step = std::pow(10.0, std::floor(std::log10(x)) - 1);
        return std::ceil(x / step) * step;
    }

    int randomItem(const std::vector<int>& pool)
    {
        return pool[static_cast<std::size_t>(pick(0, static_cast<int>(pool.size()) - 1))];
    }
    const std::string& code(int item) const { return m_model.items[static_cast<std::size_t>(item)].code; }

    void buildStockAndOpenOrders()
    {
        // Open orders for about two weeks of demand each, due from a little overdue to just
        // past the horizon.
        const auto twoWeeks = [this](int item) {
            return roundedUp(2 * 7 * m_demand[static_cast<std::size_t>(item)] / std::max(m_shape.horizonDays, 1));
        };
        for (int i = 0; i < m_shape.purchaseOrders; ++i) {
            const int item = randomItem(m_bought);
            m_model.purchaseOrders.push_back({numberedCode("PO", i), code(item), twoWeeks(item), dayInHorizon(5, 10), "SUP"});
        }
        std::vector<int> made;
        for (const auto& level : m_made)
            made.insert(made.end(), level.begin(), level.end());
        for (int i = 0; i < m_shape.workOrders; ++i) {
            const int item = randomItem(made);
            const double qty = twoWeeks(item);
            m_model.workOrders.push_back({numberedCode("WO", i), code(item), qty, dayInHorizon(5, 10),
                                          chance(0.3) ? std::floor(qty / 2) : 0});
        }
    }

    void buildSalesOrders()
    {
        // Two to eight lines per order, all for finished goods, due across the horizon and
        // a little behind it (overdue lines plan on today).
        for (int line = 0, order = 0; line < m_shape.salesLines; ++order) {
            core::SalesOrder so{numberedCode("SO", order), "CUST-" + std::to_string(pick(1, 300)), pick(1, 5), {}};
            for (int n = pick(2, 8); n > 0 && line < m_shape.salesLines; --n, ++line) {
                const int item = randomItem(m_made[0]);
                so.lines.push_back({code(item), std::round(uniform(1, 100)), dayInHorizon(7, 0)});
                m_salesDemand.emplace_back(item, so.lines.back().qty);
            }
            m_model.salesOrders.push_back(std::move(so));
        }
    }

    const FactoryShape m_shape;
    std::mt19937 m_rng;
    FactoryModel m_model;
    std::vector<std::vector<int>> m_made; ///< item indices per level, before the shuffle
    std::vector<int> m_bought;
    std::vector<std::pair<int, int>> m_rowItems; ///< (parent, component) index per BOM row
    std::vector<std::pair<int, double>> m_salesDemand; ///< (item, qty) per sales line
    std::vector<double> m_demand;                ///< estimated gross demand per item
};

} // namespace

FactoryModel makeSyntheticFactory(const FactoryShape& shape) { return Generator(shape).build(); }

namespace {

/// Builds the shop floor of makeSchedulingFactory; one generator per factory, one seed.
class SchedulingGenerator {
public:
    explicit SchedulingGenerator(const SchedulingShape& shape)
        : m_shape(shape)
        , m_rng(shape.seed)
    {
    }

    FactoryModel build()
    {
        m_model.settings = {kToday, 365, 3};
        buildWorkCenters();
        buildCalendar();
        buildItemsAndRoutings();
        buildWorkOrders();
        return std::move(m_model);
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }

    void buildWorkCenters()
    {
        const int workshops = std::max(1, m_shape.workshops);
        m_byWorkshop.assign(static_cast<std::size_t>(workshops), {});
        for (int i = 0; i < m_shape.workCenters; ++i) {
            const int workshop = i % workshops;
            core::WorkCenter wc;
            char text[32];
            std::snprintf(text, sizeof text, "WS%d-WC%03d", workshop + 1, i);
            wc.code = text;
            wc.name = "Work center " + std::to_string(i);
            wc.workshop = "WS" + std::to_string(workshop + 1);
            wc.line = "L" + std::to_string(i / workshops % 4 + 1);
            wc.parallelUnits = pick(1, 3);
            wc.efficiency = std::round(uniform(0.9, 1.1) * 100) / 100;
            // Planners give a work center as many units as its share of the work needs: an
            // operation picks a work center with a chance proportional to its units.
            for (int unit = 0; unit < wc.parallelUnits; ++unit) {
                m_byWorkshop[static_cast<std::size_t>(workshop)].push_back(i);
                m_anyUnit.push_back(i);
            }
            m_model.workCenters.push_back(std::move(wc));
        }
    }

    void buildCalendar()
    {
        core::Calendar& calendar = m_model.calendar;
        calendar.setWorkdays({1, 2, 3, 4, 5});
        // Early and late shift with a half-hour handover.
        calendar.setShifts({{6 * 60, 14 * 60}, {14 * 60 + 30, 22 * 60 + 30}});
        std::set<Date> holidays = {Date::fromYmd(2026, 12, 25), Date::fromYmd(2027, 1, 1), Date::fromYmd(2027, 4, 5)};
        for (int d = 8; d <= 12; ++d) // Spring Festival week 2027
            holidays.insert(Date::fromYmd(2027, 2, d));
        for (int d = 3; d <= 5; ++d) // Labour Day
            holidays.insert(Date::fromYmd(2027, 5, d));
        calendar.setHolidays(std::move(holidays));
        // Make-up Saturdays.
        calendar.setExtraWorkdays({Date::fromYmd(2026, 12, 5), Date::fromYmd(2026, 12, 19), Date::fromYmd(2027, 1, 9),
                                   Date::fromYmd(2027, 2, 20)});
        // Overtime on one work center in ten for the next eight weeks: Saturday day shift and
        // three late evenings a week.
        std::vector<core::Overtime> overtime;
        const Date monday = kToday - (kToday.isoWeekday() - 1);
        for (std::size_t i = 0; i < m_model.workCenters.size(); ++i) {
            if (!chance(0.1))
                continue;
            const std::string& wc = m_model.workCenters[i].code;
            for (int week = 0; week < 8; ++week) {
                const Date weekStart = monday + 7 * week;
                overtime.push_back({weekStart + 5, wc, 8 * 60, 16 * 60});
                for (int evening = 0; evening < 3; ++evening)
                    overtime.push_back({weekStart + pick(0, 4), wc, 22 * 60 + 30, 24 * 60});
            }
        }
        calendar.setOvertime(std::move(overtime));
    }

    void buildItemsAndRoutings()
    {
        const int items = std::max(1, m_shape.items);
        for (int i = 0; i < items; ++i) {
            core::Item item;
            item.code = numberedCode("PART", i);
            item.name = item.code;
            item.type = i % 4 == 0 ? ItemType::Finished : ItemType::Semi;
            item.source = ItemSource::Make;
            item.leadTimeDays = pick(2, 10);
            m_model.items.push_back(item);

            // Most operations in the item's home workshop, some elsewhere (heat treatment,
            // painting).
            const auto& home = m_byWorkshop[static_cast<std::size_t>(pick(0, static_cast<int>(m_byWorkshop.size()) - 1))];
            core::Routing routing;
            routing.item = item.code;
            const int steps = pick(3, 8);
            for (int step = 0; step < steps; ++step) {
                core::Operation op;
                op.seq = 10 * (step + 1);
                const std::vector<int>& pool = chance(0.75) ? home : m_anyUnit;
                const int wc = pool[static_cast<std::size_t>(pick(0, static_cast<int>(pool.size()) - 1))];
                op.workCenter = m_model.workCenters[static_cast<std::size_t>(wc)].code;
                op.setupMinutes = 5 * pick(2, 18);
                op.runMinutesPerUnit = std::round(uniform(0.2, 4.0) * 10) / 10;
                routing.operations.push_back(std::move(op));
            }
            m_routingSteps.push_back(steps);
            m_model.routings.push_back(std::move(routing));
        }
    }

    void buildWorkOrders()
    {
        std::unordered_map<std::string, double> efficiency;
        double weeklyCapacity = 0; // unit minutes a week, shifts only
        for (const core::WorkCenter& wc : m_model.workCenters) {
            efficiency.emplace(wc.code, wc.efficiency);
            weeklyCapacity += 5.0 * (8 * 60 + 8 * 60) * wc.parallelUnits;
        }
        double work = 0;
        for (int operations = 0, n = 0; operations < m_shape.operations; ++n) {
            const int item = pick(0, static_cast<int>(m_model.items.size()) - 1);
            const double qty = std::round(uniform(10, 150));
            const double completed = chance(0.15) ? std::floor(qty * uniform(0.1, 0.6)) : 0;
            m_model.workOrders.push_back({numberedCode("WO", n), m_model.items[static_cast<std::size_t>(item)].code, qty,
                                          kToday, completed});
            for (const core::Operation& op : m_model.routings[static_cast<std::size_t>(item)].operations)
                work += op.setupMinutes + (qty - completed) * op.runMinutesPerUnit / efficiency.at(op.workCenter);
            operations += m_routingSteps[static_cast<std::size_t>(item)];
        }
        m_loadWeeks = work / weeklyCapacity;
        const int lastDueDay = std::max(1, static_cast<int>(std::lround(m_shape.dueSpreadOfLoad * m_loadWeeks * 7)));
        for (core::WorkOrder& wo : m_model.workOrders)
            wo.due = kToday + pick(-3, lastDueDay);
    }

    const SchedulingShape m_shape;
    std::mt19937 m_rng;
    FactoryModel m_model;
    std::vector<std::vector<int>> m_byWorkshop; ///< work center index per unit, by workshop
    std::vector<int> m_anyUnit;                 ///< work center index per unit
    std::vector<int> m_routingSteps;            ///< operations per item's routing
    double m_loadWeeks = 0;
};

} // namespace

FactoryModel makeSchedulingFactory(const SchedulingShape& shape) { return SchedulingGenerator(shape).build(); }

std::string firstFinishedGood() { return numberedCode("FG", 0); }

} // namespace pmc::bench
