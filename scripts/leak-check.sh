#!/usr/bin/env bash
# Runs the calendar tests (libical: reading, invites, feeds, replies, time zones) under valgrind
# and fails if any memory is definitely or indirectly lost (issue 5: all libical memory released).
#
# Debian's valgrind 3.19 crashes on Swift programs with an async main (the Swift Testing runner):
# libdispatch hands rt_sigsuspend a mask in read-only memory that valgrind writes to. A tiny
# preload library (Tests/leak-check/sigsuspend_copy.c) copies the mask first. Valgrind 3.19 also
# cannot read the DWARF 5 debug information of a large test bundle, so a copy without it is run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v valgrind >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }
work="$(mktemp -d "${TMPDIR:-/tmp}/twinlink-leak-check.XXXXXX")"
cc -shared -fPIC -O2 -o "$work/sigsuspend_copy.so" Tests/leak-check/sigsuspend_copy.c
swift build --build-tests >/dev/null
cp "$(swift build --show-bin-path)/twinlinkPackageTests.xctest" "$work/tests.xctest"
strip --strip-debug "$work/tests.xctest"
bundle="$work/tests.xctest"
echo "== valgrind on the calendar tests (this takes a few minutes)"
LD_PRELOAD="$work/sigsuspend_copy.so" valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --log-file="$work/valgrind.log" \
    "$bundle" --testing-library swift-testing --filter TwinLinkCalendarTests >"$work/tests.log" 2>&1 || {
    tail -20 "$work/tests.log"
    echo "the tests failed under valgrind" >&2
    exit 1
}
grep -E "definitely lost|indirectly lost|possibly lost|ERROR SUMMARY" "$work/valgrind.log" | sed 's/^==[0-9]*== //'
definite=$(grep -E "definitely lost:" "$work/valgrind.log" | sed -E 's/.*definitely lost: ([0-9,]+) bytes.*/\1/' | tr -d ,)
indirect=$(grep -E "indirectly lost:" "$work/valgrind.log" | sed -E 's/.*indirectly lost: ([0-9,]+) bytes.*/\1/' | tr -d ,)
if [[ "${definite:-0}" != 0 || "${indirect:-0}" != 0 ]]; then
    echo "leak-check: memory lost (definitely ${definite:-?} bytes, indirectly ${indirect:-?} bytes); see $work/valgrind.log" >&2
    exit 1
fi
echo "leak-check: no memory definitely or indirectly lost"
