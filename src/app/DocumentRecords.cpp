#include "app/Document.h"

#include "app/commands/StoredRecordCommand.h"
#include "core/FactoryModel.h"
#include "core/execution/AbnormalHours.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/purchasing/PurchaseReceipt.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/PurchasingRepository.h"

#include <memory>
#include <unordered_map>

namespace pmc::app {

namespace {

QStringList messages(const core::ValidationResult& issues)
{
    QStringList list;
    for (const core::ValidationIssue& issue : issues.issues())
        list << QString::fromStdString(issue.toString());
    return list;
}

/// The changes that make `shown` equal `stored`: the k-th row of a key pairs with the k-th
/// stored row of that key (an item may have several stock rows); rows the store added or
/// dropped are added or removed.
template <typename Row, typename Key>
std::vector<core::RowChange<Row>> storedChanges(const std::vector<Row>& shown, const std::vector<Row>& stored, Key key)
{
    std::unordered_map<std::string, std::vector<const Row*>> byKey;
    for (const Row& row : stored)
        byKey[key(row)].push_back(&row);
    std::unordered_map<std::string, std::size_t> paired;
    std::vector<core::RowChange<Row>> changes;
    for (const Row& row : shown) {
        const std::vector<const Row*>& candidates = byKey[key(row)];
        std::size_t& k = paired[key(row)];
        if (k == candidates.size())
            changes.push_back({row, std::nullopt});
        else if (!(*candidates[k++] == row))
            changes.push_back({row, *candidates[k - 1]});
    }
    for (const auto& [code, rows] : byKey)
        for (std::size_t k = paired[code]; k < rows.size(); ++k)
            changes.push_back({std::nullopt, *rows[k]});
    return changes;
}

} // namespace

QStringList Document::recordStep(const QString& text, const StoredRecord& record, const StoredRecord& takeBack)
{
    if (!m_database)
        return {};
    try {
        record(m_database->database());
    } catch (const store::InputError& e) {
        return messages(e.issues());
    } catch (const std::exception& e) {
        return {tr("Not saved: %1").arg(QString::fromUtf8(e.what()))};
    }
    takeStoredQuantities();
    emit recordsChanged();
    m_undoStack.push(new StoredRecordCommand(text, [this, record] { return applyRecord(record); },
                                             [this, takeBack] { return applyRecord(takeBack); }));
    return {};
}

StoredRecordCommand::Outcome Document::applyRecord(const StoredRecord& change)
{
    try {
        change(m_database->database());
    } catch (const store::InputError& e) {
        emit editFailed(tr("Refused: %1").arg(messages(e.issues()).join(QStringLiteral("; "))));
        return StoredRecordCommand::Outcome::Refused;
    } catch (const std::exception& e) {
        // A locked database or a full disk passes; the step stays for another try.
        emit editFailed(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return StoredRecordCommand::Outcome::Failed;
    }
    takeStoredQuantities();
    emit recordsChanged();
    return StoredRecordCommand::Outcome::Done;
}

void Document::takeStoredQuantities()
{
    // The store booked the quantities; the open factory takes the stored figures, as an
    // in-memory edit so every view refreshes the usual way.
    const core::FactoryModel stored = m_database->load();
    const auto number = [](const auto& order) { return order.number; };
    core::MasterDataEdit changes;
    changes.workOrders = storedChanges(m_factory->workOrders, stored.workOrders, number);
    changes.purchaseOrders = storedChanges(m_factory->purchaseOrders, stored.purchaseOrders, number);
    changes.inventory = storedChanges(m_factory->inventory, stored.inventory,
                                      [](const core::InventoryRecord& row) { return row.item; });
    if (changes.empty())
        return;
    core::applyEdit(*m_factory, changes);
    emit masterDataChanged();
}

QStringList Document::recordCompletions(const std::vector<core::CompletionReport>& reports, const QString& text,
                                        const std::vector<std::string>& labels, bool refuseRepeats)
{
    if (reports.empty())
        return {};
    auto ids = std::make_shared<std::vector<long long>>();
    // Only the first recording guards against repeats: its redo records the same reports again.
    auto repeats = std::make_shared<store::ExecutionRepository::Repeats>(
        refuseRepeats ? store::ExecutionRepository::Repeats::Refused : store::ExecutionRepository::Repeats::Allowed);
    return recordStep(
        text,
        [reports, labels, ids, repeats](store::Database& db) {
            *ids = store::ExecutionRepository(db).recordAll(reports, labels, *repeats);
            *repeats = store::ExecutionRepository::Repeats::Allowed;
        },
        // Refused when a later operation already reported the units these passed on.
        [ids](store::Database& db) { store::ExecutionRepository(db).remove(*ids); });
}

QStringList Document::recordAbnormalHours(const core::AbnormalHours& record)
{
    auto id = std::make_shared<long long>(0);
    return recordStep(
        tr("Record abnormal hours of %1").arg(QString::fromStdString(record.workCenter)),
        [record, id](store::Database& db) { *id = store::ExecutionRepository(db).record(record); },
        [id](store::Database& db) { store::ExecutionRepository(db).removeAbnormalHours(*id); });
}

std::vector<core::AbnormalHours> Document::abnormalHoursOn(core::Date date) const
{
    std::vector<core::AbnormalHours> result;
    if (!m_database)
        return result;
    for (core::AbnormalHours& record : store::ExecutionRepository(m_database->database()).abnormalHours())
        if (record.date == date)
            result.push_back(std::move(record));
    return result;
}

QStringList Document::receivePurchase(const core::PurchaseReceipt& receipt)
{
    auto stored = std::make_shared<core::PurchaseReceipt>(receipt);
    return recordStep(
        tr("Receive %1 on %2").arg(receipt.qty).arg(QString::fromStdString(receipt.purchaseOrder)),
        // A redo receives the lot again under its old id (stored->id), which its inspection's redo names.
        [stored](store::Database& db) { *stored = store::PurchasingRepository(db).receive(*stored); },
        [stored](store::Database& db) { store::PurchasingRepository(db).cancelReceipt(stored->id); });
}

QStringList Document::inspectReceipt(long long id, const core::InspectionResult& result)
{
    return recordStep(
        tr("Inspect receipt %1").arg(id),
        [id, result](store::Database& db) { store::PurchasingRepository(db).inspect(id, result); },
        [id](store::Database& db) { store::PurchasingRepository(db).reopenInspection(id); });
}

QStringList Document::recordPromise(const core::PromisedDate& promise)
{
    auto id = std::make_shared<long long>(0);
    return recordStep(
        tr("Promised date %1 for %2")
            .arg(QString::fromStdString(promise.date.toString()), QString::fromStdString(promise.purchaseOrder)),
        [promise, id](store::Database& db) { *id = store::PurchasingRepository(db).promise(promise); },
        [id](store::Database& db) { store::PurchasingRepository(db).withdrawPromise(*id); });
}

} // namespace pmc::app
