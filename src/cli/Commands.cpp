#include "cli/Commands.h"

#include "store/FactoryDatabase.h"
#include "store/InputError.h"

#include <fstream>
#include <sstream>

namespace pmc::cli {

CommandContext::CommandContext(std::string databasePath, std::vector<std::string> words, std::ostream& out, std::ostream& err)
    : m_databasePath(std::move(databasePath)), m_words(std::move(words)), m_out(out), m_err(err)
{
}

CommandContext::~CommandContext() = default;

store::FactoryDatabase& CommandContext::database()
{
    if (!m_database) {
        m_database = std::make_unique<store::FactoryDatabase>(databaseLocation());
        // The default database starts as the demo factory, as in the desktop app.
        if (m_databasePath.empty())
            m_database->seedDemoIfEmpty();
    }
    return *m_database;
}

std::string CommandContext::databaseLocation() const
{
    return m_databasePath.empty() ? store::defaultDatabasePath() : m_databasePath;
}

std::string readInputFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        core::ValidationResult issues;
        issues.add("", "cannot read the file");
        throw store::InputError(path, issues);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// TableCommand.cpp
int runTable(CommandContext& context);

const std::vector<Command>& commands()
{
    static const std::vector<Command> all{
        {"import", "import FILE.json            load a scenario, replacing the planning data", runImport},
        {"export", "export                      print the planning data as a scenario document", runExport},
        {"copy-to", "copy-to LOCATION            move the factory (every table, history and audit trail included) into\n"
                    "               an empty database: postgresql://user@host:port/dbname or a new .db file",
         runCopyTo},
        {"user", "user [list] | user grant LOGIN ROLE [--department D] | user revoke LOGIN [ROLE]   roles on a shared\n"
                 "               server: admin, planner, reviewer (per department), purchasing, reporter, viewer",
         runUser},
        {"mrp", "mrp [--json]                material requirements plan (stored as the last run)\n"
                "  mrp firm (--all | ID...) [--json]      firm planned orders of the last run (FPO-...)\n"
                "  mrp release (--all | ID...) [--json]   planned or firm orders into work orders / requisitions",
         runMrp},
        {"schedule", "schedule [--seconds S] [--seed N] [--rule edd|priority|cr|slack|fifo|setup] [--direction forward|backward]\n"
                     "         [--objective tardiness,makespan,changeovers] [--setup-window DAYS] [--json]\n"
                     "                              finite-capacity schedule (after the last MRP run)\n"
                     "  schedule pin ORDER SEQ [--unit U] [--start YYYY-MM-DDTHH:MM]   fix a step (default: where it is now)\n"
                     "  schedule unpin (ORDER [SEQ] | --all)   let the scheduler place it again\n"
                     "  schedule freeze --until D   pin every step starting before D where it is (firming planned orders)",
         runSchedule},
        {"load", "load [--from D] [--days N | --weeks N] [--workcenter W] [--infinite] [--json]   capacity load per work center (产能负荷)",
         runLoad},
        {"promise", "promise (--item CODE --qty Q | --order NUMBER) [--json]   earliest delivery date given material and capacity",
         runPromise},
        {"order", "order list [--status S] | show ORDER | history ORDER [--json]   sales orders and their history\n"
                  "  order form ORDER --pdf FILE   the printed order review form (订单评审表)\n"
                  "  order new [--number N] --customer C [--priority P] [--custom] [--date D] ITEM:QTY:DUE …   a draft\n"
                  "  order submit|draft|start|cancel ORDER   send to review, back to draft, start production, cancel\n"
                  "  order review ORDER --department D --verdict accept|accept_with_conditions|reject [--can-meet D]\n"
                  "               [--comment C] [--reviewer R]   one department's verdict (订单评审)\n"
                  "  order confirm ORDER [--promised D]   confirm once every required department accepted\n"
                  "  order ship ORDER --line N --qty Q [--date D] [--delivery NOTE]   record a (partial) shipment\n"
                  "  order change ORDER --line N [--qty Q] [--due D] [--reason R]   change a line (订单变更), with the\n"
                  "               production plan and material delivery adjustments it causes (also for cancel)\n"
                  "  order promise ORDER --promised D | order priority ORDER --priority P",
         runOrder},
        {"progress", "progress --order NUMBER [--json]   where a sales order stands (项目进程): orders, steps, delays, fixes",
         runOrderProgress},
        {"insert", "insert --item CODE --qty Q --due D [--priority P] [--customer C] [--json]\n"
                   "                              rush order (插单): its completion and the orders it makes late, nothing stored",
         runInsert},
        {"jssp", "jssp FILE --seconds S [--seed N] [--json]   solve a job-shop instance (OR-Library format)",
         [](CommandContext& c) { return runJobShop(c, false); }},
        {"fjsp", "fjsp FILE --seconds S [--seed N] [--json]   solve a flexible job-shop instance (Brandimarte format)",
         [](CommandContext& c) { return runJobShop(c, true); }},
        {"shortages", "shortages [--pdf FILE] [--xlsx FILE] [--json]   material shortage list (欠料表) from a fresh MRP run", runShortages},
        {"bom", "bom explode CODE [--qty Q] [--date D] [--json]   multi-level BOM explosion", runBom},
        {"plan", "plan daily --date D [--workshop W] [--pdf FILE] [--xlsx FILE] [--json]   daily production plan (日生产计划表)\n"
                 "  plan weekly --date D [--workshop W] [--pdf FILE] [--xlsx FILE] [--json]   weekly plan (周生产计划)\n"
                 "  plan monthly --month YYYY-MM [--workshop W] [--pdf FILE] [--xlsx FILE] [--json]   monthly plan (月生产计划)\n"
                 "  plan kitting (--order WO | --date D [--workcenter W]) [--pdf FILE] [--xlsx FILE] [--json]   kitting list (套料单)\n"
                 "  plan release --date D [--workshop W] [--note TEXT] [--json]   release (下达) and freeze the day's plan\n"
                 "  plan versions --date D [--workshop W] [--json]   its released versions\n"
                 "  plan diff --date D [--workshop W] [--from N] [--to N|current] [--json] [--pdf FILE]   what changed\n"
                 "               since a release (变更通知单); default: the latest release against the plan now\n"
                 "  plan status [--now YYYY-MM-DDTHH:MM] [--json]   is the next working day's plan released by the cut-off",
         runPlan},
        {"issue", "issue --order WO --item ITEM --qty Q [--return] [--date D] [--note T] [--json]   issue material (领料)",
         runIssue},
        {"report", "report --order N --seq S --good Q [--scrap Q --reason R] [--worker W] [--hours H] [--date D] [--json]\n"
                   "                              record a completion (QC-passed good quantity of one operation)\n"
                   "  report import FILE.xlsx|FILE.csv [--allow-repeat] [--json]   a team's report sheet, all rows or\n"
                   "               none; a row equal to a stored report is refused unless --allow-repeat\n"
                   "  report template --out FILE [--lang zh|en]   the empty sheet for team leaders",
         runReport},
        {"abnormal", "abnormal --workcenter WC --cause material|equipment|tooling|quality|other --hours H\n"
                     "         [--order WO] [--owner O] [--note T] [--date D] [--json]   record abnormal hours (异常工时)",
         runAbnormal},
        {"po", "po list [--remind-days N] [--json]   open purchase orders to chase (采购跟催), unconfirmed ones flagged\n"
               "  po promise PO --date D [--note T]   the date the supplier promises (history kept)\n"
               "  po receive PO --qty Q [--date D] [--note T] [--json]   a delivery, on inspection until inspected\n"
               "  po inspect RECEIPT --accepted Q [--rejected Q --disposition sort|rework|return] [--date D]\n"
               "               incoming inspection (IQC); concession = accepted by exception\n"
               "  po receipts [PO] [--json]   the receipts and their inspection",
         runPurchase},
        {"pay", "pay [--from D] [--to D] [--xlsx FILE] [--json]   piece-rate pay and efficiency per worker or team (计件工资)",
         runPay},
        {"line-balance", "line-balance [LINE] [--demand Q] [--hours H] [--json]   line balance sheet (生产线平衡表): takt,\n"
                         "               balance rate, bottleneck, UPH; without LINE the lines that have stations",
         runLineBalance},
        {"audit", "audit [--from D] [--to D] [--entity SECTION] [--key CODE] [--json] [--xlsx FILE]   the audit trail\n"
                  "               (修改记录): who changed what and when, the rows before and after",
         runAudit},
        {"stock", "stock slow [--days N] [--json]   slow-moving and obsolete stock (呆滞料): no movement for N days\n"
                  "               (default 90), value, last movement, open orders that could use it",
         runStock},
        {"board", "board --date D [--now HH:MM] [--workshop W] [--json]   progress board (生产进度看板): per line plan,\n"
                  "               actual, achievement, current work order, late items",
         runBoard},
        {"kpi", "kpi [--from D] [--to D] [--json]   plan achievement, delivery, supplier on-time, scrap rate, close rate,\n"
                "               efficiency, utilisation, turnover; by month, supplier, day and work center, reasons",
         runKpi},
        {"import-adventureworks", "import-adventureworks DIR   load the AdventureWorks CSV folder, replacing the planning data",
         runImportAdventureWorks},
        {"table", "table export NAME|all --out FILE.xlsx|FILE.csv [--lang zh|en]   write master tables and orders for Excel\n"
                  "  table import FILE [--table NAME] [--dry-run] [--json]   update tables from .xlsx/.csv (diff, all-or-nothing)",
         runTable},
    };
    return all;
}

} // namespace pmc::cli
