#!/usr/bin/env bash
# The extract command's contract: exit codes, error messages with positions, compressed
# and plain input giving the same events, good parts delivered around bad ones.
set -u
bin=${DS_BIN:?}
data=${DS_TESTDATA:?}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { echo "FAIL: $*"; fail=$((fail + 1)); }
expect_rc() { # want, description, command...
  local want=$1 what=$2; shift 2
  "$@" > "$t/out" 2> "$t/err"; local rc=$?
  if [ "$rc" = "$want" ]; then ok; else no "$what: exit $rc, want $want"; cat "$t/err"; fi
}

# A corpus of our own: the golden fixtures and the seeds, as JSON Lines and as text.
python3 - "$data" "$t" <<'PY'
import json, sys, glob, os
data, t = sys.argv[1], sys.argv[2]
arts = []
for path in sorted(glob.glob(os.path.join(data, "golden", "*.txt"))):
    head, _, body = open(path, encoding="utf-8").read().partition("\n\n")
    a = {"body": body}
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        a[k.lower()] = v
    arts.append(a)
with open(os.path.join(t, "arts.jsonl"), "w") as f:
    for a in arts:
        f.write(json.dumps(a) + "\n")
with open(os.path.join(t, "arts.txt"), "w") as f:
    f.write("\n\x1e\n".join("".join("%s: %s\n" % (k.capitalize(), a[k]) for k in ("id", "title", "published") if k in a) + "\n" + a["body"] for a in arts))
PY

expect_rc 0 "--version" "$bin" --version
grep -q '^dealstream [0-9]' "$t/out" && ok || no "--version prints the version"
expect_rc 0 "--help" "$bin" --help
expect_rc 0 "extract --help" "$bin" extract --help
expect_rc 2 "unknown command" "$bin" frobnicate
expect_rc 2 "unknown option" "$bin" extract --frobnicate
expect_rc 2 "bad --format" "$bin" extract --format xml "$t/arts.jsonl"
expect_rc 1 "missing file" "$bin" extract "$t/nope.jsonl"
grep -q 'nope.jsonl' "$t/err" && ok || no "missing file is named"

# plain JSON Lines is the reference
expect_rc 0 "jsonl" "$bin" extract --format json "$t/arts.jsonl"
cp "$t/out" "$t/ref.json"
n=$(wc -l < "$t/ref.json")
[ "$n" -ge 10 ] && ok || no "fixtures give at least 10 events (got $n)"

# the same events through gzip, multi-member gzip, zlib, stdin, the text format
gzip -c "$t/arts.jsonl" > "$t/arts.jsonl.gz"
expect_rc 0 "gzip" "$bin" extract --format json "$t/arts.jsonl.gz"
cmp -s "$t/out" "$t/ref.json" && ok || no "gzip gives the same events"
head -n 5 "$t/arts.jsonl" | gzip -c > "$t/m.gz"
tail -n +6 "$t/arts.jsonl" | gzip -c >> "$t/m.gz"
expect_rc 0 "multi-member gzip" "$bin" extract --format json "$t/m.gz"
cmp -s "$t/out" "$t/ref.json" && ok || no "multi-member gzip gives the same events"
python3 -c "import zlib,sys; sys.stdout.buffer.write(zlib.compress(open(sys.argv[1],'rb').read()))" "$t/arts.jsonl" > "$t/arts.zz"
expect_rc 0 "zlib" "$bin" extract --format json "$t/arts.zz"
cmp -s "$t/out" "$t/ref.json" && ok || no "zlib gives the same events"
expect_rc 0 "stdin" sh -c "\"$bin\" extract --format json - < \"$t/arts.jsonl.gz\""
cmp -s "$t/out" "$t/ref.json" && ok || no "stdin gives the same events"
expect_rc 0 "text format" "$bin" extract --format json "$t/arts.txt"
python3 - "$t/out" "$t/ref.json" <<'PY' && ok || no "text format gives the same deals"
import json, sys
strip = lambda e: (e["id"], e["type"], e["status"], e["date"], json.dumps(e["parties"]))
a = [strip(json.loads(l)) for l in open(sys.argv[1])]
b = [strip(json.loads(l)) for l in open(sys.argv[2])]
sys.exit(a != b)
PY

