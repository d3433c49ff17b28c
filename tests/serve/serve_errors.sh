#!/usr/bin/env bash
# Bad input and broken connections: a corrupt stream and a truncated one next to good
# ones (error maps with code, offset and articles; the good streams and the subscriber
# untouched); a gateway dropping its connection mid-stream resumes after its last ack;
# connection limits; a malformed subscription.
. "$(dirname "$0")/lib.sh"
corpus
start_serve --ack-every 5
python3 - "$t/corpus.jsonl.gz" "$t/corrupt.gz" "$t/trunc.gz" <<'PY'
import sys
d = bytearray(open(sys.argv[1], "rb").read())
c = bytearray(d)
for i in range(len(c) // 2, len(c) // 2 + 64):
    c[i] ^= 0x5a
open(sys.argv[2], "wb").write(c)
open(sys.argv[3], "wb").write(d[: len(d) * 2 // 3])
PY

"$bin" sub "$PUB" > "$t/all.json" 2> "$t/all.err" & sall=$!
wait_subscribed "$t/all.err"
"$bin" push --to "$ING" --random-chunks 5 "$t/corpus.jsonl.gz" > "$t/good1.out" 2> "$t/good1.err" & g1=$!
"$bin" push --to "$ING" "$t/corrupt.gz" > "$t/bad.out" 2> "$t/bad.err" & b1=$!
"$bin" push --to "$UING" --random-chunks 7 "$t/corpus.jsonl" > "$t/good2.out" 2> "$t/good2.err" & g2=$!
"$bin" push --to "$ING" "$t/trunc.gz" > "$t/trunc.out" 2> "$t/trunc.err" & b2=$!
wait $g1 && ok || no "good push 1 exits 0"
wait $g2 && ok || no "good push 2 exits 0"
wait $b1; check "corrupt push exits 1" test $? = 1
wait $b2; check "truncated push exits 1" test $? = 1
grep -q 'server error EDATA' "$t/bad.err" && ok || { no "corrupt stream reported"; cat "$t/bad.err"; }
grep -q 'server error ETRUNC' "$t/trunc.err" && ok || { no "truncated stream reported"; cat "$t/trunc.err"; }

# a gateway whose connection drops mid-stream resumes after its last acked article
"$bin" push --to "$ING" --cut-after 60000 "$t/corpus.jsonl.gz" > "$t/cut.out" 2> "$t/cut.err" && ok || { no "cut push resumes and exits 0"; cat "$t/cut.err"; }
grep -q 'resuming after article' "$t/cut.err" && ok || no "cut push says it resumed"

stop_serve && ok || no "serve exits 0"
wait $sall && ok || no "sub exits 0"

python3 - "$t" <<'PY' && ok || no "subscriber got the good streams whole, the broken ones up to their error, the cut one at least once"
import json, sys, collections
t = sys.argv[1]
rows = lambda f: [json.loads(l.split("\t", 1)[1]) for l in open("%s/%s.out" % (t, f))]
strip = lambda e: json.dumps({k: v for k, v in e.items() if k not in ("seq", "first_seen", "mentions")}, sort_keys=True)
ref = [json.loads(l) for l in open(t + "/ref.json")]
sub = [json.loads(l) for l in open(t + "/all.json")]
assert [e["seq"] for e in sub] == list(range(1, len(sub) + 1))
nart = sum(1 for l in open(t + "/corpus.jsonl") if l.strip())
for g in ("good1", "good2"):
    f = rows(g)[-1]
    assert f.get("final") and f["articles"] == nart and f["events"] == len(ref), (g, f)
errs = {}
for b, code in (("bad", "EDATA"), ("trunc", "ETRUNC")):
    e = rows(b)[-1]
    assert e["type"] == "error" and e["code"] == code and "offset" in e and "articles" in e and e["message"], e
    assert e["articles"] < nart, e
    errs[b] = e
    print(b, "error at byte", e["offset"], "after", e["articles"], "articles,", e["events"], "events")
# the truncated stream is a prefix of the corpus: its events are those of its first articles
ids = [json.loads(l).get("id") for l in open(t + "/corpus.jsonl") if l.strip()]
first = set(ids[: errs["trunc"]["articles"]])
want = collections.Counter(map(strip, ref))
want = want + want + collections.Counter(strip(e) for e in ref if e["article"]["id"] in first)
got = collections.Counter(map(strip, sub))
assert not (want - got), "events missing from good or truncated streams"
# the cut push: every reference event at least once more (duplicates only from unacked articles)
c = collections.Counter(map(strip, ref))
extra = got - want
assert not (c - extra), "cut push lost events"
print("cut push: %d events delivered for %d reference events" % (sum(extra.values()) - errs["bad"]["events"], len(ref)))
PY

# limits: a second server with room for one gateway and one subscriber
start_serve --max-connections 1 --max-subscribers 1 --handshake-ms 500
python3 - "${ING#tcp://}" "$t/hold.ready" <<'PY' & holder=$!
import socket, sys, time, os
host, port = sys.argv[1].rsplit(":", 1)
s = socket.create_connection((host, int(port)))
open(sys.argv[2], "w").close()
time.sleep(60)
PY
wait_for test -e "$t/hold.ready"
wait_for grep -q 'ingest #.*connected' "$t/serve.log"
"$bin" push --to "$ING" "$t/corpus.jsonl.gz" > "$t/lim.out" 2> "$t/lim.err"
check "push past max-connections exits 1" test $? = 1
grep -q 'ELIMIT' "$t/lim.err" && grep -q 'too many ingest connections' "$t/lim.err" && ok || { no "ELIMIT error map"; cat "$t/lim.err"; }
kill $holder; wait $holder 2>/dev/null
wait_for grep -q 'end of stream: 0 articles' "$t/serve.log"
"$bin" push --quiet --to "$ING" "$t/corpus.jsonl.gz" 2> "$t/lim2.err" && ok || { no "push after the slot freed"; cat "$t/lim2.err"; }
"$bin" sub "$PUB" > /dev/null 2> "$t/s1.err" & s1=$!
wait_subscribed "$t/s1.err"
"$bin" sub "$PUB" > /dev/null 2> "$t/s2.err"
check "sub past max-subscribers exits 1" test $? = 1
grep -q 'too many subscribers' "$t/s2.err" && ok || { no "subscriber limit error map"; cat "$t/s2.err"; }
closed=$(grep -c 'subscriber #.*closed' "$t/serve.log")
kill $s1; wait $s1 2>/dev/null
# a malformed subscription gets an error map naming the problem (once the first
# subscriber's slot is free: its own "closed" line, not the refused one's)
closed_more() { test "$(grep -c 'subscriber #.*closed' "$t/serve.log")" -gt "$closed"; }
wait_for closed_more
"$bin" sub "$UPUB" --type takeover > /dev/null 2> "$t/bad_sub.err"
check "bad subscription exits 1" test $? = 1
grep -q "unknown deal type 'takeover'" "$t/bad_sub.err" && ok || { no "bad subscription error map"; cat "$t/bad_sub.err"; }
printf '\xc1garbage' | python3 -c "
import socket,sys
s=socket.socket(socket.AF_UNIX); s.connect('${UPUB#unix:}'); s.sendall(sys.stdin.buffer.read())
d=b''
while True:
    b=s.recv(4096)
    if not b: break
    d+=b
sys.exit(0 if b'EMSGPACK' in d else 1)" && ok || no "garbage subscription gets EMSGPACK"
# a subscriber that never subscribes, an HTTP client that never asks: both closed
python3 - "${UPUB#unix:}" "$METPORT" <<'PY' && ok || no "silent subscriber gets ETIMEDOUT, silent HTTP client is closed"
import socket, sys
def drain(s):
    s.settimeout(30)
    d = b""
    while True:
        b = s.recv(4096)
        if not b: return d
        d += b
u = socket.socket(socket.AF_UNIX); u.connect(sys.argv[1])
h = socket.create_connection(("127.0.0.1", int(sys.argv[2])))
assert b"ETIMEDOUT" in drain(u)
assert drain(h) == b""
PY
stop_serve && ok || no "serve exits 0"
finish
