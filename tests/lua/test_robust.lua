-- Issue 7: a Lua API that never crashes its host. Every function with every wrong type, huge
-- strings, coroutines, and documents analyzed in interleaved coroutines.
local copydesk = require("copydesk")

local wrong = { nil, true, 42, 4.5, {}, function() end, coroutine.create(function() end) }
if io.stdout then wrong[#wrong + 1] = io.stdout end

local string_fns = { "analyze", "json", "text", "sentences", "numbers" }

test("string functions refuse every non-string with a Lua error", function()
  for _, name in ipairs(string_fns) do
    for i = 1, #wrong + 1 do
      local v = wrong[i]
      if type(v) ~= "number" then -- Lua coerces numbers to strings, as string.len does
        local err = raises(function() copydesk[name](v) end, nil, name .. "(" .. type(v) .. ")")
        ok(err:find("string expected", 1, true), name .. ": " .. err)
      end
    end
  end
end)

test("options of the wrong type are Lua errors naming the option", function()
  for _, v in ipairs({ true, 42, "x", function() end }) do
    raises(function() copydesk.analyze("x", v) end, "table expected")
  end
  for _, key in ipairs({ "date", "input", "filename" }) do
    for _, v in ipairs({ true, 42, {}, function() end }) do
      raises(function() copydesk.analyze("x", { [key] = v }) end, "option '" .. key .. "'")
    end
  end
  for _, v in ipairs({ true, 42, "sheet.xml", { 1, 2 }, { {} } }) do
    raises(function() copydesk.analyze("x", { facts = v }) end, "option 'facts'")
  end
end)

test("fact sheet loaders", function()
  raises(function() copydesk.load_facts(nil) end, "string expected")
  raises(function() copydesk.load_facts({}) end, "string expected")
  local sheet, err = copydesk.load_facts("/nonexistent/facts.xml")
  eq(sheet, nil, "missing file")
  ok(type(err) == "string" and err:find("/nonexistent/facts.xml", 1, true), "message names the file")
  local bad, why = copydesk.parse_facts("<facts><fact", "broken.xml")
  eq(bad, nil, "broken sheet")
  ok(why:find("broken.xml", 1, true), "message names the sheet: " .. tostring(why))
end)

test("huge strings and odd bytes", function()
  local reps = os.getenv("CD_VALGRIND") and 20000 or 200000 -- 0.9 or 8.8 MB
  local big = string.rep("The council voted 7-2 to close 2 terminals. ", reps)
  local doc = copydesk.analyze(big)
  ok(#doc.sentences >= reps, "sentences")
  local odd = string.rep("\0\255\"“", 50000)
  local d2 = copydesk.analyze(odd)
  ok(#d2.findings > 0, "findings for NUL and invalid bytes")
  for _, f in ipairs(d2.findings) do ok(f.start >= 1 and f.stop <= #odd, "finding inside the input") end
end)

test("works from coroutines, interleaved, without shared state", function()
  local a = "Ridership fell from 48,000 to 30,000. Fares rose 20%."
  local b = "Prices rose 5% in 2017.\n\nThe mayor resigned on Friday."
  local want_a, want_b = copydesk.json(a, { date = "2026-03-02" }), copydesk.json(b, { date = "2017-12-26" })
  local results = {}
  local function worker(text, date, key)
    return coroutine.create(function()
      for i = 1, 20 do
        local j = copydesk.json(text, { date = date })
        results[key .. i] = j
        coroutine.yield()
      end
    end)
  end
  local ca, cb = worker(a, "2026-03-02", "a"), worker(b, "2017-12-26", "b")
  for _ = 1, 21 do
    assert(coroutine.resume(ca))
    assert(coroutine.resume(cb))
  end
  for i = 1, 20 do
    eq(results["a" .. i], want_a, "a" .. i)
    eq(results["b" .. i], want_b, "b" .. i)
  end
end)

test("errors inside coroutines stay Lua errors", function()
  local co = coroutine.create(function() return copydesk.analyze(nil) end)
  local okk, err = coroutine.resume(co)
  eq(okk, false)
  ok(tostring(err):find("string expected", 1, true), tostring(err))
end)

test("documents are plain data: keep, mutate, serialize", function()
  local doc = copydesk.analyze("Sales rose from 10 to 12, a 20% increase, the firm said.", { date = "2020-01-01" })
  local function walk(t, seen)
    eq(getmetatable(t), nil, "no metatable")
    for k, v in pairs(t) do
      ok(type(k) == "string" or type(k) == "number", "key type")
      ok(({ string = 1, number = 1, boolean = 1, table = 1 })[type(v)], "value type " .. type(v))
      if type(v) == "table" then walk(v, seen) end
    end
  end
  walk(doc)
  doc.claims = nil
  collectgarbage()
  eq(#copydesk.analyze("Sales rose from 10 to 12, a 20% increase, the firm said.").sentences, 1)
end)
