#!/usr/bin/env bash
# Load test of the packaged jar on 127.0.0.1, bounded in time (about 2.5 minutes).
#
#   ./mvnw -B package -DskipTests && lab/bench/load.sh [article.txt]
#
# The service runs as the image runs it (docker/jvm.options, through docker/ready.sh).
# Prints: 2 clients for 60 s (expect zero errors; p50/p99); 64 clients for 30 s (expect only 200 and
# 503-with-Retry-After, successful throughput no lower than at 2 clients, liveness answering throughout);
# 300 stalled uploads plus 10 fresh requests (expect all 10 served); and whether the JVM hit OutOfMemoryError.
set -euo pipefail
cd "$(dirname "$0")/../.."
. docker/ready.sh
nutgraf_require_built
ARTICLE="${1:-src/test/resources/articles/harbour-museum-pasted.txt}"
PORT="${NUTGRAF_BENCH_PORT:-18080}"
if ! command -v wrk >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || sudo apt-get install -y -qq wrk
fi

LOG=$(mktemp)
nutgraf_start "$LOG" -Dquarkus.http.port="$PORT"
PID=$NUTGRAF_PID
trap 'nutgraf_stop "$PID"' EXIT
nutgraf_wait_ready "http://127.0.0.1:$PORT" "$PID"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; article: $ARTICLE ($(wc -c <"$ARTICLE") bytes)"
export NUTGRAF_ARTICLE="$ARTICLE"
URL="http://127.0.0.1:$PORT/api/v1/summaries"

echo "== warm-up 10 s"
wrk -t2 -c2 -d10s -s lab/bench/status.lua "$URL" >/dev/null

# successful answers a second, from the status tally of a wrk run
ok_rate() { awk '/^statuses:/{for(i=2;i<=NF;i++){split($i,a,"=");if(a[1]=="200")ok=a[2]}} /^duration-s:/{d=$2} END{printf "%.1f", ok/d}'; }

echo "== 2 clients, 60 s"
TWO=$(wrk -t2 -c2 -d60s --latency -s lab/bench/status.lua "$URL")
echo "$TWO" | grep -E "statuses|Retry-After|latency-ms|socket-errors"
TWO_OK=$(echo "$TWO" | ok_rate)
echo "successful answers/s: $TWO_OK"

echo "== 64 clients, 30 s (liveness probed every second)"
LIVE_FAIL=0; LIVE_OK=0
( for _ in $(seq 1 30); do
    if curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/live" >/dev/null; then echo ok; else echo fail; fi; sleep 1
  done ) >"$LOG.live" &
PROBE=$!
MANY=$(wrk -t4 -c64 -d30s --timeout 20s --latency -s lab/bench/status.lua "$URL")
wait $PROBE
echo "$MANY" | grep -E "statuses|Retry-After|latency-ms|socket-errors"
MANY_OK=$(echo "$MANY" | ok_rate)
echo "successful answers/s: $MANY_OK (at 2 clients: $TWO_OK)"
echo "liveness during overload: $(grep -c ok "$LOG.live") ok, $(grep -c fail "$LOG.live" || true) failed"

echo "== 300 stalled uploads + 10 fresh requests"
python3 lab/bench/stalled.py 127.0.0.1 "$PORT" 300 10 "$ARTICLE" || true

if grep -q OutOfMemoryError "$LOG"; then echo "OutOfMemoryError: YES"; else echo "OutOfMemoryError: none"; fi
kill -0 $PID 2>/dev/null && echo "server: still running" || echo "server: DIED"
