#!/usr/bin/env bash
# The scale benchmark (issue 15): the release `twinlink run` on ×1, ×10 and ×50 copies of the
# fixture registry (written by fixtures/generate.py, scaled by Benchmarks/scale_registry.py).
# Prints per size the whole run and each stage, the second run's time and the files it wrote,
# and the peak resident memory; then the targets and whether each is met (non-zero exit if not).
#
# Usage: scripts/scale-benchmark.sh [--scales 1,10,50] [--keep DIR]
#   SCALE_BENCHMARK_SKIP_BUILD=1  use the release binary already built
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ "${SCALE_BENCHMARK_SKIP_BUILD:-0}" != 1 ]]; then
    swift build -c release --product twinlink
fi
exec python3 "$root/Benchmarks/scale_benchmark.py" --twinlink "$root/.build/release/twinlink" "$@"
