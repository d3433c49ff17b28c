#!/usr/bin/env bash
# The benchmark harness of dealstream, in one command:
#
#   bash bench/run.sh [CORPUS] [--quick]
#
# Builds what it needs (Release, in build-release/; scripts/bootstrap.sh installs what
# is missing, gnuplot included), then on the same corpus:
#   1. ds_bench: the pipeline's stages on one core, in process (zlib inflate alone as the
#      baseline, + decoder and framer, + extractor, + encoder, the extractor alone), and
#      `dealstream extract --format msgpack FILE` against a bare inflate of FILE;
#   2. ds_load: `dealstream serve` on loopback with gateways and 1, 16, 256 subscribers:
#      flat-out throughput, latency against load, drops, peak RSS;
#   3. report.py: bench/results/latest.json (and a copy named by the commit), the
#      markdown table (printed, and in latest.md) with the targets of issue 5, and the
#      plots stages.svg and latency.svg.
#
# CORPUS: any gzip, zlib or plain file of JSON Lines or text articles. Default:
# ../shared/corpus/reuters-2006-2013-sample.jsonl.gz (--quick: reuters21578.jsonl.gz),
# else a corpus made from the repository's own test articles, repeated.
# --quick: one repeat, short service runs (a smoke test; its figures are not for use).
# --readme: put the table into README.md's Benchmarks section (not with --quick).
#
# Environment: DS_BENCH_OUT (results directory, default bench/results), DS_BENCH_BUILD
# (build directory, default build-release), DS_BIN and DS_BENCH_TOOLS (use these
# binaries, dealstream and the directory of ds_bench, ds_load and inflate_only, and
# build nothing), DS_BENCH_ARGS and DS_LOAD_ARGS (more options for ds_bench, ds_load).
set -euo pipefail
cd "$(dirname "$0")/.."

corpus= quick= readme=
for a in "$@"; do
  case $a in
    --quick) quick=1 ;;
    --readme) readme=1 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $a (see --help)" >&2; exit 2 ;;
    *) corpus=$a ;;
  esac
done
out=${DS_BENCH_OUT:-bench/results}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---- the binaries ----
if [ -n "${DS_BIN:-}" ] && [ -n "${DS_BENCH_TOOLS:-}" ]; then
  bin=$DS_BIN tools=$DS_BENCH_TOOLS
else
  build=${DS_BENCH_BUILD:-build-release}
  echo "run.sh: building (Release) in $build" >&2
  bash scripts/bootstrap.sh "$build" -DCMAKE_BUILD_TYPE=Release >&2
  bin=$build/dealstream tools=$build/bench
fi
command -v gnuplot >/dev/null || { echo "run.sh: gnuplot not found: apt-get install gnuplot-nox (scripts/bootstrap.sh installs it)" >&2; exit 2; }

# ---- the corpus ----
if [ -z "$corpus" ]; then
  if [ -n "$quick" ]; then corpus=../shared/corpus/reuters21578.jsonl.gz
  else corpus=../shared/corpus/reuters-2006-2013-sample.jsonl.gz; fi
  if [ ! -f "$corpus" ]; then
    # none beside the checkout: the project's own articles (tests/data), 200 times over
    corpus=$work/made-corpus.jsonl.gz
    python3 - tests/data "$work/made-corpus.jsonl" <<'PY'
import glob, json, os, sys
arts = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "golden", "*.txt"))):
    head, _, body = open(path, encoding="utf-8").read().partition("\n\n")
    a = {"body": body}
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        a[k.lower()] = v
    arts.append(a)
with open(sys.argv[2], "w") as f:
    for i in range(200):
        for n, a in enumerate(arts):
            f.write(json.dumps(dict(a, id="made-%d-%d" % (i, n))) + "\n")
PY
    gzip -6 "$work/made-corpus.jsonl"
    echo "run.sh: no corpus beside the checkout: made $corpus from tests/data" >&2
  fi
fi
[ -f "$corpus" ] || { echo "run.sh: $corpus: no such file" >&2; exit 2; }

# ---- the runs ----
if [ -n "$quick" ]; then
  bench_args=(--repeats 1 --cmd-repeats 1) load_args=(--quick)
else
  bench_args=(--repeats 5 --cmd-repeats 5) load_args=()
fi
# shellcheck disable=SC2206
bench_args+=(${DS_BENCH_ARGS:-}) load_args+=(${DS_LOAD_ARGS:-})
status=0
echo "run.sh: pipeline stages (ds_bench) on $corpus" >&2
"$tools/ds_bench" "${bench_args[@]}" --dealstream "$bin" --inflate-only "$tools/inflate_only" \
  --tmp "$work" --json "$work/pipeline.json" "$corpus" || status=1
echo "run.sh: the service (ds_load)" >&2
"$tools/ds_load" "${load_args[@]}" --dealstream "$bin" --corpus "$corpus" --tmp "$work" \
  --json "$work/service.json" || status=1

# ---- the report ----
commit=unknown
if git rev-parse --git-dir >/dev/null 2>&1; then
  commit=$(git rev-parse --short=12 HEAD)
  git diff --quiet HEAD -- . ':!bench/results' 2>/dev/null || commit=$commit-dirty
fi
cmd="bash bench/run.sh${*:+ $*}"
python3 bench/report.py --pipeline "$work/pipeline.json" --service "$work/service.json" \
  --out "$out" --commit "$commit" --command "$cmd"
if [ -n "$readme" ] && [ -z "$quick" ] && [ $status -eq 0 ]; then
  python3 - "$out/latest.md" README.md <<'PY'
import re, sys
table, readme = open(sys.argv[1]).read(), open(sys.argv[2]).read()
new, n = re.subn(r"(<!-- bench-table -->\n).*?(<!-- /bench-table -->)",
                 lambda m: m.group(1) + table + m.group(2), readme, flags=re.S)
if n != 1:
    sys.exit("run.sh: README.md has no <!-- bench-table --> section")
open(sys.argv[2], "w").write(new)
PY
  echo "run.sh: README.md's Benchmarks table updated" >&2
fi
echo "run.sh: results in $out/latest.json ($commit.json), $out/latest.md, $out/stages.svg, $out/latency.svg" >&2
exit $status
