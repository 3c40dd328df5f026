#pragma once

#include "core/ids.h"

#include <QString>

namespace ed {

enum class AgencyLevel { Central, Province, District, Commune };
enum class AgencyKind { Party, State, Front, ElectionBody, Other };

/// An organisation that plans name: leads, staffs, co-ordinates, reports, issues or is inspected.
struct Agency
{
    AgencyId id;
    QString code; ///< stable key from imported data; empty for agencies added by hand
    QString name;
    QString abbreviation;
    AgencyLevel level = AgencyLevel::Province;
    AgencyKind kind = AgencyKind::State;
    AgencyId parent; ///< invalid for a top-level agency

    friend bool operator==(const Agency&, const Agency&) = default;
};

} // namespace ed
