#include "BenchApplication.h"
#include "SyntheticFactory.h"

#include "app/Document.h"
#include "app/models/SalesOrderTableModel.h"
#include "core/diagnostics/FactoryValidator.h"
#include "store/Database.h"
#include "store/FactoryDatabase.h"
#include "store/FactoryRepository.h"
#include "ui/TablePage.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <stdexcept>

namespace
{

using Orders = pmc::app::SalesOrderTableModel;

/// A Document holding 100k sales order lines (issue 6: the orders table opens them in under a second).
struct LargeOrderBook {
    QTemporaryDir dir;
    pmc::app::Document document;

    LargeOrderBook()
    {
        const QString path = dir.filePath(QStringLiteral("orders.db"));
        {
            pmc::store::FactoryDatabase db(path.toStdString());
            pmc::core::FactoryModel factory = pmc::bench::makeSyntheticFactory(
                pmc::bench::FactoryShape { .items = 5'000, .bomRows = 20'000, .levels = 6, .salesLines = 100'000 });
            factory.suppliers.push_back({ "SUP", "Synthetic supplier" });
            const pmc::core::ValidationResult issues = pmc::core::validateFactory(factory);
            if (!issues.ok())
                throw std::runtime_error("synthetic factory refused: " + issues.issues().front().toString());
            pmc::store::Transaction tx(db.database());
            pmc::store::FactoryRepository(db.database()).replace(factory);
            tx.commit();
        }
        document.open(path, false);
    }
};

LargeOrderBook& orderBook()
{
    pmc::bench::benchApplication();
    static LargeOrderBook instance;
    return instance;
}

/// The orders table as the main window builds it, shown and painted once.
struct ShownOrdersTable {
    explicit ShownOrdersTable(pmc::app::Document& document)
        : model(new Orders(document))
        , page(model, QStringLiteral("benchOrders"))
    {
        model->setParent(&page);
        page.resize(1200, 800);
        page.show();
        QCoreApplication::processEvents();
    }
    Orders* model;
    pmc::ui::TablePage page;
};

/// Opening the tab: the model over 100k lines, the page with its proxy and view, first paint.
void BM_OrdersTableOpen(benchmark::State& state)
{
    LargeOrderBook& book = orderBook();
    for (auto _ : state) {
        auto table = std::make_unique<ShownOrdersTable>(book.document);
        benchmark::DoNotOptimize(table->page.view()->model()->rowCount());
        state.PauseTiming();
        table.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = static_cast<double>(ShownOrdersTable(book.document).model->rowCount());
}
BENCHMARK(BM_OrdersTableOpen)->Unit(benchmark::kMillisecond);

/// Clicking the due date header of the shown table, then painting.
void BM_OrdersTableSortByDue(benchmark::State& state)
{
    ShownOrdersTable table(orderBook().document);
    bool descending = false;
    for (auto _ : state) {
        table.page.view()->sortByColumn(Orders::Due, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCoreApplication::processEvents();
        descending = !descending;
    }
}
BENCHMARK(BM_OrdersTableSortByDue)->Unit(benchmark::kMillisecond);

/// Typing a customer into the filter box (every column searched), then painting; the box is
/// cleared untimed.
void BM_OrdersTableFilter(benchmark::State& state)
{
    ShownOrdersTable table(orderBook().document);
    auto* filter = table.page.findChild<QLineEdit*>();
    for (auto _ : state) {
        filter->setText(QStringLiteral("CUST-17"));
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(table.page.view()->model()->rowCount());
        state.PauseTiming();
        filter->clear();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OrdersTableFilter)->Unit(benchmark::kMillisecond);

} // namespace
