#include "app/RushOrderScenario.h"

#include "app/Document.h"
#include "app/WhatIfScenario.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"

#include <map>
#include <stdexcept>

namespace pmc::app {

RushOrderScenario::RushOrderScenario(Document& document, QObject* parent)
    : QObject(parent), m_document(document), m_whatIf(new WhatIfScenario(document, this))
{
    connect(m_whatIf, &WhatIfScenario::progress, this, &RushOrderScenario::progress);
    connect(m_whatIf, &WhatIfScenario::cancelled, this, &RushOrderScenario::cancelled);
    connect(m_whatIf, &WhatIfScenario::failed, this, &RushOrderScenario::failed);
    connect(m_whatIf, &WhatIfScenario::finished, this, [this] {
        try {
            m_impact = std::make_unique<const core::InsertionImpact>(
                core::assessInsertion({m_document.factory(), m_whatIf->liveSchedule()},
                                      {m_whatIf->factory(), m_whatIf->whatIfSchedule()}, m_whatIf->whatIfMrp(),
                                      m_order.number));
        } catch (const std::invalid_argument& e) {
            return emit failed(QString::fromUtf8(e.what()));
        }
        emit finished();
    });
}

RushOrderScenario::~RushOrderScenario() = default;

QStringList RushOrderScenario::simulate(const core::RushOrderRequest& request, const std::set<std::string>& sacrificed)
{
    if (isRunning())
        return {tr("The rush order is still being simulated.")};
    const core::FactoryModel& live = m_document.factory();
    QStringList refused;
    const core::ValidationResult check = core::checkRushOrder(live, request);
    for (const core::ValidationIssue& issue : check.issues())
        refused << QString::fromStdString(issue.message);
    if (!refused.isEmpty())
        return refused;
    clear();
    core::MasterDataEdit edit;
    try {
        m_order = core::rushOrder(live, request);
        const int lowest = core::sacrificedPriority(live);
        std::map<std::string, int> priorities;
        for (const std::string& number : sacrificed)
            priorities.emplace(number, lowest);
        edit = core::rushInsertionEdit(live, m_order, priorities);
    } catch (const std::invalid_argument& e) {
        return {QString::fromUtf8(e.what())};
    }
    m_sacrificed = sacrificed;
    // Under the default earliest-due-date rule a priority only breaks ties; planned by
    // priority the rush order (and a sacrifice) decides the sequence. The live side is planned
    // the same way, so the comparison shows the insertion and nothing else.
    core::ScheduleOptions options = m_document.lastScheduleOptions();
    options.rule = core::DispatchRule::PriorityThenDueDate;
    options.previous.clear();
    m_whatIf->setOptions(options);
    m_whatIf->setReplanLive(true);
    refused = m_whatIf->change(edit);
    if (refused.isEmpty())
        refused = m_whatIf->run();
    return refused;
}

bool RushOrderScenario::isRunning() const
{
    return m_whatIf->isRunning();
}

void RushOrderScenario::cancel()
{
    m_whatIf->cancel();
}

void RushOrderScenario::wait()
{
    m_whatIf->wait();
}

QStringList RushOrderScenario::commit()
{
    if (!m_impact)
        return {tr("Simulate the rush order before committing it.")};
    core::SalesOrder promised = m_order;
    for (std::size_t line = 0; line < promised.lines.size() && line < m_impact->rushLines.size(); ++line)
        promised.lines[line].promised = std::max(promised.lines[line].due, m_impact->rushLines[line].completion);
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({m_order, promised});
    QStringList refused = m_whatIf->change(edit);
    if (refused.isEmpty())
        refused = m_whatIf->adopt(tr("Insert rush order %1").arg(QString::fromStdString(m_order.number)));
    if (!refused.isEmpty())
        return refused;
    clear();
    return {};
}

void RushOrderScenario::discard()
{
    clear();
}

// Each simulation starts from the live factory as it is now.
void RushOrderScenario::clear()
{
    m_whatIf->discard();
    m_impact.reset();
    m_sacrificed.clear();
    emit cleared();
}

} // namespace pmc::app
