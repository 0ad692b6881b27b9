#include "DemoDocumentTest.h"

#include "app/PlanReleaseService.h"
#include "store/Database.h"
#include "store/PlanReleaseRepository.h"
#include "ui/PlanReleaseDialog.h"
#include "ui/PlanningSettingsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

using namespace pmc;

namespace {

class PlanReleaseDialogTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        document.startMrp();
        document.waitForMrp();
    }
    std::vector<core::PlanRelease> storedReleases()
    {
        store::Database database(document.path().toStdString(), store::Database::OpenMode::ReadWrite);
        return store::PlanReleaseRepository(database).releases();
    }
};

const QDateTime kWednesdayAfternoon(QDate(2026, 11, 25), QTime(14, 0));

} // namespace

TEST_F(PlanReleaseDialogTest, releasingFreezesThePlanAndStampsVersionOne)
{
    const app::PlanReleaseService service(document);
    const std::optional<core::ReleaseReminder> before = service.reminder(kWednesdayAfternoon);
    ASSERT_TRUE(before.has_value());
    EXPECT_EQ(before->planDate, core::Date::fromYmd(2026, 11, 26));
    EXPECT_TRUE(before->overdue); // after 13:30 with nothing released
    EXPECT_TRUE(app::PlanReleaseService::reminderText(*before).contains(QStringLiteral("NOT released")));
    EXPECT_TRUE(document.factory().operationPins.empty());

    ui::PlanReleaseDialog dialog(document);
    dialog.date()->setDate(QDate(2026, 11, 26));
    dialog.note()->setText(QStringLiteral("first release"));
    dialog.release();

    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.status().toStdString();
    const std::vector<core::PlanRelease> releases = storedReleases();
    ASSERT_EQ(releases.size(), 1u);
    EXPECT_EQ(releases[0].version, 1);
    EXPECT_EQ(releases[0].note, "first release");
    EXPECT_FALSE(releases[0].plan.lines.empty());
    EXPECT_GT(releases[0].pinnedSteps, 0);
    // The document shows the frozen steps the release stored.
    EXPECT_EQ(static_cast<int>(document.factory().operationPins.size()), releases[0].pinnedSteps);
    const std::optional<core::ReleaseReminder> after = service.reminder(kWednesdayAfternoon);
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->released);
    EXPECT_FALSE(after->overdue);
}

TEST_F(PlanReleaseDialogTest, aPlanBeforeTheplanningDateIsRefusedAndNothingIsWritten)
{
    ui::PlanReleaseDialog dialog(document);
    dialog.date()->setDate(QDate(2026, 11, 24));
    dialog.release();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("before the planning date"))) << dialog.status().toStdString();
    EXPECT_TRUE(storedReleases().empty());
    EXPECT_TRUE(document.factory().operationPins.empty());
}

TEST_F(PlanReleaseDialogTest, theCutoffIsAPlanningSetting)
{
    ui::PlanningSettingsDialog settings(document);
    EXPECT_EQ(settings.planReleaseCutoff()->time(), QTime(13, 30));
    settings.planReleaseCutoff()->setTime(QTime(15, 0));
    settings.accept();
    EXPECT_EQ(document.factory().settings.planReleaseCutoffMinute, 15 * 60);
    // At 14:00 the plan is no longer overdue with a 15:00 cut-off.
    const std::optional<core::ReleaseReminder> reminder = app::PlanReleaseService(document).reminder(kWednesdayAfternoon);
    ASSERT_TRUE(reminder.has_value());
    EXPECT_FALSE(reminder->overdue);
    document.undoStack()->undo();
    EXPECT_EQ(document.factory().settings.planReleaseCutoffMinute, 13 * 60 + 30);
}
