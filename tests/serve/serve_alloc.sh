#!/usr/bin/env bash
# The service's data path does not allocate: serve run under a malloc-counting shim makes
# as many allocation calls with one gateway and one subscriber as with four gateways
# (one with a corrupt stream), three subscribers (one filtered, one replaying), metrics
# requests and refused connections. (Skipped under AddressSanitizer, which owns malloc.)
. "$(dirname "$0")/lib.sh"
shim=${DS_MALLOC_SHIM:?}
if ldd "$bin" | grep -q libasan; then echo "skipped under ASan"; echo "0 passed, 0 failed"; exit 0; fi
corpus
head -c 30000 "$t/corpus.jsonl.gz" > "$t/cut.gz"

run() { # gateways subscribers -> count
  local g=$1 s=$2 i
  export DS_MALLOC_COUNT_FILE="$t/count.$g"
  LD_PRELOAD=$shim start_serve --max-connections 4 --max-subscribers 3
  unset DS_MALLOC_COUNT_FILE
  "$bin" sub "$PUB" --count $((g * NREF)) > /dev/null 2> "$t/s1.err" & local s1=$!
  wait_subscribed "$t/s1.err"
  if [ "$s" -gt 1 ]; then
    "$bin" sub "$UPUB" --type acquisition > /dev/null 2> "$t/s2.err" & local s2=$!
    wait_subscribed "$t/s2.err"
  fi
  local pids=
  for i in $(seq 1 "$g"); do
    "$bin" push --quiet --to "$ING" --random-chunks $i "$t/corpus.jsonl.gz" 2> /dev/null & pids="$pids $!"
  done
  for p in $pids; do wait $p || no "push $g"; done
  wait $s1 || no "sub $g"
  if [ "$s" -gt 1 ]; then
    "$bin" push --quiet --to "$ING" "$t/cut.gz" 2> /dev/null
    "$bin" sub "$PUB" --from-seq 1 --count 5 > /dev/null 2>&1 || no "replay sub"
    metrics > /dev/null; metrics /healthz > /dev/null; metrics /nope > /dev/null
  fi
  stop_serve || no "serve exits 0"
  [ "$s" -gt 1 ] && wait $s2
  cat "$t/count.$g"
}
one=$(run 1 1)
four=$(run 4 3)
echo "allocation calls: one gateway $one, four gateways and more $four"
check "the data path allocates nothing (calls: $one vs $four)" test "$one" = "$four"
finish
