#include "ui/orders/ConfirmOrderDialog.h"

#include "app/BackgroundJob.h"
#include "app/Document.h"
#include "app/models/QtDate.h"
#include "app/orders/SalesOrderActions.h"
#include "app/orders/SalesOrderText.h"
#include "core/FactoryModel.h"
#include "core/promise/OrderPromise.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace pmc::ui {

ConfirmOrderDialog::ConfirmOrderDialog(app::Document& document, const core::SalesOrder& order, QWidget* parent)
    : QDialog(parent), m_document(document), m_order(order), m_promised(new QDateEdit(this)),
      m_outcome(new QLabel(this)), m_explanation(new QTextBrowser(this)),
      m_promiseButton(new QPushButton(tr("Capable to promise"), this)), m_job(new app::BackgroundJob(this))
{
    setWindowTitle(tr("Confirm %1").arg(QString::fromStdString(order.number)));
    const core::Date today = document.factory().settings.today;
    const core::ReviewOutcome outcome = core::reviewOutcome(order, document.factory().reviewPolicy);
    core::Date proposed = today;
    for (const core::SalesOrderLine& line : order.lines)
        proposed = std::max(proposed, line.due);
    QStringList facts;
    if (outcome.proposedDate) {
        facts << tr("The departments can meet %1.").arg(QString::fromStdString(outcome.proposedDate->toString()));
        proposed = std::max(proposed, *outcome.proposedDate);
    }
    if (!outcome.conditional.empty())
        facts << tr("Accepted with conditions by %1: read their comments.").arg(app::departmentNames(outcome.conditional));
    facts << app::orderProblemTexts(core::reviewProblems(order, document.factory().reviewPolicy));
    m_outcome->setText(facts.join(QLatin1Char('\n')));
    m_outcome->setWordWrap(true);
    m_promised->setCalendarPopup(true);
    m_promised->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_promised->setMinimumDate(app::toQDate(today));
    m_promised->setDate(app::toQDate(proposed));
    m_explanation->setPlaceholderText(
        tr("Capable to promise plans the order on top of the current orders: the earliest date material and "
           "capacity allow, and what limits it."));
    connect(m_promiseButton, &QPushButton::clicked, this, &ConfirmOrderDialog::runPromise);

    auto* form = new QFormLayout;
    form->addRow(tr("Promised date"), m_promised);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm order"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(outcome.canConfirm());
    buttons->addButton(m_promiseButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConfirmOrderDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addLayout(form);
    layout->addWidget(m_explanation, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

ConfirmOrderDialog::~ConfirmOrderDialog()
{
    m_job->cancel();
    m_job->wait();
}

QDate ConfirmOrderDialog::promisedDate() const
{
    return m_promised->date();
}

void ConfirmOrderDialog::setPromisedDate(const QDate& date)
{
    m_promised->setDate(date);
}

QString ConfirmOrderDialog::explanation() const
{
    return m_explanation->toPlainText();
}

void ConfirmOrderDialog::runPromise()
{
    auto model = std::make_shared<const core::FactoryModel>(m_document.factory());
    auto result = std::make_shared<core::OrderPromise>();
    const core::SalesOrder order = m_order;
    app::BackgroundJob* job = m_job;
    const bool started = m_job->start(
        [model, result, order, job] {
            *result = core::promiseSalesOrder(*model, order, {[job] { return job->isCancelled(); }});
        },
        [this, result, order](const QString& error, bool cancelled) {
            m_promiseButton->setEnabled(true);
            if (cancelled)
                return;
            if (!error.isEmpty()) {
                m_explanation->setPlainText(error);
                return;
            }
            QString html;
            for (const core::LinePromise& line : result->lines) {
                const core::SalesOrderLine& ordered = order.lines[static_cast<std::size_t>(line.line - 1)];
                html += QStringLiteral("<p><b>%1</b><br>").arg(
                    tr("Line %1 %2 × %3: %4").arg(line.line).arg(QString::fromStdString(ordered.item))
                        .arg(ordered.openQty()).arg(QString::fromStdString(line.promise.date.toString())));
                for (const std::string& reason : line.promise.limitedBy)
                    html += QStringLiteral("· %1<br>").arg(QString::fromStdString(reason).toHtmlEscaped());
                html += QStringLiteral("</p>");
            }
            if (!result->feasibleInHorizon)
                html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Not deliverable within the planning horizon."));
            m_explanation->setHtml(html);
            m_promised->setDate(app::toQDate(result->date));
        });
    if (started) {
        m_promiseButton->setEnabled(false);
        m_explanation->setPlainText(tr("Planning…"));
    }
}

void ConfirmOrderDialog::waitForPromise()
{
    m_job->wait();
}

void ConfirmOrderDialog::accept()
{
    const QStringList refused = app::SalesOrderActions(m_document).apply(
        core::salesorder::confirm(m_order, m_document.factory().reviewPolicy, app::toCoreDate(m_promised->date()),
                                  m_document.factory().settings.today),
        tr("Confirm %1").arg(QString::fromStdString(m_order.number)));
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Order not confirmed"), refused.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace pmc::ui
