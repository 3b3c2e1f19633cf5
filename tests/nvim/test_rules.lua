-- The `rules` and `kinds` options against the catalogues of finding rules and claim kinds: an unknown
-- name is a configuration problem that names the known ones; known names and an empty list are fine.
local plugin = require("copydesk.nvim")

local function known_names()
  local names = {}
  for _, r in ipairs(require("copydesk").rules()) do names[#names + 1] = r.name end
  return names
end

local function with_rules(rules)
  return vim.tbl_extend("force", plugin.config(), { rules = rules })
end

test("rules: unknown names are reported with the known ones", function()
  eq(plugin.validate(with_rules({ "arithmetic", "arithmetics", "quote-mark" })),
    { "rules: unknown 'arithmetics', 'quote-mark' (the rules are " .. table.concat(known_names(), ", ") .. ")" })
  eq(#known_names(), 19)
end)

test("rules: known names, every one of them, or none", function()
  eq(plugin.validate(with_rules({ "arithmetic", "quote-marks" })), {})
  eq(plugin.validate(with_rules(known_names())), {})
  eq(plugin.validate(with_rules({})), {})
  eq(plugin.validate(with_rules(nil)), {})
end)

test("setup() with an unknown rule says so, once, as an error", function()
  local notes = {}
  local notify = vim.notify
  vim.notify = function(msg, level) notes[#notes + 1] = { msg, level } end
  plugin.setup({ rules = { "typo" } })
  vim.notify = notify
  plugin.setup({})
  eq(#notes, 1)
  ok(notes[1][1]:find("rules: unknown 'typo' (the rules are arithmetic, ", 1, true), notes[1][1])
  eq(notes[1][2], vim.log.levels.ERROR)
end)

-- The `kinds` option the same way: a misspelt kind would hide every claim without a word.
test("kinds: unknown names are reported with the known ones; known ones pass", function()
  local function with_kinds(kinds) return vim.tbl_extend("force", plugin.config(), { kinds = kinds }) end
  eq(plugin.validate(with_kinds({ "quote", "quotes", "numbers" })),
    { "kinds: unknown 'quotes', 'numbers' (the kinds are quantity, change, event, quote, comparison, time)" })
  eq(plugin.validate(with_kinds({ "quantity", "change", "event", "quote", "comparison", "time" })), {})
  eq(plugin.validate(with_kinds({})), {})
  eq(plugin.validate(with_kinds(nil)), {})
end)
