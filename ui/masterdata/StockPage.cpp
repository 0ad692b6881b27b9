#include "ui/masterdata/StockPage.h"

#include "app/Document.h"
#include "app/models/InventoryTableModel.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/FieldDelegate.h"
#include "ui/masterdata/RecordDialog.h"

#include <QCompleter>
#include <QDoubleSpinBox>
#include <QKeySequence>
#include <QLineEdit>

#include <unordered_set>

namespace pmc::ui {

StockPage::StockPage(app::Document& document, QWidget* parent)
    : StockPage(document, new app::InventoryTableModel(document), parent)
{
}

StockPage::StockPage(app::Document& document, app::InventoryTableModel* model, QWidget* parent)
    : MasterDataTablePage(document, model, QStringLiteral("stock-editor"), parent), m_model(model)
{
    using Model = app::InventoryTableModel;
    for (int column : {Model::OnHand, Model::OnInspection, Model::Allocated})
        delegate()->setNumber(column, NumberFormat::quantity());
    addCommand(tr("Add stock row..."), QKeySequence(Qt::Key_Insert), [this] { addRow(); });
    addCommand(tr("Delete stock rows"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
}

void StockPage::addRow()
{
    const core::FactoryModel& factory = m_document.factory();
    QStringList codes;
    codes.reserve(static_cast<qsizetype>(factory.items.size()));
    std::unordered_set<std::string> known;
    for (const core::Item& item : factory.items) {
        codes << QString::fromStdString(item.code);
        known.insert(item.code);
    }
    std::unordered_set<std::string> stocked;
    for (const core::InventoryRecord& record : factory.inventory)
        stocked.insert(record.item);

    RecordDialog dialog(tr("Add stock row"), this);
    auto* item = new QLineEdit(&dialog);
    auto* completer = new QCompleter(codes, item);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    item->setCompleter(completer);
    QDoubleSpinBox* onHand = createDecimalBox(NumberFormat::quantity(), &dialog);
    QDoubleSpinBox* onInspection = createDecimalBox(NumberFormat::quantity(), &dialog);
    QDoubleSpinBox* allocated = createDecimalBox(NumberFormat::quantity(), &dialog);
    dialog.addField(tr("Item code"), item);
    dialog.addField(tr("On hand"), onHand);
    dialog.addField(tr("On inspection"), onInspection);
    dialog.addField(tr("Allocated"), allocated);
    // One row per item keeps "the stock of an item" unambiguous for the planner.
    dialog.setCheck([item, &known, &stocked]() -> QString {
        const QString code = item->text().trimmed();
        if (!known.contains(code.toStdString()))
            return code.isEmpty() ? tr("Enter the code of an item.") : tr("There is no item %1.").arg(code);
        if (stocked.contains(code.toStdString()))
            return tr("%1 already has a stock row; edit it in the table.").arg(code);
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::InventoryRecord record{item->text().trimmed().toStdString(), onHand->value(), onInspection->value(),
                                       allocated->value()};
    if (m_model->addRow(record, tr("Add stock of %1").arg(QString::fromStdString(record.item))))
        selectRow(m_model->rowCount() - 1);
}

void StockPage::deleteSelected()
{
    deleteSelectedRows([this](const std::vector<int>& rows) {
        return m_model->deleteRows(rows, tr("Delete %n stock row(s)", nullptr, static_cast<int>(rows.size())));
    });
}

} // namespace pmc::ui
