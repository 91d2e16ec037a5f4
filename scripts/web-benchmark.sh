#!/usr/bin/env bash
# The desk's speed (a benchmark, not a test): a release build of `twinlink serve` on 127.0.0.1
# with the fixtures imported, planned, allocated, scheduled and invited; wrk with 20 concurrent
# connections measures each desk page (p95, target < 50 ms), then a mix of pages while re-plans
# run one after another (target >= 500 requests/s). Prints the figures. Every loop is bounded.
#
#   WEB_BENCH_SECONDS  seconds per page (default 5) and for the mix (default 3x that)
#   TWINLINK_BIN       the binary (default: a release build of this package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${WEB_BENCH_SECONDS:-5}"
command -v wrk >/dev/null || {
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
}
if [ -z "${TWINLINK_BIN:-}" ]; then
    swift build -c release --product twinlink
    bin="$root/.build/release/twinlink"
else
    bin="$TWINLINK_BIN"
fi

work="$(mktemp -d /tmp/twinlink-web-bench.XXXXXX)"
db="$work/desk.sqlite"
"$bin" import fixtures --db "$db" >/dev/null
"$bin" plan --db "$db" >/dev/null
"$bin" allocate visit-ev-2027-05-nuremberg-forum --db "$db" >/dev/null
"$bin" schedule-meetings b2b-ev-2027-05-nuremberg-forum --db "$db" >/dev/null
"$bin" invites --out "$work/invites" --db "$db" >/dev/null
password="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" | "$bin" users add bench@example.org --role coordinator --password-stdin --db "$db" >/dev/null

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
"$bin" serve --host 127.0.0.1 --port "$port" --db "$db" --mail-outbox "$work/outbox" >"$work/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

# Sign in as a browser would: the form's CSRF cookie and token, then the session cookie.
jar="$work/cookies"
csrf="$(curl -fsS -c "$jar" "$base/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fsS -o /dev/null -b "$jar" -c "$jar" -H "Origin: $base" --data-urlencode "csrf=$csrf" \
    --data-urlencode "email=bench@example.org" --data-urlencode "password=$password" "$base/login"
session="$(awk '$6 == "tl_session" { print $7 }' "$jar")"
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
cookie="Cookie: tl_session=$session"
token="$(curl -fsS -H "$cookie" "$base/plan" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)"

pages=(
    / /registry /registry/smes "/registry/smes?q=code" /registry/smes/sme-codewawel /registry/applications /plan
    /allocation /allocation/visit-ev-2027-05-nuremberg-forum /applications/app-0118/explain
    /allocation/visit-ev-2027-05-nuremberg-forum/audit /meetings /meetings/b2b-ev-2027-05-nuremberg-forum /invites
    /documents /attendance /attendance/intro-ev-2026-11-krakow-business-days
    /attendance/intro-ev-2026-11-krakow-business-days/outcomes /accounts /login
)
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
echo "== each desk page: wrk, 20 connections, ${seconds}s (target p95 < 50 ms)"
printf '%-62s %10s %10s %10s %8s\n' page p50 p95 req/s non2xx
worst=0
for page in "${pages[@]}"; do
    line="$(wrk -t2 -c20 -d"${seconds}s" --timeout 5s -H "$cookie" -s Benchmarks/web-benchmark/p95.lua "$base$page" | grep '^RESULT')"
    p50="$(sed 's/.*p50=\([0-9.]*\)ms.*/\1/' <<<"$line")"
    p95="$(sed 's/.*p95=\([0-9.]*\)ms.*/\1/' <<<"$line")"
    rps="$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$line")"
    non2xx="$(sed 's/.*non2xx=\([0-9]*\).*/\1/' <<<"$line")"
    printf '%-62s %8sms %8sms %10s %8s\n' "$page" "$p50" "$p95" "$rps" "$non2xx"
    worst="$(python3 -c "print(max($worst, $p95))")"
done
echo "worst p95: ${worst} ms"

echo "== mixed page views while re-plans run (target >= 500 req/s)"
mix=$((seconds * 3))
replans=0
(
    end=$((SECONDS + mix))
    n=0
    while [ $SECONDS -lt $end ] && [ $n -lt 1000 ]; do
        curl -fsS -o /dev/null -H "$cookie" -H "Origin: $base" --data-urlencode "csrf=$token" "$base/plan" || true
        n=$((n + 1))
    done
    echo "$n" >"$work/replans"
) &
replanner=$!
line="$(WEB_BENCH_PATHS="${pages[*]}" wrk -t2 -c20 -d"${mix}s" --timeout 5s -H "$cookie" -s Benchmarks/web-benchmark/mixed.lua "$base/" | grep '^RESULT')"
wait "$replanner" || true
replans="$(cat "$work/replans" 2>/dev/null || echo 0)"
echo "mixed: $line; re-plans during the run: $replans"

# The re-plans above change nothing after the first (the plan is deterministic), so the pages stay
# cached. Then the database changes while pages are viewed (an account's role toggled by a second
# client through the desk): first about twice a second, then as fast as it goes. A change re-renders
# only the pages that read the changed tables (the accounts page and its audit); the others stay
# cached. No target for the second: it shows what invalidation costs at worst.
printf '%s\n' "$password" | "$bin" users add toggled@example.org --role auditor --password-stdin --db "$db" >/dev/null
toggled="$("$bin" users list --json --db "$db" | python3 -c 'import json, sys; print([a["id"] for a in json.load(sys.stdin) if a["email"] == "toggled@example.org"][0])')"
changing() { # $1: seconds to wait between changes; $2: the label
    (
        end=$((SECONDS + mix))
        n=0
        while [ $SECONDS -lt $end ] && [ $n -lt 3000 ]; do
            role=coordinator
            [ $((n % 2)) -eq 0 ] || role=auditor
            curl -fsS -o /dev/null -H "$cookie" -H "Origin: $base" --data-urlencode "csrf=$token" \
                --data-urlencode "role=$role" "$base/accounts/$toggled" || true
            n=$((n + 1))
            [ "$1" = 0 ] || sleep "$1"
        done
        echo "$n" >"$work/changes"
    ) &
    writer=$!
    line="$(WEB_BENCH_PATHS="${pages[*]}" wrk -t2 -c20 -d"${mix}s" --timeout 5s -H "$cookie" -s Benchmarks/web-benchmark/mixed.lua "$base/" | grep '^RESULT')"
    wait "$writer" || true
    echo "$2: $line; database changes during the run: $(cat "$work/changes" 2>/dev/null || echo 0) in ${mix}s"
}
echo "== mixed page views while the database changes about twice a second (target >= 500 req/s)"
changing 0.5 "mixed while changing ~2/s"
echo "== mixed page views while the database changes continuously (no target)"
changing 0 "mixed while changing continuously"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
kill -TERM "$server" 2>/dev/null || true
for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
trap - EXIT
