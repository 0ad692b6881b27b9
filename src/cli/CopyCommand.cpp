#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include "store/DatabaseCopy.h"
#include "store/PostgresConnection.h"

#include <ostream>

namespace pmc::cli {

int runCopyTo(CommandContext& context)
{
    const CommandLine args(context.words(), {});
    args.allowOnly({});
    if (args.positional().size() != 1)
        throw UsageError("give one target: a postgresql:// URL or a new .db file");
    const std::string target = args.positional().front();
    const store::CopySummary copied = store::copyFactoryDatabase(context.databaseLocation(), target);
    context.out() << "copied " << copied.rows << " rows of " << copied.tables << " tables from "
                  << store::displayLocation(context.databaseLocation()) << " to " << store::displayLocation(target)
                  << "\n";
    return 0;
}

} // namespace pmc::cli
