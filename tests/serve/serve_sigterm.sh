#!/usr/bin/env bash
# SIGTERM under load: three gateways streaming, one subscriber. serve stops accepting,
# sends every gateway its last ack, flushes the subscriber and exits 0; every event of
# every article a gateway saw acked reached the subscriber.
. "$(dirname "$0")/lib.sh"
corpus
for i in 1 2 3 4 5; do cat "$t/corpus.jsonl"; done > "$t/big.jsonl"
gzip -c "$t/big.jsonl" > "$t/big.jsonl.gz"
start_serve --ack-every 3 --ack-ms 50

"$bin" sub "$PUB" > "$t/sub.json" 2> "$t/sub.err" & sp=$!
wait_subscribed "$t/sub.err"
pids=
for i in 1 2 3; do
  "$bin" push --to "$ING" --retries 0 --chunk 1024 --pace-ms 2 "$t/big.jsonl.gz" > "$t/p$i.out" 2> "$t/p$i.err" & pids="$pids $!"
done
for i in 1 2 3; do wait_for grep -q '"type":"ack"' "$t/p$i.out" || no "push $i got an ack"; done
stop_serve && ok || no "serve exits 0 on SIGTERM"
for p in $pids; do wait $p; done
wait $sp && ok || no "sub exits 0"
grep -q 'drain complete' "$t/serve.log" && ok || no "drain completed in time"

python3 - "$t" <<'PY' && ok || no "every acked article's events reached the subscriber"
import json, sys, collections
t = sys.argv[1]
strip = lambda e: json.dumps({k: v for k, v in e.items() if k not in ("seq", "first_seen", "mentions")}, sort_keys=True)
ref = [json.loads(l) for l in open(t + "/ref.json")]
by_article = collections.defaultdict(list)
for e in ref:
    by_article[e["article"]["id"]].append(strip(e))
arts = [json.loads(l).get("id") for l in open(t + "/big.jsonl") if l.strip()]
want = collections.Counter()
for i in (1, 2, 3):
    acks = [json.loads(l.split("\t", 1)[1]) for l in open("%s/p%d.out" % (t, i))]
    acks = [a for a in acks if a["type"] == "ack"]
    k = acks[-1]["articles"]
    how = "final" if acks[-1].get("final") else "shutdown" if acks[-1].get("shutdown") else "cut"
    print("push %d: %d of %d articles acked (%s)" % (i, k, len(arts), how))
    for a in arts[:k]:
        want.update(by_article[a])
sub = [json.loads(l) for l in open(t + "/sub.json")]
assert [e["seq"] for e in sub] == list(range(1, len(sub) + 1)), "seq order"
got = collections.Counter(map(strip, sub))
missing = want - got
assert not missing, "%d acked events missing" % sum(missing.values())
PY
finish
