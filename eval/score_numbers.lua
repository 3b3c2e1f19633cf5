-- The number scorer of the Recognizers-Text and quantulum3 suites, shared by copydesk and the peers
-- (compromise): both reach it as predictions by case id, so every figure comes from the same code.
--
-- A prediction is { byte_start, byte_end (0-based, end exclusive), value, value_hi?, unit?, classes }
-- where classes is a set of the cases' kind names the prediction stands for ("number", "currency",
-- "number_range", ...); it is used only to count spurious items on the negative cases.
--
-- THE RULE (uniform for every kind and every system):
--   An expected item is FOUND when a prediction not yet used for another item
--     1. overlaps its byte span (at least one byte in common), and
--     2. has the expected value within 1e-6 relative (1e-9 absolute near zero):
--        - an item with one value v: the prediction's value or value_hi equals v;
--        - a number_range item "[lo,hi)", or a quantulum3 range item (low, high): value equals
--          lo and value_hi equals hi;
--          a one-sided one "(30,)" / "(,100]": value or value_hi equals the finite end.
--   Items with no numeric value at all (relative ordinals "last", "next"; a bare unit
--   "fahrenheit"; "percent" with no number) cannot be scored this way: they are left out and
--   counted as `unscored`.
--   SPURIOUS: on a negative case (expect: []), every prediction whose classes include the kind
--   of the case's model (NumberModel -> number, CurrencyModel -> currency, ...; quantulum3: any).
--   UNIT (quantulum3 only): a found item whose unit names the same unit once spellings are
--   normalized (lower case, British/American spelling, plural s, symbols and ISO codes read as
--   names through the small table below).
local M = {}

M.KINDS = { "number", "ordinal", "percent", "currency", "dimension", "age", "temperature", "number_range" }

M.MODEL_KIND = {
  NumberModel = "number", OrdinalModel = "ordinal", PercentModel = "percent",
  NumberRangeModel = "number_range", CurrencyModel = "currency", DimensionModel = "dimension",
  AgeModel = "age", TemperatureModel = "temperature",
}

local function close(a, b)
  if type(a) ~= "number" or type(b) ~= "number" then return false end
  local scale = math.max(math.abs(a), math.abs(b))
  return math.abs(a - b) <= math.max(1e-6 * scale, 1e-9)
end

-- "[20,30)" -> 20, 30; "(30,)" -> 30, nil; "(,100]" -> nil, 100.
local function interval(raw)
  if type(raw) ~= "string" then return nil end
  local lo, hi = raw:match("^[%[%(]%s*([^,]*),%s*([^%]%)]*)[%]%)]$")
  if not lo then return nil end
  return tonumber(lo), tonumber(hi)
end

--- The values an expected item asks for: { one = v } or { lo = a, hi = b }, or nil (unscorable).
function M.expected(e)
  if e.kind == "number_range" then
    local lo, hi = interval(e.raw_value)
    if lo and hi then return { lo = lo, hi = hi } end
    if lo or hi then return { one = lo or hi } end
    return nil
  end
  if type(e.low) == "number" and type(e.high) == "number" then return { lo = e.low, hi = e.high } end
  if type(e.value) == "number" then return { one = e.value } end
  return nil
end

local function value_ok(want, p)
  local hi = p.value_hi or p.value
  if want.one then return close(p.value, want.one) or close(hi, want.one) end
  return close(p.value, want.lo) and close(hi, want.hi)
end

local function overlaps(e, p)
  return p.byte_start < e.byte_end and e.byte_start < p.byte_end
end

