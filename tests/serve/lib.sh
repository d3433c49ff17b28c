# Helpers for the serve tests: a server on ephemeral loopback ports and unix sockets in a
# temp dir, its bound addresses read from --ready-file, every wait bounded.
set -u
bin=${DS_BIN:?DS_BIN must point at the dealstream binary}
t=$(mktemp -d)
SPID=
cleanup() {
  [ -n "$SPID" ] && kill -KILL "$SPID" 2>/dev/null
  jobs -p | xargs -r kill 2>/dev/null
  [ -n "${KEEP:-}" ] || rm -rf "$t"
}
trap cleanup EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { echo "FAIL: $*"; fail=$((fail + 1)); }
check() { # description, command...
  local what=$1; shift
  if "$@"; then ok; else no "$what"; fi
}
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit $?
}

# The articles: the shared dev set when it is there, else the project's own fixtures.
corpus() { # -> $t/corpus.jsonl
  if [ -f "${DS_SHARED:-}/eval/dev.jsonl" ]; then
    cp "$DS_SHARED/eval/dev.jsonl" "$t/corpus.jsonl"
  else
    python3 - "${DS_TESTDATA:?}" "$t/corpus.jsonl" <<'PY'
import json, sys, glob, os
with open(sys.argv[2], "w") as f:
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "golden", "*.txt"))):
        head, _, body = open(path, encoding="utf-8").read().partition("\n\n")
        a = {"body": body}
        for line in head.splitlines():
            k, _, v = line.partition(": ")
            a[k.lower()] = v
        f.write(json.dumps(a) + "\n")
PY
  fi
  gzip -c "$t/corpus.jsonl" > "$t/corpus.jsonl.gz"
  "$bin" extract --format json "$t/corpus.jsonl" > "$t/ref.json"
  NREF=$(wc -l < "$t/ref.json")
}

# wait_for CONDITION-COMMAND...: up to 30 s
wait_for() {
  local i
  for i in $(seq 1 300); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  return 1
}

start_serve() { # extra serve options...
  rm -f "$t/ready"
  "$bin" serve --ingest tcp://127.0.0.1:0 --ingest "unix:$t/ingest.sock" \
    --publish tcp://127.0.0.1:0 --publish "unix:$t/publish.sock" \
    --metrics tcp://127.0.0.1:0 --ready-file "$t/ready" ${DS_SERVE_EXTRA:-} "$@" 2>> "$t/serve.log" &
  SPID=$!
  if ! wait_for test -s "$t/ready"; then
    echo "serve did not start:"; cat "$t/serve.log"; exit 1
  fi
  ING=$(awk '$1=="ingest"{print $2; exit}' "$t/ready")
  UING=$(awk '$1=="ingest" && $2 ~ /^unix:/{print $2; exit}' "$t/ready")
  PUB=$(awk '$1=="publish"{print $2; exit}' "$t/ready")
  UPUB=$(awk '$1=="publish" && $2 ~ /^unix:/{print $2; exit}' "$t/ready")
  MET=$(awk '$1=="metrics"{print $2; exit}' "$t/ready")
  METPORT=${MET##*:}
}

stop_serve() { # -> exit status of serve
  kill -TERM "$SPID"
  local rc=0
  wait "$SPID" || rc=$?
  SPID=
  return $rc
}

metrics() { # -> stdout: the /metrics text
  python3 - "$METPORT" "${1:-/metrics}" <<'PY'
import sys, urllib.request, urllib.error
try:
    r = urllib.request.urlopen("http://127.0.0.1:%s%s" % (sys.argv[1], sys.argv[2]), timeout=10)
    sys.stdout.write(r.read().decode())
except urllib.error.HTTPError as e:
    sys.stdout.write("HTTP %d\n" % e.code)
PY
}

metric() { # NAME -> value (first sample of that exact name/labels)
  metrics | awk -v n="$1" '$1==n{print $2; exit}'
}

# Subscribers started in the background must be subscribed before events flow.
wait_subscribed() { # stderr file of a sub
  wait_for grep -q '"type":"subscribed"' "$1"
}
