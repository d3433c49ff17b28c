#!/usr/bin/env bash
# Backpressure: two subscribers stop reading (SIGSTOP), one with policy drop and a small
# queue, one with policy disconnect. Ingest and a reading subscriber go on unhindered;
# the stopped ones' queues stay within their bound; the drop one, resumed, gets events in
# seq order with "missed" counts that account for every gap; the disconnect one was
# closed.
. "$(dirname "$0")/lib.sh"
corpus
start_serve --queue-bytes 1048576
pushes=8
total=$((pushes * NREF))
qmax=16384

timeout 120 "$bin" sub "$PUB" --count "$total" > "$t/fast.json" 2> "$t/fast.err" & sf=$!
# the stopped ones on the unix socket: its kernel buffers are small, so queues fill
"$bin" sub "$UPUB" --queue-bytes $qmax --policy drop > "$t/drop.json" 2> "$t/drop.err" & sd=$!
"$bin" sub "$UPUB" --queue-bytes $qmax --policy disconnect > "$t/disc.json" 2> "$t/disc.err" & sx=$!
for f in fast drop disc; do wait_subscribed "$t/$f.err" || no "$f subscribed"; done
kill -STOP $sd $sx

pids=
for i in $(seq 1 $pushes); do
  "$bin" push --quiet --to "$ING" "$t/corpus.jsonl.gz" 2> "$t/p$i.err" & pids="$pids $!"
done
for p in $pids; do wait $p && ok || no "push completes while two subscribers are stopped"; done
wait $sf && ok || no "the reading subscriber gets all $total events"
python3 -c "
import json
s=[json.loads(l)['seq'] for l in open('$t/fast.json')]
assert s==list(range(1,$total+1))" && ok || no "reading subscriber: every seq once, in order"

metrics > "$t/metrics.txt"
dropped=$(awk '$1=="dealstream_dropped_total"{print $2}' "$t/metrics.txt")
check "events were dropped for the stopped subscriber (got ${dropped:-none})" test "${dropped:-0}" -gt 0
check "the disconnect-policy subscriber was closed" \
  test "$(awk '$1=="dealstream_subscribers_disconnected_slow_total"{print $2}' "$t/metrics.txt")" = 1
# every open subscriber's queue (bytes queued + in flight) is within its bound (the
# reading one is closed by now; the stopped one asked for $qmax)
awk -v max=$((qmax + 32768)) '$1 ~ /^dealstream_subscriber_queue_bytes/ && $2 > max {bad=1; print "over:", $0} END{exit bad}' \
  "$t/metrics.txt" && ok || no "queues within bound"
if ! ldd "$bin" | grep -q libasan; then
  rss=$(awk '/^VmRSS/{print $2 * 1024}' /proc/$SPID/status)
  mem=$(awk '$1=="dealstream_memory_bytes"{print $2}' "$t/metrics.txt")
  check "server RSS $rss <= preallocated $mem + 64 MiB" test "$rss" -le $((mem + 64 * 1024 * 1024))
fi

kill -CONT $sd $sx
stop_serve && ok || no "serve exits 0"
wait $sd && ok || no "drop subscriber exits 0"
wait $sx
python3 - "$t/drop.json" "$total" <<'PY' && ok || no "drop subscriber: seq order, missed counts account for every gap"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
total = int(sys.argv[2])
prev = 0
missed = 0
for e in ev:
    m = e.get("missed", 0)
    assert e["seq"] - prev - 1 == m, "seq %d after %d says missed %d" % (e["seq"], prev, m)
    missed += m
    prev = e["seq"]
assert missed > 0, "nothing missed: the test did not fill the queue"
assert len(ev) + missed + (total - prev) == total
print(len(ev), "received,", missed, "missed")
PY
n=$(wc -l < "$t/disc.json")
check "disconnect subscriber got fewer than all events ($n)" test "$n" -lt "$total"
finish
