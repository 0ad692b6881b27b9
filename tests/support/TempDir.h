#pragma once

#include <string>
#include <map>

namespace pmc::test {

/// A fresh directory under the system temp folder, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }
    /// Where a test keeps a factory database: the file `name` here, or, when PMC_TEST_POSTGRES
    /// names a server (the store suite's second run), a fresh schema on it, dropped with this;
    /// the same name gives the same database again (a test reopening it).
    std::string database(const std::string& name) const;
    /// Writes `content` to `name` inside the directory and returns its path.
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::string m_path;
    mutable std::map<std::string, std::string> m_schemas; // name → schema, dropped with the folder
};

/// The PostgreSQL server the tests run against (PMC_TEST_POSTGRES), or empty for SQLite files.
std::string testServer();

std::string readTextFile(const std::string& path);

} // namespace pmc::test
