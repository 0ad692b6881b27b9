#include "cli/PrintApplication.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/FormPainting.h"

namespace pmc::cli
{

std::unique_ptr<QGuiApplication> startPrintApplication(const core::PrintPaper& paper)
{
    app::form::setPaper(paper);
    if (QGuiApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "pmc-cli";
    static char* argv[] = { name, nullptr };
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace pmc::cli
#endif
