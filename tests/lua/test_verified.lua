-- The sidecar file of verified claims (lua/copydesk/verified.lua): its format, how marks find their
-- claims again after edits, and the JSON it adds. Runs under lua5.4 and luajit.
local verified = require("copydesk.verified")
local copydesk = require("copydesk")

-- A record as analyze returns it, written by hand for the parts the sidecar reads.
local function doc_of(sentence_text, claims)
  local doc = { sentences = { { text = sentence_text, start = 1, stop = #sentence_text } }, claims = {} }
  for _, c in ipairs(claims) do
    local s, e = sentence_text:find(c[2], 1, true)
    doc.claims[#doc.claims + 1] = { kind = c[1], text = c[2], start = s, stop = e, sentence = 1 }
  end
  return doc
end

test("the key: kind, text with whitespace collapsed, three words either side", function()
  local doc = doc_of("Officials said the mayor will close three  branches by June next year.",
    { { "quantity", "three  branches" } })
  eq(verified.key(doc, doc.claims[1]),
    { kind = "quantity", text = "three branches", before = "mayor will close", after = "by June next" })
end)

test("the key: context stops at the sentence's ends", function()
  local doc = doc_of("“We had no choice,” said Zoë Müller.", { { "quote", "“We had no choice,”" } })
  eq(verified.key(doc, doc.claims[1]),
    { kind = "quote", text = "“We had no choice,”", before = "", after = "said Zoë Müller." })
end)

test("the key: a claim not inside its sentence has no context", function()
  local doc = doc_of("One sentence.", {})
  doc.claims[1] = { kind = "quote", text = "elsewhere", start = 40, stop = 48, sentence = 1 }
  eq(verified.key(doc, doc.claims[1]), { kind = "quote", text = "elsewhere", before = "", after = "" })
end)

test("serialize and parse round-trip, with escapes", function()
  local marks = {
    { kind = "quote", text = "a\tb\\c", before = "x\ny", after = "", who = "Zoë", when = "2026-03-03", note = "line1\r\nline2" },
    { kind = "change", text = "from 1 to 2", before = "b", after = "a", who = "", when = "", note = "" },
  }
  local s = verified.serialize(marks)
  ok(s:find("^# copydesk verified claims"), "header")
  ok(s:find("quote\ta\\tb\\\\c\tx\\ny\t\tZoë\t2026%-03%-03\tline1\\r\\nline2\n"), "escaped line: " .. s)
  eq(verified.parse(s, "f"), marks)
end)

test("parse skips comments and blank lines, reads CRLF files", function()
  local marks = verified.parse("# c\n\r\nquote\tt\tb\ta\tw\t2026-01-01\tn\r\n", "f")
  eq(marks, { { kind = "quote", text = "t", before = "b", after = "a", who = "w", when = "2026-01-01", note = "n" } })
end)

test("parse refuses a line with the wrong number of fields, naming file and line", function()
  local marks, err = verified.parse("# header\nquote\tonly three\tfields\n", "story.txt.copydesk")
  eq(marks, nil)
  eq(err, "story.txt.copydesk:2: expected 7 tab-separated fields, found 3")
  local _, err2 = verified.parse("\tt\tb\ta\tw\twhen\tn\n", "s")
  eq(err2, "s:1: a mark needs a claim kind and text")
end)

test("add replaces the mark of the same claim; remove takes it away", function()
  local marks = {}
  local key = { kind = "quote", text = "t", before = "b", after = "a" }
  verified.add(marks, key, "ann", "2026-01-01", "first")
  verified.add(marks, key, "bob", "2026-01-02", "second")
  eq(#marks, 1)
  eq(marks[1].who, "bob")
  eq(verified.remove(marks, key), true)
  eq(verified.remove(marks, key), false)
  eq(#marks, 0)
end)

test("match: exact key, then kind and text when the context changed", function()
  local doc = doc_of("The mayor will close three branches and the council will close three branches by June.",
    { { "quantity", "three branches" }, { "quote", "council will" } })
  -- the second "three branches" (find gave the first)
  local second = doc.sentences[1].text:find("three branches", 30, true)
  doc.claims[3] = { kind = "quantity", text = "three branches", start = second, stop = second + 13, sentence = 1 }
  local marks = {
    { kind = "quantity", text = "three branches", before = "council will, close", after = "by June.", who = "", when = "", note = "" },
    { kind = "quote", text = "council will", before = "changed", after = "context", who = "", when = "", note = "" },
    { kind = "event", text = "gone", before = "", after = "", who = "", when = "", note = "" },
  }
  local by_claim, stale = verified.match(doc, marks)
  eq(by_claim[3], marks[1], "the second quantity, by its context")
  eq(by_claim[1], nil, "not the first")
  eq(by_claim[2], marks[2], "the only quote with that text")
  eq(stale, { marks[3] })
end)

test("match: two claims with the same text and no context left stay unmatched", function()
  local doc = doc_of("Three branches. Three branches.", {})
  doc.claims = {
    { kind = "quantity", text = "Three branches", start = 1, stop = 14, sentence = 1 },
    { kind = "quantity", text = "Three branches", start = 17, stop = 30, sentence = 1 },
  }
  local marks = { { kind = "quantity", text = "Three branches", before = "x", after = "y", who = "", when = "", note = "" } }
  local by_claim, stale = verified.match(doc, marks)
  eq(next(by_claim), nil)
  eq(#stale, 1)
end)

test("write, read, and removal of an empty sidecar", function()
  local path = os.tmpname()
  local marks = { { kind = "quote", text = "t", before = "", after = "", who = "w", when = "2026-01-01", note = "" } }
  eq(verified.write(path, marks), true)
  eq(verified.read(path), marks)
  eq(verified.write(path, {}), true)
  eq(io.open(path, "rb"), nil, "file removed")
  eq(verified.read(path), {}, "a missing file holds no marks")
  eq(verified.path_for("/x/story.txt"), "/x/story.txt.copydesk")
end)

test("json_string escapes and replaces invalid UTF-8", function()
  eq(verified.json_string('a"b\\c\n\1'), '"a\\"b\\\\c\\n\\u0001"')
  eq(verified.json_string("Zoë \255 \237\160\128"), '"Zoë \239\191\189 \239\191\189\239\191\189\239\191\189"')
end)

test("json_add puts the mark into the right claim objects only", function()
  local json = '{"version":"0.1.0","claims":[{"kind":"quote","text":"a}\\"{["},{"kind":"time","numbers":[{"x":1}]},'
    .. '{"kind":"event"}],"findings":[{"rule":"r"}]}'
  local mark = { note = "ok", who = "w", when = "2026-01-01" }
  eq(verified.json_add(json, { [2] = mark }),
    '{"version":"0.1.0","claims":[{"kind":"quote","text":"a}\\"{["},{"kind":"time","numbers":[{"x":1}],'
    .. '"verified":{"note":"ok","who":"w","when":"2026-01-01"}},{"kind":"event"}],"findings":[{"rule":"r"}]}')
  eq(verified.json_add('{"claims":[{}]}', { mark }), '{"claims":[{"verified":{"note":"ok","who":"w","when":"2026-01-01"}}]}')
  eq(verified.json_add(json, {}), json)
end)

-- With the real core: write_json's marks argument writes the same "verified" object json_add
-- splices in, as the claim streams by.
test("write_json with marks: the verified object as the claim's last key, escaped as json_string does", function()
  local copydesk = require("copydesk")
  local text, opts = "Sales rose 40% in 2019 to $3 million.", { date = "2026-01-01" }
  local json = copydesk.json(text, opts)
  local mark = { note = 'said "so" \\ \1 \255', who = "Zoë", when = "2026-01-02" }
  local f = io.tmpfile()
  eq(copydesk.write_json(f, text, opts, nil, { mark }), 0, "no error findings")
  f:seek("set")
  local out = f:read("*a")
  f:close()
  local obj = '"verified":{"note":' .. verified.json_string(mark.note) .. ',"who":"Zoë","when":"2026-01-02"}'
  eq(obj, '"verified":{"note":"said \\"so\\" \\\\ \\u0001 \239\191\189","who":"Zoë","when":"2026-01-02"}')
  local want = json:gsub('"direction":"increase"}', '"direction":"increase",' .. obj .. "}", 1)
  eq(out, want, "the first claim marked")
  eq(out, verified.json_add(json, { mark }), "as json_add gives it")
  f = io.tmpfile()
  copydesk.write_json(f, text, opts, "s.txt", { [2] = { when = "x" }, [9] = mark })
  f:seek("set")
  eq(f:read("*a"), verified.json_add(copydesk.json(text, opts, "s.txt"), { [2] = { when = "x" } }),
    "the second claim, missing fields empty, a mark past the last claim ignored")
  raises(function() copydesk.write_json(f, text, opts, nil, { 1 }) end, "the mark of claim 1 is not a table")
  raises(function() copydesk.write_json(f, text, opts, nil, { { note = {} } }) end, "a mark's note must be a string")
  f:close()
end)

-- With the real core: a mark survives edits elsewhere in the story.
test("a mark made on the fixture story survives an edit in another paragraph", function()
  local story = read_file("tests/fixtures/nvim_story.txt")
  local doc = copydesk.analyze(story, { date = "2026-03-03" })
  local index
  for i, c in ipairs(doc.claims) do
    if c.kind == "quote" and c.text == "“We had no choice,”" then index = i end
  end
  ok(index, "the quote “We had no choice,”")
  local key = verified.key(doc, doc.claims[index])
  eq(key, { kind = "quote", text = "“We had no choice,”", before = "", after = "said Mayor Zoë" })
  local marks = {}
  verified.add(marks, key, "w", "2026-03-04", "")
  local edited = story:gsub("The library employs 120 people%.", "The library, founded in 1901, employs 120 people.")
  edited = "UPDATED\n\n" .. edited
  local doc2 = copydesk.analyze(edited, { date = "2026-03-03" })
  local by_claim, stale = verified.match(doc2, marks)
  eq(#stale, 0, "stale marks")
  local found
  for i, m in pairs(by_claim) do found = { doc2.claims[i].text, m } end
  eq(found and found[1], "“We had no choice,”")
end)
