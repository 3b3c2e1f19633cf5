-- bin/copydesk and the marks of verified claims: found beside the story by default, --verified
-- FILE, --no-verified; verified claims left out of text output and marked in JSON output.
local copydesk = require("copydesk")
local verified = require("copydesk.verified")

local function sh_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- Runs bin/copydesk with args; returns stdout, stderr and the exit status.
local function run(args)
  local err_path = os.tmpname()
  local cmd = "lua5.4 bin/copydesk " .. args .. " 2>" .. sh_quote(err_path) .. "; echo \"exit:$?\""
  local p = io.popen(cmd)
  local out = p:read("*a")
  p:close()
  local code = tonumber(out:match("exit:(%d+)\n$"))
  out = out:gsub("exit:%d+\n$", "")
  local err = read_file(err_path)
  os.remove(err_path)
  return out, err, code
end

local story_text = read_file("tests/fixtures/nvim_story.txt")
local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir -p " .. sh_quote(dir)))
local story = dir .. "/story.txt"
do
  local f = assert(io.open(story, "wb"))
  f:write(story_text)
  f:close()
end

-- The mark of the first claim of a kind with this text, as the plugin writes it.
local function mark_claim(kind, text, note)
  local doc = copydesk.analyze(story_text, { date = "2026-03-03" })
  for _, c in ipairs(doc.claims) do
    if c.kind == kind and c.text == text then
      local marks = {}
      verified.add(marks, verified.key(doc, c), "Tess Tester", "2026-03-04", note)
      return marks
    end
  end
  error("no " .. kind .. " claim " .. text)
end

local marks = mark_claim("quote", "“We had no choice,”", "checked against the tape")
assert(verified.write(story .. ".copydesk", marks))

local QUOTE_LINE = story .. ":7:1: quote: “We had no choice,”"

test("the sidecar beside the story hides the verified claim from text output", function()
  local out, err, code = run("--min-score 0 --date 2026-03-03 " .. sh_quote(story))
  eq(err, "")
  eq(code, 0)
  ok(not out:find(QUOTE_LINE, 1, true), "the verified quote is left out:\n" .. out)
  ok(out:find(story .. ":9:21: quantity: 120 people", 1, true), "other claims stay:\n" .. out)
end)

test("--no-verified shows every claim", function()
  local out, _, code = run("--min-score 0 --no-verified --date 2026-03-03 " .. sh_quote(story))
  eq(code, 0)
  ok(out:find(QUOTE_LINE, 1, true), "the quote is back:\n" .. out)
end)

test("JSON output marks the verified claim and only that one", function()
  local out, _, code = run("--format json --date 2026-03-03 " .. sh_quote(story))
  eq(code, 0)
  local n = select(2, out:gsub('"verified":', ""))
  eq(n, 1, "one verified claim")
  ok(out:find('"text":"“We had no choice,”"', 1, true), "the quote is in the JSON")
  local claim = out:match('({"kind":"quote","text":"“We had no choice,”".-"verified":{[^}]*}})')
  ok(claim, "the quote's object carries the mark")
  local want = '"verified":{"note":"checked against the tape","who":"Tess Tester","when":"2026-03-04"}}'
  eq(claim:sub(-#want), want, "the mark ends the claim's object")
  local plain = run("--format json --no-verified --date 2026-03-03 " .. sh_quote(story))
  eq(select(2, plain:gsub('"verified":', "")), 0, "--no-verified: no marks in JSON")
  eq(out:gsub(',"verified":{[^}]*}', ""), plain, "otherwise the same document")
end)

test("jsonl output marks it too", function()
  local out = run("--format jsonl --date 2026-03-03 " .. sh_quote(story))
  eq(select(2, out:gsub('"verified":{"note":"checked against the tape"', "")), 1)
end)

test("--verified FILE reads marks from elsewhere, for standard input too", function()
  local other = dir .. "/marks.txt"
  assert(verified.write(other, mark_claim("quantity", "120 people", "")))
  local out, _, code = run("--verified " .. sh_quote(other) .. " --min-score 0 --date 2026-03-03 " .. sh_quote(story))
  eq(code, 0)
  ok(not out:find(":9:21: quantity: 120 people", 1, true), "the marked quantity is hidden")
  ok(out:find(QUOTE_LINE, 1, true), "the sidecar's quote is not (only the given file counts)")
  local piped = run("--verified " .. sh_quote(other) .. " --min-score 0 --date 2026-03-03 - < " .. sh_quote(story))
  ok(not piped:find(":9:21: quantity:", 1, true), "stdin with --verified:\n" .. piped)
  ok(piped:find("<stdin>:7:1: quote:", 1, true), "stdin: the quote")
end)

test("a missing --verified file or a malformed one is an error (exit 2)", function()
  local _, err, code = run("--verified " .. sh_quote(dir .. "/nope") .. " " .. sh_quote(story))
  eq(code, 2)
  ok(err:find("^copydesk: %-%-verified: cannot read .*nope"), err)
  local bad = dir .. "/bad.copydesk"
  local f = assert(io.open(bad, "wb"))
  f:write("# marks\nquote\tonly\n")
  f:close()
  _, err, code = run("--verified " .. sh_quote(bad) .. " " .. sh_quote(story))
  eq(code, 2)
  eq(err, "copydesk: " .. bad .. ":2: expected 7 tab-separated fields, found 2\n")
end)
