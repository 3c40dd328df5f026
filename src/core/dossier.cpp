#include "core/dossier.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed {

QStringList dossierItems(AwardLevel level, bool higherStateAward)
{
    QStringList items{u"to_trinh"_s, u"bao_cao_thanh_tich"_s, u"bien_ban_hoi_dong"_s};
    if (level == AwardLevel::State) {
        items << u"ket_qua_bo_phieu"_s << u"ban_dien_tu"_s;
        if (higherStateAward)
            items << u"lay_y_kien"_s;
    }
    return items;
}

int dossierOriginals(AwardLevel level, bool higherStateAward)
{
    if (level != AwardLevel::State)
        return 1;
    return higherStateAward ? 3 : 2;
}

QList<DossierItemState>
completeChecklist(const QList<DossierItemState>& stored, AwardLevel level, bool higherStateAward)
{
    QList<DossierItemState> checklist;
    for (const QString& item : dossierItems(level, higherStateAward)) {
        const auto it = std::ranges::find(stored, item, &DossierItemState::item);
        checklist << (it != stored.end() ? *it : DossierItemState{item, false, {}});
    }
    return checklist;
}

bool dossierComplete(const QList<DossierItemState>& checklist)
{
    return std::ranges::all_of(checklist, &DossierItemState::present);
}

} // namespace ed
