#pragma once

// readReport() on a thread of its own, so that reading, checking and hashing the next records (a quarter of an
// import's time at a million people) runs beside the merge of the last ones instead of before it.

#include "core/sync/ReportReader.h"

namespace relawas::core {

// What readReport(file, hooks) does, with the same hooks called on the calling thread, in the same order, with the
// same errors: a record's error comes after every record before it was handed over, the reader's own after the records
// it read first. When a hook throws, the reader stops at its next record and the hook's error is thrown. The reader
// runs at most a few hundred records ahead.
ReportSummary readReportAhead(const std::filesystem::path& file, const ReportReaderHooks& hooks);

} // namespace relawas::core
