#include "ui/PlanReleaseDialog.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "app/plans/PlanSheet.h"
#include "ui/FilterChoices.h"
#include "ui/PrintPreview.h"
#include "ui/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmc::ui {

PlanReleaseDialog::PlanReleaseDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_service(document), m_date(new QDateEdit(this)),
      m_workshop(new QComboBox(this)), m_note(new QLineEdit(this)), m_status(new StatusLabel(this))
{
    setWindowTitle(tr("Release plan"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const core::FactoryModel& model = document.factory();
    const std::optional<core::ReleaseReminder> next = m_service.reminder(QDateTime::currentDateTime());
    m_date->setDate(app::toQDate(next ? std::max(next->planDate, model.settings.today) : model.settings.today));
    form->addRow(tr("Plan date"), m_date);
    refillFilterCombo(m_workshop, tr("All workshops"), workshopNames(model));
    form->addRow(tr("Workshop"), m_workshop);
    m_note->setPlaceholderText(tr("e.g. rush order SO-… inserted"));
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_status->say(tr("Releasing freezes every step that starts before the end of the plan's day (the scheduler "
                     "will not move it) and stores the plan as the next version, with your name and the time."));
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* previewButton = buttons->addButton(tr("Preview..."), QDialogButtonBox::ActionRole);
    QPushButton* releaseButton = buttons->addButton(tr("Release"), QDialogButtonBox::AcceptRole);
    releaseButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &PlanReleaseDialog::preview);
    connect(releaseButton, &QPushButton::clicked, this, &PlanReleaseDialog::release);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PlanReleaseDialog::status() const
{
    return m_status->text();
}

std::string PlanReleaseDialog::chosenWorkshop() const
{
    return m_workshop->currentData().toString().toStdString();
}

void PlanReleaseDialog::preview()
{
    app::PlanSheetRequest request;
    request.databasePath = m_document.path().toStdString();
    request.date = app::toCoreDate(m_date->date());
    request.scope = chosenWorkshop();
    try {
        showFormPreview(app::PlanSheet::build(request), this);
    } catch (const std::exception& e) {
        m_status->say(QString::fromUtf8(e.what()), true);
    }
}

void PlanReleaseDialog::release()
{
    core::PlanRelease released;
    const QString refused
        = m_service.release(app::toCoreDate(m_date->date()), chosenWorkshop(), m_note->text().trimmed(), released);
    if (!refused.isEmpty()) {
        m_status->say(refused, true);
        return;
    }
    m_status->say(tr("Released %1 version %2: %3 lines, %4 steps frozen.")
                      .arg(QString::fromStdString(released.plan.planNumber))
                      .arg(released.version)
                      .arg(released.plan.lines.size())
                      .arg(released.pinnedSteps));
    accept();
}

} // namespace pmc::ui
