#pragma once

#include "core/mrp/MrpResult.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pmc::app {

class MrpExceptionTableModel;

/// The planner's cut of the exception list: one kind, one buyer, one supplier, and done
/// messages hidden or shown. Sits between MrpExceptionTableModel and the page's text filter;
/// re-filters when a message is marked done or reopened (dynamic filtering).
class MrpExceptionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MrpExceptionFilterModel(MrpExceptionTableModel* source, QObject* parent = nullptr);

    /// nullopt: every kind.
    void setKind(std::optional<core::MrpException::Kind> kind);
    /// Empty: everyone.
    void setBuyer(const QString& buyer);
    void setSupplier(const QString& supplier);
    void setHideDone(bool hide);
    bool hidesDone() const { return m_hideDone; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    MrpExceptionTableModel* m_source;
    std::optional<core::MrpException::Kind> m_kind;
    QString m_buyer;
    QString m_supplier;
    bool m_hideDone = false;
};

} // namespace pmc::app
