-- The :Copydesk subcommands on a fixture story: completion, automatic checking (open, change with
-- debounce, enable/disable/toggle), the location list, <Plug> jumps, the report, verify/unverify
-- with the sidecar file, and that bin/copydesk reads the same marks.
vim.cmd("filetype on")
local plugin = require("copydesk.nvim")
local S = vim.diagnostic.severity
local today = os.date("%Y-%m-%d")

local notes = {}
vim.notify = function(msg, level) notes[#notes + 1] = { msg, level } end

local dir = vim.fn.tempname()
vim.fn.mkdir(dir, "p")
local path = dir .. "/story.txt"
vim.fn.writefile(vim.fn.readfile("tests/fixtures/nvim_story.txt", "b"), path, "b")
local sidecar = path .. ".copydesk"

local function diags()
  return vim.diagnostic.get(0, { namespace = plugin.ns })
end

local function find_diag(code, lnum)
  for _, d in ipairs(diags()) do
    if d.code == code and d.lnum == lnum then return d end
  end
  return nil
end

plugin.setup({ who = "Tess Tester", debounce = 50 })

test("completion of the subcommands", function()
  eq(vim.fn.getcompletion("Copydesk ", "cmdline"),
    { "check", "claims", "enable", "disable", "toggle", "report", "verify", "unverify" })
  eq(vim.fn.getcompletion("Copydesk t", "cmdline"), { "toggle" })
  eq(vim.fn.getcompletion("Copydesk verify ", "cmdline"), {})
end)

test("no default keymaps, only the <Plug> mappings", function()
  for _, mode in ipairs({ "n", "i", "v", "x", "o" }) do
    for _, m in ipairs(vim.api.nvim_get_keymap(mode)) do
      local lhs = m.lhs:lower()
      if lhs:find("copydesk", 1, true) then ok(lhs:find("^<plug>%(copydesk%-"), "mapping " .. m.lhs) end
    end
  end
  ok(vim.fn.maparg("<Plug>(copydesk-next)", "n") ~= "" or #vim.api.nvim_get_keymap("n") > 0, "<Plug>(copydesk-next)")
end)

vim.cmd("edit " .. vim.fn.fnameescape(path))

test("opening a story of a listed filetype checks it", function()
  ok(vim.wait(3000, function() return #diags() > 0 end), "diagnostics after opening")
  ok(plugin.enabled(0), "enabled")
  eq(find_diag("quote", 6).message, "Quote attributed to Zoë Müller")
end)

test("a change is checked after the debounce, once for a burst of changes", function()
  local checks = 0
  local check = plugin.check
  plugin.check = function(...)
    checks = checks + 1
    return check(...)
  end
  vim.api.nvim_buf_set_lines(0, 6, 7, false, { "“We had no choice at all,” said Mayor Zoë Müller, who chairs the council." })
  for _ = 1, 5 do vim.cmd("doautocmd TextChanged") end
  eq(find_diag("quote", 6).end_col, 23, "not checked before the debounce")
  ok(vim.wait(3000, function() return checks > 0 end), "checked after the debounce")
  vim.wait(200)
  eq(checks, 1, "one check for five changes")
  eq(find_diag("quote", 6).end_col, 30, "the longer quote")
  plugin.check = check
  vim.cmd("silent undo")
  vim.cmd("Copydesk check")
end)

test("disable clears and stops checking, toggle and enable bring it back", function()
  vim.cmd("Copydesk disable")
  eq(#diags(), 0, "cleared")
  eq(plugin.enabled(0), false)
  vim.cmd("doautocmd TextChanged")
  vim.wait(300)
  eq(#diags(), 0, "no check while disabled")
  vim.cmd("Copydesk toggle")
  eq(plugin.enabled(0), true)
  ok(#diags() > 0, "diagnostics back")
  vim.cmd("Copydesk toggle")
  eq(plugin.enabled(0), false)
  eq(#diags(), 0)
  vim.cmd("Copydesk enable")
  eq(plugin.enabled(0), true)
  ok(#diags() > 0, "diagnostics back")
end)

test("claims: the location list, best first", function()
  vim.cmd("Copydesk claims")
  local info = vim.fn.getloclist(0, { title = 1, items = 1 })
  eq(info.title, "copydesk claims")
  local claims = 0
  for _, d in ipairs(diags()) do
    if d.user_data.copydesk == "claim" then claims = claims + 1 end
  end
  eq(#info.items, claims, "one entry per claim shown")
  local scores = {}
  for _, item in ipairs(info.items) do
    scores[#scores + 1] = tonumber(item.text:match("^%a+ ([%d.]+): "))
    eq(item.bufnr, vim.api.nvim_get_current_buf())
    eq(item.type, "I")
  end
  for i = 2, #scores do ok(scores[i - 1] >= scores[i], "best first at " .. i) end
  local quote
  for _, item in ipairs(info.items) do
    if item.lnum == 7 then quote = item end
  end
  local rec = find_diag("quote", 6).user_data.record
  eq({ quote.lnum, quote.col, quote.end_lnum, quote.end_col, quote.text },
    { 7, 1, 7, 24, string.format("quote %.2f: Quote attributed to Zoë Müller", rec.score) })
  vim.cmd("lclose")
end)

test("<Plug>(copydesk-next) and <Plug>(copydesk-prev) move through the diagnostics, wrapping", function()
  local function press(plug)
    vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(plug, true, true, true), "x", false)
    return vim.api.nvim_win_get_cursor(0)
  end
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  eq(press("<Plug>(copydesk-next)"), { 5, 39 }, "first: Tuesday after the em dash")
  eq(press("<Plug>(copydesk-next)"), { 5, 50 }, "then the change")
  eq(press("<Plug>(copydesk-prev)"), { 5, 39 })
  eq(press("<Plug>(copydesk-prev)"), { 14, 35 }, "wraps to the last: the quote-marks warning")
  eq(press("<Plug>(copydesk-next)"), { 5, 39 }, "wraps to the first")
end)

test("verify hides the claim under the cursor and writes the sidecar", function()
  vim.api.nvim_win_set_cursor(0, { 7, 5 })
  vim.cmd("Copydesk verify checked against the tape")
  eq(notes[#notes], { "copydesk: verified quote “We had no choice,”", vim.log.levels.INFO })
  eq(find_diag("quote", 6), nil, "the quote is hidden")
  ok(find_diag("quantity", 8), "other claims stay")
  eq(vim.fn.readfile(sidecar), {
    "# copydesk verified claims, one per line (see :help copydesk-verified):",
    "# kind<TAB>claim<TAB>context before<TAB>context after<TAB>who<TAB>when<TAB>note",
    "quote\t“We had no choice,”\t\tsaid Mayor Zoë\tTess Tester\t" .. today .. "\tchecked against the tape",
  })
end)

test("the report: a checklist with the claims to check and the verified one", function()
  local rbuf = plugin.report(0)
  local lines = vim.api.nvim_buf_get_lines(rbuf, 0, -1, false)
  eq(lines[1], "copydesk report: " .. vim.fn.fnamemodify(path, ":~:.") .. " (story date 2026-03-03)")
  ok(lines[2]:match("^%d+ to check, 1 verified, %d+ findings; %d+ claims below score 0%.50 not listed$"), lines[2])
  eq(lines[4], "To check")
  local function after(prefix)
    for i, l in ipairs(lines) do
      if l:sub(1, #prefix) == prefix then return { unpack(lines, i, i + 3) } end
    end
    error("no line starting with " .. prefix)
  end
  local change = after("- [ ] 5:51 change ")
  ok(change[1]:match("^%- %[ %] 5:51 change [%d.]+ “cut the library budget from %$4%.2 million to %$3%.1 million”$"), change[1])
  eq(change[2], "      Check: $4.2 million → $3.1 million (−26.2%)")
  eq(change[3], "      numbers: $4.2 million = 4,200,000 USD; $3.1 million = 3,100,000 USD")
  local done = after("- [x] 7:1 quote ")
  ok(done[1]:match("^%- %[x%] 7:1 quote [%d.]+ “We had no choice,”$"), done[1])
  eq({ done[2], done[3] }, { "      speaker: Zoë Müller",
    "      verified by Tess Tester on " .. today .. ": checked against the tape" })
  local verified_at, done_at, todo_at
  for i, l in ipairs(lines) do
    if l == "Verified" then verified_at = i end
    if l:find("^%- %[x%] 7:1 ") then done_at = i end
    if l:find("^%- %[ %] 7:1 ") then todo_at = i end
  end
  ok(verified_at and done_at and verified_at < done_at, "under Verified")
  eq(todo_at, nil, "not in To check")
  ok(vim.tbl_contains(lines, "Findings"), "findings section")
  ok(vim.tbl_contains(lines, "- 14:36 warning quote-marks: a curly opening quote mark is closed by a straight one"), "the warning")
  eq(vim.bo[rbuf].buftype, "nofile")
  eq(vim.bo[rbuf].modifiable, false)
  eq(plugin.report(0), rbuf, "a second report reuses the buffer")
  vim.cmd("close")
end)

test("bin/copydesk reads the same marks: the verified quote is left out, and is in JSON", function()
  local cmd = { "lua5.4", "bin/copydesk", path }
  local out = vim.fn.system(cmd)
  ok(out:find(":5:51: change: cut the library budget", 1, true), "other claims: " .. out)
  ok(not out:find(":7:1: quote:", 1, true), "no verified quote: " .. out)
  local all = vim.fn.system({ "lua5.4", "bin/copydesk", "--no-verified", path })
  ok(all:find(":7:1: quote: “We had no choice,”", 1, true), "--no-verified shows it")
  local json = vim.fn.json_decode(vim.fn.system({ "lua5.4", "bin/copydesk", "--format", "json", path }))
  local marked = {}
  for _, c in ipairs(json.claims) do
    if c.verified then marked[#marked + 1] = { c.text, c.verified } end
  end
  eq(marked, { { "“We had no choice,”", { note = "checked against the tape", who = "Tess Tester", when = today } } })
end)

test("a mark survives edits elsewhere in the story", function()
  vim.api.nvim_buf_set_lines(0, 0, 0, false, { "UPDATED with the council's vote", "" })
  vim.api.nvim_buf_set_lines(0, 10, 11, false, { "The library, founded in 1901, employs 120 people. The council will close three branches by June, officials said." })
  vim.cmd("Copydesk check")
  eq(find_diag("quote", 8), nil, "the quote, now on line 9, is still verified")
  eq(#plugin._state[vim.api.nvim_get_current_buf()].stale, 0, "no stale marks")
  vim.cmd("silent undo")
  vim.cmd("silent undo")
  vim.cmd("Copydesk check")
end)

test("unverify shows the claim again and removes the empty sidecar", function()
  vim.api.nvim_win_set_cursor(0, { 7, 5 })
  vim.cmd("Copydesk unverify")
  eq(notes[#notes], { "copydesk: unverified quote “We had no choice,”", vim.log.levels.INFO })
  eq(find_diag("quote", 6).message, "Quote attributed to Zoë Müller")
  eq(vim.fn.filereadable(sidecar), 0, "sidecar removed")
end)

test("a mark whose claim is gone is listed as stale in the report", function()
  vim.api.nvim_win_set_cursor(0, { 5, 60 })
  local mark = plugin.verify(0, "")
  eq(mark.kind, "change")
  vim.api.nvim_buf_set_lines(0, 4, 5, false, { "SPRINGFIELD — The city council voted Tuesday." })
  local rbuf = plugin.report(0)
  local lines = vim.api.nvim_buf_get_lines(rbuf, 0, -1, false)
  eq({ lines[#lines - 1], lines[#lines] }, { "Marks that match no claim any more",
    "- change “cut the library budget from $4.2 million to $3.1 million” (verified by Tess Tester on " .. today .. ")" })
  vim.cmd("close")
  vim.cmd("silent undo")
  vim.api.nvim_win_set_cursor(0, { 5, 60 })
  vim.cmd("Copydesk unverify")
  eq(vim.fn.filereadable(sidecar), 0)
end)

test("verify with no claim under the cursor, or a buffer without a file, says so", function()
  notes = {}
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  vim.cmd("Copydesk verify")
  eq(notes[#notes][1], "copydesk: no unverified claim under the cursor")
  vim.cmd("Copydesk unverify")
  eq(notes[#notes][1], "copydesk: no verified claim under the cursor")
  vim.cmd("Copydesk frobnicate")
  eq(notes[#notes], { "copydesk: unknown subcommand 'frobnicate' (check, claims, enable, disable, toggle, report, verify, unverify)", vim.log.levels.ERROR })
  vim.cmd("enew")
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { "“We had no choice,” said Mayor Zoë Müller." })
  vim.cmd("Copydesk check")
  vim.api.nvim_win_set_cursor(0, { 1, 4 })
  vim.cmd("Copydesk verify")
  eq(notes[#notes][1], "copydesk: give the story a file name first (marks live beside it)")
  eq(vim.diagnostic.get(0, { namespace = plugin.ns })[1].severity, S.INFO, "still shown")
end)
