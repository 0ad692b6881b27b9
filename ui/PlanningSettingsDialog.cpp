#include "ui/PlanningSettingsDialog.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "app/orders/SalesOrderText.h"
#include "ui/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>

namespace pmc::ui {

namespace {

QSpinBox* daysBox(int minimum, int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, 3650);
    box->setValue(value);
    return box;
}

} // namespace

PlanningSettingsDialog::PlanningSettingsDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_draft(document), m_today(new QDateEdit(this)),
      m_horizon(daysBox(1, m_draft.settings().horizonDays, this)),
      m_buffer(daysBox(0, m_draft.settings().materialBufferDays, this)), m_cutoff(new QTimeEdit(this)),
      m_paper(new QComboBox(this)),
      m_pattern(new QLineEdit(this)),
      m_patternStatus(new StatusLabel(this))
{
    setWindowTitle(tr("Planning settings"));
    auto* layout = new QVBoxLayout(this);

    auto* planning = new QGroupBox(tr("Planning"), this);
    auto* planningForm = new QFormLayout(planning);
    m_today->setCalendarPopup(true);
    m_today->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_today->setDate(app::toQDate(m_draft.settings().today));
    m_horizon->setSuffix(tr(" days"));
    m_buffer->setSuffix(tr(" days"));
    planningForm->addRow(tr("Today (planning date)"), m_today);
    planningForm->addRow(tr("Planning horizon"), m_horizon);
    planningForm->addRow(tr("Material buffer"), m_buffer);
    m_cutoff->setDisplayFormat(QStringLiteral("HH:mm"));
    m_cutoff->setTime(QTime(0, 0).addSecs(m_draft.settings().planReleaseCutoffMinute * 60));
    m_cutoff->setToolTip(tr("The next working day's plan is due for release by this time; after it the "
                            "status bar shows it in red until it is released (Plan > Release plan)."));
    planningForm->addRow(tr("Plan release cut-off"), m_cutoff);
    using Size = core::PrintPaper::Size;
    for (const Size size : {Size::A4, Size::A3, Size::A5, Size::B5, Size::Letter, Size::Legal})
        for (const bool portrait : {false, true}) {
            const core::PrintPaper paper{size, portrait};
            const QString name = QString::fromStdString(core::toString(paper)).section(QLatin1Char(' '), 0, 0);
            m_paper->addItem(portrait ? tr("%1 portrait").arg(name) : tr("%1 landscape").arg(name),
                             QString::fromStdString(core::toString(paper)));
        }
    m_paper->setCurrentIndex(m_paper->findData(QString::fromStdString(core::toString(m_draft.settings().printPaper))));
    m_paper->setToolTip(tr("The paper of the printed plans, lists and notices (laid out for A4 landscape and "
                           "scaled to the paper's width); the order review form stays portrait."));
    planningForm->addRow(tr("Paper"), m_paper);
    layout->addWidget(planning);

    auto* orders = new QGroupBox(tr("Sales orders"), this);
    auto* ordersForm = new QFormLayout(orders);
    m_pattern->setText(QString::fromStdString(m_draft.settings().salesOrderNumberPattern));
    m_pattern->setPlaceholderText(QString::fromLatin1(core::kDefaultSalesOrderPattern));
    ordersForm->addRow(tr("Number pattern"), m_pattern);
    auto* hint = new QLabel(tr("Date fields {yyyy} {yy} {MM} {dd}, one counter such as {####}; the counter "
                               "starts again at 1 when the text around it changes."), orders);
    hint->setWordWrap(true);
    ordersForm->addRow(QString(), hint);
    ordersForm->addRow(QString(), m_patternStatus);
    layout->addWidget(orders);

    auto* review = new QGroupBox(tr("Order review"), this);
    auto* reviewForm = new QFormLayout(review);
    reviewForm->addRow(new QLabel(tr("Departments the review waits for before an order can be confirmed:"), review));
    for (const core::Department department : core::kDepartments) {
        auto* combo = new QComboBox(review);
        for (const auto r : {core::ReviewRequirement::Always, core::ReviewRequirement::CustomOnly, core::ReviewRequirement::Never})
            combo->addItem(app::displayName(r), static_cast<int>(r));
        combo->setCurrentIndex(combo->findData(static_cast<int>(m_draft.reviewPolicy().requirement(department))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, department] {
            m_draft.setRequirement(department, static_cast<core::ReviewRequirement>(combo->currentData().toInt()));
        });
        reviewForm->addRow(app::displayName(department), combo);
        m_requirements[static_cast<std::size_t>(department)] = combo;
    }
    auto* targets = new QGroupBox(tr("KPI targets"), this);
    auto* targetsForm = new QFormLayout(targets);
    for (const core::KpiTargetField& field : core::kKpiTargetFields) {
        auto* box = new QDoubleSpinBox(targets);
        box->setDecimals(1);
        box->setRange(0, field.maximum * 100);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(m_draft.settings().kpiTargets.*field.value * 100);
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, target = field.value](double percent) {
                    // The box's one decimal of a percent, exactly: 85.5 % is 0.855, not 0.85499….
                    m_draft.setKpiTarget(target, std::round(percent * 10) / 1000);
                });
        targetsForm->addRow(targetName(field.key), box);
        m_targets.push_back(box);
    }
    // Side by side: the dialog stays short enough for a laptop screen.
    auto* lower = new QHBoxLayout;
    lower->addWidget(review);
    lower->addWidget(targets, 0, Qt::AlignTop);
    layout->addLayout(lower);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanningSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanningSettingsDialog::reject);
    layout->addWidget(buttons);

    connect(m_today, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_draft.setToday(app::toCoreDate(date));
        showPattern();
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int days) { m_draft.setHorizonDays(days); });
    connect(m_buffer, &QSpinBox::valueChanged, this, [this](int days) { m_draft.setMaterialBufferDays(days); });
    connect(m_cutoff, &QTimeEdit::timeChanged, this,
            [this](const QTime& time) { m_draft.setPlanReleaseCutoff(time.hour() * 60 + time.minute()); });
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        m_draft.setPrintPaper(*core::parsePrintPaper(m_paper->currentData().toString().toStdString()));
    });
    connect(m_pattern, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_draft.setNumberPattern(text.trimmed());
        showPattern();
    });
    showPattern();
}

QString PlanningSettingsDialog::targetName(std::string_view key)
{
    if (key == "plan_achievement")
        return tr("Plan achievement at least");
    if (key == "delivery_achievement")
        return tr("Delivery achievement at least");
    if (key == "supplier_on_time")
        return tr("Supplier on-time at least");
    if (key == "work_order_close_rate")
        return tr("Work order close rate at least");
    if (key == "material_idle_rate")
        return tr("Material idle hours at most");
    return tr("Labour efficiency at least");
}

QComboBox* PlanningSettingsDialog::requirement(core::Department department) const
{
    return m_requirements[static_cast<std::size_t>(department)];
}

QString PlanningSettingsDialog::patternStatus() const
{
    return m_patternStatus->text();
}

void PlanningSettingsDialog::showPattern()
{
    const QString problem = m_draft.patternProblem();
    if (problem.isEmpty())
        m_patternStatus->say(tr("Next number: %1").arg(m_draft.nextNumber()));
    else
        m_patternStatus->say(problem, true);
    m_ok->setEnabled(problem.isEmpty());
}

void PlanningSettingsDialog::accept()
{
    const QStringList refused = m_draft.apply();
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Planning settings not changed"), refused.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace pmc::ui
