#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/orders/ChangeImpact.h"
#include "core/orders/OrderNumbering.h"
#include "core/orders/SalesOrderWorkflow.h"
#include "store/ChangeImpactJson.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/ScenarioJson.h"
#include "store/Timestamp.h"

#include <algorithm>
#include <cmath>
#include <ostream>

namespace pmc::cli {

namespace {

using nlohmann::ordered_json;

core::Date dateOption(const CommandLine& args, const char* name, core::Date fallback)
{
    return args.date(name).value_or(fallback);
}

int wholeNumber(const CommandLine& args, const char* name)
{
    const std::optional<double> value = args.number(name);
    if (!value)
        throw UsageError(std::string("missing --") + name);
    if (*value != std::floor(*value) || std::abs(*value) > 1e9)
        throw UsageError(std::string("--") + name + ": " + *args.option(name) + " is not a whole number");
    return static_cast<int>(*value);
}

/// `ITEM:QTY:DUE`, e.g. `EB-A:50:2026-12-20`.
core::SalesOrderLine parseLine(const std::string& text)
{
    const std::size_t first = text.find(':');
    const std::size_t last = text.rfind(':');
    if (first == std::string::npos || first == last)
        throw UsageError("line \"" + text + "\": write ITEM:QTY:DUE");
    core::SalesOrderLine line;
    line.item = text.substr(0, first);
    const std::string qty = text.substr(first + 1, last - first - 1);
    try {
        std::size_t used = 0;
        line.qty = std::stod(qty, &used);
        if (used != qty.size())
            throw std::invalid_argument(qty);
    } catch (const std::exception&) {
        throw UsageError("line \"" + text + "\": quantity \"" + qty + "\" is not a number");
    }
    const std::optional<core::Date> due = core::Date::parse(text.substr(last + 1));
    if (!due)
        throw UsageError("line \"" + text + "\": \"" + text.substr(last + 1) + "\" is not a date (YYYY-MM-DD)");
    line.due = *due;
    return line;
}

const core::SalesOrder& findOrder(const core::FactoryModel& model, const std::string& number)
{
    const auto it = std::find_if(model.salesOrders.begin(), model.salesOrders.end(),
                                 [&](const core::SalesOrder& o) { return o.number == number; });
    if (it == model.salesOrders.end())
        throw UsageError("no sales order \"" + number + "\"");
    return *it;
}

/// Stores the order change in one transaction, or refuses it with the workflow's or the
/// validator's reasons (exit 2, nothing written).
void store(store::FactoryDatabase& database, const std::optional<core::SalesOrder>& before,
           const core::OrderActionResult& result, const std::string& action)
{
    if (!result.ok()) {
        core::ValidationResult issues;
        for (const core::OrderProblem& p : result.problems)
            issues.add(result.after.number, core::describe(p));
        throw store::InputError("order " + action, issues);
    }
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({before, result.after});
    const core::ValidationResult issues = database.applyEdit(edit);
    if (!issues.ok())
        throw store::InputError("order " + action, issues);
}

ordered_json orderJson(const core::SalesOrder& order, const core::OrderReviewPolicy& policy)
{
    ordered_json doc = store::writeSalesOrder(order);
    doc["status"] = core::toString(order.status);
    const core::ReviewOutcome outcome = core::reviewOutcome(order, policy);
    const auto names = [](const std::vector<core::Department>& list) {
        ordered_json out = ordered_json::array();
        for (const core::Department d : list)
            out.push_back(core::toString(d));
        return out;
    };
    ordered_json required = ordered_json::array();
    for (const core::Department d : core::kDepartments)
        if (policy.isRequired(d, order))
            required.push_back(core::toString(d));
    doc["review"] = {{"required", required},
                     {"missing", names(outcome.missing)},
                     {"rejected", names(outcome.rejected)},
                     {"conditional", names(outcome.conditional)},
                     {"proposed_date", outcome.proposedDate ? ordered_json(outcome.proposedDate->toString()) : ordered_json()},
                     {"can_confirm", outcome.canConfirm()}};
    return doc;
}

void print(CommandContext& context, const CommandLine& args, const core::FactoryModel& model, const std::string& number)
{
    const core::SalesOrder& order = findOrder(model, number);
    if (args.flag("json")) {
        context.out() << orderJson(order, model.reviewPolicy).dump(2) << "\n";
        return;
    }
    std::ostream& out = context.out();
    out << order.number << "  " << order.customer << "  " << core::toString(order.status) << "  priority "
        << order.priority << "\n";
    for (std::size_t l = 0; l < order.lines.size(); ++l) {
        const core::SalesOrderLine& line = order.lines[l];
        out << "  " << l + 1 << "  " << line.item << " × " << line.qty << "  due " << line.due.toString();
        if (line.promised)
            out << "  promised " << line.promised->toString();
        if (line.shippedQty() > 0)
            out << "  shipped " << line.shippedQty();
        out << "\n";
    }
    for (const core::DepartmentReview& r : order.reviews)
        out << "  review " << core::toString(r.department) << ": " << core::toString(r.verdict)
            << (r.canMeet ? " " + r.canMeet->toString() : std::string()) << (r.comment.empty() ? "" : " (" + r.comment + ")")
            << "\n";
    if (order.status == core::SalesOrderStatus::InReview)
        for (const core::OrderProblem& problem : core::reviewProblems(order, model.reviewPolicy))
            out << "  " << core::describe(problem) << "\n";
}

int list(CommandContext& context, const CommandLine& args, const core::FactoryModel& model)
{
    std::optional<core::SalesOrderStatus> status;
    if (const auto text = args.option("status")) {
        core::SalesOrderStatus s{};
        if (!core::parseSalesOrderStatus(*text, s))
            throw UsageError("--status: unknown status \"" + *text + "\"");
        status = s;
    }
    ordered_json all = ordered_json::array();
    for (const core::SalesOrder& order : model.salesOrders) {
        if (status && order.status != *status)
            continue;
        if (args.flag("json"))
            all.push_back(orderJson(order, model.reviewPolicy));
        else
            context.out() << order.number << "\t" << core::toString(order.status) << "\t" << order.customer << "\n";
    }
    if (args.flag("json"))
        context.out() << all.dump(2) << "\n";
    return 0;
}

int history(CommandContext& context, const CommandLine& args, const std::string& number)
{
    ordered_json all = ordered_json::array();
    for (const core::SalesOrderEvent& e : context.database().salesOrderHistory(number)) {
        if (args.flag("json"))
            all.push_back({{"at", e.at}, {"author", e.author}, {"kind", e.kind}, {"line", e.line}, {"before", e.before},
                           {"after", e.after}});
        else
            context.out() << e.at << "  " << e.author << "  " << e.kind << (e.line ? " line " + std::to_string(e.line) : "")
                          << ": " << e.before << " -> " << e.after << "\n";
    }
    if (args.flag("json"))
        context.out() << all.dump(2) << "\n";
    return 0;
}

core::SalesOrder newOrder(const CommandLine& args, const core::FactoryModel& model)
{
    core::SalesOrder order;
    const core::Date today = model.settings.today;
    order.number = args.option("number").value_or("");
    if (order.number.empty()) {
        order.number = core::nextSalesOrderNumber(model.settings.salesOrderNumberPattern, today, model.salesOrders);
    } else if (std::any_of(model.salesOrders.begin(), model.salesOrders.end(),
                           [&](const core::SalesOrder& o) { return o.number == order.number; })) {
        throw UsageError("sales order \"" + order.number + "\" already exists");
    }
    order.customer = args.option("customer").value_or("");
    order.priority = args.option("priority") ? wholeNumber(args, "priority") : 3;
    order.custom = args.flag("custom");
    order.note = args.option("note").value_or("");
    order.orderDate = dateOption(args, "date", today);
    for (std::size_t i = 1; i < args.positional().size(); ++i)
        order.lines.push_back(parseLine(args.positional()[i]));
    return order;
}

core::DepartmentReview parseReview(const CommandLine& args, const std::string& defaultReviewer)
{
    core::DepartmentReview review;
    const std::string department = args.option("department").value_or("");
    if (!core::parseDepartment(department, review.department))
        throw UsageError("--department: \"" + department + "\" is not sales, engineering, quality, production, purchasing or pmc");
    const std::string verdict = args.option("verdict").value_or("");
    if (!core::parseReviewVerdict(verdict, review.verdict))
        throw UsageError("--verdict: \"" + verdict + "\" is not accept, accept_with_conditions or reject");
    if (args.option("can-meet"))
        review.canMeet = dateOption(args, "can-meet", core::Date());
    review.comment = args.option("comment").value_or("");
    review.reviewer = args.option("reviewer").value_or(defaultReviewer);
    review.reviewedAt = store::localTimestampNow().substr(0, 16);
    return review;
}

/// A change or cancellation prints the order with what it does to the plan: the production plan
/// adjustment and the material delivery adjustment (core::analyzeChange, docs/orders.md).
int printChange(CommandContext& context, const CommandLine& args, const core::FactoryModel& before,
                const core::FactoryModel& after, const std::string& number)
{
    core::ChangeImpactOptions options;
    if (const auto reason = args.option("reason"); reason && !core::parseChangeReason(*reason, options.reason))
        throw UsageError("--reason: \"" + *reason + "\" is not customer_change, rush_insertion, material_late, "
                         "equipment_quality or engineering_change");
    const core::ChangeImpact impact = core::analyzeChange(before, after, options);
    if (args.flag("json")) {
        ordered_json doc = orderJson(findOrder(after, number), after.reviewPolicy);
        doc["impact"] = store::changeImpactToJson(impact);
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    print(context, args, after, number);
    context.out() << "impact: " << impact.salesLines.size() << " sales line(s) move, " << impact.planAdjustments.size()
                  << " production order(s) to adjust, " << impact.materialAdjustments.size()
                  << " purchase(s) to re-date or re-size\n";
    for (const core::MaterialAdjustment& m : impact.materialAdjustments)
        context.out() << "  " << m.number << " " << m.item << ": " << core::toString(m.action) << " → "
                      << store::jsonQuantity(m.proposedQty).dump() << " on " << m.proposedDue.toString() << "\n";
    return 0;
}

} // namespace

int runOrder(CommandContext& context)
{
    const CommandLine args(context.words(), {"json", "custom"});
    args.allowOnly({"status", "customer", "priority", "number", "note", "date", "department", "verdict", "can-meet",
                    "comment", "reviewer", "promised", "line", "qty", "due", "delivery", "pdf", "reason"});
    const std::string action = args.positional(0, "ACTION");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const core::Date today = model.settings.today;
    if (action == "list")
        return list(context, args, model);
    if (action == "new") {
        const core::OrderActionResult created = core::salesorder::create(newOrder(args, model), today);
        store(database, std::nullopt, created, action);
        print(context, args, database.load(), created.after.number);
        return 0;
    }
    const std::string number = args.positional(1, "ORDER");
    if (action == "history")
        return history(context, args, number);
    if (action == "form")
        return runOrderForm(context, number, args.option("pdf").value_or(""));
    const core::SalesOrder& order = findOrder(model, number);
    if (action == "show") {
        print(context, args, model, number);
        return 0;
    }
    core::OrderActionResult result;
    if (action == "submit")
        result = core::salesorder::submitForReview(order);
    else if (action == "review")
        result = core::salesorder::recordReview(order, parseReview(args, context.database().database().userName()), today);
    else if (action == "draft")
        result = core::salesorder::returnToDraft(order);
    else if (action == "confirm")
        result = core::salesorder::confirm(order, model.reviewPolicy,
                                           args.option("promised") ? std::optional(dateOption(args, "promised", today)) : std::nullopt,
                                           today);
    else if (action == "start")
        result = core::salesorder::startProduction(order);
    else if (action == "ship")
        result = core::salesorder::ship(order, wholeNumber(args, "line"), args.number("qty").value_or(0),
                                        dateOption(args, "date", today), args.option("delivery").value_or(""), today);
    else if (action == "change") {
        const int line = wholeNumber(args, "line");
        if (line < 1 || line > static_cast<int>(order.lines.size()))
            throw UsageError("--line: sales order " + number + " has no line " + std::to_string(line));
        const core::SalesOrderLine& current = order.lines[static_cast<std::size_t>(line - 1)];
        result = core::salesorder::changeLine(order, line, args.number("qty").value_or(current.qty),
                                              dateOption(args, "due", current.due), today);
    } else if (action == "promise")
        result = core::salesorder::promise(order, dateOption(args, "promised", today), today);
    else if (action == "priority")
        result = core::salesorder::setPriority(order, wholeNumber(args, "priority"));
    else if (action == "cancel")
        result = core::salesorder::cancel(order);
    else
        throw UsageError("unknown action \"" + action
                         + "\" (list, show, history, form, new, submit, review, draft, confirm, start, ship, change, promise, "
                           "priority, cancel)");
    const core::FactoryModel before = model;
    store(database, order, result, action);
    const core::FactoryModel after = database.load();
    if (action == "change" || action == "cancel")
        return printChange(context, args, before, after, number);
    print(context, args, after, number);
    return 0;
}

} // namespace pmc::cli
