#pragma once

// Internal to pmc_store: one table's reading, merging and writing behind MasterTables.h and
// TableImport.h, the same code for every table (DefinedTable.h) over its column list.

#include "store/ImportChanges.h"
#include "store/MasterTables.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmc::store::tables {

/// The outcome of merging a parsed table into the stored section.
struct TableMerge {
    TableDiff diff;
    /// Per record of the merged section, its index among the parsed records, so an issue
    /// found in the merged model can name the spreadsheet row.
    std::vector<std::size_t> origin;
};

/// What every table can do; one instance per table, immutable, shared (tableHandler()).
class TableHandler {
public:
    virtual ~TableHandler() = default;
    virtual const TableInfo& info() const = 0;
    virtual ParsedTable parse(const Sheet& sheet, const std::string& source) const = 0;
    /// Merges the parsed records into the section of `current`: a changed record keeps its
    /// place, a removed one goes, added ones follow in file order, exactly as core::applyEdit
    /// and the row-by-row store do. Writes the merged section into `result` and the row
    /// changes into `changes` when they are given.
    virtual TableMerge merge(const ParsedTable& parsed, const core::FactoryModel& current, core::FactoryModel* result,
                             ImportChanges* changes) const = 0;
    virtual Sheet exportSheet(const core::FactoryModel& model, HeaderLanguage language) const = 0;
    /// The display key of every record of the section, in section order.
    virtual std::vector<std::string> recordKeys(const core::FactoryModel& model) const = 0;
};

const TableHandler& tableHandler(TableId id);

/// Finds the table's columns in the sheet's header row: per table column, the sheet column
/// or -1. Records header texts, language, warnings (unknown columns) and issues (a column
/// twice, a required column missing) in `out`; nullopt when the rows cannot be read.
std::optional<std::vector<int>> matchHeader(const TableInfo& table, const Sheet& sheet, ParsedTable& out);
/// `FILE:ROW:HEADER` with the header as the file spells it (or in the file's language).
std::string cellPath(const TableInfo& table, const ParsedTable& parsed, int sheetRow, const std::string& columnKey);
/// Record keys join their parts with '\x1f'; people read them joined with " / ".
std::string displayKey(std::string_view key);
bool isBlankRow(const std::vector<std::string>& cells);

} // namespace pmc::store::tables
