-- copydesk --rules: the catalogue of finding rules, as text and as JSON (sh: tests/lua/run.lua).
local CD = "lua5.4 bin/copydesk"
local rules = require("copydesk").rules()

test("--rules: one aligned line a rule, name, severity, meaning; exit 0", function()
  local out, code = sh(CD .. " --rules </dev/null")
  eq(code, 0)
  local lines = {}
  for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
  eq(#lines, #rules)
  eq(lines[1], "arithmetic            error    " .. rules[1].summary)
  eq(lines[#lines], "weekday-mismatch      error    a weekday that does not fall on the date beside it")
  for i, r in ipairs(rules) do
    eq(lines[i]:match("^(%S+)%s+(%S+)%s+(.*)$"), r.name, "line " .. i)
    eq(select(3, lines[i]:match("^(%S+)%s+(%S+)%s+(.*)$")), r.summary, "line " .. i)
  end
  local help = sh(CD .. " --help")
  ok(help:find("--rules", 1, true), "--help names --rules")
end)

test("--rules --format json: one object with the list; jsonl: one rule a line", function()
  local out, code = sh(CD .. " --rules --format json")
  eq(code, 0)
  eq(out:sub(1, 69), '{"rules":[{"name":"arithmetic","severity":"error","summary":"a stated')
  ok(out:find('{"name":"relative-date","severity":"info","summary":"the date a relative expression ' ..
    '(\\"today\\", \\"last week\\", \\"Tuesday\\") means, from the story date"}', 1, true), "escaped quotes")
  eq(select(2, out:gsub('"name":', "")), #rules)
  out, code = sh(CD .. " --rules --format jsonl")
  eq(code, 0)
  local n = 0
  for line in out:gmatch("[^\n]+") do
    n = n + 1
    eq(line:match('^{"name":"([a-z0-9-]+)","severity":"(%a+)","summary":".*"}$'), rules[n].name)
  end
  eq(n, #rules)
end)
