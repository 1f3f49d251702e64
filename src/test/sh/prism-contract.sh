#!/usr/bin/env bash
# The API contract through a validating proxy that is not ours: Stoplight Prism, in front of the packaged jar,
# validates each request below and its answer against the OpenAPI document the build wrote
# (target/openapi/openapi.yaml), and names every violation in an sl-violations header. The script fails on any
# violation, or on a status other than the one expected. Every body kind (JSON, plain text, HTML; a batch as a JSON
# array and as NDJSON, answered as NDJSON and as a JSON array) and every problem status: 400, 401, 406, 413, 415,
# 422, 429 (one key spent), 503 (a second instance whose time budget no article fits in).
# (ApiContractTest holds the same exchanges to the served document in the JVM, NDJSON line by line; Prism sees an
# NDJSON body as the string the document says it is.)
#
#   ./mvnw -B package -DskipTests && src/test/sh/prism-contract.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. docker/ready.sh
nutgraf_require_built
DOC=target/openapi/openapi.yaml
[ -f "$DOC" ] || { echo "$DOC is missing: the build writes it" >&2; exit 2; }
WORK=$(mktemp -d)
(cd "$WORK" && npm install --silent --no-audit --no-fund @stoplight/prism-cli@5.14.2 >/dev/null)
PRISM="$WORK/node_modules/.bin/prism"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do nutgraf_stop "$p" 5; done
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# proxy UPSTREAM [PRISM_OPTIONS...]: starts Prism in front of UPSTREAM; sets PROXY to its URL
proxy() {
  local port upstream=$1
  shift
  port=$(free_port)
  "$PRISM" proxy "$DOC" "$upstream" --host 127.0.0.1 --port "$port" --errors=false "$@" >"$WORK/prism-$port.log" 2>&1 &
  PIDS+=($!)
  PROXY="http://127.0.0.1:$port"
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "$PROXY/q/health/live" && return 0
    sleep 0.1
  done
  echo "Prism did not start:" >&2
  cat "$WORK/prism-$port.log" >&2
  return 1
}

