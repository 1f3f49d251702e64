#!/usr/bin/env bash
# Graceful shutdown of the packaged jar: a long batch is in flight when SIGTERM arrives; it must finish whole,
# and a request sent after the signal must be refused (503), not served. Exits 1 when either fails.
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
python3 - "$WORK/batch.ndjson" <<'PY'
import json, sys
text = open('src/test/resources/articles/harbour-museum-pasted.txt', encoding='utf-8').read()
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for i in range(600):
        f.write(json.dumps({'id': str(i), 'title': 'shutdown-%d' % i, 'text': text}) + '\n')
PY
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
echo "batch in flight at SIGTERM: $LINES of 600 lines answered, $OK with status 200"
echo "request sent 1 s after SIGTERM: ${LATE:-no answer} (000 = connection refused)"
grep -E "Waiting for HTTP requests|All HTTP requests complete|stopped in" "$WORK/server.log" | sed 's/^.*INFO  //'
if [ "$OK" = 600 ] && [ "$LATE" = 503 ]; then
  echo "graceful shutdown: passed"
else
  echo "graceful shutdown: FAILED (expected 600 answered lines and a 503)"
  exit 1
fi
