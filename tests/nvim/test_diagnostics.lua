-- :Copydesk check on fixture stories: the exact diagnostics (byte columns in multibyte text,
-- spans over two lines, findings at their own severity), the story's date, the input kind picked
-- from the filetype, and the options that filter what is shown.
vim.cmd("filetype on")
local plugin = require("copydesk.nvim")
local S = vim.diagnostic.severity

-- Opens a copy of a fixture in a fresh folder (so that no sidecar file lands in the tree).
local function open_fixture(name)
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  local path = dir .. "/" .. name
  vim.fn.writefile(vim.fn.readfile("tests/fixtures/" .. name, "b"), path, "b")
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  return path
end

local function diags()
  return vim.diagnostic.get(0, { namespace = plugin.ns })
end

-- The copydesk diagnostic with this code starting on this 0-based line.
local function diag(code, lnum)
  for _, d in ipairs(diags()) do
    if d.code == code and d.lnum == lnum then return d end
  end
  error("no " .. code .. " diagnostic on line " .. lnum, 2)
end

local function shape(d)
  return { d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.code, d.message }
end

open_fixture("nvim_story.txt")
vim.cmd("Copydesk check")
local st = plugin._state[vim.api.nvim_get_current_buf()]

test("the story date comes from the date line, the input kind from the filetype", function()
  eq(vim.bo.filetype, "text")
  eq(st.date, "2026-03-03")
  eq(st.input, "text")
end)

test("a time claim after an em dash: byte columns, not characters", function()
  -- "SPRINGFIELD — The city council voted Tuesday": the dash is 3 bytes
  eq(shape(diag("time", 4)), { 4, 39, 4, 46, S.HINT, "time", "Check date: Tuesday = 2026-03-03" })
end)

test("a change claim says what to check, with the relative change", function()
  eq(shape(diag("change", 4)),
    { 4, 50, 4, 106, S.INFO, "change", "Check: $4.2 million → $3.1 million (−26.2%)" })
end)

test("a quote in curly quotes, attributed to its speaker", function()
  eq(shape(diag("quote", 6)), { 6, 0, 6, 23, S.INFO, "quote", "Quote attributed to Zoë Müller" })
end)

test("a quote that runs over two lines spans both", function()
  eq(shape(diag("quote", 10)), { 10, 0, 11, 18, S.INFO, "quote", "Quote attributed to Zoë Müller" })
end)

test("findings at their own severity: a warning and an info", function()
  eq(shape(diag("quote-marks", 13)),
    { 13, 35, 13, 36, S.WARN, "quote-marks", "a curly opening quote mark is closed by a straight one" })
  eq(shape(diag("relative-date", 4)),
    { 4, 39, 4, 46, S.INFO, "relative-date", "'Tuesday' means 2026-03-03, a Tuesday (story date 2026-03-03)" })
end)

