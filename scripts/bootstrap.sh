#!/usr/bin/env bash
# Installs what is missing (Debian packages), then configures and builds dealstream in
# ./build (or $1). Safe to run again: it installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true

need=()
for pkg in build-essential cmake pkg-config zlib1g-dev libuv1-dev libmsgpack-dev libhttp-parser-dev python3 gzip gnuplot-nox; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
