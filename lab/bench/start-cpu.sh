#!/usr/bin/env bash
# Where start-up CPU goes: the CPU time the packaged service has used when it turns ready, by thread group (JIT
# compilers, GC, the boot thread, ...), beside the CPU time of a bare main that builds the same CoreNLP pipelines.
# On two cores ready cannot come much sooner than half the CPU spent before it, so this is the budget to cut.
#
#   ./mvnw -B package -DskipTests && src/bench/start-cpu.sh [extra JVM options for both]
#
# Threads that ended before ready (the pipeline loaders) count in the process total only; the JIT lines (from
# -XX:+CITime) cover each JVM's whole life, which for the service ends just after ready. Prints, asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B package -DskipTests"; exit 2; }
PORT="${NUTGRAF_BENCH_PORT:-18090}"
OPTS=(-Xmx2g -XX:MetaspaceSize=128m -XX:+UseParallelGC -XX:+UnlockDiagnosticVMOptions -XX:+CITime "$@")
TICK=$(getconf CLK_TCK)

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
/usr/bin/time -f "bare main: %e s wall, %U s user + %S s system CPU" \
  java "${OPTS[@]}" -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.nutgraf.nlp.PipelineBench --start 2>&1 \
  | grep -E '^bare main|^  C[12] \{' | sed -E 's/^  (C[12]) \{.*standard: +([0-9.]+ s), [0-9]+ bytes, ([0-9]+) methods.*/  JIT \1: \3 methods in \2/'

java "${OPTS[@]}" -Dquarkus.http.port="$PORT" -jar "$JAR" >target/start-cpu.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
T0=$(date +%s%3N)
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
  kill -0 "$PID" 2>/dev/null || { echo "the service stopped; see target/start-cpu.log"; exit 1; }
  sleep 0.01
done
T1=$(date +%s%3N)
echo "service: ready $(( T1 - T0 )) ms after launch; CPU so far $(awk -v t="$TICK" '{printf "%.2f s (user %.2f, system %.2f)", ($14+$15)/t, $14/t, $15/t}' /proc/$PID/stat)"
echo "live threads at ready, CPU seconds by group:"
for t in /proc/$PID/task/*; do
  echo "$(cat "$t/comm" 2>/dev/null)|$(awk '{print $14+$15}' "$t/stat" 2>/dev/null)"
done | awk -F'|' -v t="$TICK" '$2 != "" { sub(/[#-]?[0-9]+$/, "", $1); a[$1] += $2 }
  END { for (k in a) if (a[k] > 0) printf "  %6.2f  %s\n", a[k]/t, k }' | sort -rn
kill "$PID"; wait "$PID" 2>/dev/null || true
sed -nE 's/^  (C[12]) \{.*standard: +([0-9.]+ s), [0-9]+ bytes, ([0-9]+) methods.*/  JIT \1: \3 methods in \2/p' target/start-cpu.log
