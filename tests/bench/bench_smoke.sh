#!/usr/bin/env bash
# Smoke test of the benchmark harness (bench/run.sh --quick) on a tiny corpus made from
# the project's own articles: it runs end to end and its JSON has every key the README
# table and the comparisons between commits read. No timing is asserted.
set -u
: "${DS_BIN:?}" "${DS_BENCH_TOOLS:?}" "${DS_TESTDATA:?}"
root=$(cd "$(dirname "$0")/../.." && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
python3 - "$DS_TESTDATA" "$t/corpus.jsonl" <<'PY'
import glob, json, os, sys
with open(sys.argv[2], "w") as f:
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "golden", "*.txt"))):
        head, _, body = open(path, encoding="utf-8").read().partition("\n\n")
        a = {"body": body}
        for line in head.splitlines():
            k, _, v = line.partition(": ")
            a[k.lower()] = v
        f.write(json.dumps(a) + "\n")
PY
pass=0 fail=0
# short service runs: the keys matter here, not the figures
if DS_BENCH_OUT=$t/out DS_LOAD_ARGS="--seconds 0.5 --sat-articles 50" \
   bash "$root/bench/run.sh" --quick "$t/corpus.jsonl" > "$t/table.md" 2> "$t/log"; then
  pass=$((pass + 1))
else
  echo "FAIL: bench/run.sh --quick exited non-zero:"; tail -30 "$t/log"; fail=$((fail + 1))
fi
if python3 - "$t/out" "$t/table.md" <<'PY'
import json, os, sys
out, table = sys.argv[1], sys.argv[2]
d = json.load(open(os.path.join(out, "latest.json")))
problems = []
def need(obj, path):
    for k in path.split("."):
        if not isinstance(obj, dict) or k not in obj:
            problems.append("missing " + path)
            return None
        obj = obj[k]
    return obj
for k in ("commit", "date", "command", "machine", "inflate_baseline.mb_s_decompressed",
          "pipeline.corpus.articles", "pipeline.commands.ratio_extract_to_inflate",
          "service.scenarios", "targets"):
    need(d, k)
for st in ("inflate", "frame", "extract", "encode", "extract_alone"):
    for k in ("mb_s_decompressed", "articles_s", "events_s", "ratio_to_inflate", "time_share",
              "allocs_per_article", "peak_rss_kib", "seconds"):
        need(d, "pipeline.stages.%s.%s" % (st, k))
if d["pipeline"]["corpus"]["articles"] < 10:
    problems.append("too few articles read")
if not d["pipeline"]["consistent"]:
    problems.append("stages disagree: " + d["pipeline"]["problems"])
if d["pipeline"]["allocs_counted"] and d["pipeline"]["stages"]["encode"]["allocs"] != 0:
    problems.append("the pipeline allocated after warm-up")
kinds = {(s["kind"], s["subscribers"]) for s in d["service"]["scenarios"]}
for want in [("saturation", 1), ("saturation", 16), ("saturation", 256), ("rate", 1),
             ("rate", 16), ("rate", 256), ("connections", 256)]:
    if want not in kinds:
        problems.append("no scenario %s" % (want,))
for s in d["service"]["scenarios"]:
    for k in ("articles_s", "mb_s_decompressed", "latency_ms", "dropped", "peak_rss_kib",
              "ratio_to_inflate", "runs"):
        if k not in s:
            problems.append("scenario lacks " + k)
    if s["runs_ok"] != len(s["runs"]):
        problems.append("%s run failed: %s" % (s["kind"], [r["error"] for r in s["runs"]]))
    if s["kind"] == "rate" and s["latency_ms"]["p99"] is None:
        problems.append("rate scenario without latency samples")
if len(d["targets"]) != 5:
    problems.append("targets: %d of 5" % len(d["targets"]))
for f in ("latest.md", "stages.svg", "latency.svg", d["commit"] + ".json"):
    if not os.path.getsize(os.path.join(out, f)):
        problems.append("empty " + f)
if "| target |" not in open(table).read():
    problems.append("no targets table printed")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
then pass=$((pass + 1)); else fail=$((fail + 1)); fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
