#include "ui/masterdata/SupplierPage.h"

#include "app/Document.h"
#include "app/models/SupplierTableModel.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/RecordDialog.h"

#include <QKeySequence>
#include <QLineEdit>

#include <algorithm>

namespace pmc::ui {

SupplierPage::SupplierPage(app::Document& document, QWidget* parent)
    : SupplierPage(document, new app::SupplierTableModel(document), parent)
{
}

SupplierPage::SupplierPage(app::Document& document, app::SupplierTableModel* model, QWidget* parent)
    : MasterDataTablePage(document, model, QStringLiteral("supplier-editor"), parent), m_model(model)
{
    addCommand(tr("Add supplier..."), QKeySequence(Qt::Key_Insert), [this] { addSupplier(); });
    addCommand(tr("Delete suppliers"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
}

void SupplierPage::addSupplier()
{
    RecordDialog dialog(tr("Add supplier"), this);
    auto* code = new QLineEdit(&dialog);
    auto* name = new QLineEdit(&dialog);
    auto* contact = new QLineEdit(&dialog);
    auto* phone = new QLineEdit(&dialog);
    dialog.addField(tr("Supplier code"), code);
    dialog.addField(tr("Name"), name);
    dialog.addField(tr("Contact"), contact);
    dialog.addField(tr("Phone"), phone);
    const auto& suppliers = m_document.factory().suppliers;
    dialog.setCheck([code, &suppliers]() -> QString {
        const std::string text = code->text().trimmed().toStdString();
        if (text.empty())
            return tr("Enter a code that no other supplier has.");
        if (std::any_of(suppliers.begin(), suppliers.end(), [&](const core::Supplier& s) { return s.code == text; }))
            return tr("Supplier %1 already exists.").arg(code->text().trimmed());
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto text = [](const QLineEdit* edit) { return edit->text().trimmed().toStdString(); };
    const core::Supplier supplier{text(code), text(name), text(contact), text(phone)};
    if (m_model->addRow(supplier, tr("Add supplier %1").arg(QString::fromStdString(supplier.code))))
        selectRow(m_model->rowCount() - 1);
}

void SupplierPage::deleteSelected()
{
    deleteSelectedRows([this](const std::vector<int>& rows) {
        return m_model->deleteRows(rows, tr("Delete %n supplier(s)", nullptr, static_cast<int>(rows.size())));
    });
}

} // namespace pmc::ui
