-- wrk script: POSTs one article and tallies answers by status, and 503s without Retry-After.
-- Counters live per thread; done() sums them. Run by lab/bench/load.sh and perf.sh, or against a running service:
--
--   NUTGRAF_ARTICLE=src/test/resources/articles/harbour-museum-pasted.txt \
--     wrk -t1 -c1 -d10s -s lab/bench/status.lua http://127.0.0.1:PORT/api/v1/summaries
local body_file = os.getenv("NUTGRAF_ARTICLE")
local f = assert(io.open(body_file, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=UTF-8"

-- every request a new title, so each is a cache miss and real NLP work (NUTGRAF_REPEAT=1: the same request,
-- so all but the first are cache hits)
local counter = 0
local repeat_same = os.getenv("NUTGRAF_REPEAT") == "1"
request = function()
  if repeat_same then
    return wrk.format(nil, wrk.path)
  end
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "title=load-" .. tostring(id or 0) .. "-"
    .. tostring(math.random(1, 1000000000)) .. "-" .. counter)
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  counts = {}
  no_retry_after = 0
  -- a seed of its own per run and per thread: titles must never repeat a warm-up's, or they would be cache hits
  math.randomseed(os.time() * 1000 + (id or 0) * 7919 + math.floor((os.clock() * 1e6) % 1000))
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 503 and headers["Retry-After"] == nil and headers["retry-after"] == nil then
    no_retry_after = no_retry_after + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  local missing = 0
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    for s, n in pairs(c) do total[s] = (total[s] or 0) + n end
    missing = missing + t:get("no_retry_after")
  end
  local line = "statuses:"
  for s, n in pairs(total) do line = line .. " " .. s .. "=" .. n end
  print(line)
  print("503-without-Retry-After: " .. missing)
  print(string.format("latency-ms: p50=%.1f p99=%.1f", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  print(string.format("socket-errors: connect=%d read=%d write=%d timeout=%d",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  print(string.format("duration-s: %.1f", summary.duration / 1e6))
end
