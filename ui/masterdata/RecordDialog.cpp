#include "ui/masterdata/RecordDialog.h"

#include "ui/masterdata/WatchEdits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmc::ui {

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

void RecordDialog::addField(const QString& label, QWidget* field)
{
    if (label.isEmpty())
        m_form->addRow(field);
    else
        m_form->addRow(label, field);
    watchEdits(field, this, [this] { recheck(); });
}

void RecordDialog::setCheck(std::function<QString()> check)
{
    m_check = std::move(check);
    recheck();
}

QString RecordDialog::problem() const
{
    return m_check ? m_check() : QString();
}

void RecordDialog::recheck()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace pmc::ui
