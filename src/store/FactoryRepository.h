#pragma once

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"

namespace pmc::store {

class Database;

/// Reads and writes the planning data of one factory (master data and open orders).
/// `replace` runs inside the caller's transaction, so an import is all-or-nothing.
class FactoryRepository {
public:
    explicit FactoryRepository(Database& db) : m_db(db) {}

    core::FactoryModel load();
    /// Deletes the stored planning data and writes `model` in its place.
    void replace(const core::FactoryModel& model);
    /// Stores a master-data edit row by row, settings and review policy included (inside the
    /// caller's transaction).
    void apply(const core::MasterDataEdit& edit);
    /// Replaces the stored changeover rows, or the operation pins (inside the caller's
    /// transaction; the caller has validated them).
    void replaceChangeovers(const std::vector<core::Changeover>& changeovers);
    /// Replaces every line station (the line balance data) with `stations`.
    void replaceLineStations(const std::vector<core::LineStation>& stations);
    void replaceOperationPins(const std::vector<core::OperationPin>& pins);
    /// True when no item is stored yet (a new, empty database).
    bool isEmpty();

private:
    void clear();
    void writeSettingsAndCalendar(const core::FactoryModel& model);
    void writeSettings(const core::PlanningSettings& settings);
    void writeReviewPolicy(const core::OrderReviewPolicy& policy);
    void writeMasterData(const core::FactoryModel& model);
    void writeOrders(const core::FactoryModel& model);
    void readSettingsAndCalendar(core::FactoryModel& model);
    void readMasterData(core::FactoryModel& model);
    void readOrders(core::FactoryModel& model);

    Database& m_db;
};

} // namespace pmc::store
