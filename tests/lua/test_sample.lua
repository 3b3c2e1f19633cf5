-- The real story in ../shared/samples (LA Times, December 2017): what issue 2 asks of it. Every
-- expectation here comes from general rules, each covered by our own stories in other tests.
local copydesk = require("copydesk")
local path = "../shared/samples/latimes-2017-12-russia.txt"
local f = io.open(path, "rb")
if not f then
  print("skip test_sample.lua: " .. path .. " is absent")
  return
end
local text = f:read("*a")
f:close()
local doc = copydesk.analyze(text, { date = "2017-12-26" })

local function claim(kind, needle)
  for _, c in ipairs(doc.claims) do
    if c.kind == kind and c.text:find(needle, 1, true) then return c end
  end
  error("no " .. kind .. " claim containing " .. string.format("%q", needle), 2)
end

test("change: shrank from 1,200 personnel to just over 450", function()
  local c = claim("change", "from 1,200 personnel")
  ok(c.text:find("just over 450", 1, true), "span reaches the second number")
  eq(c.from, 1200, "from")
  eq(c.to, 450, "to")
  eq(c.direction, "decrease", "direction")
  ok(math.abs(c.percent - (-62.5)) < 0.01, "percent " .. tostring(c.percent))
  local to = find(c.numbers, "value", 450)
  eq(to and to.approx, "over", "approx of 450")
  eq(find(c.numbers, "value", 1200).unit, "personnel", "unit of 1,200")
end)

test("quantity: three consulates", function()
  local n = find(doc.numbers, "text", "three")
  ok(n, "the number three")
  eq(n.value, 3)
  eq(n.unit, "consulates")
  eq(text:sub(n.start, n.stop), "three")
end)

test("events: vacate, and the IOC's ban", function()
  local v = claim("event", "vacate its San Francisco consulate")
  eq(v.action, "vacate")
  local b = claim("event", "ban Russian teams")
  eq(b.action, "ban")
  eq(b.actor, "International Olympic Committee")
end)

test("quotes and their speakers", function()
  eq(claim("quote", "it takes two to tango").speaker, "Dmitry Peskov")
  eq(claim("quote", "We want and are looking for").speaker, "Dmitry Peskov")
  local q = claim("quote", "This is definitely a U.S. domestic affair")
  eq(q.speaker, "Dmitry Peskov")
  ok(q.quote:find("which is regrettable", 1, true), "quote text runs to the straight closing mark")
  eq(claim("quote", "perplexed").speaker, "Dmitry Peskov")
end)

test("comparisons", function()
  claim("comparison", "one of the biggest disappointments of 2017")
  claim("comparison", "the worst they’ve been since the end of the Cold War")
end)

test("times resolved against the story date", function()
  eq(claim("time", "today").value, "2017-12-26")
  eq(claim("time", "2016").value, "2016")
end)

test("no claim on the page chrome", function()
  for _, chrome in ipairs({ "L.A. Now", "Latest updates", "Copyright © 2018, Los Angeles Times",
                            "EDITION: California | U.S. & World" }) do
    local s = find(doc.sentences, "text", chrome)
    ok(s, "segment " .. chrome)
    eq(s.headline, true, chrome .. " is a segment of its own")
    for _, c in ipairs(doc.claims) do
      ok(c.stop < s.start or c.start > s.stop, "claim '" .. c.text .. "' on chrome '" .. chrome .. "'")
    end
  end
end)
