#!/usr/bin/env bash
# Resident memory (RSS) of the packaged service, started the ways people start it, on this machine. Needs only the
# packaged service (the lab is not needed); from the repository root:
#
#   ./mvnw -B package -DskipTests && lab/bench/rss.sh [ARTICLES [HEAP...]]
#   lab/bench/rss.sh 300 512m 384m      # and the plain command with each heap fixed (-Xmx), to find the one needed
#
# Rows, each a fresh JVM started through docker/ready.sh:
#   JVM defaults         no options file at all: the bare jar command a new user types (the JVM's default collector,
#                        and a heap of a quarter of the machine's memory)
#   plain command        the README's: the options of docker/jvm.options, on this machine's memory
#   container, 2 GiB     the same options with -XX:MaxRAM=2g: the JVM sizes its heap from MaxRAM as it does from a
#   container, 3 GiB     container's memory limit (3 GiB: docker/compose.yaml, docker/kubernetes.yaml). Simulated:
#                        no cgroup limit is set here, so the kernel does not enforce it; the heap and the collector's
#                        choices are those the image makes under that limit
#   -Xmx HEAP            the plain command with the heap fixed at each HEAP given after ARTICLES
# Each prints: the heap maximum, ms from launch to ready, RSS once ready, after one summary (the shared op-ed, else
# our own fixture), after two concurrent 100,000-character articles, and after ARTICLES (default 300) articles of
# ../shared/data/bbc by 2 clients with the time they took (skipped when absent); then the heap live after a full
# collection and the heap the collector kept, and the collections' count and pause time. Prints, asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. docker/ready.sh
nutgraf_require_built
SHARED="${SHARED_DIR:-../shared}"
ARTICLES="${1:-300}"
SAMPLE="$SHARED/samples/kazakhstan-oped-pasted.txt"
[ -f "$SAMPLE" ] || SAMPLE=src/test/resources/articles/harbour-museum-pasted.txt
BBC="$SHARED/data/bbc/articles"
PORT="${NUTGRAF_BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
URL="http://127.0.0.1:$PORT"
OUT=target/bench-rss
mkdir -p "$OUT"
# two different articles of 100,000 characters (nutgraf.limits.max-chars; different, so that the answer cache does
# not serve the second): the bbc articles end to end, from the first and from the last, else the sample repeated
BIG="$OUT/big"
python3 - "$BBC" "$SAMPLE" "$BIG" <<'EOF'
import os, sys
bbc, sample, out = sys.argv[1:]
names = sorted(os.listdir(bbc)) if os.path.isdir(bbc) else []
for n, order in ((1, names[:400]), (2, names[::-1][:400])):
    texts = [open(os.path.join(bbc, f), encoding='utf-8').read() for f in order] \
        or [f'{n}. ' + open(sample, encoding='utf-8').read()] * 200
    text = ''
    for t in texts:
        if len(text) + len(t) + 2 > 100000:
            break
        text += t + '\n\n'
    open(f'{out}-{n}.txt', 'w', encoding='utf-8').write(text)
EOF
now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo '(stopped)'; }
post() {  # post FILE: prints the status code and a space, in one write (two may run at once)
  printf '%s ' "$(curl -s -o /dev/null -w '%{http_code}' --max-time 600 -H 'Content-Type: text/plain; charset=UTF-8' \
    --data-binary @"$1" "$URL/api/v1/summaries")"
}
trap 'nutgraf_stop "$NUTGRAF_PID"' EXIT

