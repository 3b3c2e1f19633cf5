-- Latency of re-analysis through the Lua binding: a story of N words (the first N words of the
-- corpus, cut at a line break) analyzed again and again, as the editor does on every check.
--   lua latency.lua corpus.txt [words]     prints `latency_ms_median X` and friends
local corpus, words = arg[1], tonumber(arg[2] or "10000")
local dir = debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or "."
package.path = dir .. "/../lua/?.lua;" .. dir .. "/../lua/?/init.lua;" .. package.path
local copydesk = require("copydesk")
local f = assert(io.open(corpus, "rb"))
local text = f:read("a")
f:close()
-- the first `words` words
local n, stop = 0, #text
for pos in text:gmatch("()%S+") do
  n = n + 1
  if n > words then stop = pos - 1; break end
end
local story = text:sub(1, stop)
local times = {}
local clock = os.clock
copydesk.analyze(story, { date = "2017-12-26" }) -- warm up
local runs = 21
for i = 1, runs do
  local t0 = clock()
  local doc = copydesk.analyze(story, { date = "2017-12-26" })
  times[i] = (clock() - t0) * 1000
  assert(doc.sentences)
end
table.sort(times)
print(string.format("latency_words %d", math.min(n, words)))
print(string.format("latency_bytes %d", #story))
print(string.format("latency_ms_median %.2f", times[math.floor((runs + 1) / 2)]))
print(string.format("latency_ms_best %.2f", times[1]))
