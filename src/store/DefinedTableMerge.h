#pragma once

// Internal to pmc_store, the second half of DefinedTable.h: comparing, merging and writing.

#include "store/DefinedTable.h"

namespace pmc::store::tables {

template <typename Row, typename Record>
std::vector<std::string> DefinedTable<Row, Record>::changedFields(const Record& before, const Record& after) const
{
    std::vector<Row> old;
    std::vector<Row> now;
    m_def.toRows(before, old);
    m_def.toRows(after, now);
    // With a different number of rows only the record's own columns can be paired up.
    const bool sameShape = old.size() == now.size();
    const std::size_t pairs = sameShape ? old.size() : std::min<std::size_t>(1, std::min(old.size(), now.size()));
    std::vector<std::string> fields;
    for (std::size_t c = 0; c < m_def.columns.size(); ++c) {
        const bool ofRecord = std::find(m_recordColumns.begin(), m_recordColumns.end(), c) != m_recordColumns.end();
        if (!sameShape && !ofRecord)
            continue;
        const Column<Row>& column = m_def.columns[c];
        for (std::size_t i = 0; i < pairs; ++i) {
            if (column.get(old[i]) != column.get(now[i])) {
                fields.push_back(column.info.key);
                break;
            }
        }
    }
    if (!sameShape)
        fields.push_back(m_def.linesName);
    return fields;
}

template <typename Row, typename Record>
TableMerge DefinedTable<Row, Record>::merge(const ParsedTable& parsed, const core::FactoryModel& current,
                                            core::FactoryModel* result, ImportChanges* changes) const
{
    const std::vector<Record> stored = m_def.read(current);
    const std::vector<Record> incoming = m_def.read(parsed.rows);
    std::vector<std::string> incomingKeys;
    incomingKeys.reserve(incoming.size());
    for (const Record& record : incoming)
        incomingKeys.push_back(recordKey(record));
    // Importing into an empty section (a new factory) has nothing to match.
    std::unordered_map<std::string_view, std::size_t> incomingAt;
    if (!stored.empty()) {
        incomingAt.reserve(incoming.size());
        for (std::size_t i = 0; i < incoming.size(); ++i)
            incomingAt.emplace(incomingKeys[i], i);
    }

    TableMerge merge;
    merge.diff.table = m_def.info.id;
    std::vector<Record> merged;
    if (result)
        merged.reserve(incoming.size());
    std::vector<core::RowChange<Record>> rowChanges;
    if (changes && stored.empty())
        rowChanges.reserve(incoming.size());
    std::vector<bool> matched(incoming.size(), false);
    for (const Record& old : stored) {
        const std::string key = recordKey(old);
        const auto found = incomingAt.find(key);
        // A second stored record with the same key has no partner in the file: removed.
        if (found == incomingAt.end() || matched[found->second]) {
            merge.diff.removed.push_back(displayKey(key));
            if (changes)
                rowChanges.push_back({old, std::nullopt});
            continue;
        }
        matched[found->second] = true;
        Record now = incoming[found->second];
        if (m_def.keepUnlisted)
            m_def.keepUnlisted(old, now);
        if (!(old == now)) {
            merge.diff.changed.push_back({displayKey(key), changedFields(old, now)});
            if (changes)
                rowChanges.push_back({old, now});
        }
        if (result)
            merged.push_back(now);
        merge.origin.push_back(found->second);
    }
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        if (matched[i])
            continue;
        merge.diff.added.push_back(displayKey(incomingKeys[i]));
        if (changes)
            rowChanges.push_back({std::nullopt, incoming[i]});
        if (result)
            merged.push_back(incoming[i]);
        merge.origin.push_back(i);
    }
    if (result)
        m_def.write(*result, std::move(merged));
    if (changes && !rowChanges.empty())
        m_def.putChanges(*changes, std::move(rowChanges), current, result ? *result : current);
    return merge;
}

template <typename Row, typename Record>
Sheet DefinedTable<Row, Record>::exportSheet(const core::FactoryModel& model, HeaderLanguage language) const
{
    Sheet sheet;
    sheet.name = m_def.info.name(language);
    std::vector<std::string> header;
    for (const Column<Row>& column : m_def.columns) {
        header.push_back(column.info.header(language));
        sheet.columnKinds.push_back(cellKind(column.rule));
    }
    sheet.rows.push_back(std::move(header));
    std::vector<Row> rows;
    for (const Record& record : m_def.read(model)) {
        rows.clear();
        m_def.toRows(record, rows);
        for (const Row& row : rows) {
            std::vector<std::string> cells;
            cells.reserve(m_def.columns.size());
            for (const Column<Row>& column : m_def.columns)
                cells.push_back(formatCell(column.rule, column.get(row), language));
            sheet.rows.push_back(std::move(cells));
        }
    }
    return sheet;
}

template <typename Row, typename Record>
std::vector<std::string> DefinedTable<Row, Record>::recordKeys(const core::FactoryModel& model) const
{
    std::vector<std::string> keys;
    for (const Record& record : m_def.read(model))
        keys.push_back(displayKey(recordKey(record)));
    return keys;
}

} // namespace pmc::store::tables
