#!/usr/bin/env bash
# The dependency rule of docs/architecture.md, checked on the sources: Qt Sql only in storage,
# no widgets below the GUI, nothing above core included from core. Prints each offending line.
set -u
src=$1
status=0
check() {
    local what=$1 pattern=$2
    shift 2
    local hits
    hits=$(grep -rnE "$pattern" "$@" 2>/dev/null)
    if [ -n "$hits" ]; then
        echo "layering: $what"
        echo "$hits"
        status=1
    fi
}
check "Qt Sql outside src/storage" '#include <(QtSql/)?QSql' \
    "$src/core" "$src/services" "$src/reports" "$src/gui" "$src/cli" "$src/app" "$src/i18n" \
    "$src/logging"
check "storage headers outside services and storage" '#include "storage/' \
    "$src/core" "$src/reports" "$src/gui" "$src/cli" "$src/app" "$src/i18n"
check "widgets below the GUI" '#include <(QtWidgets/)?Q(Widget|Dialog|MainWindow|Application)\b' \
    "$src/core" "$src/storage" "$src/services" "$src/reports" "$src/cli" "$src/i18n"
check "reports depend on a front end" '#include "(gui|cli)/' "$src/reports"
check "core depends on another layer" '#include "(storage|services|gui|cli|logging|i18n)/' \
    "$src/core"
[ $status -eq 0 ] && echo "layering: ok"
exit $status
