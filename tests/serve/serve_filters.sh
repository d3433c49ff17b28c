#!/usr/bin/env bash
# Filters (type, party key or name prefix, minimum value, new only), replay from a seq,
# and the gap notice when replay cannot reach back.
. "$(dirname "$0")/lib.sh"
corpus
start_serve --replay-events 40
total=$((2 * NREF))

"$bin" sub "$PUB" --count "$total" > "$t/all.json" 2> "$t/all.err" & sall=$!
wait_subscribed "$t/all.err"
# pick filter values from the reference events so each filter selects something
read -r T1 T2 PKEY PNAME CUR MIN <<< "$(python3 - "$t/ref.json" <<'PY'
import json, sys, collections
ev = [json.loads(l) for l in open(sys.argv[1])]
types = [t for t, _ in collections.Counter(e["type"] for e in ev).most_common()]
parties = collections.Counter(p["key"] for e in ev for p in e["parties"] if p["key"] and " " not in p["key"])
key = parties.most_common(1)[0][0]
names = [p["name"] for e in ev for p in e["parties"] if p["key"] != key and p["name"]]
name = names[0].split()[0][:4].lower()
vals = sorted(e["value"]["amount"] for e in ev if e["value"] and e["value"]["currency"] == "USD")
print(types[0], types[1] if len(types) > 1 else types[0], key, name, "USD", vals[len(vals) // 2] if vals else 1)
PY
)"
"$bin" sub "$PUB" --type "$T1,$T2" > "$t/type.json" 2> "$t/type.err" & st=$!
"$bin" sub "$UPUB" --party "$PKEY" --party "$PNAME" > "$t/party.json" 2> "$t/party.err" & sp=$!
"$bin" sub "$PUB" --min-value "$MIN:$CUR" > "$t/min.json" 2> "$t/min.err" & sm=$!
"$bin" sub "$PUB" --new-only > "$t/new.json" 2> "$t/new.err" & sn=$!
"$bin" sub "$PUB" --new-only --type "$T1" --min-value "1:$CUR" > "$t/combo.json" 2> "$t/combo.err" & sc=$!
for f in type party min new combo; do wait_subscribed "$t/$f.err" || no "$f subscribed"; done

"$bin" push --quiet --to "$ING" "$t/corpus.jsonl.gz" 2> "$t/p1.err" && ok || no "push 1"
"$bin" push --quiet --to "$UING" "$t/corpus.jsonl" 2> "$t/p2.err" && ok || no "push 2"
wait $sall && ok || no "unfiltered sub"

# replay: from a seq inside the ring gets exactly the rest, in order
from=$((total - 30))
"$bin" sub "$PUB" --from-seq "$from" --count 31 > "$t/replay.json" 2> "$t/replay.err" && ok || no "replay sub"
grep -q "\"type\":\"subscribed\",\"seq\":$from" "$t/replay.err" && ok || no "subscribed says the first seq"
# replay older than the ring: a gap notice first, then the 40 events held
"$bin" sub "$PUB" --from-seq 1 --count 40 --all > "$t/gap.json" 2> "$t/gap.err" && ok || no "gap sub"
# replay from the future: live only, nothing replayed
stop_serve && ok || no "serve exits 0"
for p in $st $sp $sm $sn $sc; do wait $p || no "filtered sub exits 0"; done

python3 - "$t" "$total" "$T1" "$T2" "$PKEY" "$PNAME" "$CUR" "$MIN" <<'PY' && ok || no "filters select exactly the matching events"
import json, sys
t, total, t1, t2, pkey, pname, cur, mn = sys.argv[1:]
total, mn = int(total), float(mn)
load = lambda n: [json.loads(l) for l in open("%s/%s.json" % (t, n))]
allev = load("all")
assert [e["seq"] for e in allev] == list(range(1, total + 1))
def party(e):
    return any(p["key"] == pkey or p["name"].lower().startswith(pkey.lower()) or
               p["key"] == pname or p["name"].lower().startswith(pname.lower()) for p in e["parties"])
def minv(e, m):
    return e["value"] is not None and e["value"]["currency"] == cur and e["value"]["amount"] >= m
want = {
    "type": [e for e in allev if e["type"] in (t1, t2)],
    "party": [e for e in allev if party(e)],
    "min": [e for e in allev if minv(e, mn)],
    "new": [e for e in allev if e["first_seen"]],
    "combo": [e for e in allev if e["first_seen"] and e["type"] == t1 and minv(e, 1)],
}
for name, w in want.items():
    got = load(name)
    assert got == w, "%s: got %d events, want %d" % (name, len(got), len(w))
    assert name == "combo" or len(w) > 0, name + " selects nothing: a weak test"
    print(name, len(w), "events")
rep = load("replay")
assert rep == allev[total - 31:], "replay from seq %d" % (total - 30)
gap = load("gap")
assert gap[0]["type"] == "subscribed" and gap[0]["seq"] == 1, gap[0]
assert gap[1] == {"type": "gap", "from_seq": 1, "to_seq": total - 40}, gap[1]
assert gap[2:] == allev[total - 40:], "after the gap: the ring's 40 events"
PY
finish
