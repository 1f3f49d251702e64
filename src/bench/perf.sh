#!/usr/bin/env bash
# Performance of the packaged service against CoreNLP itself, on this machine, in one run (about 6 minutes):
#
#   ./mvnw -B package -DskipTests && src/bench/perf.sh
#
# 1 overhead in process, 2 HTTP latency and scaling, 3 summary only vs with claims, 4 cache hits,
# 5 start, 6 memory and size, 7 batch. Reads ../shared (or SHARED_DIR); prints figures, asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED_DIR:-../shared}"
SAMPLE="$SHARED/samples/kazakhstan-oped-pasted.txt"
BBC="$SHARED/data/bbc/articles"
[ -f "$SAMPLE" ] || { echo "skipped: $SAMPLE is absent"; exit 0; }
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B package -DskipTests"; exit 2; }
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1
PORT="${NUTGRAF_BENCH_PORT:-18090}"
URL="http://127.0.0.1:$PORT"
now_ms() { date +%s%3N; }

echo "# Nutgraf performance, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
BENCH="java -Xmx3g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp $CP org.nutgraf.nlp.PipelineBench"

echo; echo "## 1, 3: in process, CoreNLP annotate alone vs Nutgraf's whole path (clean, annotate, score, select, keywords, claims)"
$BENCH "$SAMPLE" "$BBC" 300 2>/dev/null

echo; echo "## 5: start (seconds from launching java to both pipelines built)"
T0=$(now_ms); $BENCH --start 2>/dev/null; T1=$(now_ms)
BARE=$(echo "scale=2; ($T1-$T0)/1000" | bc)
echo "bare main, process launch to exit: $BARE s"
LOG=target/bench-server.log
T0=$(now_ms)
java -Xmx2g -Dquarkus.http.port="$PORT" -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "$URL/q/health/live" >/dev/null; do sleep 0.02; done; T_LIVE=$(now_ms)
until curl -sf "$URL/q/health/ready" >/dev/null; do sleep 0.02; done; T_READY=$(now_ms)
LIVE=$(echo "scale=2; ($T_LIVE-$T0)/1000" | bc); READY=$(echo "scale=2; ($T_READY-$T0)/1000" | bc)
echo "nutgraf jar: live after $LIVE s, ready after $READY s; ready / bare main = $(echo "scale=2; $READY/$BARE" | bc)"

export NUTGRAF_ARTICLE="$SAMPLE"
wrk -t1 -c1 -d10s -s src/bench/status.lua "$URL/api/v1/summaries" >/dev/null  # warm-up
echo; echo "## 2: HTTP, shared sample, every request a cache miss (summary with claims, the default)"
for c in 1 2; do
  OUT=$(wrk -t"$c" -c"$c" -d30s --latency -s src/bench/status.lua "$URL/api/v1/summaries")
  echo "$c client(s): $(echo "$OUT" | grep -E 'Requests/sec') $(echo "$OUT" | grep latency-ms) $(echo "$OUT" | grep statuses)"
done
echo; echo "## 3: HTTP, summary only (claims=false), 1 client"
OUT=$(wrk -t1 -c1 -d20s --latency -s src/bench/status.lua "$URL/api/v1/summaries?claims=false")
echo "$(echo "$OUT" | grep -E 'Requests/sec') $(echo "$OUT" | grep latency-ms)"

echo; echo "## 4: cache hit (the same request again), 1 client"
OUT=$(NUTGRAF_REPEAT=1 wrk -t1 -c1 -d10s --latency -s src/bench/status.lua "$URL/api/v1/summaries")
echo "$(echo "$OUT" | grep -E 'Requests/sec') $(echo "$OUT" | grep latency-ms)"

echo; echo "## 7: batch"
if [ -d "$BBC" ]; then python3 src/bench/batch.py "$URL" "$BBC" 100; else echo "skipped: $BBC is absent"; fi

echo; echo "## 6: memory and size, after the load"
jcmd $PID GC.run >/dev/null
HEAP=$(jcmd $PID GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
RSS=$(awk '/VmRSS/{print $2}' /proc/$PID/status)
echo "heap used after full GC: $((HEAP/1024)) MB; RSS: $((RSS/1024)) MB; target/quarkus-app: $(du -sm target/quarkus-app | cut -f1) MB"
