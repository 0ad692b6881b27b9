#include "cli/Commands.h"

#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/TableImport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace pmc::cli {

namespace {

using store::TableId;

/// How many rows per table and kind the text output lists before it only counts.
constexpr std::size_t kListedRows = 20;

TableId tableNamed(const std::string& name)
{
    if (const std::optional<TableId> table = store::findTable(name))
        return *table;
    std::string known;
    for (const store::TableInfo& table : store::tableInfos())
        known += (known.empty() ? "" : ", ") + table.key + " (" + table.chinese + ")";
    throw UsageError("unknown table \"" + name + "\"; the tables are " + known);
}

std::string lowerExtension(const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

int exportTables(CommandContext& context, const std::vector<std::string>& words)
{
    const CommandLine args(words, {});
    args.allowOnly({"out", "lang"});
    const std::string name = args.positional(0, "NAME|all");
    const std::optional<std::string> out = args.option("out");
    if (!out)
        throw UsageError("missing --out FILE.xlsx|FILE.csv");
    const std::string lang = args.option("lang").value_or("en");
    if (lang != "en" && lang != "zh")
        throw UsageError("--lang: \"" + lang + "\" is not zh or en");
    const auto language = lang == "zh" ? store::HeaderLanguage::Chinese : store::HeaderLanguage::English;
    const std::string extension = lowerExtension(*out);
    if (extension != ".xlsx" && extension != ".csv")
        throw UsageError("--out: write an .xlsx or .csv file, not \"" + *out + "\"");

    std::vector<TableId> tables;
    if (name == "all") {
        if (extension == ".csv")
            throw UsageError("all tables go into one .xlsx workbook; a .csv file holds one table");
        for (const store::TableInfo& table : store::tableInfos())
            tables.push_back(table.id);
    } else {
        tables.push_back(tableNamed(name));
    }
    const core::FactoryModel model = context.database().load();
    store::Workbook book;
    for (TableId table : tables)
        book.sheets.push_back(store::exportTable(model, table, language));
    if (extension == ".csv")
        store::writeCsv(*out, book.sheets.front());
    else
        store::writeXlsx(*out, book);
    for (std::size_t i = 0; i < tables.size(); ++i)
        context.out() << "exported " << book.sheets[i].rows.size() - 1 << " rows of " << store::tableInfo(tables[i]).key
                      << " to " << *out << "\n";
    return 0;
}

void printDiffText(std::ostream& out, const store::TableDiff& diff)
{
    out << store::tableInfo(diff.table).key << ": added " << diff.added.size() << ", changed " << diff.changed.size()
        << ", removed " << diff.removed.size() << "\n";
    const auto list = [&out](const std::vector<std::string>& keys, const char* mark) {
        for (std::size_t i = 0; i < std::min(keys.size(), kListedRows); ++i)
            out << "  " << mark << " " << keys[i] << "\n";
        if (keys.size() > kListedRows)
            out << "  " << mark << " ... and " << keys.size() - kListedRows << " more\n";
    };
    list(diff.added, "+");
    std::vector<std::string> changed;
    for (const store::ChangedRow& row : diff.changed) {
        std::string fields;
        for (const std::string& field : row.fields)
            fields += (fields.empty() ? "" : ", ") + field;
        changed.push_back(row.key + ": " + fields);
    }
    list(changed, "~");
    list(diff.removed, "-");
}

nlohmann::ordered_json diffJson(const store::TableImportPlan& plan, bool dryRun)
{
    nlohmann::ordered_json tables = nlohmann::ordered_json::array();
    for (const store::TableDiff& diff : plan.diffs) {
        nlohmann::ordered_json changed = nlohmann::ordered_json::array();
        for (const store::ChangedRow& row : diff.changed)
            changed.push_back({{"key", row.key}, {"fields", row.fields}});
        tables.push_back({{"table", store::tableInfo(diff.table).key},
                          {"added", diff.added},
                          {"changed", changed},
                          {"removed", diff.removed}});
    }
    return {{"tables", tables}, {"warnings", plan.warnings}, {"dry_run", dryRun}};
}

int importTables(CommandContext& context, const std::vector<std::string>& words)
{
    const CommandLine args(words, {"dry-run", "json"});
    args.allowOnly({"table"});
    const std::string path = args.positional(0, "FILE");
    std::optional<TableId> table;
    if (const std::optional<std::string> name = args.option("table"))
        table = tableNamed(*name);
    const bool dryRun = args.flag("dry-run");
    store::FactoryDatabase& database = context.database();
    std::vector<std::string> warnings;
    try {
        const store::TableFile file = store::readTableFile(path, table);
        const store::TableImportPlan plan = store::planTableImport(database.load(), file);
        warnings = plan.warnings;
        if (!plan.ok())
            throw store::InputError(file.fileName, plan.issues);
        for (const std::string& warning : warnings)
            context.err() << "warning: " << warning << "\n";
        if (!dryRun)
            store::storeTableImport(database.database(), plan.changes);
        if (args.flag("json")) {
            context.out() << diffJson(plan, dryRun).dump(2) << "\n";
            return 0;
        }
        for (const store::TableDiff& diff : plan.diffs)
            printDiffText(context.out(), diff);
        if (dryRun)
            context.out() << "dry run: nothing was changed\n";
        else
            context.out() << "imported " << path << " into " << database.path() << "\n";
        return 0;
    } catch (const store::InputError& e) {
        // Every reason names its place already (FILE:ROW:COLUMN), so none is prefixed again.
        for (const std::string& warning : warnings)
            context.err() << "warning: " << warning << "\n";
        for (const core::ValidationIssue& issue : e.issues().issues())
            context.err() << issue.toString() << "\n";
        context.err() << e.source() << ": refused, nothing was changed\n";
        return 2;
    }
}

} // namespace

int runTable(CommandContext& context)
{
    const std::vector<std::string>& words = context.words();
    const std::string action = words.empty() ? std::string() : words.front();
    const std::vector<std::string> rest(words.begin() + (words.empty() ? 0 : 1), words.end());
    if (action == "export")
        return exportTables(context, rest);
    if (action == "import")
        return importTables(context, rest);
    throw UsageError("use \"table export NAME|all --out FILE\" or \"table import FILE\"");
}

} // namespace pmc::cli
