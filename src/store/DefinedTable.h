#pragma once

// Internal to pmc_store: the one implementation of reading, merging and writing a table,
// driven by its column list. Included only by the files that define tables.

#include "store/TableColumn.h"
#include "store/TableHandler.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace pmc::store::tables {

/// A table's definition. `Row` is what one spreadsheet row becomes, `Record` an element of
/// the model's section; they differ where several rows form one record (a routing's
/// operations, a sales order's lines).
template <typename Row, typename Record>
struct TableDef {
    TableInfo info; ///< names; its `columns` are filled from `columns`
    std::vector<Column<Row>> columns;
    std::vector<std::string> keyColumns; ///< the columns identifying a record
    std::string lineKeyColumn; ///< unique within a record (a routing's seq), or ""
    std::string linesName; ///< "operations" / "lines" when a record spans rows, else ""
    /// Columns that must agree on every row of a record (a sales order's customer).
    std::vector<std::string> recordColumns;
    std::function<std::vector<Record>(const core::FactoryModel&)> read;
    std::function<void(core::FactoryModel&, std::vector<Record>)> write;
    /// True when `read` does not keep the order `write` was given (calendar dates are sets).
    bool sectionIsSorted = false;
    std::function<void(const Record&, std::vector<Row>&)> toRows;
    std::function<void(Record&, Row&&, bool first)> addRow; ///< moves a parsed row into its record
    std::function<std::string(const Record&)> groupKey; ///< key of a multi-row record
    /// Copies what the table has no columns for from the stored record into the imported one
    /// with the same key (a sales order's status, reviews and shipments), so that importing a
    /// table never wipes them; empty when the columns hold the whole record.
    std::function<void(const Record& stored, Record& imported)> keepUnlisted;
    std::function<void(ImportChanges&, std::vector<core::RowChange<Record>>, const core::FactoryModel& before,
                       const core::FactoryModel& after)>
        putChanges;
};

/// The definition of a table with one row per record, read from and written to the model
/// by the given functions.
template <typename Row>
TableDef<Row, Row> flatTable(TableInfo info, std::vector<Column<Row>> columns, std::vector<std::string> keyColumns,
                             std::function<std::vector<Row>(const core::FactoryModel&)> read,
                             std::function<void(core::FactoryModel&, std::vector<Row>)> write)
{
    TableDef<Row, Row> def;
    def.info = std::move(info);
    def.columns = std::move(columns);
    def.keyColumns = std::move(keyColumns);
    def.read = std::move(read);
    def.write = std::move(write);
    def.toRows = [](const Row& record, std::vector<Row>& rows) { rows.push_back(record); };
    def.addRow = [](Row& record, Row&& row, bool) { record = std::move(row); };
    return def;
}

/// The same for a table stored as the model's `section`.
template <typename Row>
TableDef<Row, Row> flatTable(TableInfo info, std::vector<Column<Row>> columns, std::vector<std::string> keyColumns,
                             std::vector<Row> core::FactoryModel::*section)
{
    return flatTable<Row>(
        std::move(info), std::move(columns), std::move(keyColumns),
        [section](const core::FactoryModel& model) { return model.*section; },
        [section](core::FactoryModel& model, std::vector<Row> rows) { model.*section = std::move(rows); });
}

