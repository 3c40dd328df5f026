#pragma once

#include "core/ids.h"

#include <QString>
#include <QStringList>

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

/// What refers to an agency, named as a user would recognise each: why it cannot be deleted.
struct AgencyReferences
{
    QStringList meetings;    ///< "Cuộc họp thứ nhất (01-KH/BCĐ)"
    QStringList tasks;       ///< "III.2 (01-KH/BCĐ)"
    QStringList plans;       ///< plans it issued: "01-KH/BCĐ"
    QStringList children;    ///< agencies under it
    QStringList inspections; ///< inspection programmes that target it
    [[nodiscard]] bool isEmpty() const
    {
        return meetings.isEmpty() && tasks.isEmpty() && plans.isEmpty() && children.isEmpty()
               && inspections.isEmpty();
    }
};

} // namespace ed
