#pragma once

#include "core/masterdata/WorkCenter.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace pmc::ui {

/// The fields of one work center (code, name, workshop, line, parallel units, efficiency in
/// percent), shown beside the organisation tree and in the Add work center dialog.
class WorkCenterForm : public QWidget {
    Q_OBJECT
public:
    explicit WorkCenterForm(QWidget* parent = nullptr);

    /// `workshops` are offered in the workshop box (a new name can still be typed).
    void setWorkCenter(const core::WorkCenter& workCenter, const QStringList& workshops);
    core::WorkCenter workCenter() const;
    /// The work center last given to setWorkCenter().
    const core::WorkCenter& loaded() const { return m_loaded; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }

private:
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_workshop;
    QLineEdit* m_line;
    QSpinBox* m_units;
    QDoubleSpinBox* m_efficiency;
    core::WorkCenter m_loaded;
};

} // namespace pmc::ui
