#!/usr/bin/env bash
# Extraction quality on the shared evaluation sets (../shared/eval), scored by the
# evaluation's own scorer: the seeds perfectly (deal_f1 1.000), the dev set at deal_f1 >=
# 0.84 (issue 2 asked 0.60; the gate keeps what has been reached), and the same events
# whether dev.jsonl is read plain or gzipped; and the project's own labeled sets.
set -u
bin=${DS_BIN:?}
shared=${DS_SHARED:?}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
score() { python3 "$shared/eval/score.py" "$1" "$2" --json; }
metric() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
atleast() { python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) - 1e-9 else 1)" "$1" "$2"; }

"$bin" extract --format json "$shared/eval/seeds.jsonl" > "$t/seeds.json"
s=$(score "$shared/eval/seeds.jsonl" "$t/seeds.json")
f=$(metric "$s" deal_f1)
echo "seeds: deal_f1 $f"
atleast "$f" 1.0 && pass=$((pass + 1)) || { echo "FAIL: seeds deal_f1 $f < 1.0"; fail=$((fail + 1)); }
ids=$(python3 -c "import json,sys; print(len({json.loads(l)['id'] for l in open(sys.argv[1])}))" "$t/seeds.json")
[ "$ids" = 1 ] && pass=$((pass + 1)) || { echo "FAIL: the seeds' events carry $ids ids"; fail=$((fail + 1)); }

"$bin" extract --format json "$shared/eval/dev.jsonl" > "$t/dev.json"
gzip -c "$shared/eval/dev.jsonl" > "$t/dev.jsonl.gz"
"$bin" extract --format json "$t/dev.jsonl.gz" > "$t/devgz.json"
cmp -s "$t/dev.json" "$t/devgz.json" && pass=$((pass + 1)) || { echo "FAIL: gzipped dev gives other events"; fail=$((fail + 1)); }
s=$(score "$shared/eval/dev.jsonl" "$t/dev.json")
echo "dev: $s"
f=$(metric "$s" deal_f1)
atleast "$f" 0.84 && pass=$((pass + 1)) || { echo "FAIL: dev deal_f1 $f < 0.84"; fail=$((fail + 1)); }

# The project's own labeled sets (tests/data/eval: invented articles, labeled by the same
# guideline): press releases, wire stories and mixed news. Gates a little under what is
# reached, so progress cannot regress unnoticed.
for set in press_releases:0.97 wire:0.97 mixed:0.96 mixed2:0.95 mixed3:0.98 mixed4:0.95 mixed5:0.98 mixed6:0.98 mixed7:0.98 mixed8:0.98 mixed9:0.98 mixed10:0.98 mixed11:0.98 mixed12:0.98 mixed13:0.98 mixed14:0.97; do
  name=${set%%:*} min=${set##*:}
  gold="$DS_TESTDATA/eval/$name.jsonl"
  "$bin" extract --format json "$gold" > "$t/$name.json"
  f=$(metric "$(score "$gold" "$t/$name.json")" deal_f1)
  echo "$name: deal_f1 $f"
  atleast "$f" "$min" && pass=$((pass + 1)) || { echo "FAIL: $name deal_f1 $f < $min"; fail=$((fail + 1)); }
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
