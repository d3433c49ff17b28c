#!/usr/bin/env bash
# Golden tests: every tests/data/golden/NAME.txt article gives exactly the events in
# NAME.expected.json (one JSON event per line). DS_UPDATE_GOLDEN=1 rewrites the expected
# files from the current output; review the diff before committing it.
set -u
bin=${DS_BIN:?DS_BIN must point at the dealstream binary}
dir=${DS_TESTDATA:?DS_TESTDATA must point at tests/data}/golden
pass=0 fail=0
for art in "$dir"/*.txt; do
  exp=${art%.txt}.expected.json
  out=$("$bin" extract --format json "$art")
  rc=$?
  if [ "${DS_UPDATE_GOLDEN:-0}" = 1 ]; then
    printf '%s' "$out" > "$exp"
    [ -n "$out" ] && printf '\n' >> "$exp"
  fi
  if [ $rc -ne 0 ]; then
    echo "FAIL $(basename "$art"): exit $rc"; fail=$((fail + 1)); continue
  fi
  if [ -f "$exp" ] && [ "$out" = "$(cat "$exp")" ]; then
    pass=$((pass + 1))
  else
    echo "FAIL $(basename "$art"): output differs from $(basename "$exp")"
    diff <(printf '%s\n' "$out") "$exp" | head -20
    fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
