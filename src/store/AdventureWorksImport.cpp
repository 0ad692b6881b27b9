#include "store/AdventureWorksImport.h"

#include "store/CsvTable.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/ScenarioJson.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace pmc::store {

namespace {

/// Shift hours per working day of the imported calendar (two 8-hour shifts); Location.Availability
/// (work-centre hours per day) divided by this gives the parallel units.
constexpr double kShiftHoursPerDay = 16.0;

std::string withoutSpaces(std::string text)
{
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
}

/// The planning quantity unit for a BOM UnitMeasureCode: EA is a piece count; OZ (paint) and
/// IN (grip tape) keep their own unit because fractional quantities of them are real.
std::string planningUom(const std::string& code)
{
    if (code.empty() || code == "EA")
        return "pcs";
    std::string lower = code;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

/// Reads the tables in dependency order into one FactoryModel, collecting every row issue.
class AdventureWorksReader {
public:
    explicit AdventureWorksReader(std::string directory) : m_directory(std::move(directory)) {}

    core::FactoryModel read()
    {
        m_model.calendar.setWorkdays({1, 2, 3, 4, 5});
        m_model.calendar.setShifts({{6 * 60, 14 * 60}, {14 * 60, 22 * 60}});
        m_model.settings.horizonDays = 120;
        m_model.settings.materialBufferDays = 3;
        readVendors();
        readProducts();
        readProductVendors();
        readBoms();
        readWorkOrders();
        readRoutings();
        readInventory();
        readPurchaseOrders();
        readSalesOrders();
        if (!m_issues.ok())
            throw InputError(m_directory, m_issues);
        return std::move(m_model);
    }

private:
    struct Vendor {
        std::string code;
        bool preferredAndActive = false;
    };
    struct WorkOrderInfo {
        int productId = 0;
        double orderQty = 0;
    };

    CsvTable table(const char* fileName) const { return CsvTable::read(m_directory, fileName); }

    /// The item of a ProductID field, or nullptr after recording the unknown reference.
    core::Item* product(const CsvTable& t, std::size_t row, std::size_t column)
    {
        const auto found = m_itemIndex.find(t.integer(row, column, m_issues));
        if (found != m_itemIndex.end())
            return &m_model.items[found->second];
        m_issues.add(t.where(row, column), "unknown ProductID \"" + t.text(row, column) + "\"");
        return nullptr;
    }

    const Vendor* vendor(const CsvTable& t, std::size_t row, std::size_t column)
    {
        const auto found = m_vendors.find(t.integer(row, column, m_issues));
        if (found != m_vendors.end())
            return &found->second;
        m_issues.add(t.where(row, column), "unknown vendor \"" + t.text(row, column) + "\"");
        return nullptr;
    }

    void readVendors()
    {
        const CsvTable t = table("Vendor.csv");
        const auto id = t.column("BusinessEntityID"), account = t.column("AccountNumber"), name = t.column("Name");
        const auto preferred = t.column("PreferredVendorStatus"), active = t.column("ActiveFlag");
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const bool usable = t.flag(r, preferred, m_issues) && t.flag(r, active, m_issues);
            m_vendors[t.integer(r, id, m_issues)] = {t.text(r, account), usable};
            m_model.suppliers.push_back({t.text(r, account), t.text(r, name)});
        }
    }

    void readProducts()
    {
        const CsvTable t = table("Product.csv");
        const auto id = t.column("ProductID"), name = t.column("Name"), number = t.column("ProductNumber");
        const auto make = t.column("MakeFlag"), finished = t.column("FinishedGoodsFlag");
        const auto safety = t.column("SafetyStockLevel"), days = t.column("DaysToManufacture");
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            core::Item item;
            item.code = t.text(r, number);
            item.name = t.text(r, name);
            item.source = t.flag(r, make, m_issues) ? core::ItemSource::Make : core::ItemSource::Buy;
            const bool sellable = t.flag(r, finished, m_issues);
            if (item.source == core::ItemSource::Buy)
                item.type = core::ItemType::Raw;
            else
                item.type = sellable ? core::ItemType::Finished : core::ItemType::Semi;
            item.safetyStock = t.number(r, safety, m_issues);
            if (item.source == core::ItemSource::Make)
                item.leadTimeDays = t.integer(r, days, m_issues);
            m_itemIndex[t.integer(r, id, m_issues)] = m_model.items.size();
            m_model.items.push_back(std::move(item));
        }
    }

