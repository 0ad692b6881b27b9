#include "ui/ExceptionListPage.h"

#include "app/Document.h"
#include "app/models/DomainText.h"
#include "app/models/MrpExceptionFilterModel.h"
#include "app/models/MrpExceptionTableModel.h"
#include "ui/FilterChoices.h"
#include "ui/TablePage.h"
#include "ui/masterdata/ViewAction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

const QString kHideDoneKey = QStringLiteral("mrp/exceptions/hideDone");

} // namespace

ExceptionListPage::ExceptionListPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new app::MrpExceptionTableModel(document, this)),
      m_filter(new app::MrpExceptionFilterModel(m_model, this)), m_kind(new QComboBox(this)),
      m_buyer(new QComboBox(this)), m_supplier(new QComboBox(this)), m_hideDone(new QCheckBox(tr("Hide done"), this)),
      m_table(new TablePage(m_filter, QStringLiteral("mrpExceptionList"), this))
{
    m_kind->addItem(tr("All types"));
    for (auto kind : {core::MrpException::Kind::PastDue, core::MrpException::Kind::Expedite, core::MrpException::Kind::Excess})
        m_kind->addItem(app::displayName(kind), static_cast<int>(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(static_cast<core::MrpException::Kind>(kind.toInt())) : std::nullopt);
    });
    connect(m_buyer, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setBuyer(m_buyer->currentData().toString()); });
    connect(m_supplier, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSupplier(m_supplier->currentData().toString()); });
    m_hideDone->setChecked(QSettings().value(kHideDoneKey, false).toBool());
    m_filter->setHideDone(m_hideDone->isChecked());
    connect(m_hideDone, &QCheckBox::toggled, this, [this](bool hide) {
        m_filter->setHideDone(hide);
        QSettings().setValue(kHideDoneKey, hide);
    });

    QTableView* view = m_table->view();
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QAction* done = addViewAction(view, tr("Mark done..."), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { markSelectedDone(true); });
    QAction* reopen = addViewAction(view, tr("Reopen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { reopenSelected(); });
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Type:"), this));
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("Buyer:"), this));
    top->addWidget(m_buyer);
    top->addWidget(new QLabel(tr("Supplier:"), this));
    top->addWidget(m_supplier);
    top->addWidget(m_hideDone);
    top->addStretch(1);
    addActionButton(top, done, this);
    addActionButton(top, reopen, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ExceptionListPage::refreshChoices);
    refreshChoices();
}

ExceptionListPage::~ExceptionListPage() = default;

void ExceptionListPage::refreshChoices()
{
    refillFilterCombo(m_buyer, tr("All buyers"), m_model->buyers());
    refillFilterCombo(m_supplier, tr("All suppliers"), m_model->suppliers());
    m_filter->setBuyer(m_buyer->currentData().toString());
    m_filter->setSupplier(m_supplier->currentData().toString());
}

std::vector<int> ExceptionListPage::selectedSourceRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_table->view()->selectionModel()->selectedRows()) {
        // Through the page's text filter, then the type/buyer/supplier filter.
        const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(index.model());
        const QModelIndex filtered = proxy ? proxy->mapToSource(index) : index;
        rows.push_back(m_filter->mapToSource(filtered).row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ExceptionListPage::markSelectedDone(bool askNote)
{
    const std::vector<int> rows = selectedSourceRows();
    if (rows.empty())
        return;
    QString note;
    if (askNote) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Mark done"),
                                     tr("%n message(s) handled. Note (optional), e.g. what the supplier confirmed:",
                                        nullptr, static_cast<int>(rows.size())),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    std::vector<core::MrpException> exceptions;
    for (int row : rows)
        exceptions.push_back(m_model->exception(row));
    m_document.reviewExceptions(exceptions, true, note.trimmed(),
                                tr("Mark %n exception(s) done", nullptr, static_cast<int>(rows.size())));
}

void ExceptionListPage::reopenSelected()
{
    std::vector<core::MrpException> exceptions;
    for (int row : selectedSourceRows())
        exceptions.push_back(m_model->exception(row));
    if (!exceptions.empty())
        m_document.reviewExceptions(exceptions, false, {},
                                    tr("Reopen %n exception(s)", nullptr, static_cast<int>(exceptions.size())));
}

} // namespace pmc::ui
