#include "store/TableImport.h"

#include "core/diagnostics/FactoryValidator.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/OrderRows.h"
#include "store/Statement.h"
#include "store/UserRoles.h"
#include "store/TableHandler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace pmc::store {

namespace {

[[noreturn]] void refuseFile(const std::string& fileName, const std::string& reason)
{
    core::ValidationResult issues;
    issues.add(fileName, reason);
    throw InputError(fileName, std::move(issues));
}

/// The table a file stem names: the whole stem or its part before a separator, longest
/// first, so ERP exports such as "物料清单_20261125.csv" or "purchase_orders-2026.csv" work.
std::optional<TableId> tableOfStem(const std::string& stem)
{
    for (std::size_t end = stem.size();;) {
        if (const std::optional<TableId> table = findTable(stem.substr(0, end)))
            return table;
        const std::size_t cut = end == 0 ? std::string::npos : stem.find_last_of("-_ .", end - 1);
        if (cut == std::string::npos)
            return std::nullopt;
        end = cut;
    }
}

std::string tableNames()
{
    std::string names;
    for (const TableInfo& table : tableInfos())
        names += (names.empty() ? "" : ", ") + table.key + " (" + table.chinese + ")";
    return names;
}

/// Where validateFactory found a problem: `boms[4].component`,
/// `routings[2].operations[1].seq`, `sales_orders[0].lines[3].qty`, or just `boms`.
struct IssueLocation {
    std::string section;
    std::optional<std::size_t> index;
    std::optional<std::size_t> line;
    std::string field;
};

std::optional<std::size_t> readIndex(const std::string& path, std::size_t& at)
{
    if (at >= path.size() || path[at] != '[')
        return std::nullopt;
    const std::size_t close = path.find(']', at);
    if (close == std::string::npos)
        return std::nullopt;
    const std::size_t index = std::stoul(path.substr(at + 1, close - at - 1));
    at = close + 1;
    return index;
}

IssueLocation locate(const std::string& path)
{
    IssueLocation where;
    std::size_t at = path.find_first_of("[.");
    where.section = path.substr(0, at);
    if (at == std::string::npos)
        return where;
    where.index = readIndex(path, at);
    for (const char* lines : {".operations", ".lines"}) {
        if (where.index && path.compare(at, std::strlen(lines), lines) == 0 && path[at + std::strlen(lines)] == '[') {
            at += std::strlen(lines);
            where.line = readIndex(path, at);
        }
    }
    if (at < path.size() && path[at] == '.')
        where.field = path.substr(at + 1);
    return where;
}

/// Turns the JSON paths of core::validateFactory into `FILE:ROW:COLUMN` for records that came
/// from a file. Stored records the import breaks (an item the file removes may still be used by
/// stored BOM rows) are gathered per reason, so one removed item gives one readable message.
class IssueMapper {
public:
    IssueMapper(const std::string& fileName, const core::FactoryModel& result)
        : m_fileName(fileName), m_result(result) {}

    void addImported(const ParsedTable& parsed, std::vector<std::size_t> origin)
    {
        m_imported[tableInfo(parsed.table).key] = {&parsed, std::move(origin)};
    }

    /// The issue as the planner should read it and whether it names a spreadsheet cell, or
    /// nullopt when it concerns a stored record (see storedIssues()).
    std::optional<std::pair<core::ValidationIssue, bool>> map(const core::ValidationIssue& issue)
    {
        const IssueLocation where = locate(issue.path);
        const auto imported = m_imported.find(where.section);
        if (imported != m_imported.end()) {
            const ParsedTable& parsed = *imported->second.parsed;
            if (!where.index || *where.index >= imported->second.origin.size())
                return std::pair{core::ValidationIssue{parsed.source, issue.message}, false};
            const std::vector<int>& rows = parsed.sheetRows[imported->second.origin[*where.index]];
            const int row = rows.at(std::min(where.line.value_or(0), rows.size() - 1));
            return std::pair{core::ValidationIssue{tables::cellPath(tableInfo(parsed.table), parsed, row, where.field),
                                                   issue.message},
                             true};
        }
        const std::optional<TableId> table = where.index ? findTable(where.section) : std::nullopt;
        if (!table) {
            m_stored[{issue.path, "", issue.message}];
            return std::nullopt;
        }
        std::vector<std::string>& keys = m_storedKeys[*table];
        if (keys.empty())
            keys = tables::tableHandler(*table).recordKeys(m_result);
        m_stored[{where.section, where.field, issue.message}].push_back(
            *where.index < keys.size() ? keys[*where.index] : issue.path);
        return std::nullopt;
    }

