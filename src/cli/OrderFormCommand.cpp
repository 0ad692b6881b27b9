#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/OrderReviewForm.h"
#include "cli/PrintApplication.h"
#endif

#include <algorithm>
#include <ostream>
#include <stdexcept>

namespace pmc::cli
{

int runOrderForm(CommandContext& context, const std::string& number, const std::string& pdfFile)
{
    if (pdfFile.empty())
        throw UsageError("order form: --pdf FILE is required");
    const core::FactoryModel model = context.database().load();
    const auto order = std::find_if(model.salesOrders.begin(), model.salesOrders.end(),
        [&](const core::SalesOrder& o) { return o.number == number; });
    if (order == model.salesOrders.end())
        throw UsageError("no sales order \"" + number + "\"");
#ifdef PMC_CLI_HAS_PDF
    const std::unique_ptr<QGuiApplication> application = startPrintApplication(model.settings.printPaper);
    const app::OrderReviewForm form(model, *order);
    QString error;
    if (!form.writePdf(QString::fromStdString(pdfFile), &error))
        throw std::runtime_error(error.toStdString());
    context.out() << "wrote " << pdfFile << " (" << form.sheetNumber().toStdString() << ")\n";
    return 0;
#else
    throw UsageError("--pdf: this pmc-cli was built without the Qt print layer (configure with PMC_BUILD_UI=ON)");
#endif
}

} // namespace pmc::cli
