#!/bin/sh
# Writes a class-data sharing archive (AppCDS) for the packaged service from one training run: starts it with
# -XX:ArchiveClassesAtExit, waits until it is ready, summarises one article (so the classes a request needs are
# archived too), then stops it; the JVM writes the archive as it exits. A later start with
# -XX:SharedArchiveFile=ARCHIVE maps those classes instead of loading and verifying them again (about 0.5 s and
# 1 CPU-second less to ready on 2 cores; src/bench/perf.sh measures it). The archive only fits the JVM and the jars
# that made it: docker/Dockerfile.jvm runs this inside the image, and a JVM that cannot use an archive warns and
# starts without it.
#
#   docker/appcds.sh APP_DIR ARCHIVE [JVM options...]
#   docker/appcds.sh target/quarkus-app target/quarkus-app/app-cds.jsa -Xmx2g
set -eu
APP="$1"; ARCHIVE="$2"; shift 2
PORT="${NUTGRAF_CDS_PORT:-18097}"
URL="http://127.0.0.1:$PORT"
rm -f "$ARCHIVE"
java "$@" -XX:ArchiveClassesAtExit="$ARCHIVE" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -jar "$APP/quarkus-run.jar" >/dev/null 2>&1 &
PID=$!
i=0
until curl -sf "$URL/q/health/ready" >/dev/null; do
  i=$((i + 1))
  if [ "$i" -gt 1200 ] || ! kill -0 "$PID" 2>/dev/null; then
    echo "appcds: the service did not become ready" >&2; kill "$PID" 2>/dev/null || true; exit 1
  fi
  sleep 0.1
done
curl -sf -H 'Content-Type: text/plain; charset=UTF-8' -o /dev/null "$URL/api/v1/summaries" --data \
  'The city council approved a 4% rise in bus fares on Monday, officials said. The rise will take effect in March.
"We had no choice," the mayor told reporters, adding that fuel costs had doubled since 2021.
Opponents warned that the increase could push riders back into cars. Share this story'
kill "$PID"
wait "$PID" || true
[ -s "$ARCHIVE" ] || { echo "appcds: no archive was written" >&2; exit 1; }
echo "appcds: wrote $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB)"
