-- The date scorer of the Recognizers-Text suite, shared by copydesk and the peers (chrono-node):
-- both reach it as predictions by case id, so every figure comes from the very same code.
--
-- Which items count: expected items of kind "date" (subtypes date and daterange) in cases that
-- carry a reference date (the story date) and at least one resolved reading: `value`, or the
-- `candidates` / `value_past` / `value_future` upstream gives for ambiguous ones ("Friday": last
-- or next).
--
-- The rule: an item is right when the first prediction (in input order) whose byte span overlaps
-- the expected span has the same START DAY as one of the accepted readings. The start day of a
-- range "A/B" is A's; of a week "2017-W51" its Monday; of a month "2017-12" its first day; of a
-- year "2016" January 1. A reading with an open start ("../2016-12-01") cannot be matched.
-- "found" is the share of items that some prediction overlaps at all.
--
-- Impossible dates: upstream writes the value "0001-01-01" for a date that does not exist ("Feb
-- 30", "2/29/2019", "the fifth Sunday" of a month that has four). No system can give that day, so
-- such an item is right when NO prediction with a value overlaps it (the date was not invented),
-- and wrong when one does.
local M = {}

local function days_in_month(y, m)
  local d = ({ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 })[m]
  if m == 2 and ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) then d = 29 end
  return d
end

-- Days since 1970-01-01 (proleptic Gregorian), for the ISO week arithmetic.
local function day_number(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local mp = m > 2 and m - 3 or m + 9
  local doy = math.floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function civil(z)
  z = z + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

--- The start day ("YYYY-MM-DD") of an ISO 8601 value, or nil.
function M.start_day(value)
  if type(value) ~= "string" then return nil end
  local first = value:match("^([^/]*)")
  local y, m, d = first:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if y then return string.format("%s-%s-%s", y, m, d) end
  local wy, wn = first:match("^(%d%d%d%d)%-W(%d%d)$")
  if wy then
    wy, wn = tonumber(wy), tonumber(wn)
    local jan4 = day_number(wy, 1, 4)
    local monday = jan4 - ((jan4 + 3) % 7) + 7 * (wn - 1) -- (z + 3) % 7: 0 on Mondays
    return string.format("%04d-%02d-%02d", civil(monday))
  end
  y, m = first:match("^(%d%d%d%d)%-(%d%d)$")
  if y and tonumber(m) >= 1 and tonumber(m) <= 12 and days_in_month(tonumber(y), tonumber(m)) then
    return string.format("%s-%s-01", y, m)
  end
  y = first:match("^(%d%d%d%d)$")
  if y then return y .. "-01-01" end
  return nil
end

local function readings(item)
  local out = {}
  local function add(v)
    local s = M.start_day(v)
    if s then out[s] = true end
  end
  add(item.value)
  add(item.value_past)
  add(item.value_future)
  if type(item.candidates) == "table" then
    for _, v in ipairs(item.candidates) do add(v) end
  end
  return out
end

--- The scored items: { case, item, accept = set of start days, subtype }.
function M.items(cases)
  local out = {}
  for _, c in ipairs(cases) do
    if type(c.reference) == "string" then
      for _, e in ipairs(c.expect or {}) do
        if e.kind == "date" then
          local accept = readings(e)
          if next(accept) then
            local invalid = accept["0001-01-01"] and next(accept, next(accept)) == nil
            out[#out + 1] = { case = c, item = e, accept = accept, subtype = e.subtype or "date", invalid = invalid }
          end
        end
      end
    end
  end
  return out
end

--- Scores predictions ({ [id] = { {byte_start, byte_end, value}, ... } }): a table by subtype
--- ("all", "date", "daterange") of { right, found, n }, and the list of misses for debugging.
function M.score(cases, predictions_by_id)
  local by = { all = { right = 0, found = 0, n = 0 } }
  local misses = {}
  for _, it in ipairs(M.items(cases)) do
    local bs, be = it.item.byte_start, it.item.byte_end
    local preds = predictions_by_id[it.case.id] or {}
    table.sort(preds, function(a, b) return a.byte_start < b.byte_start end)
    local hit
    for _, p in ipairs(preds) do
      if p.byte_start < be and p.byte_end > bs then
        hit = p
        break
      end
    end
    local right
    if it.invalid then right = hit == nil
    else right = hit and it.accept[M.start_day(hit.value) or ""] or false end
    for _, key in ipairs({ "all", it.subtype }) do
      local t = by[key] or { right = 0, found = 0, n = 0 }
      by[key] = t
      t.n = t.n + 1
      t.found = t.found + (hit and 1 or 0)
      t.right = t.right + (right and 1 or 0)
    end
    if not right then misses[#misses + 1] = { it = it, hit = hit } end
  end
  return by, misses
end

return M
