#!/bin/sh
# Writes a class-data sharing archive (AppCDS) for the packaged service from one training run: starts it with the
# options of jvm.options (beside this script) and -XX:ArchiveClassesAtExit, waits until it is ready, summarises one
# article (so the classes a request needs are archived too), then stops it; the JVM writes the archive as it exits.
# A later start with the same options and -XX:SharedArchiveFile=ARCHIVE maps those classes instead of loading and
# verifying them again (about 0.5 s and 1 CPU-second less to ready on 2 cores; lab/bench/perf.sh measures it). The
# archive only fits the JVM and the jars that made it, and the path the jar was started by: docker/Dockerfile.jvm
# runs this inside the image; a JVM that cannot use an archive warns and starts without it.
#
#   docker/appcds.sh APP_DIR ARCHIVE [more JVM options...]
#   docker/appcds.sh target/quarkus-app target/quarkus-app/app-cds.jsa     # this machine, from the repository root
#   /deployments/appcds.sh /deployments /deployments/app-cds.jsa           # in the image (docker/Dockerfile.jvm)
#
# Then start the service as the archive was trained (the same jar path):
#   java @docker/jvm.options -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar target/quarkus-app/quarkus-run.jar
set -eu
HERE=$(dirname "$0")
NUTGRAF_APP="$1"
ARCHIVE="$2"
shift 2
NUTGRAF_JVM_OPTIONS="$HERE/jvm.options"
. "$HERE/ready.sh"
PORT="${NUTGRAF_CDS_PORT:-18097}"
URL="http://127.0.0.1:$PORT"
LOG=$(mktemp)
trap 'nutgraf_stop "$NUTGRAF_PID"; rm -f "$LOG"' EXIT
rm -f "$ARCHIVE"
nutgraf_start "$LOG" "$@" -XX:ArchiveClassesAtExit="$ARCHIVE" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT"
nutgraf_wait_ready "$URL" "$NUTGRAF_PID" 300 || { echo "appcds: the service did not become ready" >&2; exit 1; }
curl -sf -H 'Content-Type: text/plain; charset=UTF-8' -o /dev/null "$URL/api/v1/summaries" --data \
  'The city council approved a 4% rise in bus fares on Monday, officials said. The rise will take effect in March.
"We had no choice," the mayor told reporters, adding that fuel costs had doubled since 2021.
Opponents warned that the increase could push riders back into cars. Share this story' \
  || { echo "appcds: the training request failed" >&2; exit 1; }
nutgraf_stop "$NUTGRAF_PID"
[ -s "$ARCHIVE" ] || { echo "appcds: no archive was written; the service's output:" >&2; cat "$LOG" >&2; exit 1; }
echo "appcds: wrote $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB)"
