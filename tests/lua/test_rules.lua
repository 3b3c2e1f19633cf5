-- copydesk.rules(): the catalogue of finding rules, and its entries in the Neovim help
-- (doc/copydesk.txt, *copydesk-rules*) and in README.md's list of checks.
local copydesk = require("copydesk")

local SEVERITIES = { error = true, warning = true, info = true }

test("rules(): every rule with its severity and summary, sorted by name", function()
  local rules = copydesk.rules()
  eq(#rules, 19)
  for i, r in ipairs(rules) do
    ok(r.name:match("^[a-z][a-z0-9-]*$"), "a rule name: " .. r.name)
    ok(SEVERITIES[r.severity], r.name .. "'s severity " .. tostring(r.severity))
    ok(type(r.summary) == "string" and #r.summary > 10, r.name .. "'s summary")
    if i > 1 then ok(rules[i - 1].name < r.name, "sorted at " .. r.name) end
  end
  eq(find(rules, "name", "weekday-mismatch"),
    { name = "weekday-mismatch", severity = "error", summary = "a weekday that does not fall on the date beside it" })
  eq(find(rules, "name", "impossible-date"),
    { name = "impossible-date", severity = "error", summary = "a day past its month's end (\"November 31\"), claimed as its month" })
  eq(find(rules, "name", "number-start-mismatch"), nil, "a crosscheck build's rule")
end)

test("rules(): a fresh list each call", function()
  local rules = copydesk.rules()
  rules[1].name = "changed"
  eq(copydesk.rules()[1].name, "arithmetic")
end)

test("rules(): the findings of a story carry catalogued rules and severities", function()
  local doc = copydesk.analyze("Ridership rose from 48,000 to 60,000 a week, a 40% increase, on Tuesday, Dec. 4, 2017.",
    { date = "2017-12-26" })
  local rules, seen = copydesk.rules(), 0
  for _, f in ipairs(doc.findings) do
    local r = find(rules, "name", f.rule)
    ok(r, "catalogued: " .. f.rule)
    eq(f.severity, r.severity, f.rule)
    seen = seen + 1
  end
  eq(seen, 2, "arithmetic and weekday-mismatch")
end)

-- The lines of text from the line holding `from` up to the next line matching `stop` (a pattern).
local function section(text, from, stop)
  local i = assert(text:find(from, 1, true), from)
  local rest = text:sub(text:find("\n", i, true) + 1)
  local j = rest:find(stop)
  return j and rest:sub(1, j - 1) or rest
end

test("the Neovim help lists every rule with its severity under *copydesk-rules*", function()
  local help = section(read_file("doc/copydesk.txt"), "*copydesk-rules*", "%*copydesk%-")
  for _, r in ipairs(copydesk.rules()) do
    ok(help:find("\n        " .. r.name .. " (" .. r.severity .. ")\n", 1, true), "help entry for " .. r.name)
  end
end)

test("README.md's list of checks names every rule", function()
  local checks = section(read_file("README.md"), "## Checks", "\n## ")
  for _, r in ipairs(copydesk.rules()) do
    ok(checks:find("`" .. r.name .. "`", 1, true), "README entry for " .. r.name)
  end
end)
