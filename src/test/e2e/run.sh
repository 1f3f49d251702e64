#!/usr/bin/env bash
# Browser tests against the packaged jar: the page at / (page.test.mjs) and the example browser extension
# (extension.test.mjs), in Debian's Chromium driven by playwright-core. Build the jar first:
#   ./mvnw -B package -DskipTests && src/test/e2e/run.sh
# Installs Debian's chromium when /usr/bin/chromium is missing (as root, or with sudo); never downloads a browser.
# Screenshots and the server's log go to target/e2e/. Every step is bounded in time.
# No CORS setting is needed: the page is served by Nutgraf itself, and the extension calls Nutgraf from its
# background service worker, where its host permission (http://127.0.0.1/*) lets the request through.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
OUT="$ROOT/target/e2e"
mkdir -p "$OUT"

if [[ ! -f "$JAR" ]]; then
  echo "e2e: $JAR is missing; build it first: ./mvnw -B package -DskipTests" >&2
  exit 2
fi
command -v node >/dev/null || { echo "e2e: node (20 or later) is needed" >&2; exit 2; }

if [[ ! -x /usr/bin/chromium ]]; then
  echo "e2e: installing Debian's chromium"
  SUDO=""
  [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
  timeout 300 $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 $SUDO apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null || true

echo "e2e: npm ci"
(cd "$HERE" && timeout 300 npm ci --no-audit --no-fund --loglevel=error)

PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
BASE_URL="http://127.0.0.1:$PORT"
echo "e2e: starting $JAR on $BASE_URL (log: $OUT/server.log)"
java -Xmx2g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$OUT/server.log" 2>&1 &
SERVER=$!
stop() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER" 2>/dev/null || true
  fi
}
trap stop EXIT

ready=""
for _ in $(seq 240); do
  if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "e2e: the server stopped before it was ready:" >&2
    tail -40 "$OUT/server.log" >&2
    exit 1
  fi
  if curl -sf --max-time 2 "$BASE_URL/q/health/ready" >/dev/null; then
    ready=yes
    break
  fi
  sleep 1
done
if [[ -z "$ready" ]]; then
  echo "e2e: $BASE_URL/q/health/ready did not answer UP within 240 s" >&2
  tail -40 "$OUT/server.log" >&2
  exit 1
fi

failed=0
for test in page.test.mjs extension.test.mjs; do
  echo "e2e: $test"
  if ! (cd "$HERE" && BASE_URL="$BASE_URL" timeout 300 node "$test"); then
    echo "e2e: $test FAILED" >&2
    failed=1
  fi
done
if [[ "$failed" -ne 0 ]]; then
  exit 1
fi
echo "e2e: passed; screenshots in $OUT"
