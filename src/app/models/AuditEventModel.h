#pragma once

#include "app/models/RowsTableModel.h"
#include "store/AuditTrail.h"

namespace pmc::app {

/// The audit trail (修改记录) as a table: when, who, what and which row; newest first. The rows
/// before and after are in the model (BeforeRole/AfterRole) for the details pane.
class AuditEventModel : public RowsTableModel<store::AuditEvent> {
    Q_OBJECT
public:
    enum Column { At, User, Action, Entity, Key, Change, ColumnCount };

    explicit AuditEventModel(QObject* parent = nullptr);
    /// Shows `events` (oldest first, as the store gives them) newest first.
    void setEvents(const std::vector<store::AuditEvent>& events);

    /// The kinds of record the trail knows (store entity keys), in the order a chooser lists them.
    static const std::vector<std::string>& entities();
    /// Translated names of an entity key and an action key; unknown keys as they are.
    static QString entityName(const std::string& entity);
    static QString actionName(const std::string& action);

private:
    QVariant cell(const store::AuditEvent& row, int column, int role) const override;
};

} // namespace pmc::app
