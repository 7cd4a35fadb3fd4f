#pragma once

#include "printouts/VillageRosterData.h"

#include <vector>

class QPagedPaintDevice;

namespace relawas::printouts {

// Paints the Daftar Relawan Desa of each village on A4 portrait, each village from a new page: the title, where the
// village lies, its Kampung Pengawasan status with the SK and the MoU, how many people and the printing date, then
// the table (No, Name, L/P, Roles, Phone, NIK masked) with its header repeated on every page and a one-line running
// head naming the village on the pages after its first. Rows grow to three lines of a long name or of several roles
// and are never split; a village without people says so in its table. "Page X of Y" at the foot counts the pages of
// the village, so each village's sheets can be handed out on their own. Returns the number of pages painted (0 for
// no village).
int paintVillageRosters(QPagedPaintDevice& device, const std::vector<VillageRosterSheetData>& villages);

} // namespace relawas::printouts
