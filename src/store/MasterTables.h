#pragma once

#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"
#include "store/Spreadsheet.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmc::store {

/// The tables a planner keeps in Excel beside the ERP, in export order.
enum class TableId {
    Items,
    Boms,
    Routings,
    WorkCenters,
    Suppliers,
    Inventory,
    PurchaseOrders,
    WorkOrders,
    SalesOrders,
    Holidays,
};

enum class HeaderLanguage { English, Chinese };

/// One column of a table: the interchange JSON key (`lead_time_days`, `lot.rule`) and the
/// header a planner sees in either language. A file may use any of the three as its header.
struct ColumnInfo {
    std::string key;
    std::string english;
    std::string chinese;
    bool required = false;

    const std::string& header(HeaderLanguage language) const
    {
        return language == HeaderLanguage::Chinese ? chinese : english;
    }
};

/// The names and columns of one table. `key` is the interchange section (`purchase_orders`),
/// so validation paths such as `boms[4].component` name the table and the column.
struct TableInfo {
    TableId id;
    std::string key;
    std::string english;
    std::string chinese;
    std::vector<std::string> aliases; ///< further sheet or file names that mean this table
    std::vector<ColumnInfo> columns;

    const std::string& name(HeaderLanguage language) const
    {
        return language == HeaderLanguage::Chinese ? chinese : english;
    }
    const ColumnInfo* column(std::string_view columnKey) const;
};

/// Every table, in export order.
const std::vector<TableInfo>& tableInfos();
const TableInfo& tableInfo(TableId id);
/// The table a sheet name, file stem or `--table` value names: its key, English or Chinese
/// name or an alias, compared trimmed, case-insensitively and ignoring spaces and `_`.
std::optional<TableId> findTable(std::string_view name);

/// One sheet read as a table: its records as domain values (only the table's section of
/// `rows` is filled; holidays fill the calendar's holiday and make-up dates) and where each
/// came from, so later checks can name the spreadsheet row and column.
struct ParsedTable {
    TableId table = TableId::Items;
    /// How messages name the sheet: "items.csv", or "book.xlsx[物料]" for one of several sheets.
    std::string source;
    core::FactoryModel rows;
    /// Per record in section order: the spreadsheet row numbers (header = 1) of its rows
    /// (a routing has one per operation, a sales order one per line).
    std::vector<std::vector<int>> sheetRows;
    /// Column key → header text as the file spells it, for the columns present.
    std::map<std::string, std::string> headers;
    /// The language most headers were in; absent columns are named in it.
    HeaderLanguage language = HeaderLanguage::English;
    /// `FILE:ROW:COLUMN` (or `FILE:1` for the header) and the reason.
    core::ValidationResult issues;
    std::vector<std::string> warnings;
};

/// Reads `sheet` (rows[0] is the header) as the table `table`. Headers match in either
/// language or as the JSON key, in any order; unknown columns are ignored with a warning; a
/// missing required column, a bad cell, a duplicate key (both rows named) are issues. Empty
/// rows are skipped. Never throws for bad content.
ParsedTable parseTable(TableId table, const Sheet& sheet, const std::string& source);

/// A record present on both sides whose values differ, with the column keys that differ
/// ("operations" / "lines" when a routing or sales order has a different number of rows).
struct ChangedRow {
    std::string key;
    std::vector<std::string> fields;
};

/// What importing a table would do, by record key (items: code; boms: parent / component /
/// valid_from; routings: item; inventory: item; orders: number; holidays: date). The file is
/// the complete table, so stored records absent from it are removed.
struct TableDiff {
    TableId table = TableId::Items;
    std::vector<std::string> added;
    std::vector<ChangedRow> changed;
    std::vector<std::string> removed;

    bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

TableDiff diffTable(const core::FactoryModel& current, const ParsedTable& parsed);

/// The table as a sheet named in `language`: header row in that language, enumerations in
/// its words, cells typed for writeXlsx (codes always text, so "0012" stays "0012").
Sheet exportTable(const core::FactoryModel& model, TableId table, HeaderLanguage language);

} // namespace pmc::store
