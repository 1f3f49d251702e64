#!/usr/bin/env bash
# Graceful shutdown of the packaged jar: a long batch is in flight when SIGTERM arrives; it must finish whole,
# and a request sent after the signal must be refused (503), not served. Exits 1 when either fails.
# The batch is sized to about 6 s of this machine's work (timed on a batch of 40 after one that warms the JIT), so
# it is in flight at the signal, a second after it starts, and done well within the 20 s shutdown timeout, on a fast
# machine or a busy one.
#
#   ./mvnw -B package -DskipTests && src/test/sh/shutdown.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. docker/ready.sh
PORT="${NUTGRAF_BENCH_PORT:-18095}"
URL="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
nutgraf_start "$WORK/server.log" -Dquarkus.http.port="$PORT"
PID=$NUTGRAF_PID
trap 'nutgraf_stop "$PID"' EXIT
nutgraf_wait_ready "$URL" "$PID"
batch() {  # batch FILE N PREFIX: N copies of our fixture article, each with its own title (no answer is cached)
  python3 -c '
import json, sys
text = open("src/test/resources/articles/harbour-museum-pasted.txt", encoding="utf-8").read()
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(int(sys.argv[2])):
        f.write(json.dumps({"id": str(i), "title": "%s-%d" % (sys.argv[3], i), "text": text}) + "\n")
' "$@"
}
timed_batch() {  # timed_batch PREFIX: seconds a batch of 40 takes
  batch "$WORK/$1.ndjson" 40 "$1"
  curl -s -o /dev/null -w "%{time_total}" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$WORK/$1.ndjson" "$URL/api/v1/summaries/batch"
}
timed_batch warm-up >/dev/null
SECONDS_40=$(timed_batch timed)
N=$(awk -v t="$SECONDS_40" 'BEGIN { n = int(40 * 6 / t); if (n < 40) n = 40; if (n > 2000) n = 2000; print n }')
batch "$WORK/batch.ndjson" "$N" shutdown
curl -s -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/batch.ndjson" "$URL/api/v1/summaries/batch" >"$WORK/out.ndjson" &
CURL=$!
sleep 1
kill -TERM $PID
sleep 1
LATE=$(curl -s -o /dev/null -w "%{http_code}" -H 'Content-Type: text/plain; charset=UTF-8' \
  --data 'The council met on Monday. It approved the plan.' "$URL/api/v1/summaries" || true)
wait $CURL || true
wait $PID || true
LINES=$(wc -l <"$WORK/out.ndjson")
OK=$(grep -c '"status":200' "$WORK/out.ndjson" || true)
echo "batch of $N articles (40 took $SECONDS_40 s) in flight at SIGTERM: $LINES lines answered, $OK with status 200"
echo "request sent 1 s after SIGTERM: ${LATE:-no answer} (000 = connection refused)"
grep -E "Waiting for HTTP requests|All HTTP requests complete|stopped in" "$WORK/server.log" | sed 's/^.*INFO  //'
if [ "$OK" = "$N" ] && [ "$LATE" = 503 ]; then
  echo "graceful shutdown: passed"
else
  echo "graceful shutdown: FAILED (expected $N answered lines and a 503)"
  exit 1
fi
