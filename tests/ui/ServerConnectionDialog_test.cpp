#include "ui/ServerConnectionDialog.h"

#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace pmc;

TEST(ServerConnectionDialog, buildsTheServerLocationAndRemembersAllButThePassword)
{
    QSettings().remove(QStringLiteral("server"));
    ui::ServerConnectionDialog dialog;
    EXPECT_EQ(dialog.port()->value(), 5432);
    dialog.host()->setText(QStringLiteral(" db.plant.local "));
    dialog.port()->setValue(5433);
    dialog.database()->setText(QStringLiteral("pmc_2号厂"));
    dialog.user()->setText(QStringLiteral("li@pmc"));
    dialog.password()->setText(QStringLiteral("s3cret"));
    EXPECT_EQ(dialog.location(), QStringLiteral("postgresql://li%40pmc@db.plant.local:5433/pmc_2%E5%8F%B7%E5%8E%82"));
    EXPECT_EQ(dialog.password()->echoMode(), QLineEdit::Password);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    ui::ServerConnectionDialog again;
    EXPECT_EQ(again.host()->text(), QStringLiteral("db.plant.local"));
    EXPECT_EQ(again.port()->value(), 5433);
    EXPECT_EQ(again.user()->text(), QStringLiteral("li@pmc"));
    EXPECT_TRUE(again.password()->text().isEmpty());
    EXPECT_FALSE(QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("password")));
}
