#!/usr/bin/env bash
# Where start-up CPU goes: the CPU time the packaged service has used when it turns ready, by thread group (JIT
# compilers, GC, the boot thread, ...), beside the CPU time of a bare main that builds the same CoreNLP pipelines
# (lab/run pipeline-bench --start). On two cores ready cannot come much sooner than half the CPU spent before it,
# so this is the budget to cut. Both start with the service's options (docker/jvm.options), then the extra ones.
# From the repository root, with the packaged service and the lab built:
#
#   ./mvnw -B install -DskipTests && ./mvnw -B -f lab/pom.xml package -DskipTests && lab/bench/start-cpu.sh [extra JVM options for both]
#   lab/bench/start-cpu.sh -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa     # after docker/appcds.sh
#
# Threads that ended before ready (the pipeline loaders) count in the process total only; the JIT lines (from
# -XX:+CITime) cover each JVM's whole life, which for the service ends just after ready. Prints, asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. docker/ready.sh
nutgraf_require_built
lab/run --help >/dev/null 2>&1 \
  || { echo "build the lab first: ./mvnw -B install -DskipTests && ./mvnw -B -f lab/pom.xml package -DskipTests" >&2; exit 2; }
PORT="${NUTGRAF_BENCH_PORT:-18090}"
OPTS=(-XX:+UnlockDiagnosticVMOptions -XX:+CITime "$@")
TICK=$(getconf CLK_TCK)

LAB_JAVA_OPTS="@docker/jvm.options ${OPTS[*]}" /usr/bin/time -f "bare main: %e s wall, %U s user + %S s system CPU" \
  lab/run pipeline-bench --start 2>&1 \
  | grep -E '^bare main|^  C[12] \{' | sed -E 's/^  (C[12]) \{.*standard: +([0-9.]+ s), [0-9]+ bytes, ([0-9]+) methods.*/  JIT \1: \3 methods in \2/'

T0=$(date +%s%3N)
nutgraf_start target/start-cpu.log "${OPTS[@]}" -Dquarkus.http.port="$PORT"
PID=$NUTGRAF_PID
trap 'nutgraf_stop "$PID"' EXIT
NUTGRAF_READY_POLL_S=0.01 nutgraf_wait_ready "http://127.0.0.1:$PORT" "$PID"
T1=$(date +%s%3N)
echo "service: ready $(( T1 - T0 )) ms after launch; CPU so far $(awk -v t="$TICK" '{printf "%.2f s (user %.2f, system %.2f)", ($14+$15)/t, $14/t, $15/t}' /proc/$PID/stat)"
echo "live threads at ready, CPU seconds by group:"
for t in /proc/$PID/task/*; do
  echo "$(cat "$t/comm" 2>/dev/null)|$(awk '{print $14+$15}' "$t/stat" 2>/dev/null)"
done | awk -F'|' -v t="$TICK" '$2 != "" { sub(/[#-]?[0-9]+$/, "", $1); a[$1] += $2 }
  END { for (k in a) if (a[k] > 0) printf "  %6.2f  %s\n", a[k]/t, k }' | sort -rn
nutgraf_stop "$PID"
sed -nE 's/^  (C[12]) \{.*standard: +([0-9.]+ s), [0-9]+ bytes, ([0-9]+) methods.*/  JIT \1: \3 methods in \2/p' target/start-cpu.log
