#pragma once

#include "core/FactoryModel.h"

#include <string>
#include <vector>

namespace pmc::store {

class FactoryDatabase;

/// Builds a planning model from the AdventureWorks CSV folder (shared/datasets/adventureworks):
/// master data, inventory and the orders open on the snapshot date. docs/adventureworks.md
/// documents the mapping. Throws InputError (`FILE:ROW:COLUMN: reason`) for a missing file,
/// a malformed row or a reference to an unknown product, vendor, location or order.
core::FactoryModel readAdventureWorks(const std::string& directory);

/// What importAdventureWorks stored, and the scenario import's warnings.
struct AdventureWorksImport {
    core::FactoryModel model;
    std::vector<std::string> warnings;
};

/// Reads the folder and stores it through FactoryDatabase::importScenario, so it is validated
/// and written exactly like a scenario file: all or nothing, replacing the planning data.
AdventureWorksImport importAdventureWorks(FactoryDatabase& database, const std::string& directory);

} // namespace pmc::store
