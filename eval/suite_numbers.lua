-- Numbers on third-party suites: Recognizers-Text (kinds number, ordinal, percent, currency,
-- dimension, age, temperature, number_range; and spurious numbers on its negative cases) and
-- quantulum3 (values found, and their units). compromise beside ours when its predictions are
-- there. The scoring rule is in eval/score_numbers.lua, shared with the peer.
--
-- Also runnable alone, from the checkout root after `make`:
--   lua5.4 eval/suite_numbers.lua [-v]       (-v lists the misses, the spurious items and,
--                                            for quantulum3, the found items with a wrong unit)
package.path = (debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or ".") .. "/?.lua;" .. package.path
local kit = require("kit")
local score = require("score_numbers")

local TEMPERATURE = { ["°C"] = true, ["°F"] = true, degrees = true, kelvin = true }

-- The cases' kinds a copydesk number stands for (for the spurious count).
local function classes_of(n)
  local c = {}
  if n.kind == "cardinal" or n.kind == "fraction" or n.kind == "label" then c.number = true
  elseif n.kind == "ordinal" then c.ordinal = true
  elseif n.kind == "percent" or n.kind == "percentage-points" then c.percent = true
  elseif n.kind == "money" then c.currency = true
  elseif n.kind == "measure" then
    if TEMPERATURE[n.unit] then c.temperature = true
    elseif n.unit and n.unit:match(" old$") then c.age = true
    else c.dimension = true end
  end
  if n.value_hi or (n.approx and n.approx ~= "about" and n.approx ~= "approximate") then c.number_range = true end
  return c
end

-- copydesk's numbers as predictions: 0-based half-open byte spans, values, unit and classes.
local function ours(copydesk, cases)
  return kit.predictions(cases, function(c)
    local items = {}
    for _, n in ipairs(copydesk.numbers(c.input)) do
      items[#items + 1] = { byte_start = n.start - 1, byte_end = n.stop, value = n.value, value_hi = n.value_hi,
                            unit = n.unit, classes = classes_of(n), text = n.text }
    end
    return items
  end)
end

-- compromise's predictions: its numeric items but dates, each of the one class its kind names.
local function peer(json, path)
  return kit.peer_items(json, path, function(it)
    if type(it.value) ~= "number" or it.kind == "date" then return false end
    it.classes = { [it.kind == "fraction" and "number" or it.kind] = true }
    return true
  end)
end