    /// A bought item's supplier is its preferred, active vendor with the shortest average lead
    /// time (ties: file order); its lead time and minimum order quantity come from that row.
    void readProductVendors()
    {
        const CsvTable t = table("ProductVendor.csv");
        const auto productId = t.column("ProductID"), vendorId = t.column("BusinessEntityID");
        const auto lead = t.column("AverageLeadTime"), minQty = t.column("MinOrderQty");
        std::unordered_map<const core::Item*, std::pair<bool, int>> chosen; // (preferred, lead time)
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            core::Item* item = product(t, r, productId);
            const Vendor* v = vendor(t, r, vendorId);
            const int leadTime = t.integer(r, lead, m_issues);
            const double moq = t.number(r, minQty, m_issues);
            if (!item || !v || item->source != core::ItemSource::Buy)
                continue;
            const auto previous = chosen.find(item);
            if (previous != chosen.end()
                && std::make_pair(!previous->second.first, previous->second.second)
                       <= std::make_pair(!v->preferredAndActive, leadTime))
                continue;
            chosen[item] = {v->preferredAndActive, leadTime};
            item->supplier = v->code;
            item->leadTimeDays = leadTime;
            item->lot = {core::LotRule::MinMultiple, 0, moq, 0};
        }
    }

    void readBoms()
    {
        const CsvTable t = table("BillOfMaterials.csv");
        const auto parent = t.column("ProductAssemblyID"), component = t.column("ComponentID");
        const auto start = t.column("StartDate"), end = t.column("EndDate"), unit = t.column("UnitMeasureCode");
        const auto qty = t.column("PerAssemblyQty");
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            // The top-level row (no assembly) is the finished product itself, not a component.
            if (t.isNull(r, parent))
                continue;
            const core::Item* assembly = product(t, r, parent);
            core::Item* part = product(t, r, component);
            core::BomLine line;
            line.qtyPer = t.number(r, qty, m_issues);
            line.validFrom = t.date(r, start, m_issues);
            // EndDate is the last valid day (the successor row starts the day after);
            // BomLine::validTo is exclusive.
            if (const auto last = t.optionalDate(r, end, m_issues))
                line.validTo = *last + 1;
            if (!assembly || !part || (line.validTo && *line.validTo <= *line.validFrom))
                continue;
            part->uom = planningUom(t.text(r, unit));
            line.parent = assembly->code;
            line.component = part->code;
            if (std::find(m_model.boms.begin(), m_model.boms.end(), line) == m_model.boms.end())
                m_model.boms.push_back(std::move(line));
        }
    }

    /// Every work order is closed in the data, so "today" is the day after the last one was
    /// started, and the work orders not yet finished on that day are the open ones.
    void readWorkOrders()
    {
        const CsvTable t = table("WorkOrder.csv");
        const auto id = t.column("WorkOrderID"), productId = t.column("ProductID"), qty = t.column("OrderQty");
        const auto start = t.column("StartDate"), end = t.column("EndDate"), due = t.column("DueDate");
        core::Date latestStart;
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            latestStart = std::max(latestStart, t.date(r, start, m_issues));
        m_model.settings.today = latestStart + 1;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const int workOrderId = t.integer(r, id, m_issues);
            const double orderQty = t.number(r, qty, m_issues);
            m_workOrders[workOrderId] = {t.integer(r, productId, m_issues), orderQty};
            const core::Item* item = product(t, r, productId);
            const auto finished = t.optionalDate(r, end, m_issues);
            if (item && (!finished || *finished >= m_model.settings.today))
                m_model.workOrders.push_back(
                    {"WO-" + std::to_string(workOrderId), item->code, orderQty, t.date(r, due, m_issues), 0});
        }
    }

    /// One routing per made product: its distinct operation steps, each on the step's location,
    /// run time = median over its work orders of ActualResourceHrs × 60 / OrderQty.
    void readRoutings()
    {
        std::map<int, std::pair<std::string, double>> locations; // id → (name, availability)
        {
            const CsvTable t = table("Location.csv");
            const auto id = t.column("LocationID"), name = t.column("Name"), hours = t.column("Availability");
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                locations[t.integer(r, id, m_issues)] = {t.text(r, name), t.number(r, hours, m_issues)};
        }
        const CsvTable t = table("WorkOrderRouting.csv");
        const auto workOrderId = t.column("WorkOrderID"), seq = t.column("OperationSequence");
        const auto locationId = t.column("LocationID"), hours = t.column("ActualResourceHrs");
        // (product, step) → (location, minutes per unit of each work order)
        std::map<std::pair<int, int>, std::pair<int, std::vector<double>>> steps;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const auto order = m_workOrders.find(t.integer(r, workOrderId, m_issues));
            const int location = t.integer(r, locationId, m_issues);
            const double used = t.number(r, hours, m_issues);
            if (order == m_workOrders.end()) {
                m_issues.add(t.where(r, workOrderId), "unknown WorkOrderID \"" + t.text(r, workOrderId) + "\"");
                continue;
            }
            if (!locations.contains(location)) {
                m_issues.add(t.where(r, locationId), "unknown LocationID \"" + t.text(r, locationId) + "\"");
                continue;
            }
            auto& step = steps[{order->second.productId, t.integer(r, seq, m_issues)}];
            step.first = location;
            if (order->second.orderQty > 0)
                step.second.push_back(used * 60.0 / order->second.orderQty);
        }
        std::map<int, std::string> workCenterCodes;
        for (const auto& [key, step] : steps) {
            const auto [name, availability] = locations[step.first];
            if (workCenterCodes.emplace(step.first, withoutSpaces(name)).second) {
                const int units = std::max(1, static_cast<int>(std::lround(availability / kShiftHoursPerDay)));
                m_model.workCenters.push_back({withoutSpaces(name), name, "Production", units, 1.0});
            }
            const auto item = m_itemIndex.find(key.first);
            if (item == m_itemIndex.end())
                continue; // already reported against WorkOrder.csv
            const std::string& code = m_model.items[item->second].code;
            if (m_model.routings.empty() || m_model.routings.back().item != code)
                m_model.routings.push_back({code, {}});
            const double minutes = step.second.empty() ? 0.0 : std::round(median(step.second) * 1000.0) / 1000.0;
            m_model.routings.back().operations.push_back({key.second * 10, workCenterCodes[step.first], 0.0, minutes});
        }
    }

    void readInventory()
    {
        const CsvTable t = table("ProductInventory.csv");
        const auto productId = t.column("ProductID"), qty = t.column("Quantity");
        std::map<std::string, double> onHand;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const double quantity = t.number(r, qty, m_issues);
            if (const core::Item* item = product(t, r, productId))
                onHand[item->code] += quantity;
        }
        for (const auto& [code, quantity] : onHand)
            m_model.inventory.push_back({code, quantity});
    }

    /// Lines of pending (1) or approved (2) purchase orders with quantity still to receive.
    void readPurchaseOrders()
    {
        std::unordered_map<int, std::string> openSuppliers; // PurchaseOrderID → vendor code
        {
            const CsvTable t = table("PurchaseOrderHeader.csv");
            const auto id = t.column("PurchaseOrderID"), status = t.column("Status"), vendorId = t.column("VendorID");
            for (std::size_t r = 0; r < t.rowCount(); ++r) {
                const int state = t.integer(r, status, m_issues);
                const Vendor* v = vendor(t, r, vendorId);
                if (v && (state == 1 || state == 2))
                    openSuppliers[t.integer(r, id, m_issues)] = v->code;
            }
        }
        const CsvTable t = table("PurchaseOrderDetail.csv");
        const auto id = t.column("PurchaseOrderID"), line = t.column("PurchaseOrderDetailID");
        const auto due = t.column("DueDate"), qty = t.column("OrderQty"), received = t.column("ReceivedQty");
        const auto productId = t.column("ProductID");
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const core::Item* item = product(t, r, productId);
            const double open = t.number(r, qty, m_issues) - t.number(r, received, m_issues);
            const auto header = openSuppliers.find(t.integer(r, id, m_issues));
            if (!item || header == openSuppliers.end() || open <= 0)
                continue;
            m_model.purchaseOrders.push_back({"PO-" + t.text(r, id) + "-" + t.text(r, line), item->code, open,
                                              t.date(r, due, m_issues), header->second});
        }
    }

    /// Orders not yet shipped on "today" (ShipDate on or after it) form the order book.
    void readSalesOrders()
    {
        std::unordered_map<int, std::size_t> open; // SalesOrderID → index in salesOrders
        std::unordered_map<int, core::Date> dueDates;
        {
            const CsvTable t = table("SalesOrderHeader.csv");
            const auto id = t.column("SalesOrderID"), number = t.column("SalesOrderNumber");
            const auto due = t.column("DueDate"), ship = t.column("ShipDate"), status = t.column("Status");
            const auto online = t.column("OnlineOrderFlag"), customer = t.column("CustomerID");
            for (std::size_t r = 0; r < t.rowCount(); ++r) {
                const auto shipped = t.optionalDate(r, ship, m_issues);
                const bool cancelled = t.integer(r, status, m_issues) == 6;
                const bool isOnline = t.flag(r, online, m_issues);
                if (cancelled || (shipped && *shipped < m_model.settings.today))
                    continue;
                const int orderId = t.integer(r, id, m_issues);
                char account[16];
                // Customer.AccountNumber is computed the same way: "AW" + the zero-padded id.
                std::snprintf(account, sizeof account, "AW%08d", t.integer(r, customer, m_issues));
                // Reseller orders (not online) are contracts with stores, so they go first.
                open[orderId] = m_model.salesOrders.size();
                dueDates[orderId] = t.date(r, due, m_issues);
                m_model.salesOrders.push_back({t.text(r, number), account, isOnline ? 3 : 2, {}});
            }
        }
        const CsvTable t = table("SalesOrderDetail.csv");
        const auto id = t.column("SalesOrderID"), productId = t.column("ProductID"), qty = t.column("OrderQty");
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const auto order = open.find(t.integer(r, id, m_issues));
            if (order == open.end())
                continue;
            if (const core::Item* item = product(t, r, productId))
                m_model.salesOrders[order->second].lines.push_back(
                    {item->code, t.number(r, qty, m_issues), dueDates[order->first]});
        }
    }

    std::string m_directory;
    core::ValidationResult m_issues;
    core::FactoryModel m_model;
    std::unordered_map<int, std::size_t> m_itemIndex; // ProductID → items index
    std::unordered_map<int, Vendor> m_vendors;        // BusinessEntityID → vendor
    std::unordered_map<int, WorkOrderInfo> m_workOrders;
};

} // namespace

core::FactoryModel readAdventureWorks(const std::string& directory)
{
    return AdventureWorksReader(directory).read();
}

AdventureWorksImport importAdventureWorks(FactoryDatabase& database, const std::string& directory)
{
    AdventureWorksImport result;
    result.model = readAdventureWorks(directory);
    // Through the scenario document, so validation and the single transaction are the import's own.
    result.warnings = database.importScenario(writeScenario(result.model).dump(), directory);
    return result;
}

} // namespace pmc::store
