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

-- ---- every exported function, every wrong type ------------------------------------------------

local function non_strings() -- every value Lua does not coerce to a string
  local list = {}
  for i = 1, #wrong + 1 do
    if type(wrong[i]) ~= "number" then list[#list + 1] = { v = wrong[i] } end
  end
  return list
end

test("json's source, parse_facts' name and load_facts' path refuse non-strings", function()
  for _, w in ipairs(non_strings()) do
    if w.v ~= nil then -- nil is "no source" / "no name"
      raises(function() copydesk.json("x", nil, w.v) end, "string expected", "json source " .. type(w.v))
      raises(function() copydesk.parse_facts("<factsheet/>", w.v) end, "string expected", "parse_facts name " .. type(w.v))
    end
    raises(function() copydesk.load_facts(w.v) end, "string expected", "load_facts " .. type(w.v))
    raises(function() copydesk.parse_facts(w.v) end, "string expected", "parse_facts " .. type(w.v))
  end
  -- numbers are coerced, as Lua's own string functions do
  eq(copydesk.analyze(42).sentences[1].text, "42", "analyze(42)")
  local sheet, err = copydesk.load_facts(42)
  eq(sheet, nil, "load_facts(42): no file named 42")
  ok(type(err) == "string" and #err > 0, "a message")
end)

test("every function with no argument at all is a Lua error", function()
  for _, name in ipairs({ "analyze", "json", "text", "sentences", "numbers", "load_facts", "parse_facts" }) do
    raises(function() copydesk[name]() end, "string expected", name .. "()")
  end
end)

local SHEET = [[<factsheet name="t"><fact id="f"><subject>Port Alden staff</subject>
<value unit="employees">1,210</value><as-of>2025</as-of><source>Port</source></fact></factsheet>]]

test("the fact sheet handle's methods refuse anything but a sheet", function()
  local sheet = assert(copydesk.parse_facts(SHEET, "t.xml"))
  eq(sheet:count(), 1, "count")
  ok(tostring(sheet):find("1 facts", 1, true), tostring(sheet))
  for i = 1, #wrong + 1 do
    local v = wrong[i]
    raises(function() return sheet.count(v) end, "copydesk.facts expected", "count(" .. type(v) .. ")")
  end
  raises(function() return sheet.count("a string") end, "copydesk.facts expected")
  raises(function() sheet.count = 1 end, nil, "a sheet is no table") -- userdata without __newindex
end)

test("a sheet freed by hand (its __gc called twice) is empty, never a crash", function()
  local sheet = assert(copydesk.parse_facts(SHEET, "t.xml"))
  local gc = getmetatable(sheet).__gc
  gc(sheet)
  gc(sheet)
  eq(sheet:count(), 0, "an emptied sheet counts nothing")
  local doc = copydesk.analyze("Port Alden staff grew to 1,500.", { facts = sheet })
  ok(doc.sentences[1], "analysis with an emptied sheet")
  raises(function() gc({}) end, "copydesk.facts expected")
end)

test("bad option values are Lua errors with messages", function()
  raises(function() copydesk.analyze("x", { input = "pdf" }) end, "option 'input'")
  local err = raises(function() copydesk.analyze("x", { date = "not a date" }) end)
  ok(#err > 0 and err:find("copydesk", 1, true), err)
  local facts = {}
  for i = 1, 65 do facts[i] = assert(copydesk.parse_facts(SHEET)) end
  raises(function() copydesk.analyze("x", { facts = facts }) end, "more than 64")
  -- an options table whose metamethods raise: the error reaches the caller
  local trap = setmetatable({}, { __index = function() error("trap!") end })
  raises(function() copydesk.analyze("x", trap) end, "trap!")
  for _, name in ipairs({ "json", "text", "sentences", "numbers" }) do
    raises(function() copydesk[name]("x", trap) end, "trap!", name)
    raises(function() copydesk[name]("x", 7) end, "table expected", name)
  end
end)

test("huge strings through every function", function()
  local reps = os.getenv("CD_VALGRIND") and 5000 or 50000
  local big = string.rep("Fares rose 8% to $3.25, the authority said. ", reps)
  local t, kind, _, map = copydesk.text(big)
  eq(#t, #big, "text")
  eq(kind, "text")
  eq(#map, 1, "plain text: one run")
  local j = copydesk.json(big)
  ok(#j > #big, "json")
  eq(#copydesk.sentences(big), reps, "sentences")
  ok(#copydesk.numbers(big) >= 2 * reps, "numbers")
  local xml = "<factsheet>" .. string.rep("<fact id='x'><subject>A</subject></fact>", reps) .. "</factsheet>"
  local sheet, err = copydesk.parse_facts(xml, "big.xml")
  ok(sheet or (type(err) == "string" and #err > 0), "a sheet or a message")
end)

test("text, fact sheets and json from interleaved coroutines", function()
  local sheet = assert(copydesk.parse_facts(SHEET))
  local html = "<p>Port Alden staff grew to <b>1,500</b>.</p>"
  local want_t = copydesk.text(html, { input = "html" })
  local want_j = copydesk.json("Port Alden staff grew to 1,500.", { facts = sheet })
  local got = {}
  local a = coroutine.create(function()
    for i = 1, 10 do got["t" .. i] = copydesk.text(html, { input = "html" }); coroutine.yield() end
  end)
  local b = coroutine.create(function()
    for i = 1, 10 do got["j" .. i] = copydesk.json("Port Alden staff grew to 1,500.", { facts = sheet }); coroutine.yield() end
  end)
  for _ = 1, 11 do
    assert(coroutine.resume(a))
    assert(coroutine.resume(b))
    collectgarbage()
  end
  for i = 1, 10 do
    eq(got["t" .. i], want_t, "text " .. i)
    eq(got["j" .. i], want_j, "json " .. i)
  end
end)

-- ---- copydesk.text: the offset map --------------------------------------------------------------

local function is_space(s) return s:find("^[ \t\r\n\f]*$") ~= nil end

-- Runs cover the text in order; each source run lies inside the source; a run whose two sides have
-- the same length holds the source bytes (white space may stand for other white space). raw: text
-- that libxml2 repaired or passed in another encoding may map to an empty source run at its place.
local function check_map(src, text, map, raw)
  local next_t = 1
  for i, r in ipairs(map) do
    eq(r.tstart, next_t, "run " .. i .. " follows the one before")
    ok(r.tstop >= r.tstart, "run " .. i .. " not empty")
    ok(r.start >= 1 and r.stop <= #src and r.stop >= r.start - 1, "run " .. i .. " inside the source")
    local t, s = text:sub(r.tstart, r.tstop), src:sub(r.start, r.stop)
    if #t == #s then
      for k = 1, #t do
        local a, b = t:sub(k, k), s:sub(k, k)
        ok(a == b or (is_space(a) and is_space(b)), "run " .. i .. " holds the source bytes")
      end
    elseif r.stop == r.start - 1 and not raw then
      ok(is_space(t), "an inserted break is white space")
    end
    next_t = r.tstop + 1
  end
  eq(next_t, #text + 1, "the runs cover the text")
end

test("text(): the map of an HTML page, exact runs through tags and entities", function()
  local src = "<html><body><h1>Fares &amp; fees</h1><p>Fares rose by <b>8%</b> in&nbsp;2017.</p></body></html>"
  local text, kind, date, map = copydesk.text(src, { input = "html" })
  eq(text, "Fares & fees\n\nFares rose by 8% in\194\1602017.", "&nbsp; is U+00A0")
  eq(kind, "html")
  eq(date, nil)
  check_map(src, text, map)
  local function run_of(piece)
    local at = text:find(piece, 1, true)
    for _, r in ipairs(map) do if r.tstart <= at and at <= r.tstop then return r end end
  end
  local amp = run_of("&")
  eq(src:sub(amp.start, amp.stop), "&amp;", "a decoded entity maps to the whole entity")
  local pct = run_of("8%")
  eq(src:sub(pct.start + (text:find("8%", 1, true) - pct.tstart), pct.start + (text:find("8%", 1, true) - pct.tstart) + 1),
    "8%", "inside <b>: the same bytes")
  local nb = run_of("\194\160")
  eq(src:sub(nb.start, nb.stop), "&nbsp;", "the no-break space maps to its entity")
end)

test("text(): Markdown, XML and plain text maps", function()
  local md = "---\ndate: 2017-12-26\n---\n# Fares *rose*\n\nThe fare rose **8%** to [$3.25](http://x).\n"
  local text, kind, date, map = copydesk.text(md, { input = "markdown" })
  eq(kind, "markdown")
  eq(date, "2017-12-26", "front matter date")
  eq(text, "Fares rose\n\nThe fare rose 8% to $3.25.")
  check_map(md, text, map)
  local nitf = '<nitf><head><docdata><date.issue norm="20171226T000000Z"/></docdata></head>'
    .. "<body><body.content><p>Staff shrank from 1,200 to 455 &#8212; a cut.</p></body.content></body></nitf>"
  text, kind, date, map = copydesk.text(nitf, { input = "xml" })
  eq(kind, "xml")
  eq(date, "2017-12-26", "NITF date")
  ok(text:find("1,200 to 455 \226\128\148 a cut.", 1, true), text)
  check_map(nitf, text, map)
  local plain = "One. Two.\n\nThree."
  text, kind, date, map = copydesk.text(plain)
  eq(text, plain)
  eq(map, { { tstart = 1, tstop = #plain, start = 1, stop = #plain } }, "plain text: one identity run")
  text, kind, date, map = copydesk.text("")
  eq(#map, 0, "empty input: no runs")
  text, kind, date, map = copydesk.text("# \n## \n###", { input = "markdown" })
  eq(text, "", "empty headings")
  eq(#map, 0, "an empty extraction: no runs")
  -- hostile markup: the map still holds
  for _, bad in ipairs({ "<p>a &#xFFFFFFFF; b</p>", "<b><i>x</b></i>&&&;", "# \n## \n###", "<p>\255\254 x</p>" }) do
    for _, input in ipairs({ "html", "xml", "markdown" }) do
      local okk, t2, _, _, m2 = pcall(copydesk.text, bad, { input = input })
      if okk then check_map(bad, t2, m2, input == "xml" and bad:find("\255", 1, true)) end
    end
  end
end)