# row LABEL OPTIONS_FILE [JVM options...]
row() {
  local label=$1 options=$2
  shift 2
  local gclog="$OUT/$(echo "$label" | tr -c 'a-z0-9\n' '-').gc"
  local t0 t1 pid r0 r1 r2 r3 s1 s2 load="skipped: $BBC is absent"
  t0=$(now_ms)
  # generous time budgets (and connections kept open as long): the figures are about memory, and a contended machine
  # must not turn them into 503s or dropped connections
  NUTGRAF_JVM_OPTIONS=$options nutgraf_start "$OUT/server.log" "$@" -Xlog:gc:file="$gclog" \
    -Dnutgraf.workers.timeout=600s -Dquarkus.http.idle-timeout=600s -Dquarkus.http.read-timeout=600s \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT"
  pid=$NUTGRAF_PID
  if ! NUTGRAF_READY_POLL_S=0.05 nutgraf_wait_ready "$URL" "$pid" 300 2>/dev/null; then
    nutgraf_stop "$pid"
    echo "| $label | did not become ready: $(grep -m1 -oE 'OutOfMemoryError[^\"]*|Exception[^\"]*' "$OUT/server.log" || echo 'see '"$OUT/server.log") |||||||"
    return
  fi
  t1=$(now_ms)
  r0=$(rss_mb "$pid")
  s1=$(post "$SAMPLE" | tr -d ' ')
  r1=$(rss_mb "$pid")
  s2=$( (post "$BIG-1.txt" & post "$BIG-2.txt"; wait) | xargs | tr ' ' ',')
  r2=$(rss_mb "$pid")
  if [ -d "$BBC" ]; then
    local t2 statuses
    t2=$(now_ms)
    statuses=$(find "$BBC" -name '*.txt' | sort | sed -n "1,${ARTICLES}p" | xargs -P2 -I{} curl -s -o /dev/null \
      -w '%{http_code}\n' --max-time 600 -H 'Content-Type: text/plain; charset=UTF-8' --data-binary @{} "$URL/api/v1/summaries" \
      | sort | uniq -c | awk '{printf "%s%s x %s", (NR > 1 ? ", " : ""), $1, $2}')
    r3=$(rss_mb "$pid")
    load="$r3 MB ($statuses in $(( ($(now_ms) - t2) / 1000 )) s)"
  fi
  local maxheap live kept pauses
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "| $label | stopped under load: $(grep -m1 -oE 'OutOfMemoryError[^\"]*' "$OUT/server.log" || echo 'see '"$OUT/server.log") | $((t1 - t0)) | $r0 MB | $r1 MB ($s1) | $r2 MB ($s2) | $load |||"
    return
  fi
  maxheap=$(jcmd "$pid" VM.flags | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ {printf "%d", $2 / 1048576}')
  jcmd "$pid" GC.run >/dev/null
  # the heap's generations (the parallel collector prints two lines, G1 one), not metaspace: used, then committed
  read -r live kept <<<"$(jcmd "$pid" GC.heap_info | awk '/total [0-9]+K, used [0-9]+K/ && !/Metaspace|class space/ {
    for (i = 1; i <= NF; i++) { if ($i == "used") u += $(i + 1); if ($i == "total") t += $(i + 1) } }
    END {printf "%d %d", u / 1024, t / 1024}')"
  pauses=$(awk '/Pause/ {n++; sub(/ms$/, "", $NF); ms += $NF} END {printf "%d, %.1f s", n, ms / 1000}' "$gclog")
  nutgraf_stop "$pid"
  echo "| $label | $maxheap | $((t1 - t0)) | $r0 MB | $r1 MB ($s1) | $r2 MB ($s2) | $load | $live / $kept MB | $pauses |"
}

echo "# RSS of the packaged service, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
echo "one summary: $SAMPLE; the 100,000-character articles: $BIG-1.txt, $BIG-2.txt; load: $ARTICLES articles of $BBC"
echo
echo "| start | max heap, MB | ms to ready | RSS at ready | after one summary | after 2 x 100,000 characters | after the load | heap live / kept after full GC | GC pauses, time |"
echo "|---|---|---|---|---|---|---|---|---|"
EMPTY="$OUT/no-options"
: >"$EMPTY"
row "JVM defaults" "$EMPTY"
row "plain command (docker/jvm.options)" docker/jvm.options
row "container, 2 GiB (simulated)" docker/jvm.options -XX:MaxRAM=2g
row "container, 3 GiB (simulated)" docker/jvm.options -XX:MaxRAM=3g
for heap in "${@:2}"; do
  row "plain command, -Xmx$heap" docker/jvm.options -Xmx"$heap"
done
