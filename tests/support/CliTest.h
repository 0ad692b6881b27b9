#pragma once

#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <string>

namespace pmc::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Fixture base that runs the real pmc-cli binary (PMC_CLI_PATH) on a database in a fresh
/// folder, as a script or an ERP would, capturing exit code, stdout and stderr.
class CliTest : public ::testing::Test {
protected:
    CliResult run(const std::string& arguments) const;
    /// The same on another database (a file path or a server URL).
    CliResult runOn(const std::string& database, const std::string& arguments) const;

    TempDir m_dir;
};

} // namespace pmc::test
