#include "gui/editing/fieldmarker.h"

#include <QString>
#include <QVariant>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr char kProblemProperty[] = "edHasProblem";

} // namespace

void markField(QWidget* field, bool hasProblem, const QString& description)
{
    if (!field)
        return;
    field->setAccessibleDescription(hasProblem ? description : QString());
    if (isFieldMarked(field) == hasProblem)
        return;
    field->setProperty(kProblemProperty, hasProblem);
    // A style sheet on the field alone (selected by its class): a sheet set on the dialog would
    // restyle every field, and the platform style keeps drawing the fields without problems.
    // Style sheets spell a namespaced class "ns--Class".
    const QString type =
            QString::fromLatin1(field->metaObject()->className()).replace(u"::"_s, u"--"_s);
    field->setStyleSheet(
            hasProblem ? u"%1 { border: 2px solid #c62828; border-radius: 3px; }"_s.arg(type)
                       : QString());
}

bool isFieldMarked(const QWidget* field)
{
    return field && field->property(kProblemProperty).toBool();
}

} // namespace ed::gui
