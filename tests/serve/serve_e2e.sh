#!/usr/bin/env bash
# Several gateways push the dev set at once in random chunk sizes (gzip and plain, TCP
# and unix socket); every subscriber (TCP and unix) receives every event exactly once,
# in seq order; a subscriber leaving early disturbs nobody; SIGTERM exits 0.
. "$(dirname "$0")/lib.sh"
corpus
start_serve
total=$((3 * NREF))

"$bin" sub "$PUB" > "$t/s1.json" 2> "$t/s1.err" & s1=$!
"$bin" sub "$UPUB" --count "$total" > "$t/s2.json" 2> "$t/s2.err" & s2=$!
"$bin" sub "$PUB" --count 3 > "$t/s3.json" 2> "$t/s3.err" & s3=$!
"$bin" sub "$PUB" --format msgpack > "$t/s4.mp" 2> "$t/s4.err" & s4=$!
for f in s1 s2 s3 s4; do wait_subscribed "$t/$f.err" || no "$f subscribed"; done

"$bin" push --to "$ING" --random-chunks 11 "$t/corpus.jsonl.gz" > "$t/p1.out" 2> "$t/p1.err" & p1=$!
"$bin" push --to "$UING" --random-chunks 22 "$t/corpus.jsonl" > "$t/p2.out" 2> "$t/p2.err" & p2=$!
"$bin" push --to "$ING" --random-chunks 33 --chunk 700 "$t/corpus.jsonl.gz" > "$t/p3.out" 2> "$t/p3.err" & p3=$!
for p in $p1 $p2 $p3; do wait $p && ok || no "push exits 0"; done
wait $s2 && ok || no "sub --count exits 0"
wait $s3 && ok || no "early sub exits 0"
check "every push got a final ack" test "$(cat "$t"/p?.out | grep -c '"final":true')" = 3
check "final acks count every article" \
  python3 -c "
import json,sys
n=sum(1 for l in open('$t/corpus.jsonl') if l.strip())
for p in ('p1','p2','p3'):
    a=[json.loads(l.split('\t',1)[1]) for l in open('$t/%s.out'%p)]
    f=[x for x in a if x.get('final')]
    assert f and f[-1]['articles']==n and f[-1]['events']==$NREF, (p, f)
"

stop_serve && ok || no "serve exits 0 on SIGTERM"
wait $s1 && ok || no "sub exits 0 when the server closes"
wait $s4 && ok || no "msgpack sub exits 0"

# each subscriber: seq 1..N in order, exactly three times each reference event
check_sub() { # file
  python3 - "$1" "$t/ref.json" "$total" <<'PY'
import json, sys, collections
sub = [json.loads(l) for l in open(sys.argv[1])]
ref = [json.loads(l) for l in open(sys.argv[2])]
total = int(sys.argv[3])
strip = lambda e: json.dumps({k: v for k, v in e.items() if k not in ("seq", "first_seen", "mentions")}, sort_keys=True)
seqs = [e["seq"] for e in sub]
assert seqs == list(range(1, total + 1)), "seqs not 1..%d in order (got %d events)" % (total, len(sub))
a = collections.Counter(map(strip, sub))
b = collections.Counter(map(strip, ref))
assert a == collections.Counter({k: 3 * v for k, v in b.items()}), "events differ from 3x extract"
# novelty: the first mention of each id is first_seen, mentions count up
seen = collections.Counter()
for e in sub:
    seen[e["id"]] += 1
    assert e["mentions"] == seen[e["id"]] and e["first_seen"] == (seen[e["id"]] == 1), e["id"]
PY
}
check "tcp subscriber got every event once, in order" check_sub "$t/s1.json"
check "unix subscriber got every event once, in order" check_sub "$t/s2.json"
check "early subscriber got 3 events" test "$(wc -l < "$t/s3.json")" = 3
# --format msgpack writes the maps as received: each starts with a map header
first=$(od -An -tx1 -N1 "$t/s4.mp" | tr -d ' ')
check "msgpack output starts with a map" test "$first" = de -o "${first:0:1}" = 8
check "msgpack output is about as large as the JSON" test "$(stat -c %s "$t/s4.mp")" -gt "$(($(stat -c %s "$t/s1.json") / 3))"
grep -q 'drain complete' "$t/serve.log" && ok || no "drain completed"
finish
