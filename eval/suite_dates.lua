-- Recognizers-Text date cases (kind "date": subtypes date and daterange): the share of expected
-- items that copydesk resolves to the right ISO date, each case analyzed with its `reference` date
-- as the story date; chrono-node beside it when its predictions are there. The rule (start day
-- right, ranges by their first day) is in eval/score_dates.lua, shared with the peer.
--
-- Also runnable alone, from the checkout root after `make`:
--   lua5.4 eval/suite_dates.lua [-v]       (-v lists the misses)
package.path = (debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or ".") .. "/?.lua;" .. package.path
local kit = require("kit")
local score = require("score_dates")
local SUITE = "recognizers-text"

local function date_cases(all)
  local out = {}
  for _, c in ipairs(all) do
    for _, e in ipairs(c.expect or {}) do
      if e.kind == "date" then
        out[#out + 1] = c
        break
      end
    end
  end
  return out
end

-- copydesk's time claims as predictions: 0-based half-open byte spans, the claim's ISO value.
local function ours(copydesk, cases)
  return kit.predictions(cases, function(c)
    local date = type(c.reference) == "string" and c.reference:sub(1, 10) or nil
    local items = {}
    for _, cl in ipairs(copydesk.analyze(c.input, { date = date }).claims) do
      if cl.kind == "time" and cl.value then
        items[#items + 1] = { byte_start = cl.start - 1, byte_end = cl.stop, value = cl.value, text = cl.text }
      end
    end
    return items
  end)
end

-- chrono-node's predictions: its date items.
local function peer(json, path)
  return kit.peer_items(json, path, function(it) return it.kind == "date" end)
end

local function run(ctx, verbose)
  local json = ctx.json or require("json")
  local path = ctx.corpora .. "/recognizers-text/cases.jsonl"
  local all = kit.read_jsonl(json, path)
  if not all then
    io.stderr:write("skip: dates (" .. path .. " is absent)\n")
    return {}
  end
  local cases = date_cases(all)
  local mine, misses = score.score(cases, ours(ctx.copydesk, cases))
  local theirs
  if ctx.peers and ctx.peers.chrono then theirs = score.score(cases, peer(json, ctx.peers.chrono)) end
  local rows = {}
  for _, key in ipairs({ "all", "date", "daterange" }) do
    local t = mine[key]
    if t and t.n > 0 then
      local kind = key == "all" and "date" or "date:" .. key
      local row = { suite = SUITE, kind = kind, metric = "start day right", ours = t.right / t.n, n = t.n }
      local p = theirs and theirs[key]
      if p and p.n > 0 then
        row.ref_name, row.ref = "chrono-node 2.10.3", p.right / p.n
      elseif key == "all" then
        row.ref_name, row.ref = "chrono-node (issue 6)", 0.393
      end
      rows[#rows + 1] = row
      local found = { suite = SUITE, kind = kind, metric = "found", ours = t.found / t.n, n = t.n }
      if p and p.n > 0 then found.ref_name, found.ref = "chrono-node 2.10.3", p.found / p.n end
      rows[#rows + 1] = found
    end
  end
  if verbose then
    for _, m in ipairs(misses) do
      local want = {}
      for k in pairs(m.it.accept) do want[#want + 1] = k end
      table.sort(want)
      io.write(string.format("%s\t%s\t[%s] want %s got %s\t%s\n", m.it.case.id, m.it.case.reference:sub(1, 10),
        m.it.item.text, table.concat(want, "|"), m.hit and (m.hit.text .. "=" .. m.hit.value) or "-", m.it.case.input))
    end
  end
  return rows
end

-- Standalone: `lua5.4 eval/suite_dates.lua [-v]`.
if kit.standalone("suite_dates", run, function(r)
  return string.format("%-18s %-16s %-16s %6.1f%%  n=%d  %s %s", r.suite, r.kind, r.metric, 100 * r.ours, r.n,
    r.ref_name or "", r.ref and string.format("%.1f%%", 100 * r.ref) or "")
end) then
  return
end

return function(ctx) return run(ctx, os.getenv("CD_EVAL_VERBOSE") == "1") end
