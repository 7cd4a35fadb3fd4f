#include "wilayah/KampungEditCommand.h"

#include "common/ErrorText.h"
#include "core/base/Error.h"
#include "core/programme/KampungRepository.h"

#include <spdlog/spdlog.h>

namespace relawas::gui {

KampungEditCommand::KampungEditCommand(core::Database& db, std::string actor, const QString& text,
                                       std::optional<core::KampungProgramme> before,
                                       std::optional<core::KampungProgramme> after, Notify notify)
    : QUndoCommand(text)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
{}

void KampungEditCommand::undo()
{
    apply(m_before);
}

void KampungEditCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    apply(m_after);
}

void KampungEditCommand::apply(const std::optional<core::KampungProgramme>& target)
{
    const std::string code = (m_after ? m_after : m_before)->villageCode;
    QString failure;
    try {
        core::KampungRepository repository(m_db);
        const auto current = repository.find(code);
        if (target) {
            core::KampungProgramme next = *target;
            next.meta.revision = current ? current->meta.revision : 0;
            repository.save(next, m_actor, core::todayUtc());
        } else {
            repository.remove(code, m_actor);
        }
    } catch (const core::Error& e) {
        spdlog::warn("undo/redo of {} failed: {}", code, e.what());
        failure = ErrorText::describe(e);
        setObsolete(true);
    }
    m_notify(QString::fromStdString(code), failure);
}

} // namespace relawas::gui
