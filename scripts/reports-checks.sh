#!/usr/bin/env bash
# Independent checks of the attendance, outcomes and costs report (issue 7): the fixtures'
# attendance, outcome and cost files are what fixtures/generate_attendance.py writes; the main job
# runs on the fixtures, then Tests/reports-checks/check_report.py recomputes every figure of the report's
# CSV files from the database with plain SQL and checks that report.html shows the same figures;
# a report for October 2026 is checked the same way; a second run must give the same bytes; and
# python's html5lib parses report.html as HTML5 where it is installed.
#
# Usage: scripts/reports-checks.sh [TWINLINK]
#   TWINLINK  the twinlink executable to check (default: swift build, then .build/debug/twinlink)
# Exits non-zero when any check fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
check="$root/Tests/reports-checks/check_report.py"
twinlink="${1:-}"
if [[ -z "$twinlink" ]]; then
    (cd "$root" && swift build --product twinlink)
    twinlink="$root/.build/debug/twinlink"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/twinlink-reports-checks.XXXXXX")"
export PYTHONDONTWRITEBYTECODE=1

echo "== fixtures/generate_attendance.py writes the committed files, byte for byte"
"$python" "$root/fixtures/generate_attendance.py" --out "$work/generated"
for folder in attendance outcomes costs; do
    diff -r "$root/fixtures/$folder" "$work/generated/$folder"
done
echo "identical"

echo "== the main job on the fixtures"
"$twinlink" run "$root/fixtures" --out "$work/out" --db "$work/db.sqlite" >/dev/null 2>"$work/run.log" \
    || { cat "$work/run.log" >&2; exit 1; }

echo "== every figure recomputed from the database"
"$python" "$check" "$work/db.sqlite" "$work/out/report"

echo "== October 2026 only"
"$twinlink" report --from 2026-10-01 --to 2026-10-31 --out "$work/october" --db "$work/db.sqlite" >/dev/null
"$python" "$check" "$work/db.sqlite" "$work/october" --from 2026-10-01 --to 2026-10-31

echo "== a second run gives the same bytes"
"$twinlink" run "$root/fixtures" --out "$work/again" --db "$work/db.sqlite" >/dev/null 2>&1
diff -r "$work/out/report" "$work/again/report"
echo "identical"

echo "== report.html is HTML5"
if "$python" -c "import html5lib" 2>/dev/null; then
    "$python" - "$work/out/report/report.html" <<'PY'
import sys
import html5lib

parser = html5lib.HTMLParser(strict=True)
parser.parse(open(sys.argv[1], "rb"))
print(f"{sys.argv[1]}: parses as HTML5 without errors")
PY
else
    echo "html5lib is not installed (pip install html5lib): skipped"
fi
echo "All report checks passed; files in $work"