test("every diagnostic: source copydesk, the record in user_data, start = record's line and col", function()
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n") .. "\n"
  ok(#diags() > 0, "diagnostics")
  for _, d in ipairs(diags()) do
    eq(d.source, "copydesk", "source")
    local rec = d.user_data.record
    ok(d.user_data.copydesk == "claim" or d.user_data.copydesk == "finding", "user_data.copydesk")
    eq(d.code, rec.kind or rec.rule, "code")
    eq({ d.lnum, d.col }, { rec.line - 1, rec.col - 1 }, "start of " .. rec.text)
    eq(text:sub(rec.start, rec.stop), rec.text, "record text")
  end
end)

test("claims below min_score are not shown (the hidden quote scores under 0.5)", function()
  for _, d in ipairs(diags()) do
    if d.user_data.copydesk == "claim" then ok(d.user_data.record.score >= 0.5, "score of " .. d.message) end
  end
  local hidden = 0
  for _, c in ipairs(st.doc.claims) do
    if c.score < 0.5 then hidden = hidden + 1 end
  end
  ok(hidden > 0, "the story has claims below 0.5")
end)

test("options: kinds, rules, min_score, severity, virtual_text", function()
  plugin.setup({ kinds = { "quote" }, rules = { "quote-marks" }, severity = { quote = "warn" }, virtual_text = true })
  vim.cmd("Copydesk check")
  local codes = {}
  for _, d in ipairs(diags()) do codes[#codes + 1] = d.code .. ":" .. d.lnum .. ":" .. d.severity end
  eq(codes, { "quote:6:2", "quote:8:2", "quote:10:2", "quote:13:2", "quote-marks:13:2" })
  eq(vim.diagnostic.config(nil, plugin.ns).virtual_text, true, "virtual_text")
  plugin.setup({ min_score = 0, kinds = { "quote" }, rules = {} })
  vim.cmd("Copydesk check")
  codes = {}
  for _, d in ipairs(diags()) do codes[#codes + 1] = d.code .. ":" .. d.lnum .. ":" .. d.severity end
  eq(codes, { "quote:6:3", "quote:8:3", "quote:10:3", "quote:13:3" }, "with min_score 0, no rules")
  eq(vim.diagnostic.config(nil, plugin.ns).virtual_text, false, "virtual_text default")
  plugin.setup({})
end)

test("vim.g.copydesk configures too; setup{} wins over it", function()
  vim.g.copydesk = { min_score = 0.95, kinds = { "change", "quote" } }
  plugin.setup({ kinds = { "change" } })
  eq(plugin.config().min_score, 0.95)
  eq(plugin.config().kinds, { "change" })
  eq(plugin.config().severity.quote, "info", "defaults kept")
  vim.cmd("Copydesk check")
  local codes = {}
  for _, d in ipairs(diags()) do
    if d.user_data.copydesk == "claim" then codes[#codes + 1] = d.code end
  end
  eq(codes, { "change" })
  vim.g.copydesk = nil
  plugin.setup({})
end)

test("a bad configuration is reported, not thrown", function()
  eq(plugin.validate(vim.tbl_extend("force", plugin.config(), { min_score = 2, when = { "sometimes" }, colour = 1 })),
    { "unknown option 'colour'", "when: 'sometimes' is not open, save or change", "min_score: a number from 0 to 1 expected" })
end)

test("attribution: a quote paragraph attributed only before it warns with \"paragraph\"", function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  vim.fn.writefile({ "Tom Baker said the vote was a mistake.", "", "\"It's a betrayal of the east side.\"" },
    dir .. "/attribution.txt")
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/attribution.txt"))
  local function unattributed()
    local found = {}
    for _, d in ipairs(diags()) do
      if d.code == "unattributed-quote" then found[#found + 1] = shape(d) end
    end
    return found
  end
  vim.cmd("Copydesk check")
  eq(unattributed(), {}, "context (the default)")
  plugin.setup({ attribution = "paragraph" })
  vim.cmd("Copydesk check")
  eq(unattributed(), { { 2, 0, 2, 35, S.WARN, "unattributed-quote",
    "quote paragraph has no attribution of its own (speaker from context: Tom Baker)" } }, "paragraph")
  eq(plugin.validate(vim.tbl_extend("force", plugin.config(), { attribution = "strict" })),
    { "attribution: context or paragraph expected" })
  plugin.setup({})
  vim.cmd("bwipeout!")
end)

test("language: a story in Spanish warns once; b:copydesk_language and the option say otherwise", function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  vim.fn.writefile({ "Hoy el concejo de la ciudad votó por una nueva ley que obliga a los bares a cerrar antes de la medianoche.",
    "\u{201C}Es un error y lo vamos a pagar todos\u{201D}, dijo una vecina del barrio.",
    "El alcalde, que no estuvo en la sesión, dijo que la ley es buena para la salud y para el descanso de las familias." },
    dir .. "/noticia.txt")
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/noticia.txt"))
  local function coded(code)
    local found = {}
    for _, d in ipairs(diags()) do
      if d.code == code then found[#found + 1] = { d.lnum, d.col, d.end_lnum, d.end_col, d.severity } end
    end
    return found
  end
  vim.cmd("Copydesk check")
  eq(coded("language"), { { 0, 0, 0, 3, S.WARN } }, "auto: one warning at the first word")
  eq(coded("unattributed-quote"), {}, "auto: quotes not checked")
  vim.b.copydesk_language = "english"
  vim.cmd("Copydesk check")
  eq(coded("language"), {}, "english: no warning")
  eq(coded("unattributed-quote"), { { 1, 0, 1, 42, S.WARN } }, "english: the quote is checked")
  vim.b.copydesk_language = nil
  plugin.setup({ language = "english" })
  vim.cmd("Copydesk check")
  eq(coded("language"), {}, "the option")
  vim.b.copydesk_language = "auto"
  vim.cmd("Copydesk check")
  eq(#coded("language"), 1, "the buffer's word over the option")
  eq(plugin.validate(vim.tbl_extend("force", plugin.config(), { language = "spanish" })),
    { "language: auto, english or other expected" })
  plugin.setup({})
  vim.cmd("bwipeout!")
end)

test("HTML: input kind html, date from the meta tag, columns in the source", function()
  -- min_score 0.2: the date claim "Monday" scores 0.29 since the word weights (data/cw_words.tsv)
  -- and the context (the words of the two sentences either side) of the score
  plugin.setup({ min_score = 0.2 })
  open_fixture("nvim_story.html")
  vim.cmd("Copydesk check")
  local hst = plugin._state[vim.api.nvim_get_current_buf()]
  eq(vim.bo.filetype, "html")
  eq(hst.input, "html")
  eq(hst.date, "2025-07-14")
  -- <p>“The water is too warm,” said Anna Schäfer
  eq(shape(diag("quote", 5)), { 5, 3, 5, 31, S.INFO, "quote", "Quote attributed to Anna Schäfer" })
  eq(shape(diag("time", 4)), { 4, 52, 4, 58, S.HINT, "time", "Check date: Monday = 2025-07-14" })
  plugin.setup({})
end)

test("Markdown: input kind markdown, date from the front matter", function()
  open_fixture("nvim_story.md")
  vim.cmd("Copydesk check")
  local mst = plugin._state[vim.api.nvim_get_current_buf()]
  eq(vim.bo.filetype, "markdown")
  eq(mst.input, "markdown")
  eq(mst.date, "2024-11-05")
  eq(shape(diag("quote", 9)), { 9, 0, 9, 22, S.INFO, "quote", "Quote attributed to Léa Côté" })
end)

test("b:copydesk_date and the date option win over the file's date", function()
  vim.b.copydesk_date = "2024-12-01"
  eq(plugin.check(0).date, "2024-12-01")
  plugin.setup({ date = "2023-01-02" })
  eq(plugin.check(0).date, "2023-01-02")
  plugin.setup({})
  vim.b.copydesk_date = nil
end)

test("a story without any date is read against today", function()
  vim.cmd("enew")
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { "The council met today." })
  eq(plugin.check(0).date, os.date("%Y-%m-%d"))
end)
