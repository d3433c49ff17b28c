#!/usr/bin/env bash
# Extraction quality report: runs `dealstream extract` over a gold file, scores it with
# the evaluation scorer, prints the table against the targets, and the worst errors.
#
# usage: bench/quality.sh [GOLD.jsonl] [N-errors]
#   GOLD defaults to ../shared/eval/dev.jsonl; the binary is $DS_BIN or ./build/dealstream.
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-../shared/eval/dev.jsonl}
nerr=${2:-15}
bin=${DS_BIN:-./build/dealstream}
scorer=${DS_SCORER:-$(dirname "$gold")/score.py}
[ -x "$bin" ] || { echo "quality: $bin not built (bash scripts/bootstrap.sh)" >&2; exit 2; }
[ -f "$scorer" ] || scorer=../shared/eval/score.py
out=$(mktemp)
trap 'rm -f "$out" "$out.err"' EXIT
"$bin" extract --format json "$gold" > "$out"
python3 "$scorer" "$gold" "$out" --json > "$out.err.json" 2>/dev/null || true
python3 - "$out.err.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
targets = {"deal_f1": .85, "deal_f1_any_type": .90, "party_f1": .90, "role_accuracy": .90,
           "status_accuracy": .85, "value_recall": .85, "date_recall": .90,
           "undisclosed_recall": .90, "article_detect_f1": .92}
print("%-22s %7s %7s" % ("metric", "score", "target"))
for k, v in s.items():
    if isinstance(v, float):
        t = targets.get(k)
        mark = "" if t is None else ("  ok" if v >= t else "  below")
        print("%-22s %7.3f %7s%s" % (k, v, "%.2f" % t if t else "", mark))
    else:
        print("%-22s %7s" % (k, v))
PY
rm -f "$out.err.json"
echo
echo "worst errors (gold vs predicted deals per article):"
python3 "$scorer" "$gold" "$out" --errors "$nerr" 2>&1 >/dev/null | cut -c1-300
