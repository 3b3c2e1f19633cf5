#!/usr/bin/env lua5.4
-- A CMS hook before publishing: holds a story back (exit 1) while it has error findings (wrong
-- arithmetic, a fact-sheet mismatch, a weekday that does not match its date) or strong claims that
-- no fact-checker has marked verified; prints what is still open.
--
--   lua5.4 examples/macros/prepublish.lua story.txt [--facts sheet.xml] [--min-score 0.8]
local here = debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or "."
package.path = here .. "/../../lua/?.lua;" .. here .. "/../../lua/?/init.lua;" .. package.path
local copydesk = require("copydesk")
local verified = require("copydesk.verified")

local path, facts, min_score = nil, {}, 0.8
local i = 1
while arg[i] do
  if arg[i] == "--facts" then
    local sheet = assert(copydesk.load_facts(arg[i + 1]))
    facts[#facts + 1] = sheet
    i = i + 1
  elseif arg[i] == "--min-score" then
    min_score = assert(tonumber(arg[i + 1]), "--min-score takes a number")
    i = i + 1
  else
    path = arg[i]
  end
  i = i + 1
end
if not path then
  io.stderr:write("usage: prepublish.lua STORY [--facts SHEET] [--min-score N]\n")
  os.exit(2)
end
local f = assert(io.open(path, "rb"))
local text = f:read("a")
f:close()

local doc = copydesk.analyze(text, { filename = path, facts = facts })
local marks = assert(verified.read(verified.path_for(path)))
local matched = verified.match(doc, marks)
local open = 0
for _, finding in ipairs(doc.findings) do
  if finding.severity == "error" then
    open = open + 1
    print(string.format("%s:%d:%d: hold: %s", path, finding.line, finding.col, finding.message))
  end
end
for idx, claim in ipairs(doc.claims) do
  if claim.score >= min_score and not matched[idx] then
    open = open + 1
    print(string.format("%s:%d:%d: unverified %s: %s", path, claim.line, claim.col, claim.kind, claim.text))
  end
end
print(open == 0 and "ready to publish" or (open .. " item(s) open"))
os.exit(open == 0 and 0 or 1)
