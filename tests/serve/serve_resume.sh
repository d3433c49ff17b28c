#!/usr/bin/env bash
# A server going away mid-stream: the gateway gets a shutdown ack, reconnects to the new
# server at the same address and resumes after its last acked article: together the
# two servers published every event of the file at least once. Also: the client
# library's example program prints what it receives.
. "$(dirname "$0")/lib.sh"
corpus
for i in 1 2 3; do cat "$t/corpus.jsonl"; done > "$t/big.jsonl"
sock="$t/in.sock"
start_serve --ingest "unix:$sock" --ack-every 2 --ack-ms 50
"$bin" sub "$PUB" > "$t/s1.json" 2> "$t/s1.err" & s1=$!
wait_subscribed "$t/s1.err"
"${DS_EXAMPLE:?}" "$PUB" > "$t/example.out" 2> "$t/example.err" & ex=$!
wait_for grep -q 'subscribed; first seq 1' "$t/example.out" || no "example subscribed"
"$bin" push --to "unix:$sock" --retries 50 --chunk 1024 --pace-ms 2 "$t/big.jsonl" > "$t/p.out" 2> "$t/p.err" & pp=$!
wait_for grep -q '"type":"ack"' "$t/p.out" || no "first ack"
stop_serve && ok || no "first serve exits 0"
wait $s1 && ok || no "first sub exits 0"
wait $ex && ok || no "example exits 0 when the server closes"
grep -q '"shutdown":true' "$t/p.out" && ok || no "gateway got the shutdown ack"

start_serve --ingest "unix:$sock"
wait $pp && ok || { no "push resumed on the new server and finished"; cat "$t/p.err"; }
grep -q 'resuming after article' "$t/p.err" && ok || no "push says it resumed"
n2=$(grep -c '"final":true' "$t/p.out")
check "one final ack" test "$n2" = 1
"$bin" sub "$PUB" --from-seq 1 --count "$(python3 -c "
import json
a=[json.loads(l.split('\t',1)[1]) for l in open('$t/p.out')]
print(a[-1]['events'])")" > "$t/s2.json" 2> "$t/s2.err" && ok || no "replay sub on the second server"
stop_serve && ok || no "second serve exits 0"

python3 - "$t" <<'PY' && ok || no "every event of the file published at least once across the two servers"
import json, sys, collections
t = sys.argv[1]
strip = lambda e: json.dumps({k: v for k, v in e.items() if k not in ("seq", "first_seen", "mentions")}, sort_keys=True)
ref = collections.Counter(strip(json.loads(l)) for l in open(t + "/ref.json"))
want = collections.Counter({k: 3 * v for k, v in ref.items()})
got = collections.Counter(strip(json.loads(l)) for f in ("s1", "s2") for l in open("%s/%s.json" % (t, f)))
assert not (want - got), "%d events lost" % sum((want - got).values())
print("published %d events for %d in the file (re-sent after the last ack: %d)" %
      (sum(got.values()), sum(want.values()), sum((got - want).values())))
PY
python3 - "$t/example.out" "$t/s1.json" <<'PY' && ok || no "the example printed every event the first server published"
import json, sys
lines = [l for l in open(sys.argv[1]) if l.startswith("#")]
sub = [json.loads(l) for l in open(sys.argv[2])]
assert len(lines) == len(sub), (len(lines), len(sub))
for l, e in zip(lines, sub):
    assert l.startswith("#%d %s %s" % (e["seq"], e["type"], e["id"])), (l, e["seq"])
PY
finish
