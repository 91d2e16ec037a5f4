#!/usr/bin/env bash
# Independent checks of the documents TwinLink writes (issue 6): python's html5lib parses every
# HTML document as HTML5 and Tests/documents-checks/check_html.py finds no external reference
# and no raw HTML in the Markdown; headless Chromium then screenshots one personal pack (desktop
# and phone width) and prints the briefing pack to an A4 PDF, for a person to look at.
#
# Usage: scripts/documents-checks.sh [DOCUMENTS_DIR]
#   DOCUMENTS_DIR                 documents to check (e.g. OUT/documents of `twinlink run`); default:
#                                 the fixture documents written by the DocumentDump test into a new folder
#   DOCUMENTS_CHECKS_PACKAGE_PATH Swift package that writes them (default: this repository)
#   DOCUMENTS_CHECKS_SKIP_INSTALL set to 1 to skip pip and apt-get
# Screenshots and the PDF go to DOCUMENTS_DIR/screenshots. Exits non-zero when a check fails;
# where Chromium cannot be installed the screenshots are skipped with a message.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="${DOCUMENTS_CHECKS_PACKAGE_PATH:-$root}"
checks="$root/Tests/documents-checks"
python="${PYTHON:-python3}"
export PYTHONDONTWRITEBYTECODE=1
documents="${1:-}"

find_chromium() {
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$name" >/dev/null; then
            command -v "$name"
            return 0
        fi
    done
    return 1
}

install_tools() {
    echo "== installing html5lib and Chromium"
    if ! "$python" -c "import html5lib" 2>/dev/null; then
        "$python" -m pip install --quiet --disable-pip-version-check html5lib
    fi
    if ! find_chromium >/dev/null; then
        if command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
            apt-get update -qq || true
            if apt-cache policy chromium 2>/dev/null | grep -q "Candidate: [0-9]"; then
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
                    || echo "apt-get could not install chromium" >&2
            else
                echo "chromium is not installable here (apt-cache policy shows no candidate)" >&2
            fi
        else
            echo "chromium is not installed and apt-get is not available to root here" >&2
        fi
    fi
}

if [[ "${DOCUMENTS_CHECKS_SKIP_INSTALL:-0}" != 1 ]]; then
    install_tools
fi

echo "== the checker rejects what it must"
(cd "$checks" && "$python" -m unittest -q test_check_html)

if [[ -z "$documents" ]]; then
    documents="$(mktemp -d "${TMPDIR:-/tmp}/twinlink-documents.XXXXXX")"
    echo "== writing the fixture documents into $documents"
    TWINLINK_DOCUMENTS_DUMP="$documents" swift test --package-path "$package" --filter DocumentDump
fi

echo "== html5lib and self-containment checks on $documents"
"$python" -c "import html5lib; print('html5lib', html5lib.__version__)"
"$python" "$checks/check_html.py" "$documents"

echo "== screenshots with headless Chromium"
if chromium="$(find_chromium)"; then
    "$chromium" --version 2>/dev/null
    shots="$documents/screenshots"
    mkdir -p "$shots"
    personal="$(find "$documents" -maxdepth 1 -name 'pack-*-person-*.html' | sort | head -n 1)"
    pack="$(find "$documents" -maxdepth 1 -name 'pack-*.html' ! -name '*-person-*' ! -name '*.en.html' | sort | head -n 1)"
    if [[ -z "$personal" || -z "$pack" ]]; then
        echo "no briefing pack and personal pack in $documents to screenshot" >&2
        exit 1
    fi
    profile="$(mktemp -d)"
    shoot() { # OUTPUT WIDTH HEIGHT FILE
        timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
            --window-size="$2,$3" --screenshot="$1" "file://$4" 2>/dev/null
        [[ -s "$1" ]] || { echo "Chromium wrote no screenshot $1" >&2; exit 1; }
        echo "wrote $1"
    }
    shoot "$shots/personal-pack.png" 1000 2600 "$personal"
    shoot "$shots/personal-pack-phone.png" 390 2400 "$personal"
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$profile" \
        --print-to-pdf="$shots/briefing-pack.pdf" "file://$pack" 2>/dev/null
    [[ -s "$shots/briefing-pack.pdf" ]] || { echo "Chromium wrote no PDF" >&2; exit 1; }
    head -c 5 "$shots/briefing-pack.pdf" | grep -q '%PDF-' || { echo "briefing-pack.pdf is not a PDF" >&2; exit 1; }
    echo "wrote $shots/briefing-pack.pdf"
    rm -rf "$profile"
else
    echo "screenshots skipped: headless Chromium is not installed (apt-get install -y chromium)"
fi
echo "== documents checks passed"