local function rt_cases(all)
  local out = {}
  for _, c in ipairs(all) do
    if score.MODEL_KIND[c.model] then out[#out + 1] = c end
  end
  return out
end

local function pct(x, n) return n > 0 and x / n or 0 end

local function add_rows(rows, suite, kinds, mine, theirs, ref_name, with_unit)
  for _, kind in ipairs(kinds) do
    local t = mine[kind]
    if t and t.n > 0 then
      local row = { suite = suite, kind = kind, metric = "found", ours = pct(t.found, t.n), n = t.n }
      local p = theirs and theirs[kind]
      if p and p.n > 0 then row.ref_name, row.ref = ref_name, pct(p.found, p.n) end
      if kind == "all" and not row.ref and suite == "recognizers-text" then
        row.ref_name, row.ref = "compromise (issue 6)", 0.719
      end
      rows[#rows + 1] = row
      if with_unit then
        local u = { suite = suite, kind = kind, metric = "value+unit", ours = pct(t.unit, t.n), n = t.n }
        if p and p.n > 0 then u.ref_name, u.ref = ref_name, pct(p.unit, p.n) end
        rows[#rows + 1] = u
      end
      if t.unscored > 0 then
        rows[#rows + 1] = { suite = suite, kind = kind, metric = "unscored (no value)", ours = t.unscored, n = t.unscored + t.n }
      end
    end
  end
end

local function add_spurious(rows, suite, spurious, theirs, ref_name)
  local keys = {}
  for k in pairs(spurious) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do
    local s = spurious[k]
    local row = { suite = suite, kind = "negatives:" .. k, metric = "spurious", ours = s.count, n = s.cases }
    if theirs and theirs[k] then row.ref_name, row.ref = ref_name, theirs[k].count end
    rows[#rows + 1] = row
  end
end

local function show_misses(misses, spurious_preds, unit_misses)
  for _, m in ipairs(misses) do
    local got = {}
    for _, p in ipairs(m.preds) do got[#got + 1] = string.format("[%s]=%s%s", p.text or "?", tostring(p.value), p.value_hi and ("-" .. p.value_hi) or "") end
    io.write(string.format("MISS %s\t%s [%s] want %s %s\tgot %s\t%s\n", m.case.id, m.item.kind, m.item.text,
      tostring(m.item.value or m.item.raw_value), tostring(m.item.unit), table.concat(got, " "), m.case.input))
  end
  for _, s in ipairs(spurious_preds) do io.write(s, "\n") end
  for _, u in ipairs(unit_misses or {}) do
    io.write(string.format("UNIT %s\t%s [%s] want %s got %s [%s]\t%s\n", u.case.id, u.item.kind, u.item.text,
      tostring(u.item.unit), tostring(u.pred.unit), u.pred.text or "?", u.case.input))
  end
end

local function spurious_list(cases, preds, kind_of)
  local out = {}
  for _, c in ipairs(cases) do
    if #c.expect == 0 then
      local kind = kind_of(c)
      for _, p in ipairs(preds[c.id] or {}) do
        if kind == "any" or p.classes[kind] then
          out[#out + 1] = string.format("SPURIOUS %s\t%s [%s]=%s\t%s", c.id, kind, p.text or "?", tostring(p.value), c.input)
        end
      end
    end
  end
  return out
end

local function run(ctx, verbose)
  local json = ctx.json or require("json")
  local rows = {}
  local compromise = ctx.peers and ctx.peers.compromise and peer(json, ctx.peers.compromise)
  local ref_name = "compromise 14.17.0"
  -- Recognizers-Text
  local path = ctx.corpora .. "/recognizers-text/cases.jsonl"
  local all = kit.read_jsonl(json, path)
  if not all then
    io.stderr:write("skip: numbers (" .. path .. " is absent)\n")
  else
    local cases = rt_cases(all)
    local kind_of = function(c) return score.MODEL_KIND[c.model] end
    local preds = ours(ctx.copydesk, cases)
    local mine, spur, misses = score.score(cases, preds, kind_of)
    local theirs, tspur
    if compromise then theirs, tspur = score.score(cases, compromise, kind_of) end
    local kinds = { "all" }
    for _, k in ipairs(score.KINDS) do kinds[#kinds + 1] = k end
    add_rows(rows, "recognizers-text", kinds, mine, theirs, ref_name, false)
    add_spurious(rows, "recognizers-text", spur, tspur, ref_name)
    if verbose then show_misses(misses, spurious_list(cases, preds, kind_of)) end
  end
  -- quantulum3
  path = ctx.corpora .. "/quantulum3/cases.jsonl"
  local q = kit.read_jsonl(json, path)
  if not q then
    io.stderr:write("skip: quantulum3 (" .. path .. " is absent)\n")
  else
    local kind_of = function() return "any" end
    local preds = ours(ctx.copydesk, q)
    local mine, spur, misses, unit_misses = score.score(q, preds, kind_of)
    local theirs, tspur
    if compromise then theirs, tspur = score.score(q, compromise, kind_of) end
    add_rows(rows, "quantulum3", { "all", "number", "dimension", "currency", "percent" }, mine, theirs, ref_name, true)
    add_spurious(rows, "quantulum3", spur, tspur, ref_name)
    if verbose then show_misses(misses, spurious_list(q, preds, kind_of), unit_misses) end
  end
  return rows
end

-- Standalone: `lua5.4 eval/suite_numbers.lua [-v]`.
if kit.standalone("suite_numbers", run, function(r)
  local fig = r.metric == "found" or r.metric == "value+unit"
  return string.format("%-18s %-24s %-20s %8s  n=%-4d %s %s", r.suite, r.kind, r.metric,
    fig and string.format("%.1f%%", 100 * r.ours) or tostring(r.ours), r.n, r.ref_name or "",
    r.ref and (fig and string.format("%.1f%%", 100 * r.ref) or tostring(r.ref)) or "")
end) then
  return
end

return function(ctx) return run(ctx, os.getenv("CD_EVAL_VERBOSE") == "1") end
