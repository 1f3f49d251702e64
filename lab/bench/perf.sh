#!/usr/bin/env bash
# Performance of the packaged service against CoreNLP itself, on this machine, in one run (about 10 minutes). It
# needs the packaged service and the lab (lab/run pipeline-bench); from the repository root:
#
#   ./mvnw -B install -DskipTests && ./mvnw -B -f lab/pom.xml package -DskipTests && lab/bench/perf.sh
#
# 1 overhead in process, 2 HTTP latency and scaling, 3 summary only vs with claims, 4 cache hits,
# 5 start, 6 memory and size, 7 batch. Reads ../shared (or SHARED_DIR); prints figures, asserts nothing.
# Every JVM here, the service's and the lab's, starts with the service's options (docker/jvm.options).
set -euo pipefail
cd "$(dirname "$0")/../.."
. docker/ready.sh
SHARED="${SHARED_DIR:-../shared}"
SAMPLE="$SHARED/samples/kazakhstan-oped-pasted.txt"
BBC="$SHARED/data/bbc/articles"
[ -f "$SAMPLE" ] || { echo "skipped: $SAMPLE is absent"; exit 0; }
nutgraf_require_built
lab/run --help >/dev/null 2>&1 \
  || { echo "build the lab first: ./mvnw -B install -DskipTests && ./mvnw -B -f lab/pom.xml package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1
PORT="${NUTGRAF_BENCH_PORT:-18090}"
URL="http://127.0.0.1:$PORT"
now_ms() { date +%s%3N; }
# lab/run with the service's JVM options, then the options in $1 (one string; a later option wins)
lab_with() { local opts=$1; shift; LAB_JAVA_OPTS="@docker/jvm.options $opts" lab/run "$@"; }

echo "# Nutgraf performance, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"

echo; echo "## 1, 3: in process, CoreNLP annotate alone vs Nutgraf's whole path (clean, annotate, score, select, keywords, claims)"
# a 3 GiB heap: this JVM holds four pipelines, a bare and a Nutgraf one of each kind
lab_with -Xmx3g pipeline-bench "$SAMPLE" "$BBC" 300 2>/dev/null

echo; echo "## 5: start (seconds from launching java to both pipelines built), median of 5, with the service's JVM options"
# Both sides run the same JVM with the same options; "with CDS" gives each its own class-data sharing archive from
# one training run (docker/appcds.sh for the service, as the image does; -XX:ArchiveClassesAtExit for the bare main).
median() { sort -n | awk '{v[NR] = $1} END {printf "%d %d %d\n", v[3], v[1], v[NR]}'; }  # median, min, max
bare_ms() { for _ in 1 2 3 4 5; do T0=$(now_ms); lab_with "$*" pipeline-bench --start >/dev/null 2>&1; echo $(( $(now_ms) - T0 )); done | median; }
LOG=target/bench-server.log
NUTGRAF_READY_POLL_S=0.01
start_server() {  # starts the service with extra JVM options; prints ms from launch to ready
  T0=$(now_ms)
  nutgraf_start "$LOG" "$@" -Dquarkus.http.port="$PORT"
  nutgraf_wait_ready "$URL" "$NUTGRAF_PID" || exit 1
  echo $(( $(now_ms) - T0 ))
}
trap 'nutgraf_stop "$NUTGRAF_PID"' EXIT
server_ms() { for _ in 1 2 3 4 5; do start_server "$@"; nutgraf_stop "$NUTGRAF_PID"; done | median; }
ratio() { echo "scale=2; $1/$2" | bc; }
read -r B0 B0MIN B0MAX <<<"$(bare_ms)"; read -r S0 S0MIN S0MAX <<<"$(server_ms)"
rm -f target/bare-cds.jsa
lab_with -XX:ArchiveClassesAtExit=target/bare-cds.jsa pipeline-bench --start >/dev/null 2>&1 || true
docker/appcds.sh target/quarkus-app target/quarkus-app/app-cds.jsa >/dev/null
read -r S1 S1MIN S1MAX <<<"$(server_ms -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa)"
s() { ratio "$1" 1000; }
echo "| | bare main, s (min-max) | nutgraf jar to ready, s (min-max) | ratio of medians |"
echo "|---|---|---|---|"
echo "| without CDS | $(s "$B0") ($(s "$B0MIN")-$(s "$B0MAX")) | $(s "$S0") ($(s "$S0MIN")-$(s "$S0MAX")) | $(ratio "$S0" "$B0") |"
if [ -s target/bare-cds.jsa ]; then
  read -r B1 B1MIN B1MAX <<<"$(bare_ms -XX:SharedArchiveFile=target/bare-cds.jsa)"
  echo "| with CDS (each its own archive) | $(s "$B1") ($(s "$B1MIN")-$(s "$B1MAX")) | $(s "$S1") ($(s "$S1MIN")-$(s "$S1MAX")) | $(ratio "$S1" "$B1") |"
else
  echo "| with CDS (each its own archive) | no archive was written for the bare main | $(s "$S1") ($(s "$S1MIN")-$(s "$S1MAX")) | |"
fi
T0=$(now_ms)
nutgraf_start "$LOG" -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -Dquarkus.http.port="$PORT"
PID=$NUTGRAF_PID
nutgraf_wait_live "$URL" "$PID"; T_LIVE=$(now_ms)
nutgraf_wait_ready "$URL" "$PID"; T_READY=$(now_ms)
echo "the service for the sections below (with CDS): live after $(ratio $((T_LIVE - T0)) 1000) s, ready after $(ratio $((T_READY - T0)) 1000) s"

export NUTGRAF_ARTICLE="$SAMPLE"
wrk -t1 -c1 -d10s -s lab/bench/status.lua "$URL/api/v1/summaries" >/dev/null  # warm-up
echo; echo "## 2: HTTP, shared sample, every request a cache miss (summary with claims, the default)"
for c in 1 2; do
  OUT=$(wrk -t"$c" -c"$c" -d30s --latency -s lab/bench/status.lua "$URL/api/v1/summaries")
  echo "$c client(s): $(echo "$OUT" | grep -E 'Requests/sec') $(echo "$OUT" | grep latency-ms) $(echo "$OUT" | grep statuses)"
done
echo; echo "## 3: HTTP, summary only (claims=false), 1 client"
OUT=$(wrk -t1 -c1 -d20s --latency -s lab/bench/status.lua "$URL/api/v1/summaries?claims=false")
echo "$(echo "$OUT" | grep -E 'Requests/sec') $(echo "$OUT" | grep latency-ms)"

echo; echo "## 4: cache hit (the same request again), 1 client"
OUT=$(NUTGRAF_REPEAT=1 wrk -t1 -c1 -d10s --latency -s lab/bench/status.lua "$URL/api/v1/summaries")
echo "$(echo "$OUT" | grep -E 'Requests/sec') $(echo "$OUT" | grep latency-ms)"

echo; echo "## 7: batch"
if [ -d "$BBC" ]; then python3 lab/bench/batch.py "$URL" "$BBC" 100; else echo "skipped: $BBC is absent"; fi

echo; echo "## 6: memory and size, after the load"
jcmd $PID GC.run >/dev/null
# the heap's generations (G1 prints one line, the parallel collector two), not metaspace
HEAP=$(jcmd $PID GC.heap_info | awk '/total [0-9]+K, used [0-9]+K/ && !/Metaspace|class space/ {
  for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K.*/, "", $(i + 1)); s += $(i + 1) } } END {print s + 0}')
RSS=$(awk '/VmRSS/{print $2}' /proc/$PID/status)
echo "heap used after full GC: $((HEAP/1024)) MB; RSS: $((RSS/1024)) MB; target/quarkus-app: $(du -sm --exclude=app-cds.jsa target/quarkus-app | cut -f1) MB, and its CDS archive $(du -m target/quarkus-app/app-cds.jsa | cut -f1) MB"
