#!/usr/bin/env bash
# Independent checks of the calendar files TwinLink writes (issue 5): python icalendar and
# vobject, python's email package, a Radicale CalDAV server with the caldav client, khal and
# calcurse read the generated invites, updates, cancellations, feeds and e-mails, and every
# VTIMEZONE is compared with python's zoneinfo (IANA) over 2026-2030.
#
# Usage: scripts/ics-checks.sh [SAMPLES_DIR]
#   ICS_CHECKS_PACKAGE_PATH  Swift package that generates the samples (default: this repository)
#   ICS_CHECKS_SKIP_INSTALL  set to 1 to skip pip and apt-get
# Exits non-zero when any check fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="${ICS_CHECKS_PACKAGE_PATH:-$root}"
checks="$root/Tests/ics-checks"
samples="${1:-$(mktemp -d "${TMPDIR:-/tmp}/twinlink-ics-samples.XXXXXX")}"
python="${PYTHON:-python3}"

install_tools() {
    echo "== installing the independent tools"
    if ! "$python" -c "import icalendar, vobject, radicale, caldav" 2>/dev/null; then
        "$python" -m pip install --quiet --disable-pip-version-check icalendar vobject radicale caldav
    fi
    local missing=()
    for tool in khal calcurse; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        if ! apt-cache policy "${missing[@]}" 2>/dev/null | grep -q "Candidate: [0-9]"; then
            apt-get update -qq
        fi
        for tool in "${missing[@]}"; do
            if apt-cache policy "$tool" | grep -q "Candidate: (none)"; then
                echo "$tool is not installable here (apt-cache policy shows no candidate)" >&2
                exit 1
            fi
        done
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    "$python" - <<'PY'
import icalendar, vobject, radicale, caldav
print(f"icalendar {icalendar.__version__}, vobject {vobject.VERSION}, radicale {radicale.VERSION}, caldav {caldav.__version__}")
PY
    khal --version
    calcurse --version | head -n 1
}

generate_samples() {
    echo "== writing sample invites and e-mails into $samples"
    mkdir -p "$samples"
    # The calendar test writes the .ics files and manifest.json; the mail test then wraps them in .eml files.
    TWINLINK_ICS_SAMPLES="$samples" swift test --package-path "$package" --filter IcsSampleFilesTests
    TWINLINK_ICS_SAMPLES="$samples" swift test --package-path "$package" --filter SampleMessagesTests
    ls "$samples"
}

if [[ "${ICS_CHECKS_SKIP_INSTALL:-0}" != 1 ]]; then
    install_tools
fi
generate_samples

passed=0
failed=0
for check in check_parsers check_vtimezones check_radicale check_khal check_calcurse; do
    echo "== $check"
    if (cd "$checks" && timeout 600 "$python" "$check.py" "$samples"); then
        passed=$((passed + 1))
    else
        echo "$check FAILED"
        failed=$((failed + 1))
    fi
done
echo "ics-checks: $passed passed, $failed failed"
((failed == 0))
