#!/usr/bin/env bash
# The whole test suite: builds dealstream twice (plain, and with ASan+UBSan), with gcc
# and checks the clang build is warning-free too, then runs every ctest test on both.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh build
dpkg -s clang >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang >/dev/null; }
CC=clang bash scripts/bootstrap.sh build-clang
bash scripts/bootstrap.sh build-asan -DDS_SANITIZE=ON

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
echo "== tests (gcc, RelWithDebInfo)"
ctest --test-dir build --output-on-failure -j2 || status=1
echo "== tests (gcc, ASan+UBSan)"
ctest --test-dir build-asan --output-on-failure -j2 || status=1
exit $status
