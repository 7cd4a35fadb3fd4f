#pragma once

#include "printouts/PrintoutData.h"

#include <vector>

class QPagedPaintDevice;

namespace relawas::printouts {

// Paints one certificate per page on A4 landscape, in a serif face: the number, the name, the part, the training,
// who held it where and when, the final score when there is one, and the signatory's block. Returns the number of
// pages painted (one per certificate; none paint nothing).
int paintCertificates(QPagedPaintDevice& device, const std::vector<CertificateData>& certificates);

} // namespace relawas::printouts
