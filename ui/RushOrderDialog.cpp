#include "ui/RushOrderDialog.h"


#include "app/Document.h"
#include "app/RushOrderScenario.h"
#include "app/models/DisplacedOrderModel.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/ItemField.h"
#include "ui/StatusLabel.h"

#include <QCloseEvent>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace pmc::ui {

RushOrderDialog::RushOrderDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_scenario(new app::RushOrderScenario(document, this)),
      m_model(new app::DisplacedOrderModel(*m_scenario, this)), m_customer(new QLineEdit(this)),
      m_item(new ItemField(document, this)), m_qty(new QDoubleSpinBox(this)), m_due(new QDateEdit(this)),
      m_priority(new QSpinBox(this)), m_projection(new QLabel(this)), m_totals(new QLabel(this)),
      m_displaced(new QTableView(this)), m_status(new StatusLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Stop"), this)), m_simulate(new QPushButton(tr("Simulate (F5)"), this)),
      m_commit(new QPushButton(tr("Commit"), this)), m_discard(new QPushButton(tr("Discard"), this))
{
    setWindowTitle(tr("Rush order"));
    setModal(false);

    m_displaced->setModel(m_model);
    m_displaced->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_displaced->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_displaced->verticalHeader()->hide();
    m_displaced->setWordWrap(false);
    m_displaced->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* displaced = new QGroupBox(tr("Orders the rush order displaces"), this);
    auto* displacedLayout = new QVBoxLayout(displaced);
    auto* hint = new QLabel(tr("Red: on time before, late now. Tick orders to sacrifice (they get the lowest "
                               "priority) and simulate again."),
                            displaced);
    hint->setWordWrap(true);
    displacedLayout->addWidget(m_projection);
    displacedLayout->addWidget(m_totals);
    displacedLayout->addWidget(hint);
    displacedLayout->addWidget(m_displaced, 1);
    m_projection->setWordWrap(true);
    m_projection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);

    m_simulate->setShortcut(Qt::Key_F5);
    m_simulate->setDefault(true);
    m_commit->setToolTip(tr("Add the order as confirmed, promised on its projected completion, with the "
                            "sacrifices, as one step (Undo takes it back), and replan"));
    m_discard->setToolTip(tr("Forget the simulation and close; nothing changes"));
    m_progress->setRange(0, 100);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_simulate);
    buttons->addWidget(m_commit);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildRequest());
    layout->addWidget(displaced, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_simulate, &QPushButton::clicked, this, &RushOrderDialog::simulate);
    connect(m_commit, &QPushButton::clicked, this, &RushOrderDialog::commit);
    connect(m_discard, &QPushButton::clicked, this, &RushOrderDialog::discard);
    connect(m_cancel, &QPushButton::clicked, m_scenario, &app::RushOrderScenario::cancel);
    connect(m_scenario, &app::RushOrderScenario::progress, m_progress, &QProgressBar::setValue);
    connect(m_scenario, &app::RushOrderScenario::finished, this, [this] {
        setRunning(false);
        showImpact();
        m_status->say(tr("Simulated. Commit to add the order, or change it and simulate again."), false);
    });
    connect(m_scenario, &app::RushOrderScenario::cancelled, this, [this] {
        setRunning(false);
        m_status->say(tr("Stopped."), false);
    });
    connect(m_scenario, &app::RushOrderScenario::failed, this, [this](const QString& reason) {
        setRunning(false);
        m_status->say(tr("The simulation failed: %1").arg(reason), true);
    });
    connect(m_scenario, &app::RushOrderScenario::cleared, this, &RushOrderDialog::showImpact);
    // Another factory makes the simulation meaningless.
    connect(&m_document, &app::Document::factoryReset, m_scenario, &app::RushOrderScenario::discard);
    setRunning(false);
    showImpact();
    resize(1100, 680);
}

QWidget* RushOrderDialog::buildRequest()
{
    auto* box = new QGroupBox(tr("Rush order"), this);
    m_customer->setPlaceholderText(tr("Customer name"));
    m_qty->setDecimals(3);
    m_qty->setRange(0, 1e9);
    m_qty->setValue(1);
    const QDate today = app::toQDate(m_document.factory().settings.today);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(today);
    m_due->setDate(today.addDays(7));
    m_priority->setRange(1, 99);
    m_priority->setValue(1);
    m_priority->setToolTip(tr("1 is the most urgent"));
    auto* form = new QFormLayout;
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Item"), m_item);
    form->addRow(tr("Quantity"), m_qty);
    auto* rule = new QLabel(tr("The simulation plans by priority (rule “priority, then due date”, for the live plan "
                               "too), so that a priority-1 order goes ahead of the others: it starts after the "
                               "steps pinned or frozen on the Gantt chart, which keep their place; no step is "
                               "split. Freeze the released period first to keep work in progress where it is."),
                            box);
    rule->setWordWrap(true);
    auto* right = new QFormLayout;
    right->addRow(tr("Requested date"), m_due);
    right->addRow(tr("Priority"), m_priority);
    right->addRow(rule);
    auto* layout = new QHBoxLayout(box);
    layout->addLayout(form, 1);
    layout->addLayout(right, 2);
    return box;
}

