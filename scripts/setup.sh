#!/usr/bin/env bash
# Installs the system libraries TwinLink builds against, where they are missing (Debian).
set -euo pipefail
needed=()
for package in libical-dev libsqlite3-dev pkg-config tzdata; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
if ((${#needed[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${needed[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6 first (https://swift.org/install)" >&2; exit 1; }
