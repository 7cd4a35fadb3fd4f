#pragma once

#include "core/storage/Database.h"

#include <memory>

#include <QTemporaryDir>

namespace relawas::testing {

// A database in a temporary folder holding the real region list (idn-area-data) and Batu Bara as the working
// kabupaten. The first call imports the list into a template file; later calls copy that file, which is far
// quicker than importing 91,599 regions again.
class TestDatabase
{
public:
    TestDatabase();

    core::Database& database() { return *m_db; }
    QString path() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

} // namespace relawas::testing
