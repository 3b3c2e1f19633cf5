-- The Lua API: the record's shape, positions, options and errors.
local copydesk = require("copydesk")

test("the native module loads", function()
  ok(copydesk.available(), "available")
  eq(type(copydesk.version), "string", "version")
end)

test("positions are 1-based inclusive byte offsets", function()
  local text = "Première ligne.\nThe second sentence."
  local doc = copydesk.analyze(text)
  eq(#doc.sentences, 2, "sentences")
  local s = doc.sentences[2]
  eq(s.text, "The second sentence.")
  eq(text:sub(s.start, s.stop), s.text, "sub(start, stop)")
  eq(s.start, #"Première ligne.\n" + 1, "start")
  eq(s.line, 2, "line")
  eq(s.col, 1, "col")
end)

test("wrong argument types raise clear errors", function()
  raises(function() copydesk.analyze(nil) end, "string expected")
  raises(function() copydesk.analyze({}) end, "string expected")
  raises(function() copydesk.analyze("x", "2017-01-01") end, "table expected")
  raises(function() copydesk.analyze("x", { date = 20170101 }) end, "option 'date': string expected")
  raises(function() copydesk.analyze("x", { date = "2017-13-01" }) end, "YYYY%-MM%-DD")
  raises(function() copydesk.analyze("x", { input = "pdf" }) end, "option 'input'")
  raises(function() copydesk.analyze("x", { facts = 3 }) end, "fact sheet expected")
  raises(function() copydesk.analyze("x", { attribution = true }) end, "option 'attribution': string expected, got boolean")
  raises(function() copydesk.analyze("x", { attribution = "strict" }) end,
    "option 'attribution': expected context or paragraph, got 'strict'")
  raises(function() copydesk.analyze("x", { language = "fr" }) end,
    "option 'language': expected auto, english or other, got 'fr'")
end)

-- The story's language: told from the text, or said by the desk (language = "english" | "other").
test("language: auto tells a Spanish story; english and other override", function()
  local text = "Hoy el concejo de la ciudad vot\195\179 por una nueva ley que obliga a los bares a cerrar " ..
    "antes de la medianoche. \"Es un error y lo vamos a pagar todos\", dijo una vecina del barrio. El " ..
    "alcalde, que no estuvo en la sesi\195\179n, dijo que la ley es buena para la salud y para el descanso."
  local function rules(opts)
    local n = {}
    for _, f in ipairs(copydesk.analyze(text, opts).findings) do
      n[f.rule] = (n[f.rule] or 0) + 1
      if f.rule == "unattributed-quote" then n.quote_at = f.start end
    end
    return n
  end
  eq(rules({}), { language = 1 })
  eq(rules({ language = "auto" }), { language = 1 })
  eq(rules({ language = "english" }), { ["unattributed-quote"] = 1, quote_at = text:find("\"Es", 1, true) })
  eq(rules({ language = "other" }), {})
end)

-- A quote paragraph that takes its speaker from the paragraph before: as readers take it by
-- default; a finding with attribution = "paragraph" (a desk that attributes every quote paragraph).
test("attribution: context by default, paragraph on request", function()
  local text = "Tom Baker, who chairs the residents' group, said the vote was a mistake.\n\n" ..
    "\"It's a betrayal of the east side.\"\n"
  local function unattributed(doc)
    local found = {}
    for _, f in ipairs(doc.findings) do
      if f.rule == "unattributed-quote" then found[#found + 1] = f end
    end
    return found
  end
  local quote_start = text:find("\"It's", 1, true)
  for _, opts in ipairs({ {}, { attribution = "context" } }) do
    local doc = copydesk.analyze(text, opts)
    eq(#unattributed(doc), 0, "findings with " .. tostring(opts.attribution))
  end
  local doc = copydesk.analyze(text, { attribution = "paragraph" })
  local found = unattributed(doc)
  eq(#found, 1, "findings with paragraph")
  eq(found[1].message, "quote paragraph has no attribution of its own (speaker from context: Tom Baker)")
  eq(found[1].severity, "warning")
  eq(found[1].start, quote_start, "start")
  eq(text:sub(found[1].start, found[1].stop), "\"It's a betrayal of the east side.\"", "span")
  local speaker
  for _, c in ipairs(doc.claims) do
    if c.kind == "quote" and c.start == quote_start then speaker = c.speaker end
  end
  eq(speaker, "Tom Baker", "the speaker still shows")
end)

test("the record is plain data", function()
  local doc = copydesk.analyze("One sentence. Two sentences.")
  eq(getmetatable(doc), nil, "metatable")
  doc.sentences[1].text = "changed"
  eq(doc.sentences[1].text, "changed")
  local again = copydesk.analyze("One sentence. Two sentences.")
  eq(again.sentences[1].text, "One sentence.")
end)

-- The binding pushes each key's string once and copies it after (ls_key): every table of the record
-- carries the keys the JSON gives, as many times each.
test("the record's tables carry the keys of the JSON, as many times each", function()
  local text = "The harbour board of Port Ellwyn said on 4 March 2024 that ferry fares rose 12% to $48. " ..
    "\"We had no choice,\" said Mara Quill, the board's chair. Revenue fell from 3.1 million to " ..
    "2.6 million pounds last year, and Quill said fares would rise again in 2025."
  local counts = {}
  local function walk(v)
    if type(v) ~= "table" then return end
    for k, item in pairs(v) do
      if type(k) == "string" then counts[k] = (counts[k] or 0) + 1 end
      walk(item)
    end
  end
  walk(copydesk.analyze(text))
  local want, keys = {}, 0
  for key in copydesk.json(text):gmatch('[{,]"([%a_][%w_]*)":') do
    want[key] = (want[key] or 0) + 1
    keys = keys + 1
  end
  ok(keys > 100, "the story gives a record of many keys")
  ok((want.claims or 0) == 1 and (want.reasons or 0) > 1, "claims and their reasons")
  for key, n in pairs(want) do eq(counts[key], n, key) end
  for key, n in pairs(counts) do eq(want[key], n, key) end
end)

test("json is one valid document", function()
  local json, errors = copydesk.json("Text with \255 a bad byte.", nil, "story.txt")
  ok(json:find('^{"source":"story.txt"'), "source key first")
  ok(not json:find("\255"), "no raw invalid byte")
  eq(errors, 0, "error findings")
end)

-- analyze_file / json_file read the file once in C: the same record as analyze of its bytes.
test("analyze_file and json_file give what analyze and json give the file's bytes", function()
  local text = "The council cut 1,200 jobs on Tuesday, Jan. 5, 2015.\n\0 and \255.\n"
  local path = tmpfile(text)
  local opts = { date = "2015-01-07", attribution = "paragraph" }
  local doc, memory = copydesk.analyze_file(path, opts), copydesk.analyze(text, opts)
  eq(#doc.numbers, #memory.numbers, "numbers")
  eq(doc.numbers[1].start, 17, "1,200 starts at byte 17")
  eq(doc.numbers[1].stop, 21, "and ends at 21")
  eq(#doc.findings, #memory.findings, "findings")
  for i, f in ipairs(memory.findings) do
    eq(doc.findings[i].rule, f.rule, "rule " .. i)
    eq(doc.findings[i].start, f.start, "start " .. i)
  end
  local json, errors = copydesk.json_file(path, opts, "story.txt")
  local mjson, merrors = copydesk.json(text, opts, "story.txt")
  eq(json, mjson, "json")
  eq(errors, merrors, "error findings")
  os.remove(path)
  local empty = tmpfile("")
  eq(#copydesk.analyze_file(empty).claims, 0, "an empty file")
  eq(copydesk.json_file(empty), copydesk.json(""), "an empty file's json")
  os.remove(empty)
end)

test("analyze_file: a file that cannot be read gives nil and a message, as io.open does", function()
  local missing = os.tmpname()
  os.remove(missing)
  local doc, err = copydesk.analyze_file(missing)
  eq(doc, nil, "no document")
  eq(err, missing .. ": No such file or directory", "the message")
  local _, ioerr = io.open(missing)
  eq(err, ioerr, "as io.open says it")
  local json, jerr = copydesk.json_file("/tmp")
  eq(json, nil, "no json")
  eq(jerr, "/tmp: Is a directory", "a directory")
end)

-- write_json / write_json_file stream the JSON to an io file: the bytes json() gives.
local function written(fn, ...)
  local f = io.tmpfile()
  local errors, err, code = fn(f, ...)
  f:seek("set")
  local out = f:read("a")
  f:close()
  return out, errors, err, code
end

test("write_json and write_json_file write what json and json_file give", function()
  local text = "\"We cut 1,200 jobs on Tuesday, Jan. 5, 2015,\" he said.\n\0 and \255 \\ \t.\n"
  local opts = { date = "2015-01-07" }
  local json, errors = copydesk.json(text, opts)
  local out, werrors, err, code = written(copydesk.write_json, text, opts)
  eq(out, json, "write_json's bytes")
  eq(werrors, errors, "error findings")
  eq(werrors, 1, "the weekday-mismatch")
  eq({ err, code }, {}, "nothing more on success")
  json = copydesk.json(text, opts, "desk/\"story\".txt")
  eq(written(copydesk.write_json, text, opts, "desk/\"story\".txt"), json, "with a source")
  local head = '{"source":"desk/\\"story\\".txt","version":'
  eq(json:sub(1, #head), head, "the source key comes first")
  local path = tmpfile(text)
  eq(written(copydesk.write_json_file, path, opts, "s"), copydesk.json_file(path, opts, "s"), "write_json_file")
  os.remove(path)
  eq(written(copydesk.write_json, ""), copydesk.json(""), "an empty text")
  -- the io file keeps its place: what was written before and after stays around the record
  local f = io.tmpfile()
  f:write("[")
  copydesk.write_json(f, "Sales rose 40%.")
  f:write("]")
  f:seek("set")
  eq(f:read("a"), "[" .. copydesk.json("Sales rose 40%.") .. "]", "between the file's own writes")
  f:close()
end)

test("write_json: a failed write gives nil, the reason and errno, as file:write does", function()
  local full = io.open("/dev/full", "w")
  if full then
    local errors, err, code = copydesk.write_json(full, "Sales rose 40%.")
    eq({ errors, err, code }, { nil, "No space left on device", 28 }, "/dev/full")
    full:close()
  end
  local ro = io.open("/dev/null", "r")
  local errors, err, code = copydesk.write_json(ro, "Sales rose 40%.")
  eq({ errors, err, code }, { nil, "Bad file descriptor", 9 }, "a file open for reading")
  ro:close()
  local missing = os.tmpname()
  os.remove(missing)
  local f = io.tmpfile()
  local n, merr, mcode = copydesk.write_json_file(f, missing)
  eq({ n, merr, mcode }, { nil, missing .. ": No such file or directory" }, "an unreadable story: no errno")
  eq(f:seek("end"), 0, "and nothing written")
  f:close()
end)

test("write_json: a closed file or a value that is no io file raises", function()
  local f = io.tmpfile()
  f:close()
  raises(function() copydesk.write_json(f, "text") end, "bad argument #1 to 'write_json' %(attempt to use a closed file%)")
  raises(function() copydesk.write_json_file(f, "/tmp") end, "attempt to use a closed file")
  raises(function() copydesk.write_json("story.txt", "text") end, "FILE%* expected, got string")
  raises(function() copydesk.write_json(nil, "text") end, "FILE%* expected, got")
  raises(function() copydesk.write_json({}, "text") end, "FILE%* expected, got table")
  raises(function() copydesk.write_json(io.stdout) end, "string expected")
  raises(function() copydesk.write_json(io.stdout, "text", "2017-01-01") end, "table expected")
  raises(function() copydesk.write_json(io.stdout, "text", nil, {}) end, "string expected")
  raises(function() copydesk.write_json_file(io.stdout, "a\0b") end, "a path with a NUL byte")
end)

test("analyze_file: wrong argument types raise clear errors", function()
  raises(function() copydesk.analyze_file(nil) end, "string expected")
  raises(function() copydesk.analyze_file({}) end, "string expected")
  raises(function() copydesk.analyze_file("a\0b") end, "a path with a NUL byte")
  raises(function() copydesk.analyze_file("/tmp", "2017-01-01") end, "table expected")
  raises(function() copydesk.analyze_file("/tmp", { attribution = "strict" }) end, "option 'attribution'")
  raises(function() copydesk.json_file("/tmp", nil, {}) end, "string expected")
end)
