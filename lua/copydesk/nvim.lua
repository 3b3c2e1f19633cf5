-- The Neovim side of copydesk: configuration, diagnostics, the :Copydesk subcommands, the report,
-- verified marks and checking as you type. plugin/copydesk.lua only wires commands and autocommands
-- to this module, which loads on first use. Neovim 0.7 is the floor: only APIs that exist there.
local api = vim.api
local format = require("copydesk.format")
local verified = require("copydesk.verified")

local M = {}

M.ns = api.nvim_create_namespace("copydesk")
M.report_ns = api.nvim_create_namespace("copydesk-report")

M.subcommands = { "check", "claims", "enable", "disable", "toggle", "report", "verify", "unverify" }
M.kinds = { "quantity", "change", "event", "quote", "comparison", "time" }

M.defaults = {
  filetypes = { "text", "markdown", "mail", "html", "xml" }, -- checked automatically
  when = { "open", "save", "change" }, -- when to check automatically
  debounce = 500, -- ms of quiet after a change before checking
  min_score = 0.5, -- claims scored below are not shown (the command's default too)
  kinds = nil, -- claim kinds to show, nil: all
  rules = nil, -- finding rules to show, nil: all
  date = nil, -- the story's date "YYYY-MM-DD" (or a function(bufnr)); nil: from the file, else today
  attribution = "context", -- "paragraph": each quote paragraph needs its own attribution (the desk's style)
  language = "auto", -- "english" or "other": the story's language as the desk knows it (b:copydesk_language)
  severity = { quantity = "hint", change = "info", event = "info", quote = "info", comparison = "hint",
    time = "hint" },
  virtual_text = false, -- virtual text for copydesk's diagnostics
  verified = true, -- honour the marks in the story's sidecar file (STORY.copydesk)
  who = nil, -- the name written with marks; nil: git's user.name, else $USER
}

local SEVERITY = {
  error = vim.diagnostic.severity.ERROR, warning = vim.diagnostic.severity.WARN,
  warn = vim.diagnostic.severity.WARN, info = vim.diagnostic.severity.INFO,
  hint = vim.diagnostic.severity.HINT,
}
local INPUT = { html = "html", xhtml = "html", markdown = "markdown", xml = "xml" }
local ATTRIBUTION = { context = true, paragraph = true }
local LANGUAGE = { auto = true, english = true, other = true }
local HEADER_LINES = 30 -- a date line is looked for among the story's first lines
local DATE_LINE_MAX = 100 -- bytes: a longer line is prose, not a date line

-- Names that moved in newer Neovims (vim.islist, vim.uv), with the 0.7 ones as the fallback.
local islist = vim.islist or vim.tbl_islist
local uv = vim.uv or vim.loop

local user_config = {}
local state = {} -- per buffer: enabled, attached, timer, doc, starts, by_claim, stale, date cache
local warned = {}
local report_of = {} -- report buffer -> the story buffer it reports on

-- ---- configuration ----------------------------------------------------------------------------

local function is_list(t)
  return type(t) == "table" and (next(t) == nil or islist(t))
end

-- Tables of options merge key by key; lists and scalars replace.
local function merge(base, over)
  if over == nil then return base end
  if type(base) ~= "table" or is_list(base) or type(over) ~= "table" or (next(over) ~= nil and is_list(over)) then
    return over
  end
  local out = {}
  for k, v in pairs(base) do out[k] = v end
  for k, v in pairs(over) do out[k] = merge(base[k], v) end
  return out
end

local function as_set(list)
  if list == nil then return nil end
  local set = {}
  for _, v in ipairs(list) do set[v] = true end
  return set
end

--- The configuration in force: defaults, then vim.g.copydesk, then setup{}.
function M.config()
  local g = vim.g.copydesk
  local cfg = merge(M.defaults, type(g) == "table" and g or {})
  return merge(cfg, user_config)
end

-- The names of `names` not in `known`, as a message naming the known ones (`what`: "rules",
-- "kinds"); nil when all are known.
local function unknown_names(what, names, known)
  local set, unknown = {}, {}
  for _, k in ipairs(known) do set[k] = true end
  for _, name in ipairs(names) do
    if not set[name] then unknown[#unknown + 1] = "'" .. tostring(name) .. "'" end
  end
  if #unknown == 0 then return nil end
  return what .. ": unknown " .. table.concat(unknown, ", ") .. " (the " .. what .. " are " .. table.concat(known, ", ") .. ")"
end

-- The rule names of `rules` that no finding carries, with a message naming the known ones; nil when
-- all are known or the native module (which holds the catalogue) does not load.
local function unknown_rules(rules)
  local ok, copydesk = pcall(require, "copydesk")
  if not ok or not copydesk.available() then return nil end
  local names = {}
  for _, r in ipairs(copydesk.rules()) do names[#names + 1] = r.name end
  return unknown_names("rules", rules, names)
end

--- Problems with a configuration, as a list of messages (empty when it is fine).
function M.validate(cfg)
  local problems = {}
  local function bad(msg) problems[#problems + 1] = msg end
  for k in pairs(cfg) do
    if M.defaults[k] == nil and k ~= "kinds" and k ~= "rules" and k ~= "date" and k ~= "who" then
      bad("unknown option '" .. tostring(k) .. "'")
    end
  end
  if not is_list(cfg.filetypes) then bad("filetypes: a list of filetypes expected") end
  if not is_list(cfg.when) then bad("when: a list of open, save, change expected") end
  for _, w in ipairs(type(cfg.when) == "table" and cfg.when or {}) do
    if w ~= "open" and w ~= "save" and w ~= "change" then bad("when: '" .. tostring(w) .. "' is not open, save or change") end
  end
  if type(cfg.debounce) ~= "number" or cfg.debounce < 0 then bad("debounce: milliseconds expected") end
  if type(cfg.min_score) ~= "number" or cfg.min_score < 0 or cfg.min_score > 1 then bad("min_score: a number from 0 to 1 expected") end
  if cfg.kinds ~= nil and not is_list(cfg.kinds) then bad("kinds: a list of claim kinds expected")
  elseif cfg.kinds ~= nil then
    local unknown = unknown_names("kinds", cfg.kinds, M.kinds)
    if unknown then bad(unknown) end
  end
  if cfg.rules ~= nil and not is_list(cfg.rules) then bad("rules: a list of finding rules expected")
  elseif cfg.rules ~= nil and next(cfg.rules) ~= nil then
    local unknown = unknown_rules(cfg.rules)
    if unknown then bad(unknown) end
  end
  local date = cfg.date
  if date ~= nil and type(date) ~= "function" and not (type(date) == "string" and date:match("^%d%d%d%d%-%d%d%-%d%d$")) then
    bad("date: YYYY-MM-DD or a function expected")
  end
  if not ATTRIBUTION[cfg.attribution] then bad("attribution: context or paragraph expected") end
  if not LANGUAGE[cfg.language] then bad("language: auto, english or other expected") end
  for kind, sev in pairs(type(cfg.severity) == "table" and cfg.severity or {}) do
    if not (SEVERITY[sev] or (type(sev) == "number" and sev >= 1 and sev <= 4)) then
      bad("severity." .. tostring(kind) .. ": error, warn, info or hint expected")
    end
  end
  return problems
end

local function notify_once(key, msg, level)
  if warned[key] then return end
  warned[key] = true
  vim.notify(msg, level or vim.log.levels.WARN)
end

local function apply_diagnostic_config(cfg)
  vim.diagnostic.config({ virtual_text = cfg.virtual_text and true or false }, M.ns)
end

--- setup(config): the configuration (merged over vim.g.copydesk); attaches to open buffers.
function M.setup(config)
  user_config = config or {}
  local cfg = M.config()
  local problems = M.validate(cfg)
  if #problems > 0 then
    vim.notify("copydesk: configuration: " .. table.concat(problems, "; "), vim.log.levels.ERROR)
  end
  apply_diagnostic_config(cfg)
  for _, buf in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(buf) then M.on_filetype(buf) end
  end
end

-- ---- the native module ------------------------------------------------------------------------

--- The copydesk module when its native part loads; else nil, after saying so once.
function M.core()
  local ok, copydesk = pcall(require, "copydesk")
  if ok and copydesk.available() then return copydesk end
  local why = ok and tostring(copydesk.load_error) or tostring(copydesk)
  notify_once("core", "copydesk: the native module is not built or does not load, so nothing is checked. "
    .. "Build it with `" .. M.build_command() .. "` (see :checkhealth copydesk).\n" .. why)
  return nil
end

--- The folder of the plugin (the checkout), where `make` builds the module.
function M.root()
  local src = debug.getinfo(1, "S").source
  local dir = src:sub(1, 1) == "@" and src:sub(2):match("^(.*)/lua/copydesk/[^/]*$")
  return dir or "."
end

function M.build_command()
  return "cd " .. vim.fn.shellescape(M.root()) .. " && make"
end

-- ---- the buffer's text and positions ----------------------------------------------------------

-- The buffer as one string (lines joined by "\n") and the 0-based byte offset of each line.
local function buffer_text(buf)
  local lines = api.nvim_buf_get_lines(buf, 0, -1, false)
  local starts, pos = {}, 0
  for i, line in ipairs(lines) do
    starts[i] = pos
    pos = pos + #line + 1
  end
  return table.concat(lines, "\n") .. "\n", starts, lines
end

-- The 0-based line and byte column of a 0-based byte offset.
local function position(starts, lines, offset)
  local lo, hi = 1, #starts
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if starts[mid] <= offset then lo = mid else hi = mid - 1 end
  end
  local col = offset - (starts[lo] or 0)
  local len = lines[lo] and #lines[lo] or 0
  return lo - 1, math.min(col, len)
end

-- lnum, col, end_lnum, end_col (0-based, end exclusive) of a record with 1-based inclusive start/stop.
local function range(st, item)
  local lnum, col = position(st.starts, st.lines, item.start - 1)
  local stop = math.max(item.stop, item.start)
  local end_lnum, end_col = position(st.starts, st.lines, stop - 1)
  end_col = math.min(end_col + 1, #(st.lines[end_lnum + 1] or ""))
  if end_lnum == lnum and end_col < col then end_col = col end
  return lnum, col, end_lnum, end_col
end
M._range = range

-- ---- the story's date -------------------------------------------------------------------------

local function header_of(lines)
  return table.concat(lines, "\n", 1, math.min(#lines, HEADER_LINES))
end

-- A full date on a short line among the first lines ("December 26, 2017", "Updated: 2017-12-26").
local function date_line(copydesk, header, input)
  local ok, doc = pcall(copydesk.analyze, header .. "\n", { input = input })
  if not ok then return nil end
  local hlines = vim.split(header, "\n", { plain = true })
  for _, c in ipairs(doc.claims) do
    local line = hlines[c.line]
    if c.kind == "time" and not c.relative and type(c.value) == "string"
        and c.value:match("^%d%d%d%d%-%d%d%-%d%d$") and line and #line <= DATE_LINE_MAX then
      return c.value
    end
  end
  return nil
end

-- The story's date: the option, b:copydesk_date, the markup's metadata, a date line, else today.
local function story_date(buf, st, copydesk, text, input, cfg)
  if type(cfg.date) == "function" then return cfg.date(buf) end
  if cfg.date then return cfg.date end
  local bdate = vim.b[buf].copydesk_date
  if type(bdate) == "string" and bdate ~= "" then return bdate end
  local header = header_of(st.lines)
  if st.header ~= header or st.header_input ~= input then
    local ok, _, _, meta = pcall(copydesk.text, text, { input = input })
    st.header, st.header_input = header, input
    st.header_date = (ok and meta) or date_line(copydesk, header, input)
  end
  return st.header_date or os.date("%Y-%m-%d")
end

-- ---- checking ---------------------------------------------------------------------------------

local function buf_state(buf)
  local st = state[buf]
  if not st then
    st = { enabled = false, attached = false }
    state[buf] = st
  end
  return st
end

local function resolve(buf)
  if buf == nil or buf == 0 then return api.nvim_get_current_buf() end
  return buf
end

--- The sidecar file of a buffer's story, or nil for a buffer without a file name.
function M.sidecar(buf)
  local name = api.nvim_buf_get_name(resolve(buf))
  if name == "" then return nil end
  return verified.path_for(vim.fn.fnamemodify(name, ":p"))
end

local function read_marks(buf, cfg)
  local path = cfg.verified and M.sidecar(buf)
  if not path then return {} end
  local marks, err = verified.read(path)
  if not marks then
    notify_once("marks:" .. path, "copydesk: " .. err, vim.log.levels.ERROR)
    return {}
  end
  warned["marks:" .. path] = nil
  return marks
end

local function severity_of(cfg, kind)
  local sev = cfg.severity and cfg.severity[kind]
  if type(sev) == "number" then return sev end
  return SEVERITY[sev] or vim.diagnostic.severity.HINT
end

--- Whether a claim is shown: its kind is listed, its score high enough, it is not verified.
local function claim_shown(cfg, st, i, claim, kinds)
  return (not kinds or kinds[claim.kind]) and (claim.score or 0) >= cfg.min_score and not st.by_claim[i]
end

local function diagnostics(cfg, st)
  local list = {}
  local kinds, rules = as_set(cfg.kinds), as_set(cfg.rules)
  for i, c in ipairs(st.doc.claims) do
    if claim_shown(cfg, st, i, c, kinds) then
      local lnum, col, end_lnum, end_col = range(st, c)
      list[#list + 1] = { lnum = lnum, col = col, end_lnum = end_lnum, end_col = end_col,
        severity = severity_of(cfg, c.kind), message = format.claim_message(c), source = "copydesk",
        code = c.kind, user_data = { copydesk = "claim", index = i, record = c } }
    end
  end
  for i, f in ipairs(st.doc.findings) do
    if not rules or rules[f.rule] then
      local lnum, col, end_lnum, end_col = range(st, f)
      list[#list + 1] = { lnum = lnum, col = col, end_lnum = end_lnum, end_col = end_col,
        severity = SEVERITY[f.severity] or vim.diagnostic.severity.INFO, message = format.finding_message(f),
        source = "copydesk", code = f.rule, user_data = { copydesk = "finding", index = i, record = f } }
    end
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return list
end

--- check(buf): analyzes the buffer now and shows its claims and findings. Returns the state
--- ({doc, by_claim, stale, date, ...}) or nil when nothing could be checked.
function M.check(buf)
  buf = resolve(buf)
  if not api.nvim_buf_is_valid(buf) then return nil end
  local copydesk = M.core()
  if not copydesk then return nil end
  local cfg = M.config()
  local st = buf_state(buf)
  local text, starts, lines = buffer_text(buf)
  st.starts, st.lines = starts, lines
  local input = INPUT[vim.bo[buf].filetype] or "text"
  local okd, date = pcall(story_date, buf, st, copydesk, text, input, cfg)
  if not okd then date = nil end
  -- a bad attribution or language is reported by validate (setup, :checkhealth); the check goes on
  -- with the default. b:copydesk_language, when it is a language, is the buffer's over the option.
  local attribution = ATTRIBUTION[cfg.attribution] and cfg.attribution or nil
  local blang = vim.b[buf].copydesk_language
  local language = LANGUAGE[blang] and blang or (LANGUAGE[cfg.language] and cfg.language or nil)
  local ok, doc = pcall(copydesk.analyze, text,
    { date = date, input = input, attribution = attribution, language = language })
  if not ok then
    notify_once("analyze:" .. buf, "copydesk: " .. tostring(doc), vim.log.levels.ERROR)
    return nil
  end
  warned["analyze:" .. buf] = nil
  st.doc, st.date, st.input, st.tick = doc, date, input, api.nvim_buf_get_changedtick(buf)
  st.marks = read_marks(buf, cfg)
  if #st.marks > 0 then
    st.by_claim, st.stale = verified.match(doc, st.marks)
  else -- the usual case, and no need to compute every claim's key
    st.by_claim, st.stale = {}, {}
  end
  apply_diagnostic_config(cfg)
  vim.diagnostic.set(M.ns, buf, diagnostics(cfg, st))
  return st
end

-- The state of a buffer checked against its current text (checks again when it changed).
local function fresh(buf)
  local st = state[buf]
  if st and st.doc and st.tick == api.nvim_buf_get_changedtick(buf) then return st end
  return M.check(buf)
end

-- ---- automatic checking -----------------------------------------------------------------------

local function stop_timer(st)
  if st.timer then
    st.timer:stop()
    st.timer:close()
    st.timer = nil
  end
end

local function safe(buf, fn)
  local ok, err = pcall(fn)
  if not ok then notify_once("auto:" .. buf, "copydesk: " .. tostring(err), vim.log.levels.ERROR) end
end

local function schedule_check(buf, delay)
  local st = buf_state(buf)
  if not st.enabled then return end
  if delay <= 0 then
    vim.schedule(function()
      if api.nvim_buf_is_valid(buf) and st.enabled then safe(buf, function() M.check(buf) end) end
    end)
    return
  end
  if not st.timer then st.timer = uv.new_timer() end
  st.timer:stop()
  st.timer:start(delay, 0, vim.schedule_wrap(function()
    if api.nvim_buf_is_valid(buf) and st.enabled then safe(buf, function() M.check(buf) end) end
  end))
end

local function has(list, value)
  if type(list) ~= "table" then return false end
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

-- Buffer-local autocommands, once per buffer; each one looks at the enabled flag when it fires.
local function attach(buf)
  local st = buf_state(buf)
  if st.attached then return end
  st.attached = true
  local group = api.nvim_create_augroup("copydesk_buffer_" .. buf, { clear = true })
  api.nvim_create_autocmd("BufWritePost", { group = group, buffer = buf, callback = function()
    if has(M.config().when, "save") then schedule_check(buf, 0) end
  end })
  api.nvim_create_autocmd({ "TextChanged", "TextChangedI" }, { group = group, buffer = buf, callback = function()
    local cfg = M.config()
    if has(cfg.when, "change") then schedule_check(buf, cfg.debounce) end
  end })
  api.nvim_create_autocmd({ "BufWipeout", "BufDelete" }, { group = group, buffer = buf, callback = function()
    stop_timer(st)
    state[buf] = nil
    pcall(api.nvim_del_augroup_by_id, group)
  end })
end

--- The FileType autocommand: turns auto-checking on for the configured filetypes.
function M.on_filetype(buf)
  buf = resolve(buf)
  local cfg = M.config()
  if vim.bo[buf].buftype ~= "" or not has(cfg.filetypes, vim.bo[buf].filetype) then return end
  local st = buf_state(buf)
  if st.attached then return end
  if st.disabled then return end
  st.enabled = true
  attach(buf)
  if has(cfg.when, "open") then schedule_check(buf, 0) end
end

--- enable / disable / toggle automatic checking of a buffer. disable also clears its diagnostics.
function M.enable(buf)
  buf = resolve(buf)
  local st = buf_state(buf)
  st.enabled, st.disabled = true, false
  attach(buf)
  return M.check(buf)
end

function M.disable(buf)
  buf = resolve(buf)
  local st = buf_state(buf)
  st.enabled, st.disabled = false, true
  stop_timer(st)
  vim.diagnostic.reset(M.ns, buf)
end

function M.toggle(buf)
  buf = resolve(buf)
  if buf_state(buf).enabled then M.disable(buf) else M.enable(buf) end
  return buf_state(buf).enabled
end

function M.enabled(buf)
  local st = state[resolve(buf)]
  return st ~= nil and st.enabled
end

-- ---- claims: location list, jumps -------------------------------------------------------------

-- Shown claims, best first (score, then place).
local function ranked_claims(cfg, st)
  local kinds = as_set(cfg.kinds)
  local list = {}
  for i, c in ipairs(st.doc.claims) do
    if claim_shown(cfg, st, i, c, kinds) then list[#list + 1] = i end
  end
  table.sort(list, function(a, b)
    local ca, cb = st.doc.claims[a], st.doc.claims[b]
    if (ca.score or 0) ~= (cb.score or 0) then return (ca.score or 0) > (cb.score or 0) end
    return ca.start < cb.start
  end)
  return list
end

--- claims(buf): the shown claims into the window's location list, best first; returns the items.
function M.claims(buf, open)
  buf = resolve(buf)
  local st = fresh(buf)
  if not st then return nil end
  local items = {}
  for _, i in ipairs(ranked_claims(M.config(), st)) do
    local c = st.doc.claims[i]
    local lnum, col, end_lnum, end_col = range(st, c)
    items[#items + 1] = { bufnr = buf, lnum = lnum + 1, col = col + 1, end_lnum = end_lnum + 1,
      end_col = end_col + 1, type = "I",
      text = string.format("%s %.2f: %s", c.kind, c.score or 0, format.claim_message(c)) }
  end
  vim.fn.setloclist(0, {}, " ", { title = "copydesk claims", items = items })
  if open ~= false then
    local win = api.nvim_get_current_win()
    vim.cmd("lopen")
    api.nvim_set_current_win(win)
  end
  return items
end

--- jump(direction): the cursor to the next (1) or previous (-1) copydesk diagnostic, wrapping.
function M.jump(direction)
  local buf = api.nvim_get_current_buf()
  local list = vim.diagnostic.get(buf, { namespace = M.ns })
  if #list == 0 then
    vim.notify("copydesk: no claims or findings in this buffer", vim.log.levels.INFO)
    return nil
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  local cur = api.nvim_win_get_cursor(0)
  local row, col = cur[1] - 1, cur[2]
  local target
  if direction >= 0 then
    for _, d in ipairs(list) do
      if d.lnum > row or (d.lnum == row and d.col > col) then target = d break end
    end
    target = target or list[1]
  else
    for i = #list, 1, -1 do
      local d = list[i]
      if d.lnum < row or (d.lnum == row and d.col < col) then target = d break end
    end
    target = target or list[#list]
  end
  api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  return target
end

-- ---- verified marks ---------------------------------------------------------------------------

-- The claims under the cursor (all kinds the configuration shows), smallest span first.
local function claims_at_cursor(st, want_verified)
  local cur = api.nvim_win_get_cursor(0)
  local offset = (st.starts[cur[1]] or 0) + cur[2] + 1
  local kinds = as_set(M.config().kinds)
  local found = {}
  for i, c in ipairs(st.doc.claims) do
    if c.start <= offset and offset <= c.stop and (not kinds or kinds[c.kind])
        and (st.by_claim[i] ~= nil) == want_verified then
      found[#found + 1] = i
    end
  end
  table.sort(found, function(a, b)
    local ca, cb = st.doc.claims[a], st.doc.claims[b]
    local sa, sb = ca.stop - ca.start, cb.stop - cb.start
    if sa ~= sb then return sa < sb end
    return (ca.score or 0) > (cb.score or 0)
  end)
  return found
end

local function marks_path_or_warn(buf)
  local path = M.sidecar(buf)
  if not path then
    vim.notify("copydesk: give the story a file name first (marks live beside it)", vim.log.levels.WARN)
  end
  return path
end

-- The claim under the cursor to verify (one that is shown) or to unverify (one that is verified).
local function pick_claim(st, want_verified)
  local cfg = M.config()
  for _, i in ipairs(claims_at_cursor(st, want_verified)) do
    if want_verified or (st.doc.claims[i].score or 0) >= cfg.min_score then return i end
  end
  return nil
end

-- Reads the sidecar, lets edit(marks, claim index, state) change the marks, writes it back and
-- checks the buffer again. Returns what edit returned, or nil.
local function edit_marks(buf, want_verified, edit)
  buf = resolve(buf)
  local path = marks_path_or_warn(buf)
  local st = path and fresh(buf)
  if not st then return nil end
  local i = pick_claim(st, want_verified)
  if not i then
    vim.notify("copydesk: no " .. (want_verified and "verified" or "unverified") .. " claim under the cursor",
      vim.log.levels.WARN)
    return nil
  end
  local marks, err = verified.read(path)
  if not marks then
    vim.notify("copydesk: " .. err, vim.log.levels.ERROR)
    return nil
  end
  local result = edit(marks, i, st)
  local okw, werr = verified.write(path, marks)
  if not okw then
    vim.notify("copydesk: cannot write " .. path .. ": " .. tostring(werr), vim.log.levels.ERROR)
    return nil
  end
  M.check(buf)
  local claim = st.doc.claims[i]
  vim.notify(string.format("copydesk: %s %s %s", want_verified and "unverified" or "verified", claim.kind,
    format.quoted(claim.text, 60)), vim.log.levels.INFO)
  return result
end

--- verify(buf, note): marks the claim under the cursor as verified. Returns the mark.
function M.verify(buf, note)
  return edit_marks(buf, false, function(marks, i, st)
    local cfg = M.config()
    return verified.add(marks, verified.key(st.doc, st.doc.claims[i]), cfg.who or verified.who(), verified.today(),
      note or "")
  end)
end

--- unverify(buf): removes the mark of the verified claim under the cursor. Returns the mark.
function M.unverify(buf)
  return edit_marks(buf, true, function(marks, i, st)
    verified.remove(marks, st.by_claim[i])
    return st.by_claim[i]
  end)
end

-- ---- the report -------------------------------------------------------------------------------

local HIGHLIGHTS = {
  CopydeskReportTitle = "Title", CopydeskReportSection = "Statement", CopydeskReportTodo = "Todo",
  CopydeskReportDone = "Comment", CopydeskReportKind = "Type", CopydeskReportStale = "WarningMsg",
}

local function define_highlights()
  for group, link in pairs(HIGHLIGHTS) do
    vim.cmd("highlight default link " .. group .. " " .. link)
  end
end

-- The report's lines, with the highlight groups of some of them ({line, group} pairs).
local function report_lines(buf, st, cfg)
  local lines, marks = {}, {}
  local function add(text, group)
    lines[#lines + 1] = text
    if group then marks[#marks + 1] = { #lines - 1, group } end
  end
  local kinds = as_set(cfg.kinds)
  local todo, done, below = {}, {}, 0
  for i, c in ipairs(st.doc.claims) do
    if not kinds or kinds[c.kind] then
      if st.by_claim[i] then done[#done + 1] = i
      elseif (c.score or 0) >= cfg.min_score then todo[#todo + 1] = i
      else below = below + 1 end
    end
  end
  local name = api.nvim_buf_get_name(buf)
  add("copydesk report: " .. (name ~= "" and vim.fn.fnamemodify(name, ":~:.") or "[No Name]")
    .. " (story date " .. tostring(st.date or "unknown") .. ")", "CopydeskReportTitle")
  add(string.format("%d to check, %d verified, %d findings; %d claims below score %.2f not listed",
    #todo, #done, #st.doc.findings, below, cfg.min_score))
  add("")
  add("To check", "CopydeskReportSection")
  for _, i in ipairs(todo) do
    for j, l in ipairs(format.checklist_item(st.doc.claims[i], nil)) do add(l, j == 1 and "CopydeskReportTodo" or nil) end
  end
  if #todo == 0 then add("  (nothing)") end
  add("")
  add("Verified", "CopydeskReportSection")
  for _, i in ipairs(done) do
    for j, l in ipairs(format.checklist_item(st.doc.claims[i], st.by_claim[i])) do add(l, j == 1 and "CopydeskReportDone" or nil) end
  end
  if #done == 0 then add("  (nothing)") end
  if #st.doc.findings > 0 then
    add("")
    add("Findings", "CopydeskReportSection")
    for _, f in ipairs(st.doc.findings) do add(format.finding_item(f)) end
  end
  if #st.stale > 0 then
    add("")
    add("Marks that match no claim any more", "CopydeskReportStale")
    for _, m in ipairs(st.stale) do add(format.stale_item(m)) end
  end
  return lines, marks
end

--- report(buf): a scratch buffer with a checklist of the claims; returns its buffer number.
function M.report(buf)
  buf = resolve(buf)
  buf = report_of[buf] or buf -- from inside a report: refresh it
  local st = fresh(buf)
  if not st then return nil end
  define_highlights()
  local lines, marks = report_lines(buf, st, M.config())
  local name = "copydesk://report/" .. buf
  local rbuf = vim.fn.bufnr(name)
  if rbuf == -1 or not api.nvim_buf_is_valid(rbuf) then
    rbuf = api.nvim_create_buf(false, true)
    api.nvim_buf_set_name(rbuf, name)
    local this = rbuf
    api.nvim_create_autocmd("BufWipeout", { buffer = this, once = true, callback = function() report_of[this] = nil end })
  end
  vim.bo[rbuf].modifiable = true
  api.nvim_buf_set_lines(rbuf, 0, -1, false, lines)
  api.nvim_buf_clear_namespace(rbuf, M.report_ns, 0, -1)
  for _, m in ipairs(marks) do api.nvim_buf_add_highlight(rbuf, M.report_ns, m[2], m[1], 0, -1) end
  vim.bo[rbuf].modifiable = false
  vim.bo[rbuf].bufhidden = "wipe"
  vim.bo[rbuf].filetype = "copydeskreport"
  report_of[rbuf] = buf
  local win = vim.fn.bufwinid(rbuf)
  if win == -1 then
    vim.cmd("botright split")
    api.nvim_win_set_buf(0, rbuf)
  else
    api.nvim_set_current_win(win)
  end
  return rbuf
end

-- ---- the command ------------------------------------------------------------------------------

--- The :Copydesk command: args is the raw argument string ("verify checked with the AP").
function M.command(args)
  local sub, rest = (args or ""):match("^%s*(%S*)%s*(.-)%s*$")
  if sub == "" then sub = "check" end
  if sub == "check" then
    M.check(0)
  elseif sub == "claims" then
    M.claims(0)
  elseif sub == "enable" then
    M.enable(0)
  elseif sub == "disable" then
    M.disable(0)
  elseif sub == "toggle" then
    M.toggle(0)
  elseif sub == "report" then
    M.report(0)
  elseif sub == "verify" then
    M.verify(0, rest)
  elseif sub == "unverify" then
    M.unverify(0)
  else
    vim.notify("copydesk: unknown subcommand '" .. sub .. "' (" .. table.concat(M.subcommands, ", ") .. ")",
      vim.log.levels.ERROR)
  end
end

--- Completion for :Copydesk: the subcommands, for the first argument only.
function M.complete(arglead, cmdline)
  local before = cmdline:match("^%s*%S+%s+(.*)$") or ""
  if before:find("%s") then return {} end
  local out = {}
  for _, s in ipairs(M.subcommands) do
    if s:sub(1, #arglead) == arglead then out[#out + 1] = s end
  end
  return out
end

M._state = state
return M
