# Start the packaged service and wait until it is ready: written once, here, for every script that runs it
# (docker/appcds.sh inside the image during docker build, src/test/sh/*.sh, src/test/e2e/run.sh, lab/bench/*.sh).
# POSIX sh, to be sourced, not run; the image has it at /deployments/ready.sh. From the repository root:
#
#   . docker/ready.sh
#   nutgraf_start target/server.log -Dquarkus.http.port=18090      # java @docker/jvm.options ... -jar ...; sets NUTGRAF_PID
#   nutgraf_wait_ready http://127.0.0.1:18090 "$NUTGRAF_PID" 240    # 0 once /q/health/ready answers 200
#   nutgraf_stop "$NUTGRAF_PID"
#
# Set before sourcing, or leave the defaults (paths from the repository root):
#   NUTGRAF_APP           the packaged application (target/quarkus-app; /deployments in the image)
#   NUTGRAF_JVM_OPTIONS   the JVM options file every start reads (docker/jvm.options; /deployments/jvm.options)
#   NUTGRAF_READY_POLL_S  seconds between readiness checks (0.1; the start-time benchmarks use 0.01)

: "${NUTGRAF_APP:=target/quarkus-app}"
: "${NUTGRAF_JVM_OPTIONS:=docker/jvm.options}"
NUTGRAF_PID=
NUTGRAF_LOG=

# Returns 2, with the build command on stderr, when the packaged application is missing.
nutgraf_require_built() {
  [ -f "$NUTGRAF_APP/quarkus-run.jar" ] && return 0
  echo "$NUTGRAF_APP/quarkus-run.jar is missing; build it first: ./mvnw -B package -DskipTests" >&2
  return 2
}

# nutgraf_start LOG [JVM options...]: starts the packaged service in the background as the image does, with the
# options file first and then the given options (which win over the file's), its output to LOG. Sets NUTGRAF_PID
# and NUTGRAF_LOG.
nutgraf_start() {
  nutgraf_require_built || return
  NUTGRAF_LOG=$1
  shift
  java @"$NUTGRAF_JVM_OPTIONS" "$@" -jar "$NUTGRAF_APP/quarkus-run.jar" >"$NUTGRAF_LOG" 2>&1 &
  NUTGRAF_PID=$!
}

# nutgraf_wait_ready URL PID [TIMEOUT_S]: returns 0 once URL/q/health/ready answers 200 (the CoreNLP pipelines are
# loaded). Returns 1, saying why on stderr with the end of NUTGRAF_LOG, as soon as process PID has stopped, or once
# TIMEOUT_S seconds (default 240) have passed. nutgraf_wait_live: the same for /q/health/live (the port is open).
nutgraf_wait_ready() {
  _nutgraf_wait_health ready "$@"
}

nutgraf_wait_live() {
  _nutgraf_wait_health live "$@"
}

_nutgraf_wait_health() {
  _nutgraf_check="$2/q/health/$1"
  _nutgraf_deadline=$(($(date +%s) + ${4:-240}))
  until curl -sf -o /dev/null --max-time 5 "$_nutgraf_check"; do
    if ! kill -0 "$3" 2>/dev/null; then
      _nutgraf_why="the service (pid $3) stopped before $_nutgraf_check answered"
    elif [ "$(date +%s)" -ge "$_nutgraf_deadline" ]; then
      _nutgraf_why="$_nutgraf_check did not answer 200 within ${4:-240} s"
    else
      sleep "${NUTGRAF_READY_POLL_S:-0.1}"
      continue
    fi
    echo "nutgraf: $_nutgraf_why" >&2
    if [ -n "${NUTGRAF_LOG:-}" ] && [ -f "$NUTGRAF_LOG" ]; then
      echo "nutgraf: the end of $NUTGRAF_LOG:" >&2
      tail -n 40 "$NUTGRAF_LOG" >&2
    fi
    # a service still running but not ready: where its threads stand, so that a hang can be read, not guessed
    if kill -0 "$3" 2>/dev/null && command -v jcmd >/dev/null 2>&1; then
      echo "nutgraf: its threads (jcmd $3 Thread.print):" >&2
      timeout 20 jcmd "$3" Thread.print 2>&1 | head -n 120 >&2 || true
    fi
    return 1
  done
  if ! kill -0 "$3" 2>/dev/null; then
    echo "nutgraf: $_nutgraf_check answers, but the service (pid $3) has stopped: is another one on that port?" >&2
    return 1
  fi
}

# nutgraf_stop PID [TIMEOUT_S]: SIGTERM (the service finishes what is in flight), then SIGKILL if it is still
# running after TIMEOUT_S seconds (default 60); returns once it has stopped. Harmless when it already has.
nutgraf_stop() {
  kill "$1" 2>/dev/null || return 0
  _nutgraf_deadline=$(($(date +%s) + ${2:-60}))
  while kill -0 "$1" 2>/dev/null && [ "$(date +%s)" -lt "$_nutgraf_deadline" ]; do
    sleep 0.1
  done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
