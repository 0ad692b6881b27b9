#include "ui/AuditTrailDialog.h"

#include "app/Document.h"
#include "app/models/AuditEventModel.h"
#include "app/models/QtDate.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "ui/TablePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

/// A stored row as indented JSON, or a dash when there is none.
QString pretty(const std::string& json)
{
    if (json.empty())
        return QStringLiteral("—");
    return QString::fromUtf8(QJsonDocument::fromJson(QByteArray::fromStdString(json)).toJson(QJsonDocument::Indented));
}

} // namespace

AuditTrailDialog::AuditTrailDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_entity(new QComboBox(this)), m_model(new app::AuditEventModel(this)),
      m_table(new TablePage(m_model, QStringLiteral("auditTrail"), this)), m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Audit trail"));
    // The computer's date, not the planning date: changes happen in real time.
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_entity->addItem(tr("Everything"), QString());
    for (const std::string& key : app::AuditEventModel::entities())
        m_entity->addItem(app::AuditEventModel::entityName(key), QString::fromStdString(key));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(new QLabel(tr("Records"), this));
    controls->addWidget(m_entity);
    controls->addStretch(1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 640);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::reload);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailDialog::showDetails);
    reload();
}

void AuditTrailDialog::reload()
{
    store::AuditFilter filter;
    filter.from = app::toCoreDate(m_from->date());
    filter.to = app::toCoreDate(m_to->date());
    filter.entity = m_entity->currentData().toString().toStdString();
    m_model->setEvents(m_document.auditEvents(filter));
    showDetails();
}

QString AuditTrailDialog::details() const
{
    return m_details->toPlainText();
}

void AuditTrailDialog::showDetails()
{
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select a change to see the record before and after it."));
        return;
    }
    const long long id = current.siblingAtColumn(0).data(app::KeyRole).toLongLong();
    for (const store::AuditEvent& e : m_model->rows())
        if (e.id == id) {
            m_details->setPlainText(tr("Before:\n%1\nAfter:\n%2").arg(pretty(e.before), pretty(e.after)));
            return;
        }
}

} // namespace pmc::ui
