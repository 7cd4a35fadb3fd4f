#pragma once

#include <QString>

class QWidget;

namespace relawas::gui {

struct Session;

// Opens the print preview of the Daftar Relawan Desa of `code`: one village, or every village of a kecamatan, each
// from a new page (roles on the election day, NIKs masked). Says what went wrong in a message box when the roster
// cannot be read. Returns whether the preview opened.
bool previewVillageRosters(Session& session, const QString& code, const QString& name, QWidget* parent);

} // namespace relawas::gui
