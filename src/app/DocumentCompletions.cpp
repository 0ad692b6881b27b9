#include "app/Document.h"

#include "app/commands/RecordCompletionsCommand.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"

#include <set>

namespace pmc::app {

namespace {

QStringList messages(const core::ValidationResult& issues)
{
    QStringList list;
    for (const core::ValidationIssue& issue : issues.issues())
        list << QString::fromStdString(issue.toString());
    return list;
}

} // namespace

QStringList Document::recordCompletions(const std::vector<core::CompletionReport>& reports, const QString& text,
                                        const std::vector<std::string>& labels)
{
    if (!m_database || reports.empty())
        return {};
    std::vector<long long> ids;
    try {
        ids = store::ExecutionRepository(m_database->database()).recordAll(reports, labels);
    } catch (const store::InputError& e) {
        return messages(e.issues());
    } catch (const std::exception& e) {
        return {tr("Not saved: %1").arg(QString::fromUtf8(e.what()))};
    }
    refreshCompletedQuantities(reports);
    m_undoStack.push(new RecordCompletionsCommand(*this, reports, ids, text));
    return {};
}

bool Document::storeCompletions(const std::vector<core::CompletionReport>& reports, std::vector<long long>& ids)
{
    try {
        ids = store::ExecutionRepository(m_database->database()).recordAll(reports);
    } catch (const std::exception& e) {
        emit editFailed(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refreshCompletedQuantities(reports);
    return true;
}

bool Document::removeCompletions(const std::vector<long long>& ids)
{
    std::vector<core::CompletionReport> before;
    try {
        store::ExecutionRepository execution(m_database->database());
        before = execution.reports();
        execution.remove(ids);
    } catch (const store::InputError& e) {
        emit editFailed(tr("Cannot take the reports back: %1").arg(messages(e.issues()).join(QStringLiteral("; "))));
        return false;
    } catch (const std::exception& e) {
        emit editFailed(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refreshCompletedQuantities(before);
    return true;
}

void Document::refreshCompletedQuantities(const std::vector<core::CompletionReport>& reports)
{
    // The store booked the finished quantity; the open factory takes the stored figures, as an
    // in-memory edit so every view refreshes the usual way.
    std::set<std::string> numbers;
    for (const core::CompletionReport& r : reports)
        numbers.insert(r.workOrder);
    const core::FactoryModel stored = m_database->load();
    core::MasterDataEdit changes;
    for (const core::WorkOrder& now : stored.workOrders) {
        if (!numbers.contains(now.number))
            continue;
        for (const core::WorkOrder& shown : m_factory->workOrders)
            if (shown.number == now.number && shown != now)
                changes.workOrders.push_back({shown, now});
    }
    if (changes.empty())
        return;
    core::applyEdit(*m_factory, changes);
    emit masterDataChanged();
}

} // namespace pmc::app
