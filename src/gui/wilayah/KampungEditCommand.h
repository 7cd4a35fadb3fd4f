#pragma once

#include "core/programme/KampungProgramme.h"

#include <functional>
#include <optional>
#include <string>

#include <QString>
#include <QUndoCommand>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// One saved change to a village's programme status. The change is already stored when the command is pushed;
// undo and redo store the earlier or later state again as new revisions, so sync sees every step.
class KampungEditCommand final : public QUndoCommand
{
public:
    using Notify = std::function<void(const QString& villageCode, const QString& failure)>;

    KampungEditCommand(core::Database& db, std::string actor, const QString& text,
                       std::optional<core::KampungProgramme> before, std::optional<core::KampungProgramme> after,
                       Notify notify);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<core::KampungProgramme>& target);

    core::Database& m_db;
    std::string m_actor;
    std::optional<core::KampungProgramme> m_before;
    std::optional<core::KampungProgramme> m_after;
    Notify m_notify;
    bool m_stored = true; // the first redo() finds the change already saved
};

} // namespace relawas::gui
