#pragma once

#include "app/Document.h"
#include "support/TempDir.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

#include <gtest/gtest.h>

namespace pmc::test {

/// Base of the page tests over the demo factory: every test opens its own copy in a fresh
/// database, so edits and undo steps never leak from one test into the next. A derived
/// SetUp() calls this one first.
class DemoDocumentTest : public ::testing::Test {
protected:
    void SetUp() override { document.open(QString::fromStdString(dir.file("demo.db")), true); }

    TempDir dir;
    app::Document document;
};

/// Triggers the actions of `widget` bound to `key`, as the key would while `widget` has the
/// focus (the pages put their commands on the view's own keyboard).
inline void triggerShortcut(QWidget* widget, const QKeySequence& key)
{
    for (QAction* action : widget->actions())
        if (action->shortcut() == key)
            action->trigger();
}

} // namespace pmc::test
