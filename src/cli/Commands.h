#pragma once

#include "cli/CommandLine.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace pmc::store {
class FactoryDatabase;
}

namespace pmc::cli {

/// What every command gets: its words, the database (opened on first use) and the streams.
class CommandContext {
public:
    CommandContext(std::string databasePath, std::vector<std::string> words, std::ostream& out, std::ostream& err);
    ~CommandContext();

    const std::vector<std::string>& words() const { return m_words; }
    store::FactoryDatabase& database();
    /// The --db file or server URL, or the per-user default file.
    std::string databaseLocation() const;
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }

private:
    std::string m_databasePath;
    std::vector<std::string> m_words;
    std::unique_ptr<store::FactoryDatabase> m_database;
    std::ostream& m_out;
    std::ostream& m_err;
};

/// One `pmc-cli` command: name, one-line usage, and the function that runs it (returns the exit code).
struct Command {
    std::string name;
    std::string usage;
    std::function<int(CommandContext&)> run;
};

const std::vector<Command>& commands();

/// The whole content of an input file; store::InputError naming the file when it cannot be read.
std::string readInputFile(const std::string& path);

int runImport(CommandContext& context);
int runExport(CommandContext& context);
int runCopyTo(CommandContext& context);
int runUser(CommandContext& context);
int runBom(CommandContext& context);
int runMrp(CommandContext& context);
/// `mrp firm` (convert = false) and `mrp release`: planned orders of the last stored run or
/// firm planned orders (positional ids after the action, or --all) into orders, in one transaction.
int runPlannedOrderAction(CommandContext& context, const CommandLine& args, bool convert);
int runShortages(CommandContext& context);
int runJobShop(CommandContext& context, bool flexible);
int runSchedule(CommandContext& context);
int runSchedulePin(CommandContext& context, const CommandLine& args);
int runScheduleUnpin(CommandContext& context, const CommandLine& args);
int runScheduleFreeze(CommandContext& context, const CommandLine& args);
/// `load`: capacity load per work center and day or week (产能负荷分析), LoadCommand.cpp.
int runLoad(CommandContext& context);
int runPromise(CommandContext& context);
/// `order ACTION …`: the sales order lifecycle (OrderCommand.cpp).
int runOrder(CommandContext& context);
/// `order form NUMBER --pdf FILE`: the printed order review form (订单评审表), OrderFormCommand.cpp.
int runOrderForm(CommandContext& context, const std::string& number, const std::string& pdfFile);
/// `progress`: where one sales order stands (项目进程), OrderProgressCommand.cpp.
int runOrderProgress(CommandContext& context);
/// `insert`: what a rush order (插单) would do to the plan, nothing stored; InsertCommand.cpp.
int runInsert(CommandContext& context);
int runPlan(CommandContext& context);
/// `plan release|versions|diff|status`: released daily plans and the cut-off reminder, PlanReleaseCommand.cpp.
bool isPlanReleaseKind(const std::string& kind);
int runPlanRelease(CommandContext& context, const CommandLine& args);
/// `plan kitting`: the kitting / material issue list (套料单 / 领料单), KittingCommand.cpp.
int runKittingList(CommandContext& context, const CommandLine& args);
/// `plan weekly` and `plan monthly`: the period production plans, PeriodPlanCommand.cpp.
int runPeriodPlan(CommandContext& context, const CommandLine& args);
/// `issue`: record material issued to or returned from a work order, IssueCommand.cpp.
int runIssue(CommandContext& context);
int runReport(CommandContext& context);
/// `board`: the progress board (生产进度看板) of a date, BoardCommand.cpp.
int runBoard(CommandContext& context);
int runKpi(CommandContext& context);
int runAbnormal(CommandContext& context);
int runPurchase(CommandContext& context);
int runPay(CommandContext& context);
int runLineBalance(CommandContext& context);
int runStock(CommandContext& context);
int runAudit(CommandContext& context);
int runImportAdventureWorks(CommandContext& context);

} // namespace pmc::cli