# --stats
expect_rc 0 "--stats" "$bin" extract --stats "$t/arts.jsonl.gz"
narts=$(ls "$data"/golden/*.txt | wc -l)
grep -q "articles $narts, .*events $n, errors 0" "$t/err" && ok || { no "--stats counts"; cat "$t/err"; }

# a malformed line: reported with its line number, the others still delivered
sed '3s/.*/{"id": "broken", "body": "no end/' "$t/arts.jsonl" > "$t/bad.jsonl"
expect_rc 1 "malformed line" "$bin" extract --format json "$t/bad.jsonl"
grep -q 'line 3' "$t/err" && grep -q EJSON "$t/err" && ok || { no "malformed line reported by number"; cat "$t/err"; }
sed '3d' "$t/arts.jsonl" > "$t/good.jsonl"
"$bin" extract --format json "$t/good.jsonl" > "$t/good.json"
cmp -s "$t/out" "$t/good.json" && ok || no "the other lines' events are all delivered"

# corrupt compressed data: an error with the byte offset, events before it delivered
python3 - "$t/arts.jsonl.gz" "$t/corrupt.gz" <<'PY'
import sys
b = bytearray(open(sys.argv[1], "rb").read())
for i in range(len(b) * 2 // 3, len(b) * 2 // 3 + 16):
    b[i] ^= 0x5a
open(sys.argv[2], "wb").write(b)
PY
expect_rc 1 "corrupt gzip" "$bin" extract --format json "$t/corrupt.gz"
grep -Eq 'byte [0-9]+ \(compressed\).*(EDATA|ETRUNC)' "$t/err" && ok || { no "corrupt data reported with an offset"; cat "$t/err"; }
# zlib may emit some garbled bytes before it detects the damage (the CRC is checked at
# the end of a member), so the last few articles before it may differ; all before them
# must be the reference's.
good=$(( $(wc -l < "$t/out") - 3 ))
[ "$good" -gt 0 ] && cmp -s <(head -n "$good" "$t/out") <(head -n "$good" "$t/ref.json") && ok || no "events before the damage are the reference's"

# truncated stream
size=$(stat -c %s "$t/arts.jsonl.gz")
head -c $((size / 2)) "$t/arts.jsonl.gz" > "$t/trunc.gz"
expect_rc 1 "truncated gzip" "$bin" extract --format json "$t/trunc.gz"
grep -q 'ETRUNC' "$t/err" && ok || { no "truncation reported"; cat "$t/err"; }
[ -s "$t/out" ] && ok || no "events before the cut are delivered"

# an article longer than the buffer: reported, skipped, the rest delivered
expect_rc 1 "oversize" "$bin" extract --format json --article-max 128 "$t/arts.jsonl"
grep -q 'ETOOBIG' "$t/err" && ok || { no "oversize reported"; cat "$t/err"; }

# names wrapped across lines come out with single spaces
printf '{"id":"wrap","title":"t","body":"CHICAGO, March 5 - Fabrikam Inc said it agreed to acquire Utah\\nInternational Inc for 45 mln dlrs."}\n' > "$t/wrap.jsonl"
expect_rc 0 "wrapped name" "$bin" extract --format json "$t/wrap.jsonl"
grep -q '"name":"Utah International Inc"' "$t/out" && ok || { no "wrapped name joined by one space"; cat "$t/out"; }

# msgpack output is the JSON's source: same number of events
expect_rc 0 "msgpack" "$bin" extract "$t/arts.jsonl"
[ -s "$t/out" ] && ok || no "msgpack output is written"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
