#include "BenchApplication.h"
#include "SyntheticFactory.h"

#include "app/Document.h"
#include "app/models/ItemTableModel.h"
#include "app/models/Roles.h"
#include "core/diagnostics/FactoryValidator.h"
#include "store/Database.h"
#include "store/FactoryDatabase.h"
#include "store/FactoryRepository.h"

#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

using pmc::bench::FactoryShape;

/// The item table as the desktop shows it: 100k items in a Document, the item model and the
/// sorting/filtering proxy of TablePage over it.
struct LargeItemTable {
    QTemporaryDir dir;
    pmc::app::Document document;
    pmc::app::ItemTableModel model{document};
    QSortFilterProxyModel proxy;

    LargeItemTable()
    {
        const QString path = dir.filePath(QStringLiteral("large.db"));
        {
            pmc::store::FactoryDatabase db(path.toStdString());
            pmc::core::FactoryModel factory = pmc::bench::makeSyntheticFactory(
                FactoryShape{.items = 100'000, .bomRows = 500'000, .levels = 10, .salesLines = 20'000,
                             .horizonDays = 365, .purchaseOrders = 20'000, .workOrders = 5'000});
            // The generator's purchase orders name this supplier; a stored factory needs it.
            factory.suppliers.push_back({"SUP", "Synthetic supplier"});
            const pmc::core::ValidationResult issues = pmc::core::validateFactory(factory);
            if (!issues.ok())
                throw std::runtime_error("synthetic factory refused: " + issues.issues().front().toString());
            pmc::store::Transaction tx(db.database());
            pmc::store::FactoryRepository(db.database()).replace(factory);
            tx.commit();
        }
        document.open(path, false);
        proxy.setSourceModel(&model);
        proxy.setSortRole(pmc::app::SortRole);
    }
};

LargeItemTable& table()
{
    pmc::bench::benchApplication();
    static LargeItemTable instance;
    return instance;
}

/// One screenful (40 rows × every column) at a far scroll position, sorted by name: what the
/// view asks for on each scroll step.
void BM_ItemTableScreenful(benchmark::State& state)
{
    LargeItemTable& t = table();
    t.proxy.sort(pmc::app::ItemTableModel::Name);
    int top = 0;
    for (auto _ : state) {
        top = (top + 7919) % (t.proxy.rowCount() - 40);
        for (int row = top; row < top + 40; ++row)
            for (int column = 0; column < t.proxy.columnCount(); ++column)
                benchmark::DoNotOptimize(t.proxy.index(row, column).data());
    }
}
BENCHMARK(BM_ItemTableScreenful)->Unit(benchmark::kMicrosecond);

/// Clicking a column header of the 100k-row table.
void BM_ItemTableSortByName(benchmark::State& state)
{
    LargeItemTable& t = table();
    bool descending = false;
    for (auto _ : state) {
        t.proxy.sort(pmc::app::ItemTableModel::Name, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        descending = !descending;
    }
}
BENCHMARK(BM_ItemTableSortByName)->Unit(benchmark::kMillisecond);

/// Editing one cell of the sorted table through the model, as the delegate does, and undoing
/// it: validation, the SQLite write, the undo command and the view refresh together.
void BM_ItemTableEditCell(benchmark::State& state)
{
    LargeItemTable& t = table();
    t.proxy.sort(pmc::app::ItemTableModel::Name);
    const QModelIndex cell = t.proxy.index(500, pmc::app::ItemTableModel::LeadTime);
    for (auto _ : state) {
        const int lead = cell.data(Qt::EditRole).toInt();
        t.model.setData(t.proxy.mapToSource(cell), lead + 1, Qt::EditRole);
        t.document.undoStack()->undo();
    }
}
BENCHMARK(BM_ItemTableEditCell)->Unit(benchmark::kMillisecond);

} // namespace
