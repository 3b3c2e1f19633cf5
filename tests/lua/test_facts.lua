-- Fact sheets from Lua: loading, errors, analyze(text, {facts = ...}), the bundled examples and the
-- real sample story with examples/latimes-facts.xml (one fact-match, one fact-mismatch).
local copydesk = require("copydesk")

local function findings(doc, rule)
  local out = {}
  for _, f in ipairs(doc.findings) do
    if f.rule == rule then out[#out + 1] = f end
  end
  return out
end

local sheet_xml = [[
<factsheet>
  <fact id="lanes">
    <subject>Corvin Bridge</subject>
    <value unit="lanes">6</value>
    <as-of>2025-06-01</as-of>
    <source url="https://roads.example/">State Roads Agency</source>
  </fact>
</factsheet>]]

test("parse_facts and load_facts return a handle", function()
  local sheet = assert(copydesk.parse_facts(sheet_xml, "roads.xml"))
  eq(sheet:count(), 1, "count")
  eq(tostring(sheet), "copydesk.facts (1 facts)")
  local ex = assert(copydesk.load_facts("examples/facts.xml"))
  eq(ex:count(), 4, "examples/facts.xml")
end)

test("errors come back as nil and a message naming file and line", function()
  local sheet, err = copydesk.parse_facts("<factsheet>\n<fact id='a'>\n</factsheet>", "bad.xml")
  eq(sheet, nil)
  ok(err:find("^bad%.xml:3: malformed XML: "), err)
  sheet, err = copydesk.load_facts("tests/fixtures/facts_xxe.xml")
  eq(sheet, nil)
  eq(err, "tests/fixtures/facts_xxe.xml:3: external entity 'secret' (\"file:///etc/passwd\") refused: "
     .. "fact sheets never load or expand entities")
  sheet, err = copydesk.load_facts("http://facts.example/sheet.xml")
  eq(sheet, nil)
  ok(err:find("a URL: refused", 1, true), err)
  raises(function() copydesk.load_facts(nil) end, "string expected")
end)

test("analyze with one sheet or a list of sheets", function()
  local sheet = assert(copydesk.parse_facts(sheet_xml))
  local text = "The Corvin Bridge has eight lanes."
  local doc = copydesk.analyze(text, { facts = sheet })
  local m = findings(doc, "fact-mismatch")
  eq(#m, 1, "mismatches")
  eq(m[1].severity, "error")
  eq(m[1].text, "eight")
  eq(text:sub(m[1].start, m[1].stop), "eight")
  eq(m[1].message, "\"eight\" disagrees with the fact sheet: Corvin Bridge: 6 lanes as of 2025-06-01 "
     .. "(State Roads Agency, https://roads.example/) [fact lanes]")
  local other = assert(copydesk.parse_facts(sheet_xml, "copy.xml"))
  local again = copydesk.analyze("The Corvin Bridge has six lanes.", { facts = { sheet, other } })
  eq(#findings(again, "fact-match"), 2, "one match per sheet")
  local same = copydesk.analyze("The Corvin Bridge has six lanes.", { facts = { sheet, sheet } })
  eq(#findings(same, "fact-match"), 1, "a sheet given twice counts once")
  eq(#findings(copydesk.analyze(text), "fact-mismatch"), 0, "no sheet, no fact findings")
end)

test("the demo: examples/story.txt against examples/facts.xml", function()
  local text = read_file("examples/story.txt")
  local doc = copydesk.analyze(text, { date = "2026-03-02", facts = assert(copydesk.load_facts("examples/facts.xml")) })
  local got = {}
  for _, f in ipairs(doc.findings) do
    if f.rule:find("^fact") or f.rule == "arithmetic" or f.rule == "name-variant" then
      got[#got + 1] = f.rule .. " " .. f.text
    end
  end
  eq(table.concat(got, "; "), "fact-match five; fact-match $3.25; arithmetic 20 percent; fact-match Elena Ruiz; "
     .. "fact-mismatch Elena Ruis; name-variant Elena Ruis; fact-mismatch about 1,200")
end)

local sample = "../shared/samples/latimes-2017-12-russia.txt"
local f = io.open(sample, "rb")
if not f then
  print("skip the sample story in test_facts.lua: " .. sample .. " is absent (it lives in ../shared)")
  return
end
local sample_text = f:read("*a")
f:close()

test("the sample story: one fact-match and one fact-mismatch", function()
  local sheet = assert(copydesk.load_facts("examples/latimes-facts.xml"))
  local doc = copydesk.analyze(sample_text, { date = "2017-12-26", facts = sheet })
  local m, x = findings(doc, "fact-match"), findings(doc, "fact-mismatch")
  eq(#m, 1, "fact-match count")
  eq(#x, 1, "fact-mismatch count")
  eq(m[1].text, "just over 450")
  eq(sample_text:sub(m[1].start, m[1].stop), "just over 450")
  ok(m[1].message:find("455 personnel as of 2017-09-01 (U.S. State Department", 1, true), m[1].message)
  eq(x[1].text, "three")
  eq(x[1].severity, "error")
  ok(x[1].message:find("U.S. consulates in Russia: 2 consulates as of 2018-04-01", 1, true), x[1].message)
end)
