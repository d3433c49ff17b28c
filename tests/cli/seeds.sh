#!/usr/bin/env bash
# The founding articles: each gives exactly one event, an MOU between Ascend Elements and
# GEM Co., Ltd. (GEM Co. in 002), agreed, dated 2025-09-17 in 000, terms undisclosed in
# 002, and both carry the same deal id. Fed as the raw text files and as the bundled
# sample with headers.
set -eu
bin=${DS_BIN:?}
data=${DS_TESTDATA:?}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" extract --format json "$data"/seeds/000_*.txt > "$out/000.json"
"$bin" extract --format json "$data"/seeds/002_*.txt > "$out/002.json"
"$bin" extract --format json "$data"/samples/seeds.txt > "$out/samples.json"
python3 - "$out" <<'PY'
import json, sys, os
d = sys.argv[1]
fails = 0
def check(cond, what):
    global fails
    print(("ok   " if cond else "FAIL ") + what)
    fails += not cond
def load(name):
    return [json.loads(l) for l in open(os.path.join(d, name)) if l.strip()]
e0, e2, s = load("000.json"), load("002.json"), load("samples.json")
check(len(e0) == 1, "000 gives one event")
check(len(e2) == 1, "002 gives one event")
check(len(s) == 2, "the sample file gives two events")
for name, ev, org in (("000", e0, "GEM Co., Ltd."), ("002", e2, "GEM Co.")):
    if not ev: continue
    e = ev[0]
    check(e["type"] == "mou", name + " type mou")
    check(e["status"] == "agreed", name + " status agreed")
    names = sorted(p["name"] for p in e["parties"])
    check(names == sorted(["Ascend Elements", org]), name + " parties " + repr(names))
    check(all(p["role"] == "partner" for p in e["parties"]), name + " all partners")
if e0: check(e0[0]["date"] == "2025-09-17", "000 date 2025-09-17")
if e2: check(e2[0]["value_disclosed"] is False, "002 value_disclosed false")
if e0 and e2: check(e0[0]["id"] == e2[0]["id"], "000 and 002 share the deal id")
if len(s) == 2:
    check(s[0]["id"] == s[1]["id"], "sample events share the deal id")
    check(s[0]["article"]["id"] == "seed-000" and s[0]["date"] == "2025-09-17", "sample 000 from headers")
    check(s[1]["article"]["id"] == "seed-002" and s[1]["value_disclosed"] is False, "sample 002 from headers")
print("%d failed" % fails if fails else "all checks passed")
sys.exit(1 if fails else 0)
PY
