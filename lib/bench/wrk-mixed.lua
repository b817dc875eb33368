-- wrk script for the article page with view beacons alongside (lib/bench/wrk.ts runs it).
-- Arguments: page path, beacon path, user agent, seconds of the run.
-- One request in eleven is a beacon from a new visitor, so beacons arrive at a tenth of the page rate. Beacons stop in
-- the run's last half second, so every beacon sent is answered before wrk stops and counted = stored can be checked
-- exactly. That last half second, pages alone, is left out of the page rate: done() reports the pages answered while
-- beacons were being sent, and over how long.
local ffi = require("ffi")
ffi.cdef([[
  typedef struct { long tv_sec; long tv_nsec; } dateline_timespec;
  int clock_gettime(int clock, dateline_timespec *time);
]])
local timespec = ffi.new("dateline_timespec")
-- os.time() counts whole seconds only; CLOCK_MONOTONIC (1) has the resolution a cutoff needs.
local function seconds_now()
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) + tonumber(timespec.tv_nsec) / 1e9
end

-- Globals, not locals: done() reads each thread's tally with thread:get, which sees globals only.
sent, counted, uncounted, pages_with_beacons, beacon_seconds = 0, 0, 0, 0, 0
local page, beacon_path, agent, beacons_until
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  page = wrk.format("GET", args[1], { ["User-Agent"] = args[3], ["Accept-Encoding"] = "gzip" })
  beacon_path, agent = args[2], args[3]
  beacon_seconds = tonumber(args[4]) - 0.5
  beacons_until = seconds_now() + beacon_seconds
  math.randomseed(os.time())
end

local function visitor_id()
  local r = math.random
  return string.format("%08x%08x%08x%08x", r(0, 0x7fffffff), r(0, 0x7fffffff), r(0, 0x7fffffff), r(0, 0x7fffffff))
end

function request()
  sent = sent + 1
  if sent % 11 == 0 and seconds_now() < beacons_until then
    return wrk.format("POST", beacon_path, { ["User-Agent"] = agent, ["Cookie"] = "dl_visitor=" .. visitor_id(), ["Content-Length"] = "0" })
  end
  return page
end

-- Beacon answers are a few bytes of JSON; pages are kilobytes and are not looked into.
function response(status, headers, body)
  if #body >= 200 then
    if seconds_now() < beacons_until then pages_with_beacons = pages_with_beacons + 1 end
  elseif string.find(body, '"counted":true', 1, true) then
    counted = counted + 1
  elseif string.find(body, '"counted":false', 1, true) then
    uncounted = uncounted + 1
  end
end

function done(summary, latency, requests)
  local c, u, p = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("counted")
    u = u + thread:get("uncounted")
    p = p + thread:get("pages_with_beacons")
  end
  io.write(string.format("beacons answered: counted %d, uncounted %d\n", c, u))
  io.write(string.format("pages while beacons were sent: %d in %.3f s\n", p, threads[1]:get("beacon_seconds")))
end
