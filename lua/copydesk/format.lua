-- Human-readable lines for claims and findings, shared by the command and the Neovim plugin, so
-- that the desk and the editor say the same thing.
local M = {}

local function trim(s, max)
  s = s:gsub("%s+", " ")
  if #s > max then
    -- cut on a UTF-8 character boundary
    local cut = max
    while cut > 0 and (s:byte(cut + 1) or 0) >= 0x80 and (s:byte(cut + 1) or 0) < 0xC0 do cut = cut - 1 end
    s = s:sub(1, cut) .. "…"
  end
  return s
end
M.trim = trim

local function fmt_num(v)
  if v == nil then return "?" end
  if v == math.floor(v) and math.abs(v) < 1e15 then
    local s = string.format("%d", v)
    local neg = s:sub(1, 1) == "-"
    if neg then s = s:sub(2) end
    s = s:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
    return (neg and "−" or "") .. s
  end
  return (string.format("%.2f", v):gsub("0+$", ""):gsub("%.$", ""))
end
M.number = fmt_num

local function pct(p)
  local s = string.format("%+.1f%%", p):gsub("^%-", "−")
  return s
end

--- What an editor should verify about a claim, in one line.
function M.claim_message(c)
  local k = c.kind
  if k == "change" and c.from and c.to then
    local nums = c.numbers or {}
    local unit = (nums[1] and nums[1].unit) or (nums[2] and nums[2].unit)
    local to = fmt_num(c.to)
    if nums[2] and nums[2].approx then to = nums[2].approx .. " " .. to end
    local s = "Check: " .. fmt_num(c.from) .. " → " .. to .. (unit and (" " .. unit) or "")
    if c.percent then s = s .. " (" .. pct(c.percent) .. ")" end
    return s
  elseif k == "quote" then
    if c.speaker then return "Quote attributed to " .. c.speaker end
    return "Quote: no speaker found"
  elseif k == "event" then
    local s = "Check event: " .. (c.action or "?")
    if c.actor then s = c.actor .. ": " .. s end
    if c.target then s = s .. " → " .. c.target end
    return s
  elseif k == "time" then
    if c.value then return "Check date: " .. trim(c.text, 60) .. " = " .. c.value end
    return "Check date: " .. trim(c.text, 60)
  elseif k == "comparison" then
    return "Check comparison (" .. (c.form or "comparison") .. "): " .. trim(c.text, 80)
  end
  return "Check: " .. trim(c.text, 80)
end

--- A compiler-style line: file:line:col: kind: text — reasons
function M.claim_line(file, c)
  local reasons = c.reasons and #c.reasons > 0 and (" — " .. table.concat(c.reasons, ", ")) or ""
  return string.format("%s:%d:%d: %s: %s [%.2f]%s", file, c.line, c.col, c.kind, trim(c.text, 120),
    c.score or 0, reasons)
end

function M.finding_line(file, f)
  return string.format("%s:%d:%d: %s: %s: %s", file, f.line, f.col, f.severity, f.rule, f.message)
end

return M
