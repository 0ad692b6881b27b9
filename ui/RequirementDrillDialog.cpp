#include "ui/RequirementDrillDialog.h"

#include "app/models/RequirementSourceModel.h"
#include "app/models/WhereUsedTableModel.h"
#include "app/models/QtDate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace pmc::ui {

RequirementDrillDialog::RequirementDrillDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_sources(new app::RequirementSourceModel(document, this)),
      m_whereUsed(new app::WhereUsedTableModel(document, this)), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_tree(new QTreeView(this)), m_allLevels(new QCheckBox(tr("All levels"), this))
{
    setObjectName(QStringLiteral("RequirementDrillDialog"));
    setWindowTitle(tr("What makes this number"));
    m_tree->setModel(m_sources);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* whereUsedView = new QTableView(this);
    whereUsedView->setModel(m_whereUsed);
    whereUsedView->verticalHeader()->hide();
    whereUsedView->horizontalHeader()->setStretchLastSection(true);
    whereUsedView->setAlternatingRowColors(true);
    connect(m_allLevels, &QCheckBox::toggled, m_whereUsed, &app::WhereUsedTableModel::setMultiLevel);
    connect(m_whereUsed, &QAbstractItemModel::modelReset, whereUsedView, &QTableView::resizeColumnsToContents);
    auto* whereUsedPage = new QWidget(this);
    auto* whereUsedLayout = new QVBoxLayout(whereUsedPage);
    whereUsedLayout->addWidget(m_allLevels);
    whereUsedLayout->addWidget(whereUsedView, 1);

    m_tabs->addTab(m_tree, tr("Sources and pegging"));
    m_tabs->addTab(whereUsedPage, tr("Where used"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    if (!restoreGeometry(QSettings().value(QStringLiteral("mrp/drillDialog/geometry")).toByteArray()))
        resize(820, 460);
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(QStringLiteral("mrp/drillDialog/geometry"), saveGeometry()); });
}

void RequirementDrillDialog::showCell(const QString& item, app::RequirementGridModel::Measure measure, core::Date first,
                                      int days)
{
    m_sources->show(item, measure, first, days);
    const QLocale locale;
    const QString from = locale.toString(app::toQDate(first), QLocale::ShortFormat);
    const QString period = days == 1 ? from
        : tr("%1 to %2").arg(from, locale.toString(app::toQDate(first + (days - 1)), QLocale::ShortFormat));
    showSources(tr("%1 · %2 · %3").arg(item, app::RequirementGridModel::measureName(measure), period), item);
}

void RequirementDrillDialog::showPlannedOrder(const QString& id, const QString& item)
{
    m_sources->showPlannedOrder(id);
    showSources(tr("Planned order %1 of %2: pegging").arg(id, item), item);
}

void RequirementDrillDialog::showSources(const QString& title, const QString& item)
{
    m_title->setText(m_sources->rowCount() == 0 ? tr("%1: nothing in this period").arg(title) : title);
    m_whereUsed->setItem(item);
    m_tree->expandAll();
    for (int column = 0; column < m_sources->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    m_tabs->setCurrentIndex(0);
    show();
    raise();
    activateWindow();
}

} // namespace pmc::ui
