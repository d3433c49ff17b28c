#!/usr/bin/env bash
# Options and operations: the example config lists every option with the binary's
# default; a config file is read and the command line wins over it; bad options and
# values are usage errors naming the problem; /metrics (Prometheus text) and /healthz
# over HTTP; an idle server exits 0 on SIGINT too.
. "$(dirname "$0")/lib.sh"
src=$(cd "$(dirname "$0")/../.." && pwd)

"$bin" serve --print-config > "$t/defaults.conf" && ok || no "--print-config"
grep -v '^#' "$src/docs/dealstream.conf.example" | grep . > "$t/example.opts"
grep -v '^#' "$t/defaults.conf" | grep . > "$t/binary.opts"
diff "$t/example.opts" "$t/binary.opts" > /dev/null && ok || { no "docs/dealstream.conf.example matches --print-config"; diff "$t/example.opts" "$t/binary.opts"; }
"$bin" serve --help > "$t/help" && ok || no "serve --help"
for o in $(awk '/^[a-z].* = /{print $1}' "$t/defaults.conf"); do grep -q -- "--$o " "$t/help" || no "--help lists --$o"; done
"$bin" push --help > /dev/null && ok || no "push --help"
"$bin" sub --help > /dev/null && ok || no "sub --help"

expect_usage() { # description, args...
  local what=$1; shift
  "$@" > /dev/null 2> "$t/err"; local rc=$?
  if [ $rc = 2 ]; then ok; else no "$what: exit $rc, want 2"; cat "$t/err"; fi
}
expect_usage "unknown serve option" "$bin" serve --frobnicate 1
expect_usage "bad address" "$bin" serve --ingest 127.0.0.1:7400
grep -q "is no address" "$t/err" && ok || no "bad address is named"
expect_usage "bad number" "$bin" serve --max-connections lots
expect_usage "too small queue" "$bin" serve --queue-bytes 100
printf 'ingest = tcp://127.0.0.1:0\nbogus = 1\n' > "$t/bad.conf"
expect_usage "unknown key in config" "$bin" serve --config "$t/bad.conf"
grep -q "bad.conf:2: unknown option 'bogus'" "$t/err" && ok || { no "config error names file and line"; cat "$t/err"; }
expect_usage "push without --to" "$bin" push "$t/x"
expect_usage "sub bad --min-value" "$bin" sub tcp://127.0.0.1:1 --min-value 12
expect_usage "sub without address" "$bin" sub

# the example config, addresses overridden on the command line (ports 0, temp sockets)
cat > "$t/my.conf" <<CONF
# a config of our own: unix sockets only for ingest, a tiny queue limit
ingest = unix:$t/cfg-ingest.sock
publish = tcp://127.0.0.1:0
metrics = tcp://127.0.0.1:0
max-connections = 3
queue-bytes = 65536
log-level = debug
CONF
rm -f "$t/ready"
"$bin" serve --config "$src/docs/dealstream.conf.example" --config "$t/my.conf" --ready-file "$t/ready" 2> "$t/serve.log" &
SPID=$!
wait_for test -s "$t/ready" || { no "serve with a config file starts"; cat "$t/serve.log"; }
grep -q "^ingest unix:$t/cfg-ingest.sock$" "$t/ready" && ok || { no "config's ingest address used"; cat "$t/ready"; }
test "$(grep -c '^ingest' "$t/ready")" = 1 && ok || no "config's ingest replaced the default"
grep -q 'per subscriber [0-9]* (queue 65536' "$t/serve.log" && ok || no "config's queue-bytes used"
grep -q 'debug' "$t/serve.log" || true
MET=$(awk '$1=="metrics"{print $2}' "$t/ready"); METPORT=${MET##*:}
kill -TERM $SPID; wait $SPID && ok || no "serve exits 0"; SPID=

# a running server's HTTP side
corpus
start_serve
"$bin" push --quiet --to "$ING" "$t/corpus.jsonl.gz" || no "push"
metrics > "$t/m.txt"
for m in dealstream_ingest_connections dealstream_ingest_connections_total dealstream_ingest_bytes_total \
         dealstream_articles_total dealstream_events_total dealstream_subscribers dealstream_dropped_total \
         dealstream_ingest_paused dealstream_ingest_rejected_total dealstream_memory_bytes; do
  grep -q "^$m [0-9]" "$t/m.txt" && ok || no "metric $m"
done
grep -q '^# TYPE dealstream_events_total counter' "$t/m.txt" && ok || no "metric TYPE lines"
grep -q '^dealstream_errors_total{kind="EDATA"} 0' "$t/m.txt" && ok || no "errors by kind"
test "$(awk '$1=="dealstream_events_total"{print $2}' "$t/m.txt")" = "$NREF" && ok || no "events_total counts the events"
test "$(metrics /healthz)" = ok && ok || no "/healthz says ok"
test "$(metrics /nope)" = "HTTP 404" && ok || no "unknown path is 404"
python3 - "$METPORT" <<'PY' && ok || no "HTTP: POST is 405, garbage is 400"
import socket, sys
def ask(req):
    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    s.sendall(req)
    d = b""
    while True:
        b = s.recv(4096)
        if not b: break
        d += b
    return d.split(b"\r\n", 1)[0]
assert ask(b"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") == b"HTTP/1.1 405 Method Not Allowed"
assert ask(b"\x00\x01 garbage\r\n\r\n") == b"HTTP/1.1 400 Bad Request"
PY
kill -INT $SPID; wait $SPID && ok || no "serve exits 0 on SIGINT"; SPID=

# article-max and oversize: long articles are skipped (counted as errors) or truncated
nart=$(grep -c . "$t/corpus.jsonl")
for mode in skip truncate; do
  start_serve --article-max 2048 --oversize $mode
  "$bin" push --to "$ING" "$t/corpus.jsonl.gz" > "$t/over.out" 2> /dev/null || no "push ($mode)"
  python3 - "$t/over.out" "$nart" "$mode" <<'PY' && ok || no "oversize $mode: counts in the final ack"
import json, sys
a = json.loads(open(sys.argv[1]).read().splitlines()[-1].split("\t", 1)[1])
n, mode = int(sys.argv[2]), sys.argv[3]
assert a.get("final") and a["errors"] > 0, a
assert (a["articles"] == n) if mode == "truncate" else (a["articles"] < n), a
PY
  grep -q 'ETOOBIG' "$t/serve.log" && ok || no "oversize articles are logged"
  stop_serve || no "serve exits 0"
done
finish
