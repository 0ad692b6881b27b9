#include "ui/GlobalSearch.h"

#include "app/models/SearchResultModel.h"

#include <QCompleter>
#include <QHeaderView>
#include <QShortcut>
#include <QTreeView>

namespace pmc::ui {

namespace {
// Wider than the box: kind, code and name side by side.
constexpr int kPopupWidth = 560;
}

GlobalSearch::GlobalSearch(const app::Document& document, QWidget* parent)
    : QLineEdit(parent), m_results(new app::SearchResultModel(document, this)), m_popup(new QCompleter(this)),
      m_list(new QTreeView)
{
    setObjectName(QStringLiteral("GlobalSearch"));
    setPlaceholderText(tr("Search order, item, work order… (Ctrl+K)"));
    setClearButtonEnabled(true);

    // Unfiltered: the model already holds the ranked matches, the completer only shows them.
    m_popup->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_popup->setModel(m_results);
    m_popup->setCompletionColumn(app::SearchResultModel::Code);
    m_popup->setMaxVisibleItems(14);
    m_popup->setWidget(this);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->setPopup(m_list); // takes ownership
    m_list->header()->setStretchLastSection(true);

    connect(m_popup, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.row()); });
    // textEdited, not textChanged: only typing searches, clearing after a choice does not.
    connect(this, &QLineEdit::textEdited, this, &GlobalSearch::search);
    connect(this, &QLineEdit::returnPressed, this, [this] { choose(0); });

    auto* focus = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    focus->setContext(Qt::WindowShortcut);
    connect(focus, &QShortcut::activated, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
        if (!text().isEmpty())
            search(text());
    });
}

void GlobalSearch::search(const QString& text)
{
    m_results->setQuery(text);
    if (m_results->rowCount() == 0) {
        m_list->hide();
        return;
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    const int width = std::max(kPopupWidth, this->width());
    m_popup->complete(QRect(this->width() - width, 0, width, height()));
    m_list->setCurrentIndex(m_list->model()->index(0, 0));
}

void GlobalSearch::choose(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    const app::SearchEntry entry = m_results->entry(row);
    m_list->hide();
    clear();
    m_results->setQuery({});
    emit chosen(entry);
}

} // namespace pmc::ui
