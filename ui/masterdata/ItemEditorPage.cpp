#include "ui/masterdata/ItemEditorPage.h"

#include "app/Document.h"
#include "app/models/ItemTableModel.h"
#include "ui/masterdata/FieldDelegate.h"
#include "ui/masterdata/ItemDialog.h"
#include "ui/masterdata/MultiEditDialog.h"

#include <QKeySequence>

namespace pmc::ui {

ItemEditorPage::ItemEditorPage(app::Document& document, QWidget* parent)
    : ItemEditorPage(document, new app::ItemTableModel(document), parent)
{
}

ItemEditorPage::ItemEditorPage(app::Document& document, app::ItemTableModel* model, QWidget* parent)
    : MasterDataTablePage(document, model, QStringLiteral("item-editor"), parent), m_model(model)
{
    setUpEditors();
    addCommand(tr("Add item..."), QKeySequence(Qt::Key_Insert), [this] { addItem(); });
    addCommand(tr("Edit selected..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { editSelected(); });
    addCommand(tr("Delete items"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
}

void ItemEditorPage::setUpEditors()
{
    using Model = app::ItemTableModel;
    FieldDelegate* editors = delegate();
    editors->setChoices(Model::Type, itemTypeChoices);
    editors->setChoices(Model::Source, itemSourceChoices);
    editors->setChoices(Model::LotRule, lotRuleChoices);
    editors->setChoices(Model::Supplier, [this] { return supplierChoices(m_document.factory()); });
    editors->setNumber(Model::LeadTime, NumberFormat::days());
    for (int column : {Model::SafetyStock, Model::LotSize, Model::Moq, Model::Multiple, Model::MinStock, Model::MaxStock})
        editors->setNumber(column, NumberFormat::quantity());
    editors->setNumber(Model::DefectRate, NumberFormat::percentBelowWhole());
}

void ItemEditorPage::addItem()
{
    ItemDialog dialog(m_document.factory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Item item = dialog.item();
    if (m_model->addRow(item, tr("Add item %1").arg(QString::fromStdString(item.code))))
        selectRow(m_model->rowCount() - 1);
}

void ItemEditorPage::editSelected()
{
    const std::vector<int> rows = selectedRows();
    if (rows.empty())
        return;
    MultiEditDialog dialog(m_document.factory(), m_model->row(rows.front()), static_cast<int>(rows.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->editItems(rows, dialog.changes());
}

void ItemEditorPage::deleteSelected()
{
    deleteSelectedRows([this](const std::vector<int>& rows) {
        return m_model->deleteRows(rows, tr("Delete %n item(s)", nullptr, static_cast<int>(rows.size())));
    });
}

} // namespace pmc::ui
