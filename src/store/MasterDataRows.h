#pragma once

#include "core/masterdata/MasterDataEdit.h"
#include "store/RowChangeDispatch.h"
#include "store/Statement.h"

namespace pmc::store {

class Database;

/// The SQL of master-data rows, one place for inserting (a whole import) and for the
/// row-by-row changes of an edit. Statements are prepared once per instance; use it inside
/// the caller's transaction.
class MasterDataRows {
public:
    explicit MasterDataRows(Database& db);

    void insert(const core::Supplier& supplier);
    void insert(const core::Item& item);
    void insert(const core::BomLine& line);
    void insert(const core::WorkCenter& workCenter);
    /// `position` orders routings when loading (routings are kept in input order).
    void insert(const core::Routing& routing, long long position);
    void insert(const core::InventoryRecord& record);
    void insertCalendar(const core::Calendar& calendar);

    /// Stores every change of `edit`: changed rows keep their place (row id), added rows go
    /// last, as core::applyEdit does in memory.
    void apply(const core::MasterDataEdit& edit);

private:
    void change(const core::Supplier& before, const core::Supplier& after);
    void change(const core::Item& before, const core::Item& after);
    void change(const core::BomLine& before, const core::BomLine& after);
    void change(const core::WorkCenter& before, const core::WorkCenter& after);
    void change(const core::Routing& before, const core::Routing& after);
    void change(const core::InventoryRecord& before, const core::InventoryRecord& after);
    void remove(const core::Supplier& row);
    void remove(const core::Item& row);
    void remove(const core::BomLine& row);
    void remove(const core::WorkCenter& row);
    void remove(const core::Routing& row);
    void remove(const core::InventoryRecord& row);
    void insert(const core::Routing& routing);
    void insertOperations(const core::Routing& routing, long long position);
    void replaceCalendar(const core::Calendar& calendar);
    template <typename Rows, typename Row>
    friend void storeRowChanges(Rows& rows, const std::vector<core::RowChange<Row>>& changes);

    Database& m_db;
    Statement m_insertSupplier;
    Statement m_insertItem;
    Statement m_insertBom;
    Statement m_insertWorkCenter;
    Statement m_insertOperation;
    Statement m_insertInventory;
};

} // namespace pmc::store
