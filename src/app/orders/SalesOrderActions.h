#pragma once

#include "core/orders/SalesOrderWorkflow.h"

#include <QString>
#include <QStringList>

#include <string>

namespace pmc::app {

class Document;

/// The sales order lifecycle on the open factory: each action of core::salesorder, once it
/// passes its checks, is stored as one undoable edit of the Document, and the store writes the
/// order's history with it (docs/orders.md). Refusals come back as the planner's sentences.
class SalesOrderActions {
public:
    explicit SalesOrderActions(Document& document) : m_document(document) {}

    const core::SalesOrder* find(const std::string& number) const;
    /// The next free number on today's date from the factory's numbering pattern.
    QString nextNumber() const;

    /// Adds `order` as a draft: numbered when it has no number, dated today when it has no
    /// order date. `number`, when given, receives the number it got.
    QStringList create(core::SalesOrder order, QString* number = nullptr);
    /// Stores an action's result (computed by the caller with core::salesorder on find()'s order)
    /// as one undoable step named `text`; a refused result is returned as text, nothing changed.
    QStringList apply(const core::OrderActionResult& result, const QString& text);
    /// Records a department's verdict, by the local user now unless the review names someone.
    QStringList recordReview(const std::string& number, core::DepartmentReview review);
    /// Deletes a draft that was entered by mistake (any other order is cancelled instead).
    QStringList removeDraft(const std::string& number);

private:
    core::Date today() const;

    Document& m_document;
};

} // namespace pmc::app
