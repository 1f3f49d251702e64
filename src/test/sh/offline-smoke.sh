#!/usr/bin/env bash
# Runs the packaged jar in a network namespace with no route out (loopback only) and summarises a text full of
# URLs: Nutgraf must start, become ready and answer without opening any outbound connection.
#
#   ./mvnw -B package -DskipTests && src/test/sh/offline-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. docker/ready.sh
nutgraf_require_built
if ! unshare -rn true 2>/dev/null && ! unshare -n true 2>/dev/null; then
  echo "offline smoke test skipped: this machine does not allow network namespaces"
  exit 0
fi
FLAG=-n; unshare -n true 2>/dev/null || FLAG=-rn
unshare $FLAG bash -c '
  set -euo pipefail
  . docker/ready.sh
  ip link set lo up 2>/dev/null || true
  if ip route get 1.1.1.1 >/dev/null 2>&1; then echo "there is a route out: not a fair test"; exit 1; fi
  nutgraf_start /tmp/nutgraf-offline.log -Dquarkus.http.port=18181
  trap "nutgraf_stop $NUTGRAF_PID" EXIT
  nutgraf_wait_ready http://127.0.0.1:18181 "$NUTGRAF_PID" 240 || { echo "not ready without a network"; exit 1; }
  CODE=$(curl -s -o /tmp/nutgraf-offline.json -w "%{http_code}" -H "Content-Type: text/plain; charset=UTF-8" \
    --data "Read it at https://example.com/story and http://10.1.2.3/a. The council approved the plan on Monday." \
    "http://127.0.0.1:18181/api/v1/summaries")
  [ "$CODE" = 200 ] || { echo "answered $CODE without a network"; exit 1; }
  CODE=$(curl -s -o /dev/null -w "%{http_code}" -H "Content-Type: application/json" \
    --data "{\"url\": \"https://example.com/story\"}" "http://127.0.0.1:18181/api/v1/summaries")
  [ "$CODE" = 400 ] || { echo "a url field answered $CODE, not 400"; exit 1; }
  echo "offline smoke test passed: ready and answering with no route out; a url field is refused, never fetched"
'
