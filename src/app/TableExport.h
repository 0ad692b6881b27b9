#pragma once

#include "app/print/TableForm.h"
#include "store/Spreadsheet.h"

#include <QString>

#include <vector>

class QAbstractItemModel;

namespace pmc::app {

/// A table as the planner sees it, as a worksheet: `columns` (logical columns of `model`, in
/// the order shown) of every row of `model` (pass the sorting/filtering proxy, so the rows are
/// the filtered ones in their shown order), under the header texts the view shows. A column
/// whose every non-empty cell is a number becomes a number column, one of dates ("YYYY-MM-DD"
/// or QDate) a date column; any other column keeps the displayed text.
store::Sheet tableSheet(const QAbstractItemModel& model, const std::vector<int>& columns, const QString& sheetName);

/// A sheet name Excel accepts, from any title (a file name): its forbidden characters
/// replaced, at most 31 characters, never empty.
QString worksheetName(const QString& title);

/// Writes tableSheet() as a one-sheet .xlsx named after the file. Throws store::InputError or
/// std::runtime_error, naming the file, when Excel could not hold the table or the file cannot
/// be written.
void exportTable(const QString& fileName, const QAbstractItemModel& model, const std::vector<int>& columns);

/// A printed form (TableForm.h) as a worksheet in the print's layout: the bilingual column
/// captions as the header row, one row per printed row (a cell's second line after " / "),
/// then, after a blank row, the title, number and information line, and the signature roles.
/// Right-aligned columns whose every non-empty cell is a number become number columns.
store::Sheet formSheet(const TableFormContent& form, const QString& sheetName);

/// Writes formSheet() as a one-sheet .xlsx named after the form's number; throws like exportTable.
void exportForm(const QString& fileName, const TableFormContent& form);

} // namespace pmc::app
