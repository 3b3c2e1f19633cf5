#!/usr/bin/env lua5.4
-- A newsroom macro: the research desk's table of every figure in a story, one per line, with what
-- it counts and how it is qualified, for checking against the notes.
--
--   lua5.4 examples/macros/figures.lua story.txt [YYYY-MM-DD]
--
-- Output (tab-separated): line:col, the figure as written, its value, unit, qualifier, kind.
local here = debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or "."
package.path = here .. "/../../lua/?.lua;" .. here .. "/../../lua/?/init.lua;" .. package.path
local copydesk = require("copydesk")

local path, date = arg[1], arg[2]
if not path then
  io.stderr:write("usage: figures.lua STORY [YYYY-MM-DD]\n")
  os.exit(2)
end
local f = assert(io.open(path, "rb"))
local text = f:read("a")
f:close()

local doc = copydesk.analyze(text, { date = date, filename = path })
print("where\tfigure\tvalue\tunit\tqualifier\tkind")
for _, n in ipairs(doc.numbers) do
  local value = n.value_hi and (n.value .. "–" .. n.value_hi) or tostring(n.value)
  print(string.format("%d:%d\t%s\t%s\t%s\t%s\t%s", n.line, n.col, n.text, value, n.unit or "",
    n.approx or "", n.kind))
end
