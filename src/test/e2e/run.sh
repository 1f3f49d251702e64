#!/usr/bin/env bash
# Browser tests against the packaged jar: the page at / (page.test.mjs), the example browser extension
# (extension.test.mjs) and Swagger UI's "Try it out" (swagger.test.mjs, on the random port below, never 8080), in
# Debian's Chromium driven by playwright-core, against the service started as the image starts it
# (docker/jvm.options, through docker/ready.sh). Build the jar first:
#   ./mvnw -B package -DskipTests && src/test/e2e/run.sh
# Installs Debian's chromium when /usr/bin/chromium is missing (as root, or with sudo); never downloads a browser.
# Screenshots and the server's log go to target/e2e/. Every step is bounded in time.
# No CORS setting is needed: the page is served by Nutgraf itself, and the extension calls Nutgraf from its
# background service worker, where its host permission (http://127.0.0.1/*) lets the request through.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
cd "$ROOT"
. docker/ready.sh
. src/test/sh/apt-require.sh
OUT="$ROOT/target/e2e"
mkdir -p "$OUT"
nutgraf_require_built
command -v node >/dev/null || { echo "e2e: node (20 or later) is needed" >&2; exit 2; }

nutgraf_apt_require chromium=/usr/bin/chromium
/usr/bin/chromium --version 2>/dev/null || true

echo "e2e: npm ci"
(cd "$HERE" && timeout 300 npm ci --no-audit --no-fund --loglevel=error)

PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
BASE_URL="http://127.0.0.1:$PORT"
echo "e2e: starting the packaged service on $BASE_URL (log: $OUT/server.log)"
nutgraf_start "$OUT/server.log" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT"
trap 'nutgraf_stop "$NUTGRAF_PID" 25' EXIT
nutgraf_wait_ready "$BASE_URL" "$NUTGRAF_PID" 240

failed=0
for test in page.test.mjs extension.test.mjs swagger.test.mjs; do
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