QString RushOrderDialog::projection() const
{
    return m_projection->text();
}

QString RushOrderDialog::status() const
{
    return m_status->text();
}

void RushOrderDialog::simulate()
{
    if (m_scenario->isRunning())
        return;
    const core::RushOrderRequest request{m_customer->text().trimmed().toStdString(),
                                         m_item->code().toStdString(),
                                         m_qty->value(), app::toCoreDate(m_due->date()), m_priority->value()};
    const QStringList refused = m_scenario->simulate(request, m_model->sacrificed());
    if (!refused.isEmpty())
        return m_status->say(tr("Not simulated:\n%1").arg(refused.join(QLatin1Char('\n'))), true);
    setRunning(true);
    m_status->say(tr("Simulating the rush order..."), false);
}

void RushOrderDialog::commit()
{
    const QString number = QString::fromStdString(m_scenario->rushOrder().number);
    const QStringList refused = m_scenario->commit();
    if (!refused.isEmpty())
        return m_status->say(tr("Not committed:\n%1").arg(refused.join(QLatin1Char('\n'))), true);
    m_status->say(tr("%1 is confirmed (Undo takes it back); the plan is being recalculated.").arg(number), false);
    accept();
}

void RushOrderDialog::discard()
{
    m_scenario->discard();
    reject();
}

void RushOrderDialog::closeEvent(QCloseEvent* event)
{
    m_scenario->cancel();
    QDialog::closeEvent(event);
}

void RushOrderDialog::showImpact()
{
    m_commit->setEnabled(m_scenario->hasImpact() && !m_scenario->isRunning());
    if (!m_scenario->hasImpact()) {
        m_projection->setText(tr("Enter the order and simulate it to see its completion and the orders it displaces."));
        m_projection->setStyleSheet(QString());
        m_totals->clear();
        return;
    }
    const core::InsertionImpact& impact = m_scenario->impact();
    QStringList lines;
    bool late = false;
    for (const core::RushLineImpact& line : impact.rushLines) {
        QString text = tr("%1  %2 × %3: projected completion %4")
                           .arg(QString::fromStdString(line.demand), QString::fromStdString(line.item),
                                app::formatNumber(line.qty), QString::fromStdString(line.completion.toString()));
        switch (line.reason) {
        case core::RushLateness::OnTime: text += tr(", on time"); break;
        case core::RushLateness::Capacity: text += tr(", %n day(s) late: capacity", nullptr, line.daysLate); break;
        case core::RushLateness::Material: text += tr(", %n day(s) late: material", nullptr, line.daysLate); break;
        }
        for (const core::LateRushMaterial& m : line.lateMaterial)
            text += tr(" (%1 in house %2 at the earliest)")
                        .arg(QString::fromStdString(m.item), QString::fromStdString(m.inHouse.toString()));
        lines << text;
        late = late || line.daysLate > 0;
    }
    m_projection->setText(lines.join(QLatin1Char('\n')));
    m_projection->setStyleSheet(late ? QStringLiteral("color: #b00020; font-weight: bold")
                                     : QStringLiteral("font-weight: bold"));
    // Changes against the live plan, so a rise reads "+".
    const auto change = [](double value, int decimals) {
        const QString text = QString::number(value, 'f', decimals);
        return value > 0 ? QLatin1Char('+') + text : text;
    };
    m_totals->setText(tr("Newly late: %1 order(s); days late: %2; makespan %3 days; changeovers %4 h")
                          .arg(impact.newlyLate)
                          .arg(change(impact.addedDaysLate, 0), change(impact.makespanChangeDays(), 1),
                               change(impact.changeoverChangeHours(), 1)));
}


void RushOrderDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_progress->setValue(0);
    m_simulate->setEnabled(!running);
    m_commit->setEnabled(!running && m_scenario->hasImpact());
}

} // namespace pmc::ui
