#!/usr/bin/env bash
# A broken model file stops the start: a copy of the packaged application whose check-worthiness weights end in a
# line that does not parse must exit non-zero, before it is ever ready, with a message naming the file. Exits 1
# otherwise. (PlatformEndpointsTest checks that readiness lists every model file the unbroken jar ships.)
#
#   ./mvnw -B package -DskipTests && src/test/sh/broken-model.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PORT="${NUTGRAF_BENCH_PORT:-18096}"
FILE=claims/check-worthiness.tsv

cp -r target/quarkus-app "$WORK/app"
JAR=$(ls "$WORK"/app/app/nutgraf-*.jar)
mkdir -p "$WORK/patch/claims"
(cd "$WORK/patch" && jar xf "$JAR" "$FILE" && printf 'a weight with no tab\n' >>"$FILE" && jar uf "$JAR" "$FILE")

export NUTGRAF_APP="$WORK/app"
. "$ROOT/docker/ready.sh"
nutgraf_start "$WORK/broken.log" -Dquarkus.http.port="$PORT"
PID=$NUTGRAF_PID
STATUS=0
if nutgraf_wait_ready "http://127.0.0.1:$PORT" "$PID" 120 2>/dev/null; then
  echo "FAIL: the application with a broken $FILE became ready" >&2
  nutgraf_stop "$PID"
  exit 1
fi
if kill -0 "$PID" 2>/dev/null; then
  echo "FAIL: the application with a broken $FILE is still running after 120 s" >&2
  kill -9 "$PID"
  exit 1
fi
wait "$PID" || STATUS=$?
if [ "$STATUS" -eq 0 ] || ! grep -q "model file $FILE" "$WORK/broken.log"; then
  echo "FAIL: exit status $STATUS, and the log should name $FILE:" >&2
  tail -20 "$WORK/broken.log" >&2
  exit 1
fi
echo "a broken $FILE stops the start: exit status $STATUS, and the log says:"
grep "model file $FILE" "$WORK/broken.log" | head -1 | sed 's/^.*ERROR/ERROR/'
