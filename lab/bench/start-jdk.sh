#!/usr/bin/env bash
# Time to ready of the packaged service on JDK 17 (the image's) and on a JDK 25, each with what it offers to start
# sooner: JDK 17 with and without the class-data sharing archive the image trains (docker/appcds.sh); JDK 25 with
# the same kind of archive, and with its AOT cache (JEP 483, 514, 515: classes loaded and linked, and method
# profiles, from one training run like docker/appcds.sh's: start, wait until ready, summarise an article, stop).
# Needs only the packaged service and a JDK 25; from the repository root:
#
#   ./mvnw -B package -DskipTests && lab/bench/start-jdk.sh [RUNS] [JDK25_HOME]
#
# RUNS (default 7) starts of each, taken in turn so that a busy machine slows them alike; for each the median (and
# min-max) of milliseconds from launch to ready, and of the CPU seconds the process had used by then (less
# sensitive to other work on the machine than the wall clock). The service is compiled for Java 17; JDK 25 runs the
# same jar. Every start uses docker/jvm.options (through docker/ready.sh). Prints, asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. docker/ready.sh
nutgraf_require_built
RUNS="${1:-7}"
JDK17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
JDK25="${2:-$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* 2>/dev/null | sed -n 1p)}"
[ -x "$JDK25/bin/java" ] || { echo "no JDK 25: give its home as the second argument" >&2; exit 2; }
PORT="${NUTGRAF_BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
URL="http://127.0.0.1:$PORT"
OUT=target/bench-start
mkdir -p "$OUT"
TICK=$(getconf CLK_TCK)
now_ms() { date +%s%3N; }
trap 'nutgraf_stop "$NUTGRAF_PID"' EXIT

# The training runs, one per JDK and kind, each from a fresh file.
NUTGRAF_CDS_PORT=$PORT PATH="$JDK17/bin:$PATH" docker/appcds.sh target/quarkus-app "$OUT/jdk17.jsa" >/dev/null
NUTGRAF_CDS_PORT=$PORT PATH="$JDK25/bin:$PATH" docker/appcds.sh target/quarkus-app "$OUT/jdk25.jsa" >/dev/null
rm -f "$OUT/jdk25.aot"
PATH="$JDK25/bin:$PATH" nutgraf_start "$OUT/aot-training.log" -XX:AOTCacheOutput="$OUT/jdk25.aot" \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT"
nutgraf_wait_ready "$URL" "$NUTGRAF_PID" 300
curl -sf -o /dev/null -H 'Content-Type: text/plain; charset=UTF-8' --data-binary @src/test/resources/articles/harbour-museum-pasted.txt \
  "$URL/api/v1/summaries"
# the JVM writes the cache as it exits (the assembly runs in a JVM it forks then), which takes a while
nutgraf_stop "$NUTGRAF_PID" 600
[ -s "$OUT/jdk25.aot" ] || { echo "no AOT cache was written:" >&2; tail -20 "$OUT/aot-training.log" >&2; exit 1; }
echo "# Start of the packaged service, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "archives: JDK 17 CDS $(du -m "$OUT/jdk17.jsa" | cut -f1) MB, JDK 25 CDS $(du -m "$OUT/jdk25.jsa" | cut -f1) MB, JDK 25 AOT cache $(du -m "$OUT/jdk25.aot" | cut -f1) MB"

# start JDK LOG [options]: prints "ms cpu_s" from launch to ready
start() {
  local jdk=$1 log=$2 t0 ms
  shift 2
  t0=$(now_ms)
  PATH="$jdk/bin:$PATH" nutgraf_start "$log" "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT"
  NUTGRAF_READY_POLL_S=0.01 nutgraf_wait_ready "$URL" "$NUTGRAF_PID" 300 || exit 1
  ms=$(( $(now_ms) - t0 ))
  echo "$ms $(awk -v t="$TICK" '{printf "%.2f", ($14 + $15) / t}' "/proc/$NUTGRAF_PID/stat")"
  nutgraf_stop "$NUTGRAF_PID"
}

LABELS=("JDK 17, no archive" "JDK 17, CDS archive (the image)" "JDK 25, CDS archive" "JDK 25, AOT cache")
for i in 0 1 2 3; do : >"$OUT/row$i"; done
for _ in $(seq "$RUNS"); do
  start "$JDK17" "$OUT/row0.log" >>"$OUT/row0"
  start "$JDK17" "$OUT/row1.log" -XX:SharedArchiveFile="$OUT/jdk17.jsa" >>"$OUT/row1"
  start "$JDK25" "$OUT/row2.log" -XX:SharedArchiveFile="$OUT/jdk25.jsa" >>"$OUT/row2"
  start "$JDK25" "$OUT/row3.log" -XX:AOTCache="$OUT/jdk25.aot" >>"$OUT/row3"
done
# a JVM that cannot use its archive or cache says so and starts without it: show any such warning
grep -hiE 'warning.*(shar|aot|archive)|error.*(aot|archive)' "$OUT"/row[0-3].log | sort | uniq -c || true

median() {  # median min max of column $1 of file $2
  sort -n -k"$1","$1" "$2" | awk -v c="$1" '{v[NR] = $c} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%s (%s-%s)", m, v[1], v[NR]}'
}
echo
echo "| start ($RUNS runs each) | ms to ready, median (min-max) | CPU s to ready, median (min-max) |"
echo "|---|---|---|"
for i in 0 1 2 3; do
  echo "| ${LABELS[$i]} | $(median 1 "$OUT/row$i") | $(median 2 "$OUT/row$i") |"
done
