#pragma once

#include <filesystem>
#include <string>
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

// The same written piece by piece, for a file too large to hold in memory (a report of a million people): the bytes go
// to a private temporary file beside the output, and commit() renames it over the output once it is whole. A writer
// destroyed without commit() removes its temporary file, and the output is as it was. Throws Error (UserInput)
// "output.not_writable" when the file cannot be created or written (the disk full).
class PrivateFileWriter
{
public:
    explicit PrivateFileWriter(std::filesystem::path output);
    ~PrivateFileWriter();
    PrivateFileWriter(const PrivateFileWriter&) = delete;
    PrivateFileWriter& operator=(const PrivateFileWriter&) = delete;

    void write(std::string_view bytes);
    // Flushes, syncs to the disk and renames the file over the output.
    void commit();

private:
    void flush();
    [[noreturn]] void fail(const std::string& reason);

    std::filesystem::path m_output;
    std::filesystem::path m_temporary;
    int m_fd = -1;
    std::string m_buffer;
};

// Creates the folders of `folder` that are missing, each for its owner only (0700): the data and log folders. Folders
// that exist keep their modes.
void createPrivateFolders(const std::filesystem::path& folder);

// Takes away the group's and others' access to a file that exists (the database and its -wal and -shm, made 0644 by
// an earlier version); a file that is missing is left missing.
void keepPrivate(const std::filesystem::path& file);

// Writes all of `bytes` to the open file `fd`, again after an interrupted write; false, with errno telling why, when
// the system takes no more (the disk full).
bool writeWhole(int fd, std::string_view bytes);

} // namespace relawas::core