/// Row changes of a section go to this list of an ImportChanges.
template <typename Record, typename Owner>
auto changesInto(std::vector<core::RowChange<Record>> Owner::*list, Owner ImportChanges::*owner)
{
    return [list, owner](ImportChanges& changes, std::vector<core::RowChange<Record>> rows, const core::FactoryModel&,
                         const core::FactoryModel&) {
        auto& target = changes.*owner.*list;
        target.insert(target.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    };
}

template <typename Row, typename Record>
class DefinedTable final : public TableHandler {
public:
    explicit DefinedTable(TableDef<Row, Record> def);

    const TableInfo& info() const override { return m_def.info; }
    ParsedTable parse(const Sheet& sheet, const std::string& source) const override;
    TableMerge merge(const ParsedTable& parsed, const core::FactoryModel& current, core::FactoryModel* result,
                     ImportChanges* changes) const override;
    Sheet exportSheet(const core::FactoryModel& model, HeaderLanguage language) const override;
    std::vector<std::string> recordKeys(const core::FactoryModel& model) const override;

private:
    std::size_t columnIndex(const std::string& key) const;
    std::string rowKey(const Row& row) const;
    std::string recordKey(const Record& record) const;
    std::vector<std::string> changedFields(const Record& before, const Record& after) const;
    void addIssue(ParsedTable& out, int sheetRow, std::size_t column, std::string reason) const
    {
        out.issues.add(cellPath(m_def.info, out, sheetRow, m_def.columns[column].info.key), std::move(reason));
    }
    void orderLikeSection(ParsedTable& out, const std::vector<std::string>& fileKeys) const;

    TableDef<Row, Record> m_def;
    std::vector<std::size_t> m_keyColumns;
    std::vector<std::size_t> m_recordColumns;
    std::optional<std::size_t> m_lineKeyColumn;
};

template <typename Row, typename Record>
DefinedTable<Row, Record>::DefinedTable(TableDef<Row, Record> def)
    : m_def(std::move(def))
{
    m_def.info.columns.clear();
    for (const Column<Row>& column : m_def.columns)
        m_def.info.columns.push_back(column.info);
    for (const std::string& key : m_def.keyColumns)
        m_keyColumns.push_back(columnIndex(key));
    for (const std::string& key : m_def.recordColumns)
        m_recordColumns.push_back(columnIndex(key));
    if (!m_def.lineKeyColumn.empty())
        m_lineKeyColumn = columnIndex(m_def.lineKeyColumn);
}

template <typename Row, typename Record>
std::size_t DefinedTable<Row, Record>::columnIndex(const std::string& key) const
{
    for (std::size_t c = 0; c < m_def.columns.size(); ++c)
        if (m_def.columns[c].info.key == key)
            return c;
    throw std::logic_error("table " + m_def.info.key + " has no column " + key);
}

template <typename Row, typename Record>
std::string DefinedTable<Row, Record>::rowKey(const Row& row) const
{
    std::string key;
    for (std::size_t i = 0; i < m_keyColumns.size(); ++i) {
        const Column<Row>& column = m_def.columns[m_keyColumns[i]];
        if (i > 0)
            key += '\x1f';
        key += formatCell(column.rule, column.get(row), HeaderLanguage::English);
    }
    return key;
}

template <typename Row, typename Record>
std::string DefinedTable<Row, Record>::recordKey(const Record& record) const
{
    if constexpr (std::is_same_v<Row, Record>)
        return rowKey(record);
    else
        return m_def.groupKey(record);
}

template <typename Row, typename Record>
ParsedTable DefinedTable<Row, Record>::parse(const Sheet& sheet, const std::string& source) const
{
    ParsedTable out;
    out.table = m_def.info.id;
    out.source = source;
    const std::optional<std::vector<int>> columnOf = matchHeader(m_def.info, sheet, out);
    if (!columnOf)
        return out;
    const bool grouped = !m_def.linesName.empty();
    std::vector<Record> records;
    std::vector<Row> firstRows; // of each record, to check the columns that must agree
    std::unordered_map<std::string, std::size_t> recordOf;
    recordOf.reserve(sheet.rows.size());
    std::unordered_map<std::string, int> lineRow;
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        const std::vector<std::string>& cells = sheet.rows[r];
        if (isBlankRow(cells))
            continue;
        const int sheetRow = static_cast<int>(r) + 1;
        Row row{};
        bool keyBroken = false;
        for (std::size_t c = 0; c < m_def.columns.size(); ++c) {
            const int at = (*columnOf)[c];
            if (at < 0)
                continue;
            const std::string text = static_cast<std::size_t>(at) < cells.size() ? trimmed(cells[at]) : std::string();
            const Column<Row>& column = m_def.columns[c];
            const bool isKey = std::find(m_keyColumns.begin(), m_keyColumns.end(), c) != m_keyColumns.end();
            if (text.empty()) {
                if (column.info.required)
                    addIssue(out, sheetRow, c, "required value is missing");
                keyBroken = keyBroken || (isKey && column.info.required);
                continue;
            }
            CellParse cell = parseCell(column.rule, text);
            if (cell.value)
                column.set(row, *cell.value);
            else
                addIssue(out, sheetRow, c, std::move(cell.error));
            keyBroken = keyBroken || (isKey && !cell.value);
        }
        // A row whose key is unreadable belongs to no record; its cells are already reported.
        if (keyBroken)
            continue;
        const std::string key = rowKey(row);
        const auto [found, isNew] = recordOf.emplace(key, records.size());
        if (!isNew && !grouped) {
            const int first = out.sheetRows[found->second].front();
            addIssue(out, sheetRow, m_keyColumns.front(),
                     "duplicate \"" + displayKey(key) + "\" (also on row " + std::to_string(first) + ")");
            continue;
        }
        if (m_lineKeyColumn) {
            const Column<Row>& lineColumn = m_def.columns[*m_lineKeyColumn];
            const std::string lineValue = formatCell(lineColumn.rule, lineColumn.get(row), HeaderLanguage::English);
            const auto [line, isNewLine] = lineRow.emplace(key + "\x1e" + lineValue, sheetRow);
            if (!isNewLine) {
                addIssue(out, sheetRow, *m_lineKeyColumn, "duplicate " + lineColumn.info.key + " " + lineValue + " of "
                             + displayKey(key) + " (also on row " + std::to_string(line->second) + ")");
                continue;
            }
        }
        if (isNew) {
            records.emplace_back();
            out.sheetRows.push_back({});
            if (grouped)
                firstRows.push_back(row);
        }
        const std::size_t index = found->second;
        for (std::size_t c : m_recordColumns) {
            const Column<Row>& column = m_def.columns[c];
            if (!isNew && (*columnOf)[c] >= 0 && column.get(row) != column.get(firstRows[index])) {
                const int first = out.sheetRows[index].front();
                addIssue(out, sheetRow, c, "must be the same on every row of " + displayKey(key) + " (\""
                             + formatCell(column.rule, column.get(firstRows[index]), out.language) + "\" on row "
                             + std::to_string(first) + "), not \"" + trimmed(cells[(*columnOf)[c]]) + "\"");
            }
        }
        out.sheetRows[index].push_back(sheetRow);
        m_def.addRow(records[index], std::move(row), isNew);
    }
    std::vector<std::string> fileKeys;
    if (m_def.sectionIsSorted)
        for (const Record& record : records)
            fileKeys.push_back(recordKey(record));
    m_def.write(out.rows, std::move(records));
    if (m_def.sectionIsSorted)
        orderLikeSection(out, fileKeys);
    return out;
}

template <typename Row, typename Record>
void DefinedTable<Row, Record>::orderLikeSection(ParsedTable& out, const std::vector<std::string>& fileKeys) const
{
    // sheetRows follow the file; a sorted section (calendar dates) reads back in its own order.
    std::unordered_map<std::string, std::vector<int>> rowsOf;
    for (std::size_t i = 0; i < fileKeys.size(); ++i)
        rowsOf.emplace(fileKeys[i], std::move(out.sheetRows[i]));
    out.sheetRows.clear();
    for (const Record& record : m_def.read(out.rows))
        out.sheetRows.push_back(rowsOf[recordKey(record)]);
}

} // namespace pmc::store::tables

#include "store/DefinedTableMerge.h"
