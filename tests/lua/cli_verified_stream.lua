-- bin/copydesk --format json|jsonl with verified marks on a large generated story: the record is
-- streamed with the marks written by the serializer, and its bytes are exactly those of the old
-- way (the whole JSON text made first, then verified.json_add splicing each mark in).
local copydesk = require("copydesk")
local verified = require("copydesk.verified")

local function sh_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function run(args)
  local p = io.popen("lua5.4 bin/copydesk " .. args .. " 2>/dev/null; echo \"exit:$?\"")
  local out = p:read("*a")
  p:close()
  local code = tonumber(out:match("exit:(%d+)\n$"))
  return (out:gsub("exit:%d+\n$", "")), code
end

-- Some 3,000 invented paragraphs, each with its own figures and dates so that every claim's key
-- differs, with a quote now and then.
local function story_text()
  local towns = { "Velmora", "Quarry Bend", "Ostrava Flats", "Lindqvist", "Porthallow" }
  local parts = {}
  for i = 1, 3000 do
    local town = towns[i % #towns + 1]
    parts[#parts + 1] = string.format(
      "The %s water board said on March %d, 2024, that its rates rose %d.%d%% to $%d,%03d a year. ",
      town, i % 27 + 1, i % 40 + 2, i % 10, 100 + i % 900, i % 1000)
    if i % 4 == 0 then
      parts[#parts + 1] = string.format("\"We pumped %d million gallons,\" said Odile Marchetti-%d. ", i * 3, i)
    end
    parts[#parts + 1] = "\n\n"
  end
  return table.concat(parts)
end

local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir -p " .. sh_quote(dir)))
local story = dir .. "/big.txt"
local text = story_text()
do
  local f = assert(io.open(story, "wb"))
  f:write(text)
  f:close()
end

-- Every fifth claim marked, with notes that need escaping (quotes, a backslash, a tab, non-ASCII).
local opts = { date = "2026-03-03", filename = story }
local doc = copydesk.analyze(text, opts)
local marks = {}
for i, c in ipairs(doc.claims) do
  if i % 5 == 1 then
    verified.add(marks, verified.key(doc, c), "Ana Ñuñez", "2026-03-0" .. (i % 9 + 1),
      string.format('rang the "board" #%d \\ ok\tsee file', i))
  end
end
local marks_path = dir .. "/marks.copydesk"
assert(verified.write(marks_path, marks))
local by_claim = verified.match(doc, marks)

test("a large story's marks are streamed into exactly the old bytes (json)", function()
  ok(#doc.claims > 5000, "a large story: " .. #doc.claims .. " claims")
  local want = verified.json_add(copydesk.json(text, opts), by_claim)
  local out, code = run("--format json --date 2026-03-03 --verified " .. sh_quote(marks_path) .. " " .. sh_quote(story))
  eq(code, 0, "exit status")
  eq(#out, #want + 1, "length")
  eq(out, want .. "\n", "the bytes")
  eq(select(2, out:gsub('"verified":', "")), #marks, "one verified object a mark")
end)

test("and the same with jsonl and the sidecar beside the story", function()
  assert(verified.write(story .. ".copydesk", marks))
  local want = verified.json_add(copydesk.json(text, opts, story), by_claim)
  local out, code = run("--format jsonl --date 2026-03-03 " .. sh_quote(story))
  os.remove(story .. ".copydesk")
  eq(code, 0, "exit status")
  eq(out, want .. "\n", "the bytes")
  os.remove(marks_path) -- the tests run after this file is read: clean up in the last one
  os.remove(story)
  os.remove(dir)
end)