CHECKED=0
# check NAME STATUS CURL_ARGS...: POSTs through the proxy; the status must be STATUS and Prism must name no violation
check() {
  local name=$1 expected=$2
  shift 2
  local status
  status=$(curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@")
  local violations
  violations=$(grep -i '^sl-violations:' "$WORK/headers" | cut -d' ' -f2- | tr -d '\r' || true)
  if [ "$status" != "$expected" ] || [ -n "$violations" ]; then
    echo "FAIL $name: answered $status (expected $expected); violations: ${violations:-none}" >&2
    head -c 600 "$WORK/body" >&2
    echo >&2
    exit 1
  fi
  CHECKED=$((CHECKED + 1))
  echo "ok   $expected $name"
}

ARTICLE="The council approved the flood plan on Monday. Work starts in May, and the scheme will cost £40m, the mayor said."
TEXT='Content-Type: text/plain; charset=UTF-8'
JSON='Content-Type: application/json'
NDJSON='Content-Type: application/x-ndjson'

# --- 503: an instance whose time budget (1 ms) no article fits in; starting or past the budget, it answers 503
PORT=$(free_port)
nutgraf_start "$WORK/strict.log" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dnutgraf.workers.timeout=1ms
PIDS+=("$NUTGRAF_PID")
nutgraf_wait_live "http://127.0.0.1:$PORT" "$NUTGRAF_PID" 240
proxy "http://127.0.0.1:$PORT"
check "summaries: past the time budget" 503 -H "$TEXT" --data-binary "$ARTICLE" "$PROXY/api/v1/summaries"
check "claims: past the time budget" 503 -H "$JSON" --data-binary "{\"text\": \"$ARTICLE\"}" "$PROXY/api/v1/claims"
cleanup
PIDS=()

# --- everything else: an instance with two keys, 40 requests a minute each
PORT=$(free_port)
nutgraf_start "$WORK/server.log" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dnutgraf.access.api-keys=contract,spent -Dnutgraf.access.requests-per-minute=40
PIDS+=("$NUTGRAF_PID")
nutgraf_wait_ready "http://127.0.0.1:$PORT" "$NUTGRAF_PID" 240
proxy "http://127.0.0.1:$PORT"
KEY='X-API-Key: contract'
PAGE="<html><head><title>Flood plan</title></head><body><article><h1>Flood plan approved</h1><p>$ARTICLE</p><p>Residents welcomed the decision on Tuesday.</p></article></body></html>"

check "summaries: JSON" 200 -H "$KEY" -H "$JSON" --data-binary "{\"text\": \"$ARTICLE\", \"options\": {\"sentences\": 1}}" "$PROXY/api/v1/summaries"
check "summaries: JSON html" 200 -H "$KEY" -H "$JSON" --data-binary "{\"html\": \"<p>$ARTICLE</p>\"}" "$PROXY/api/v1/summaries"
check "summaries: plain text with options" 200 -H "$KEY" -H "$TEXT" --data-binary "$ARTICLE" "$PROXY/api/v1/summaries?sentences=1&include=articleText&maxClaims=3"
check "summaries: HTML page" 200 -H "$KEY" -H 'Content-Type: text/html; charset=UTF-8' --data-binary "$PAGE" "$PROXY/api/v1/summaries?claims=false"
check "claims: JSON" 200 -H "$KEY" -H "$JSON" --data-binary "{\"text\": \"$ARTICLE\", \"options\": {\"minScore\": 0}}" "$PROXY/api/v1/claims"
check "claims: plain text" 200 -H "$KEY" -H "$TEXT" --data-binary "$ARTICLE" "$PROXY/api/v1/claims?minScore=0"
check "claims: HTML page" 200 -H "$KEY" -H 'Content-Type: text/html; charset=UTF-8' --data-binary "$PAGE" "$PROXY/api/v1/claims"
BATCH_ARRAY="[{\"id\": \"ok\", \"text\": \"$ARTICLE\"}, {\"id\": \"blank\", \"text\": \" \"}]"
BATCH_LINES=$(printf '{"id": "ok", "text": "%s"}\n{"id": "blank", "text": " "}\n' "$ARTICLE")
check "batch: JSON array in, NDJSON out" 200 -H "$KEY" -H "$JSON" --data-binary "$BATCH_ARRAY" "$PROXY/api/v1/summaries/batch"
check "batch: JSON array in, JSON array out" 200 -H "$KEY" -H "$JSON" -H 'Accept: application/json' --data-binary "$BATCH_ARRAY" "$PROXY/api/v1/summaries/batch"
check "batch: NDJSON in, NDJSON out" 200 -H "$KEY" -H "$NDJSON" --data-binary "$BATCH_LINES" "$PROXY/api/v1/summaries/batch"
check "batch: NDJSON in, JSON array out" 200 -H "$KEY" -H "$NDJSON" -H 'Accept: application/json' --data-binary "$BATCH_LINES" "$PROXY/api/v1/summaries/batch"

# --- problems: most of these requests break the document on purpose, so they go through a second Prism that
# checks answers only
STRICT=$PROXY
proxy "http://127.0.0.1:$PORT" --validate-request=false
LOOSE=$PROXY
head -c 100001 /dev/zero | tr '\0' 'a' >"$WORK/long.txt"
head -c 1100000 /dev/zero | tr '\0' 'a' >"$WORK/large.txt"
check "400: an option out of range" 400 -H "$KEY" -H "$TEXT" --data-binary "$ARTICLE" "$LOOSE/api/v1/summaries?sentences=0"
check "400: malformed JSON" 400 -H "$KEY" -H "$JSON" --data-binary '{"text": "abc' "$LOOSE/api/v1/summaries"
printf 'The council met.\0 It agreed.' >"$WORK/nul.txt"
check "400: a NUL in the text" 400 -H "$KEY" -H "$TEXT" --data-binary @"$WORK/nul.txt" "$STRICT/api/v1/summaries"
check "400: claims of blank text" 400 -H "$KEY" -H "$JSON" --data-binary '{"text": " "}' "$LOOSE/api/v1/claims"
check "400: a batch that is an object" 400 -H "$KEY" -H "$JSON" --data-binary "{\"text\": \"$ARTICLE\"}" "$LOOSE/api/v1/summaries/batch"
check "401: no key" 401 -H "$TEXT" --data-binary "$ARTICLE" "$LOOSE/api/v1/summaries"
check "406: an answer in XML" 406 -H "$KEY" -H "$TEXT" -H 'Accept: application/xml' --data-binary "$ARTICLE" "$LOOSE/api/v1/summaries"
check "413: text over the character limit" 413 -H "$KEY" -H "$TEXT" --data-binary @"$WORK/long.txt" "$LOOSE/api/v1/summaries"
check "413: a body over the byte limit" 413 -H "$KEY" -H "$TEXT" --data-binary @"$WORK/large.txt" "$LOOSE/api/v1/claims"
check "415: an XML body" 415 -H "$KEY" -H 'Content-Type: application/xml' --data-binary '<a>b</a>' "$LOOSE/api/v1/summaries"
check "415: a charset other than UTF-8" 415 -H "$KEY" -H 'Content-Type: text/plain; charset=ISO-8859-1' --data-binary 'Caf'$'\xe9' "$LOOSE/api/v1/summaries"
check "415: a batch in XML" 415 -H "$KEY" -H 'Content-Type: application/xml' --data-binary '<a>b</a>' "$LOOSE/api/v1/summaries/batch"
check "422: text without words" 422 -H "$KEY" -H "$TEXT" --data-binary '... !!! ???' "$STRICT/api/v1/summaries"
check "422: a page without an article" 422 -H "$KEY" -H 'Content-Type: text/html; charset=UTF-8' --data-binary '<html><body></body></html>' "$STRICT/api/v1/claims"
# the second key spends its 40 requests a minute on the service directly; its next, through Prism, is refused
for _ in $(seq 1 40); do
  curl -s -o /dev/null -H 'X-API-Key: spent' -H "$TEXT" --data-binary "$ARTICLE" "http://127.0.0.1:$PORT/api/v1/summaries?sentences=0"
done
check "429: past the rate limit" 429 -H 'X-API-Key: spent' -H "$TEXT" --data-binary "$ARTICLE" "$STRICT/api/v1/summaries"
check "429: past the rate limit, a batch" 429 -H 'X-API-Key: spent' -H "$JSON" --data-binary "$BATCH_ARRAY" "$STRICT/api/v1/summaries/batch"

echo "Prism $("$PRISM" --version) found no violation in $CHECKED exchanges"
