#pragma once

#include "core/orders/RushInsertion.h"
#include "core/orders/SalesOrder.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <set>
#include <string>

namespace pmc::app {

class Document;
class WhatIfScenario;

/// Rush-order insertion (插单, docs/orders.md "Rush orders") over a WhatIfScenario: simulate()
/// puts the rush order, and lower priorities for the orders the planner sacrifices, into a
/// fresh what-if copy and plans it by priority against the live factory planned the same way;
/// the impact is ready on finished(). commit() adds the order to the Document as one undoable
/// step, promised on its projected completion, and replans; discard() forgets it. Lives on the
/// UI thread; owns its scenario.
class RushOrderScenario : public QObject {
    Q_OBJECT
public:
    explicit RushOrderScenario(Document& document, QObject* parent = nullptr);
    ~RushOrderScenario() override;

    WhatIfScenario& whatIf() const { return *m_whatIf; }

    /// Checks the request, builds the order (numbered in the live factory) and starts planning.
    /// `sacrificed` are sales order numbers to get sacrificedPriority(). Returns why it did not
    /// start (a bad field, an unknown order, an invalid copy) or an empty list.
    QStringList simulate(const core::RushOrderRequest& request, const std::set<std::string>& sacrificed = {});
    bool isRunning() const;
    void cancel();
    /// Blocks until the planning has ended and its outcome is applied (tests, closing).
    void wait();

    /// The last simulation finished and nothing changed since.
    bool hasImpact() const { return m_impact != nullptr; }
    const core::InsertionImpact& impact() const { return *m_impact; }
    /// The order of the last simulation, without promised dates.
    const core::SalesOrder& rushOrder() const { return m_order; }
    const std::set<std::string>& sacrificed() const { return m_sacrificed; }

    /// Adds the simulated order, Confirmed and promised on each line's projected completion (the
    /// requested date when it is on time), and the sacrifices to the Document as one undoable
    /// step, then replans it by priority. Returns why it was refused or an empty list.
    QStringList commit();
    /// Drops the simulation; the live factory is untouched.
    void discard();

signals:
    void progress(int percent);
    /// The impact is ready.
    void finished();
    void cancelled();
    void failed(const QString& reason);
    /// The impact was dropped (a new simulation, commit or discard).
    void cleared();

private:
    void clear();

    Document& m_document;
    WhatIfScenario* m_whatIf;
    core::SalesOrder m_order;
    std::set<std::string> m_sacrificed;
    std::unique_ptr<const core::InsertionImpact> m_impact;
};

} // namespace pmc::app
