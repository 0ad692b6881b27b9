#pragma once

#include "store/ImportChanges.h"
#include "store/MasterTables.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// The tables read from one spreadsheet file (or gathered from several).
struct TableFile {
    std::string fileName; ///< names the file in messages that concern no single sheet
    std::vector<ParsedTable> tables;
    std::vector<std::string> warnings; ///< sheets that name no table
};

/// Reads a .xlsx, .csv or .txt file as tables. With `table`, the file's only sheet (or the
/// sheet named after the table) is that table; otherwise every sheet named after a table
/// (key, English or Chinese name, see findTable) is read, and a single sheet may instead be
/// named by the file stem ("items.csv", "物料.xlsx"). Throws InputError naming the file when it
/// cannot be read (missing, empty, bad encoding, damaged) or when no sheet names a table.
TableFile readTableFile(const std::string& path, std::optional<TableId> table);

/// What importing the tables would do to `current`. Each table is taken as complete. Every
/// issue is collected: the tables' own (cells, columns, duplicates) and those of
/// core::validateFactory on the resulting model (a BOM row naming an unknown item), mapped
/// back to `FILE:ROW:COLUMN`. The import may be stored only when `ok()`.
struct TableImportPlan {
    std::vector<TableDiff> diffs; ///< one per table, in file order
    ImportChanges changes;
    core::ValidationResult issues;
    std::vector<std::string> warnings;

    bool ok() const { return issues.ok(); }
};

TableImportPlan planTableImport(const core::FactoryModel& current, const TableFile& file);

/// Stores the changes of an accepted plan in one transaction, row by row, so rows the import
/// does not touch (and what refers to them, e.g. completion reports) stay. Throws StoreError
/// when the stored rows no longer match the plan's `before` values; nothing is then written.
void storeTableImport(Database& database, const ImportChanges& changes);

/// Every table as one workbook, a sheet per table in export order.
Workbook exportTables(const core::FactoryModel& model, HeaderLanguage language);

} // namespace pmc::store
