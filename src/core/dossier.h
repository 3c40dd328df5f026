#pragma once

#include "core/campaign.h"
#include "core/nomination.h"

#include <QList>
#include <QStringList>

namespace ed {

/// The documents a dossier must hold for an award form (law.md §8), by code:
/// - every form: `to_trinh` (submission with the list), `bao_cao_thanh_tich` (achievement
///   report certified by the nominating level), `bien_ban_hoi_dong` (minutes of the nominating
///   level's Emulation & Reward Council);
/// - state awards add `ket_qua_bo_phieu` (secret-ballot result, ≥ 80 % of the council in
///   favour) and `ban_dien_tu` (electronic copy);
/// - higher state awards add `lay_y_kien` (10 working days of public comment).
[[nodiscard]] QStringList dossierItems(AwardLevel level, bool higherStateAward);

/// Originals the dossier is filed in: 1 for a provincial or local award, 2 for a state award
/// forwarded to the Prime Minister, 3 for higher ones.
[[nodiscard]] int dossierOriginals(AwardLevel level, bool higherStateAward);

/// The stored checklist completed to the form's items, in catalogue order: an item never
/// checked is missing. Items the form does not need are dropped.
[[nodiscard]] QList<DossierItemState>
completeChecklist(const QList<DossierItemState>& stored, AwardLevel level, bool higherStateAward);

/// True when every item of the form is present.
[[nodiscard]] bool dossierComplete(const QList<DossierItemState>& checklist);

} // namespace ed
