#!/usr/bin/env bash
# Runs every test: the Swift Testing suites (unit, store, and the built binary end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
