#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace relawas::core {

// Files the program writes for the user: the refused rows of an import, a roster export, a report file.

// Refuses an output that would destroy data: the database itself, its -wal, -shm or -journal, or a file being read
// (the spreadsheet imported). The same file under another name (a link, "./", "..") counts. Throws Error (UserInput)
// "output.would_overwrite" with args {output, what it would overwrite}.
void checkOutputPath(const std::filesystem::path& output, const std::filesystem::path& database,
                     const std::vector<std::filesystem::path>& inputs = {});

// Whether the output can be written: its folder exists and takes a new file. Checked before work whose result must
// not be lost to a failed write at the end (an import saves its people first). Throws Error (UserInput)
// "output.not_writable" with args {output, the system's reason}.
void checkOutputWritable(const std::filesystem::path& output);

// Writes `bytes` as a private file (owner read and write only, where the system has modes: it may hold NIKs), whole
// or not at all: into a temporary file beside it, flushed, then renamed over the output. Throws Error (UserInput)
// "output.not_writable" as above.
void writePrivateFile(const std::filesystem::path& output, std::string_view bytes);

// Creates the folders of `folder` that are missing, each for its owner only (0700): the data and log folders. Folders
// that exist keep their modes.
void createPrivateFolders(const std::filesystem::path& folder);

// Takes away the group's and others' access to a file that exists (the database and its -wal and -shm, made 0644 by
// an earlier version); a file that is missing is left missing.
void keepPrivate(const std::filesystem::path& file);

} // namespace relawas::core
