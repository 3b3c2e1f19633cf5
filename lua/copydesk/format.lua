-- Human-readable lines for claims and findings, shared by the command and the Neovim plugin, so
-- that the desk and the editor say the same thing. Pure Lua (5.1/LuaJIT and 5.4).
local M = {}

local function trim(s, max)
  s = (s or ""):gsub("%s+", " ")
  if #s > max then
    -- cut on a UTF-8 character boundary
    local cut = max
    while cut > 0 and (s:byte(cut + 1) or 0) >= 0x80 and (s:byte(cut + 1) or 0) < 0xC0 do cut = cut - 1 end
    s = s:sub(1, cut) .. "…"
  end
  return s
end
M.trim = trim

local function group_thousands(digits)
  return (digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

--- A value as a reader writes it: 1,200; 62.5; −3 (with a real minus sign).
local function fmt_num(v)
  if v == nil then return "?" end
  local neg = v < 0
  local a = math.abs(v)
  local s
  if a == math.floor(a) and a < 1e15 then
    s = group_thousands(string.format("%d", a))
  else
    s = string.format("%.2f", a):gsub("0+$", ""):gsub("%.$", "")
    local int, frac = s:match("^(%d+)(.*)$")
    s = group_thousands(int) .. frac
  end
  return (neg and "−" or "") .. s
end
M.number = fmt_num

local function pct(p)
  local s = string.format("%+.1f", p):gsub("%.0$", ""):gsub("^%-", "−")
  return s .. "%"
end
M.percent = pct

-- The qualifier words the writer used before a number ("just over"), read from the claim's text:
-- the number's own approx plus one plain modifier word right before it. "" when the number's text
-- already holds the qualifier.
local function qualifier_as_written(claim, n)
  if not n.approx or n.approx == "approximate" then return nil end
  local ntext = n.text or ""
  if ntext:lower():find(n.approx, 1, true) then return "" end
  local text = claim and claim.text or ""
  local off = claim and n.start and (n.start - claim.start + 1) or 0
  if not (off >= 1 and text:sub(off, off + #ntext - 1) == ntext) then return n.approx end
  local words = {}
  for w in text:sub(1, off - 1):gmatch("%S+") do words[#words + 1] = w end
  local want = select(2, n.approx:gsub("%S+", "")) -- how many words approx has
  local last = table.concat(words, " ", math.max(1, #words - want + 1), #words)
  if last:lower() ~= n.approx then return n.approx end
  local prev = words[#words - want]
  local function_word = { to = 1, from = 1, by = 1, of = 1, ["and"] = 1, ["or"] = 1, at = 1, ["in"] = 1 }
  if prev and prev:match("^%l+$") and #prev <= 8 and not function_word[prev] then
    return prev .. " " .. last
  end
  return last
end

--- A number as the writer put it, with its qualifier and (with_unit) its counted noun:
--- "just over 450", "$4.2 million", "three branches", "40%".
local function number_phrase(claim, n, with_unit)
  local v = (n.text or fmt_num(n.value)):gsub("%s+", " ")
  local unit = n.unit
  local lower = v:lower()
  local unit_shown = not unit or n.kind == "money" or n.kind == "percent" or n.kind == "percentage-points"
    or unit == "%" or lower:find(unit:lower(), 1, true)
  if with_unit and not unit_shown then v = v .. " " .. unit end
  local q = qualifier_as_written(claim, n)
  if q and q ~= "" then v = q .. " " .. v end
  return v
end
M.number_phrase = number_phrase

--- A number's value as read: "4,200,000 USD", "3 branches", "450 personnel (over)", "40–60%"; a
--- label's digits as written, marked: "555 (label)".
function M.number_value(n)
  if n.kind == "label" then return (n.text or fmt_num(n.value)) .. " (label)" end
  local v = fmt_num(n.value)
  if n.value_hi and n.value_hi ~= n.value then v = v .. "–" .. fmt_num(n.value_hi) end
  if n.unit == "%" or n.kind == "percent" then v = v .. "%"
  elseif n.kind == "percentage-points" then v = v .. " percentage points"
  elseif n.unit then v = v .. " " .. n.unit end
  if n.approx then v = v .. " (" .. n.approx .. ")" end
  return v
end

local function change_message(c)
  local nums = c.numbers or {}
  local from_n, to_n
  for _, n in ipairs(nums) do
    if not from_n and n.value == c.from then from_n = n
    elseif not to_n and n.value == c.to and n ~= from_n then to_n = n end
  end
  local from = from_n and number_phrase(c, from_n, false) or fmt_num(c.from)
  local to = to_n and number_phrase(c, to_n, true) or fmt_num(c.to)
  -- "from 1,200 personnel to just over 450": the counted noun said once counts both
  local noun = from_n and from_n.kind == "cardinal" and from_n.unit
  if noun and not (to_n and to_n.unit) and not to:find(noun, 1, true) then to = to .. " " .. noun end
  local s = "Check: " .. from .. " → " .. to
  if c.percent then s = s .. " (" .. pct(c.percent) .. ")" end
  return s
end

--- What an editor should verify about a claim, in one line.
function M.claim_message(c)
  local k = c.kind
  if k == "change" and c.from and c.to then
    return change_message(c)
  elseif k == "change" and c.by then
    return "Check change: " .. trim(c.text, 60) .. " (by " .. fmt_num(c.by) .. ")"
  elseif k == "quantity" and c.numbers and #c.numbers == 1 then
    return "Check number: " .. number_phrase(c, c.numbers[1], true)
  elseif k == "quote" then
    if c.speaker then return "Quote attributed to " .. c.speaker end
    return "Quote: no speaker found"
  elseif k == "event" then
    local s = "Check event: " .. (c.action or "?")
    if c.target then s = s .. " " .. c.target end
    if c.actor then s = s .. " (by " .. c.actor .. ")" end
    return s
  elseif k == "time" then
    local said = trim(c.text, 60)
    if c.value and c.value ~= said then return "Check date: " .. said .. " = " .. c.value end
    return "Check date: " .. said
  elseif k == "comparison" then
    return "Check comparison (" .. (c.form or "comparison") .. "): " .. trim(c.text, 80)
  end
  return "Check: " .. trim(c.text, 80)
end

--- A finding's message, as the editor shows it.
function M.finding_message(f)
  return f.message or f.rule or "finding"
end

--- A compiler-style line: file:line:col: kind: text [score] — reasons
function M.claim_line(file, c)
  local reasons = c.reasons and #c.reasons > 0 and (" — " .. table.concat(c.reasons, ", ")) or ""
  return string.format("%s:%d:%d: %s: %s [%.2f]%s", file, c.line, c.col, c.kind, trim(c.text, 120),
    c.score or 0, reasons)
end

function M.finding_line(file, f)
  return string.format("%s:%d:%d: %s: %s: %s", file, f.line, f.col, f.severity, f.rule, f.message)
end

-- ---- the research desk's checklist (the plugin's report) --------------------------------------

local INDENT = "      "

-- A claim's text in quotation marks, unless it starts with its own ("“We had no choice,”").
local function quoted(text, max)
  text = trim(text, max)
  local first = text:sub(1, 1)
  if first == '"' or first == "'" or text:sub(1, 3) == "“" or text:sub(1, 3) == "‘" then return text end
  return "“" .. text .. "”"
end
M.quoted = quoted

--- The lines of one checklist item: "- [ ] LINE:COL KIND SCORE “TEXT”", what to check, the
--- numbers, and for a verified claim (mark given) who verified it, when, and the note.
function M.checklist_item(c, mark)
  local detail = INDENT .. M.claim_message(c)
  if c.kind == "quote" then -- who said it is what the desk checks
    detail = INDENT .. "speaker: " .. (c.speaker or "none found") .. (c.direct == false and " (reported speech)" or "")
  end
  local lines = {
    string.format("- [%s] %d:%d %s %.2f %s", mark and "x" or " ", c.line, c.col, c.kind, c.score or 0,
      quoted(c.text, 100)),
    detail,
  }
  local nums = {}
  for _, n in ipairs(c.numbers or {}) do
    nums[#nums + 1] = trim(n.text or "", 30) .. " = " .. M.number_value(n)
  end
  if #nums > 0 then lines[#lines + 1] = INDENT .. "numbers: " .. table.concat(nums, "; ") end
  if mark then
    local note = mark.note and mark.note ~= "" and (": " .. mark.note) or ""
    lines[#lines + 1] = INDENT .. "verified by " .. (mark.who ~= "" and mark.who or "?") .. " on "
      .. (mark.when ~= "" and mark.when or "?") .. note
  end
  return lines
end

function M.finding_item(f)
  return string.format("- %d:%d %s %s: %s", f.line, f.col, f.severity, f.rule, M.finding_message(f))
end

--- A mark whose claim is no longer in the story.
function M.stale_item(m)
  return string.format("- %s %s (verified by %s on %s%s)", m.kind, quoted(m.text, 80),
    m.who ~= "" and m.who or "?", m.when ~= "" and m.when or "?", m.note ~= "" and (": " .. m.note) or "")
end

return M
