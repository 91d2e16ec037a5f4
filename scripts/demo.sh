#!/usr/bin/env bash
# The main job on the bundled fixtures with the embedded database: ./twinlink.sqlite, results in ./out.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --product twinlink
.build/debug/twinlink run fixtures --out out "$@"