    /// One issue per stored section, field and reason, naming the first few records, e.g.
    /// `unknown item "X" in 20 stored boms rows (parent) not in this import: "X / Y", …`.
    void storedIssues(core::ValidationResult& issues) const
    {
        constexpr std::size_t kNamed = 5;
        for (const auto& [reason, keys] : m_stored) {
            const auto& [section, field, message] = reason;
            if (keys.empty()) {
                issues.add(m_fileName, message + " in the stored " + section + " (not in this import)");
                continue;
            }
            std::string text = message + " in " + std::to_string(keys.size()) + " stored " + section + " row"
                + (keys.size() == 1 ? "" : "s") + (field.empty() ? "" : " (" + field + ")") + " not in this import: ";
            for (std::size_t i = 0; i < std::min(keys.size(), kNamed); ++i)
                text += (i ? ", \"" : "\"") + keys[i] + "\"";
            if (keys.size() > kNamed)
                text += " and " + std::to_string(keys.size() - kNamed) + " more";
            issues.add(m_fileName, text);
        }
    }

private:
    struct Imported {
        const ParsedTable* parsed;
        std::vector<std::size_t> origin;
    };
    std::string m_fileName;
    const core::FactoryModel& m_result;
    std::map<std::string, Imported> m_imported;
    std::map<TableId, std::vector<std::string>> m_storedKeys;
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::string>> m_stored;
};

/// A whole-table import writes index pages all over the file; with SQLite's default 2 MB page
/// cache it rereads and rewrites them every few rows (storing 600k rows took 7.7 s instead of
/// 4.5 s, docs/benchmarks.md). The connection gets its usual cache back afterwards.
class LargerPageCache {
public:
    explicit LargerPageCache(Database& database)
        : m_database(database)
    {
        if (database.onServer())
            return; // the server's shared buffers are its administrator's setting
        Statement size = database.prepare("PRAGMA cache_size");
        size.step();
        m_previous = size.integer(0);
        database.execute("PRAGMA cache_size = -131072"); // KiB: 128 MiB at most, allocated as used
    }
    ~LargerPageCache()
    {
        if (m_previous == 0)
            return;
        try {
            m_database.execute("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (const std::exception&) {
            // Only a larger cache stays; the data is unaffected.
        }
    }
    LargerPageCache(const LargerPageCache&) = delete;
    LargerPageCache& operator=(const LargerPageCache&) = delete;

private:
    Database& m_database;
    long long m_previous = 0;
};

} // namespace

TableFile readTableFile(const std::string& path, std::optional<TableId> table)
{
    const Workbook book = readSpreadsheet(path);
    const std::filesystem::path file(path);
    TableFile result;
    result.fileName = file.filename().string();
    const auto sourceOf = [&](const Sheet& sheet) {
        return book.sheets.size() > 1 ? result.fileName + "[" + sheet.name + "]" : result.fileName;
    };
    if (table) {
        const Sheet* chosen = book.sheets.size() == 1 ? &book.sheets.front() : nullptr;
        for (const Sheet& sheet : book.sheets)
            if (!chosen && findTable(sheet.name) == table)
                chosen = &sheet;
        if (!chosen)
            refuseFile(result.fileName, "the workbook has " + std::to_string(book.sheets.size())
                                            + " sheets and none is named after the table " + tableInfo(*table).key
                                            + " (" + tableInfo(*table).chinese + ")");
        result.tables.push_back(parseTable(*table, *chosen, sourceOf(*chosen)));
        return result;
    }
    for (const Sheet& sheet : book.sheets) {
        std::optional<TableId> id = findTable(sheet.name);
        if (!id && book.sheets.size() == 1)
            id = tableOfStem(file.stem().string());
        if (!id) {
            result.warnings.push_back(sourceOf(sheet) + ": sheet \"" + sheet.name + "\" names no table; skipped");
            continue;
        }
        result.tables.push_back(parseTable(*id, sheet, sourceOf(sheet)));
    }
    if (result.tables.empty())
        refuseFile(result.fileName, "cannot tell which table this is: name the file or its sheets after a table ("
                                        + tableNames() + ") or choose the table");
    return result;
}

TableImportPlan planTableImport(const core::FactoryModel& current, const TableFile& file)
{
    TableImportPlan plan;
    plan.warnings = file.warnings;
    core::FactoryModel result = current;
    IssueMapper mapper(file.fileName, result);
    std::map<TableId, std::string> seen;
    for (const ParsedTable& parsed : file.tables) {
        plan.issues.append(parsed.issues);
        plan.warnings.insert(plan.warnings.end(), parsed.warnings.begin(), parsed.warnings.end());
        const auto [first, isNew] = seen.emplace(parsed.table, parsed.source);
        if (!isNew) {
            plan.issues.add(parsed.source, "the table " + tableInfo(parsed.table).key + " is also in " + first->second);
            continue;
        }
        tables::TableMerge merge = tables::tableHandler(parsed.table).merge(parsed, current, &result, &plan.changes);
        plan.diffs.push_back(std::move(merge.diff));
        mapper.addImported(parsed, std::move(merge.origin));
    }
    // A cell already refused is not reported again as, say, the broken reference it causes.
    std::set<std::string> refusedCells;
    for (const core::ValidationIssue& issue : plan.issues.issues())
        refusedCells.insert(issue.path);
    const core::ValidationResult validation = core::validateFactory(result);
    for (const core::ValidationIssue& issue : validation.issues()) {
        if (auto mapped = mapper.map(issue); mapped && (!mapped->second || !refusedCells.contains(mapped->first.path)))
            plan.issues.add(std::move(mapped->first.path), std::move(mapped->first.message));
    }
    mapper.storedIssues(plan.issues);
    return plan;
}

void storeTableImport(Database& database, const ImportChanges& changes)
{
    if (changes.empty())
        return;
    const LargerPageCache cache(database);
    Transaction transaction(database);
    UserRoles(database).require(core::Action::Import);
    if (!changes.master.empty())
        FactoryRepository(database).apply(changes.master);
    if (!changes.orders.empty())
        OrderRows(database).apply(changes.orders);
    // One event for the file: per table how many rows it added, changed and removed.
    std::map<std::string, std::map<std::string, int>> counts;
    const auto count = [&](const char* table, const auto& rowChanges) {
        for (const auto& change : rowChanges)
            ++counts[table][change.before ? (change.after ? "changed" : "removed") : "added"];
    };
    count("suppliers", changes.master.suppliers);
    count("items", changes.master.items);
    count("boms", changes.master.boms);
    count("workcenters", changes.master.workCenters);
    count("routings", changes.master.routings);
    count("inventory", changes.master.inventory);
    count("purchase_orders", changes.orders.purchaseOrders);
    count("work_orders", changes.orders.workOrders);
    count("sales_orders", changes.orders.salesOrders);
    AuditTrail(database).record("import", "tables", "", "", nlohmann::json(counts).dump());
    transaction.commit();
}

Workbook exportTables(const core::FactoryModel& model, HeaderLanguage language)
{
    Workbook book;
    for (const TableInfo& table : tableInfos())
        book.sheets.push_back(exportTable(model, table.id, language));
    return book;
}

} // namespace pmc::store