-- Unit names: ours ("kilometers", "°C", "USD": canonical names for measures, ISO codes for money)
-- and quantulum3's (the entity names of its raw units.json: "kilometre", "degree Celsius", "dollar").
-- Both are normalized to one spelling (lower case, -re/-er, plural s); our symbols, codes and
-- area/volume names go through this table to quantulum3's names.
local UNIT_ALIAS = {
  ["%"] = "percentage", ["percent"] = "percentage", ["°c"] = "degree celsius", ["°f"] = "degree fahrenheit",
  usd = "dollar", gbp = "pound sterling", eur = "euro", jpy = "yen", cny = "yuan", rub = "ruble",
  cents = "cent", pence = "penny", feet = "foot", inches = "inch", ["km/h"] = "kilometer per hour",
  mph = "mile per hour", pounds = "pound-mass", tons = "tonne", ["metric tons"] = "tonne",
  ["years old"] = "year", ["months old"] = "month", kwh = "kilowatt hour", mwh = "megawatt hour",
  wh = "watt hour", ["square kilometers"] = "square kilometer", centiliters = "centilitre",
  milliliters = "cubic centimetre", ["cubic kilometers"] = "cubic kilometer", ["square meters"] = "square meter",
  ["cubic meters"] = "cubic meter", ["square miles"] = "square mile", ["square feet"] = "square foot",
  inr = "indian rupee", cad = "canadian dollar", aud = "australian dollar", hkd = "hong kong dollar",
}

local norm_one

-- A rate ("barrels per day", "litre per kilometre") is normalized part by part.
local function norm_unit(u)
  if type(u) ~= "string" then return nil end
  local parts = {}
  for part in (u:lower() .. " per "):gmatch("(.-) per ") do parts[#parts + 1] = norm_one(part) end
  return table.concat(parts, " per ")
end

norm_one = function(u)
  u = u:lower()
  u = UNIT_ALIAS[u] or u
  u = u:gsub("metre", "meter"):gsub("litre", "liter"):gsub("centimetre", "centimeter")
  u = u:gsub("ies$", "y"):gsub("([^s])s$", "%1")
  return UNIT_ALIAS[u] or u
end

function M.unit_ok(want, got)
  local a, b = norm_unit(want), norm_unit(got)
  if not a then return true end
  if a == "dimensionless" then return true end -- a counted noun is no unit of measure
  return a == b
end

--- Scores cases against predictions_by_id. Returns
--   per_kind[kind] = { n, found, unit, unscored }, spurious[kind] = { count, cases }, misses,
--   unit_misses (found items whose unit is not the expected one).
function M.score(cases, predictions_by_id, model_kind_of)
  local per_kind, spurious, misses, unit_misses = {}, {}, {}, {}
  local function bucket(kind)
    per_kind[kind] = per_kind[kind] or { n = 0, found = 0, unit = 0, unscored = 0 }
    return per_kind[kind]
  end
  for _, c in ipairs(cases) do
    local preds = predictions_by_id[c.id] or {}
    local used = {}
    if #c.expect == 0 then
      local kind = model_kind_of(c)
      local s = spurious[kind] or { count = 0, cases = 0 }
      spurious[kind] = s
      s.cases = s.cases + 1
      for _, p in ipairs(preds) do
        if kind == "any" or (p.classes and p.classes[kind]) then s.count = s.count + 1 end
      end
    end
    for _, e in ipairs(c.expect) do
      local b = bucket(e.kind)
      local want = M.expected(e)
      if not want then
        b.unscored = b.unscored + 1
      else
        b.n = b.n + 1
        local hit
        for j, p in ipairs(preds) do
          if not used[j] and overlaps(e, p) and value_ok(want, p) then
            hit = j
            break
          end
        end
        if hit then
          used[hit] = true
          b.found = b.found + 1
          if M.unit_ok(e.unit, preds[hit].unit) then
            b.unit = b.unit + 1
          else
            unit_misses[#unit_misses + 1] = { case = c, item = e, pred = preds[hit] }
          end
        else
          misses[#misses + 1] = { case = c, item = e, preds = preds }
        end
      end
    end
  end
  local all = { n = 0, found = 0, unit = 0, unscored = 0 }
  for _, b in pairs(per_kind) do
    all.n, all.found, all.unit, all.unscored = all.n + b.n, all.found + b.found, all.unit + b.unit, all.unscored + b.unscored
  end
  per_kind.all = all
  return per_kind, spurious, misses, unit_misses
end

return M
