#include "cli/Commands.h"
#include "core/Log.h"
#include "store/InputError.h"
#include "store/StoreError.h"

#include <iostream>

namespace {

void printUsage(std::ostream& out)
{
    out << "usage: pmc-cli [--db FILE|postgresql://user@host:port/dbname] [--verbose] COMMAND ...\n\ncommands:\n";
    for (const auto& command : pmc::cli::commands())
        out << "  " << command.usage << "\n";
    out << "\nWithout --db the per-user database of the desktop app is used.\n"
           "Exit codes: 0 success, 2 bad input (nothing changed), 1 other failure.\n";
}

} // namespace

int main(int argc, char** argv)
{
    std::string databasePath;
    bool verbose = false;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "--db" && i + 1 < argc)
            databasePath = argv[++i];
        else if (word == "--verbose")
            verbose = true;
        else if (word == "--help" || word == "-h") {
            printUsage(std::cout);
            return 0;
        } else
            break;
    }
    pmc::core::configureLogging(verbose, {});
    if (i >= argc) {
        printUsage(std::cerr);
        return 2;
    }
    const std::string name = argv[i];
    const std::vector<std::string> words(argv + i + 1, argv + argc);
    for (const auto& command : pmc::cli::commands()) {
        if (command.name != name)
            continue;
        pmc::cli::CommandContext context(databasePath, words, std::cout, std::cerr);
        try {
            return command.run(context);
        } catch (const pmc::store::InputError& e) {
            for (const auto& issue : e.issues().issues())
                std::cerr << e.source() << ": " << issue.toString() << "\n";
            std::cerr << e.source() << ": refused, nothing was changed\n";
            return 2;
        } catch (const pmc::cli::UsageError& e) {
            std::cerr << "pmc-cli " << name << ": " << e.what() << "\n";
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "pmc-cli " << name << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "pmc-cli: unknown command \"" << name << "\"\n";
    printUsage(std::cerr);
    return 2;
}
