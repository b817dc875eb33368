-- The wrk script of every wrk row of the bench (lib/bench/wrk.ts runs it).
-- Arguments: page path, beacon path ("-" for none), user agent, seconds of the run.
-- Every row goes through this script, the yardsticks too, because the client's own pace changes what the server
-- spends: against plain wrk (no script) the server's request thread spent 40-48 us a request on /about, against wrk
-- running a script 39-42 us, since a client that is slower to turn an answer around is asleep, and has to be woken
-- by the server's write, less often. A scripted row compared with a plain one would credit the client to the server.
-- With a beacon path, one request in eleven is a beacon from a new visitor, so beacons arrive at a tenth of the page
-- rate. The run's rate is of the pages answered before its last half second: beacons stop there, so every beacon sent
-- is answered before wrk stops and counted = stored can be checked exactly, and every row leaves that stretch out.
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
sent, counted, uncounted, pages_in_window, window_seconds, beacon_path = 0, 0, 0, 0, 0, nil
local page, agent, window_ends
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  page = wrk.format("GET", args[1], { ["User-Agent"] = args[3], ["Accept-Encoding"] = "gzip" })
  if args[2] ~= "-" then beacon_path = args[2] end
  agent = args[3]
  window_seconds = tonumber(args[4]) - 0.5
  window_ends = seconds_now() + window_seconds
  math.randomseed(os.time())
end

local function visitor_id()
  local r = math.random
  return string.format("%08x%08x%08x%08x", r(0, 0x7fffffff), r(0, 0x7fffffff), r(0, 0x7fffffff), r(0, 0x7fffffff))
end

function request()
  sent = sent + 1
  if beacon_path and sent % 11 == 0 and seconds_now() < window_ends then
    return wrk.format("POST", beacon_path, { ["User-Agent"] = agent, ["Cookie"] = "dl_visitor=" .. visitor_id(), ["Content-Length"] = "0" })
  end
  return page
end

-- With beacons, an answer is told by its size: a beacon's is a few bytes of JSON, a page kilobytes, not looked into.
-- Without, every answer is a page's (the health check's is small too).
function response(status, headers, body)
  if not beacon_path or #body >= 200 then
    if seconds_now() < window_ends then pages_in_window = pages_in_window + 1 end
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
    p = p + thread:get("pages_in_window")
  end
  if threads[1]:get("beacon_path") then io.write(string.format("beacons answered: counted %d, uncounted %d\n", c, u)) end
  io.write(string.format("pages before the last half second: %d in %.3f s\n", p, threads[1]:get("window_seconds")))
end
