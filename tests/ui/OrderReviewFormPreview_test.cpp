// The print preview of the order review form, with its PDF export.
#include "DemoDocumentTest.h"
#include "core/FactoryModel.h"
#include "ui/orders/OrderReviewFormPreview.h"

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QTimer>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace pmc;

class OrderReviewFormPreview : public test::DemoDocumentTest
{
};

TEST_F(OrderReviewFormPreview, opensThePreviewOfTheOrderWithAPdfExport)
{
    const std::string number = document.factory().salesOrders.at(0).number;
    QString title;
    bool hasPdfExport = false;
    QTimer::singleShot(0, [&] {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(preview, nullptr);
        title = preview->windowTitle();
        hasPdfExport = preview->findChild<QAction*>(QStringLiteral("exportPdf")) != nullptr;
        preview->reject();
    });
    ui::showOrderReviewForm(document, number, nullptr);
    EXPECT_TRUE(title.contains(QString::fromStdString(number))) << title.toStdString();
    EXPECT_TRUE(hasPdfExport);
}

TEST_F(OrderReviewFormPreview, anUnknownOrderOpensNothing)
{
    bool opened = false;
    QTimer::singleShot(0, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = true;
            modal->close();
        }
    });
    ui::showOrderReviewForm(document, "NO-SUCH-ORDER", nullptr);
    QApplication::processEvents();
    EXPECT_FALSE(opened);
}
