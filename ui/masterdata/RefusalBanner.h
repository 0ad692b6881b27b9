#pragma once

#include <QFrame>

class QLabel;

namespace pmc::ui {

/// A strip above an editor that says why the last edit was refused (the validator's reasons),
/// without a modal box interrupting typing in the table. It stays until closed or until the
/// next change of the master data succeeds.
class RefusalBanner : public QFrame {
    Q_OBJECT
public:
    explicit RefusalBanner(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    QString message() const;

private:
    QLabel* m_text;
};

} // namespace pmc::ui
