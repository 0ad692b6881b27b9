#include "store/MasterTables.h"

#include "store/TableColumn.h"
#include "store/TableDefinitions.h"

#include <stdexcept>

namespace pmc::store {

namespace tables {

namespace {

const TableList& allTables()
{
    // Built once and never changed: the definitions are constant data.
    static const TableList tables = [] {
        TableList list;
        addMasterDataTables(list);
        addOrderAndCalendarTables(list);
        for (std::size_t i = 0; i < list.size(); ++i)
            if (static_cast<std::size_t>(list[i]->info().id) != i)
                throw std::logic_error("table definitions are not in TableId order");
        return list;
    }();
    return tables;
}

} // namespace

const TableHandler& tableHandler(TableId id)
{
    return *allTables().at(static_cast<std::size_t>(id));
}

} // namespace tables

const ColumnInfo* TableInfo::column(std::string_view columnKey) const
{
    for (const ColumnInfo& c : columns)
        if (c.key == columnKey)
            return &c;
    return nullptr;
}

const std::vector<TableInfo>& tableInfos()
{
    static const std::vector<TableInfo> infos = [] {
        std::vector<TableInfo> list;
        for (const auto& table : tables::allTables())
            list.push_back(table->info());
        return list;
    }();
    return infos;
}

const TableInfo& tableInfo(TableId id)
{
    return tables::tableHandler(id).info();
}

std::optional<TableId> findTable(std::string_view name)
{
    const std::string wanted = tables::normalizedName(name);
    if (wanted.empty())
        return std::nullopt;
    for (const TableInfo& table : tableInfos()) {
        bool matches = wanted == tables::normalizedName(table.key) || wanted == tables::normalizedName(table.english)
            || wanted == tables::normalizedName(table.chinese);
        for (const std::string& alias : table.aliases)
            matches = matches || wanted == tables::normalizedName(alias);
        if (matches)
            return table.id;
    }
    return std::nullopt;
}

ParsedTable parseTable(TableId table, const Sheet& sheet, const std::string& source)
{
    return tables::tableHandler(table).parse(sheet, source);
}

TableDiff diffTable(const core::FactoryModel& current, const ParsedTable& parsed)
{
    return tables::tableHandler(parsed.table).merge(parsed, current, nullptr, nullptr).diff;
}

Sheet exportTable(const core::FactoryModel& model, TableId table, HeaderLanguage language)
{
    return tables::tableHandler(table).exportSheet(model, language);
}

} // namespace pmc::store
