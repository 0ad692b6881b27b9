#include "support/CliTest.h"

#include <sys/wait.h>

#include <cstdlib>

namespace pmc::test {

CliResult CliTest::run(const std::string& arguments) const
{
    return runOn(m_dir.database("f.db"), arguments);
}

CliResult CliTest::runOn(const std::string& database, const std::string& arguments) const
{
    const std::string out = m_dir.file("stdout.txt");
    const std::string err = m_dir.file("stderr.txt");
    const std::string command
        = std::string(PMC_CLI_PATH) + " --db '" + database + "' " + arguments + " >" + out + " 2>" + err;
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readTextFile(out), readTextFile(err)};
}

} // namespace pmc::test
