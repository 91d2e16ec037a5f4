#!/usr/bin/env bash
# Fuzzes the CSV reader, the calendar reader (libical) and the 1:1 instance JSON reader for a
# bounded time, starting from the corpus in Fuzz/corpus/. Exits non-zero on a crash, and keeps the
# input that crashed in Fuzz/crashes/.
#
#   scripts/fuzz.sh                 seeded mutation fuzzing, 90 s (FUZZ_SECONDS, FUZZ_SEED)
#   scripts/fuzz.sh libfuzzer       coverage-guided libFuzzer (swift build -sanitize=fuzzer), 90 s
#
# The harness (Fuzz/Sources/TwinLinkFuzz) is a package target only while TWINLINK_FUZZ is set.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-mutation}"
seconds="${FUZZ_SECONDS:-90}"
seed="${FUZZ_SEED:-20261206}"
if [ "$seconds" -gt 120 ]; then
    echo "fuzz.sh: at most 120 seconds (FUZZ_SECONDS=$seconds)" >&2
    exit 64
fi
mkdir -p Fuzz/crashes
export TWINLINK_FUZZ=1

case "$mode" in
mutation)
    swift build --product TwinLinkFuzz >/dev/null
    binary="$(swift build --product TwinLinkFuzz --show-bin-path)/TwinLinkFuzz"
    current="$(mktemp)"
    status=0
    "$binary" --seconds "$seconds" --seed "$seed" --current "$current" Fuzz/corpus || status=$?
    if [ "$status" -ne 0 ]; then
        crash="Fuzz/crashes/crash-$(sha256sum "$current" | cut -c1-16)"
        cp "$current" "$crash"
        echo "fuzz.sh: the readers crashed (status $status) on $crash" >&2
    fi
    rm -f "$current"
    exit "$status"
    ;;
libfuzzer)
    # SwiftPM gives an executable its own `main`, which clashes with libFuzzer's: the readers'
    # modules are built by SwiftPM with coverage instrumentation, the harness is linked by swiftc.
    build=.build/fuzz
    flags=(-Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link)
    for target in TwinLinkImport TwinLinkCalendar TwinLinkMeetingScheduler; do
        swift build --build-path "$build" --target "$target" "${flags[@]}" >/dev/null
    done
    bin="$(swift build --build-path "$build" --show-bin-path)"
    modules=(TwinLinkImport TwinLinkCalendar TwinLinkMeetingScheduler TwinLinkDomain TwinLinkAllocation Yams SwiftCSV)
    objects=()
    for module in "${modules[@]}" CYaml; do
        while IFS= read -r object; do objects+=("$object"); done < <(find "$bin/$module.build" -name "*.o" | sort)
    done
    yaml_map="$(find .build/checkouts/Yams -name module.modulemap -path '*CYaml*' | head -1)"
    swiftc -sanitize=fuzzer -parse-as-library -D TWINLINK_LIBFUZZER -module-name TwinLinkFuzz \
        -I "$bin/Modules" -I Sources/CLibical -Xcc -fmodule-map-file="$yaml_map" \
        Fuzz/Sources/TwinLinkFuzz/*.swift "${objects[@]}" -lical -o "$build/TwinLinkFuzz-libfuzzer"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    "$build/TwinLinkFuzz-libfuzzer" "$work" Fuzz/corpus \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=Fuzz/crashes/ -print_final_stats=1
    ;;
*)
    echo "usage: scripts/fuzz.sh [mutation|libfuzzer]" >&2
    exit 64
    ;;
esac
