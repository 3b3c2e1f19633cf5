-- Body extraction on the Zyte/Scrapinghub article extraction benchmark (181 real pages), scored
-- the benchmark's own way (its SOURCE.md and score.py): \w+ tokens, multisets of 4-token shingles,
-- per page TP/FP/FN normalised to sum to 1, precision and recall averaged over pages, F1 the
-- harmonic mean of the two averages.
--
-- Ours: copydesk.text(page, {input = "html"}). The benchmark's articleBody has no headline, while
-- copydesk keeps the headline as a segment of its own; the scored body leaves out a leading
-- paragraph that repeats the page's <title> or og:title (the "with headline" row keeps it).
-- The stored reference outputs (Readability.js, trafilatura) are scored by the same function, so
-- the published figures can be checked against this scorer.
--
--   lua5.4 eval/suite_extraction.lua        (standalone: prints the table)
package.path = (debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or ".") .. "/?.lua;" .. package.path
local kit = require("kit")
local json = require("json")

local floor = math.floor

-- ---- the benchmark's tokenizer: \w+ (Unicode letters, digits, underscore) -------------------------

local function is_word_cp(cp)
  if cp < 0x80 then
    return (cp >= 48 and cp <= 57) or (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122) or cp == 95
  end
  if cp < 0xC0 then return cp == 0xAA or cp == 0xB5 or cp == 0xBA or cp == 0xB2 or cp == 0xB3 or cp == 0xB9 or (cp >= 0xBC and cp <= 0xBE) end
  if cp == 0xD7 or cp == 0xF7 then return false end
  if cp >= 0x2000 and cp <= 0x2BFF then return false end -- punctuation, symbols, arrows
  if cp >= 0x3000 and cp <= 0x303F then return false end
  if cp >= 0xFE30 and cp <= 0xFE6F then return false end
  if cp >= 0xFF00 and cp <= 0xFF20 then return false end
  if cp >= 0x1F000 then return false end -- emoji
  return true
end

local function tokens(s)
  local out, cur = {}, {}
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    local len, cp = 1, c
    if c >= 0xF0 then len, cp = 4, ((c % 8) * 0x40000) + (((s:byte(i + 1) or 0x80) % 64) * 0x1000) + (((s:byte(i + 2) or 0x80) % 64) * 64) + ((s:byte(i + 3) or 0x80) % 64)
    elseif c >= 0xE0 then len, cp = 3, ((c % 16) * 0x1000) + (((s:byte(i + 1) or 0x80) % 64) * 64) + ((s:byte(i + 2) or 0x80) % 64)
    elseif c >= 0xC0 then len, cp = 2, ((c % 32) * 64) + ((s:byte(i + 1) or 0x80) % 64)
    end
    if is_word_cp(cp) then
      cur[#cur + 1] = s:sub(i, i + len - 1)
    elseif #cur > 0 then
      out[#out + 1] = table.concat(cur)
      cur = {}
    end
    i = i + len
  end
  if #cur > 0 then out[#out + 1] = table.concat(cur) end
  return out
end

local function shingles(text)
  local toks, bag = tokens(text or ""), {}
  if #toks == 0 then return bag end
  if #toks < 4 then
    bag[table.concat(toks, " ")] = 1
    return bag
  end
  for i = 1, #toks - 3 do
    local k = toks[i] .. " " .. toks[i + 1] .. " " .. toks[i + 2] .. " " .. toks[i + 3]
    bag[k] = (bag[k] or 0) + 1
  end
  return bag
end

local function page_counts(truth, pred)
  local t, p = shingles(truth), shingles(pred)
  local tp, fp, fn = 0, 0, 0
  for k, c in pairs(p) do
    local m = math.min(c, t[k] or 0)
    tp = tp + m
    fp = fp + c - m
  end
  for k, c in pairs(t) do fn = fn + math.max(0, c - (p[k] or 0)) end
  local s = tp + fp + fn
  if s == 0 then return 0, 0, 0 end
  return tp / s, fp / s, fn / s
end

--- The shared scorer: cases = { {id, body} }, predictions = { [id] = text }.
--- Returns precision, recall, F1 (the benchmark's aggregation) and the number of pages.
local function score(cases, predictions)
  local psum, pn, rsum, rn = 0, 0, 0, 0
  for _, c in ipairs(cases) do
    local tp, fp, fn = page_counts(c.body, predictions[c.id] or "")
    if tp + fp > 0 then
      psum, pn = psum + ((fp == 0 and fn == 0) and 1 or tp / (tp + fp)), pn + 1
    end
    if tp + fn > 0 then
      rsum, rn = rsum + ((fp == 0 and fn == 0) and 1 or tp / (tp + fn)), rn + 1
    end
  end
  local p = pn > 0 and psum / pn or 0
  local r = rn > 0 and rsum / rn or 0
  local f = (p + r) > 0 and 2 * p * r / (p + r) or 0
  return p, r, f, #cases
end

-- ---- reading the benchmark ---------------------------------------------------------------------

local function read_file(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function gunzip(path)
  local p = io.popen("gzip -dc '" .. path:gsub("'", "'\\''") .. "' 2>/dev/null")
  if not p then return nil end
  local s = p:read("a")
  p:close()
  return s
end

local function normalize(s)
  return (s:lower():gsub("&[#%w]+;", " "):gsub("[%s%p]+", ""))
end

-- The page's title, as <title> and og:title give it.
local function page_titles(html)
  local titles = {}
  local t = html:match("<[Tt][Ii][Tt][Ll][Ee][^>]*>(.-)</[Tt][Ii][Tt][Ll][Ee]>")
  if t then titles[#titles + 1] = normalize(t) end
  for tag in html:gmatch("<meta[^>]-og:title[^>]*>") do
    local c = tag:match('content="([^"]*)"') or tag:match("content='([^']*)'")
    if c then titles[#titles + 1] = normalize(c) end
  end
  return titles
end

-- Leaves out a leading paragraph that repeats the page title (the benchmark's body has no headline).
local function strip_headline(text, html)
  local first, rest = text:match("^(.-)\n\n(.*)$")
  if not first then return text end
  local f = normalize(first)
  if #f < 8 then return text end
  for _, t in ipairs(page_titles(html)) do
    if t:find(f, 1, true) then return rest end
  end
  return text
end

local published = {
  { name = "Readability.js 0.6.0", p = 0.914, r = 0.982, f = 0.947 },
  { name = "trafilatura 2.0.0", p = 0.938, r = 0.978, f = 0.958 },
  { name = "rs_trafilatura (best)", p = 0.951, r = 0.990, f = 0.970 },
}

local function load_cases(dir)
  local gt = read_file(dir .. "/ground-truth.json")
  if not gt then return nil end
  local truth = json.decode(gt)
  local cases = {}
  for id, v in pairs(truth) do cases[#cases + 1] = { id = id, body = v.articleBody or "" } end
  table.sort(cases, function(a, b) return a.id < b.id end)
  return cases
end

local function reference_predictions(dir, name)
  local s = gunzip(dir .. "/reference-outputs/" .. name .. ".json.gz")
  if not s or s == "" then return nil end
  local data = json.decode(s)
  if data.output then data = data.output end
  local preds = {}
  for id, v in pairs(data) do preds[id] = type(v) == "table" and type(v.articleBody) == "string" and v.articleBody or "" end
  return preds
end

local function run(ctx)
  local dir = (ctx.corpora_abs or ctx.corpora) .. "/article-extraction-benchmark"
  local cases = load_cases(dir)
  if not cases then
    io.stderr:write("skip: no article-extraction-benchmark in " .. ctx.corpora .. "\n")
    return {}
  end
  local body, whole = {}, {}
  local clock = os.clock()
  for _, c in ipairs(cases) do
    local html = gunzip(dir .. "/html/" .. c.id .. ".html.gz") or ""
    local ok, text = pcall(ctx.copydesk.text, html, { input = "html" })
    if not ok then text = "" end
    whole[c.id] = text
    body[c.id] = strip_headline(text, html)
  end
  local secs = os.clock() - clock
  local p, r, f, n = score(cases, body)
  local _, _, fw = score(cases, whole)
  local rows = {}
  local function row(metric, ours, ref_name, ref)
    rows[#rows + 1] = { suite = "article-extraction", kind = "body", metric = metric, ours = ours, n = n,
                        ref_name = ref_name, ref = ref }
  end
  local rjs = published[1]
  row("precision", p, rjs.name, rjs.p)
  row("recall", r, rjs.name, rjs.r)
  row("f1", f, rjs.name, rjs.f)
  row("f1", f, published[2].name, published[2].f)
  row("f1", f, published[3].name, published[3].f)
  row("f1 (with headline)", fw, rjs.name, rjs.f)
  -- the same scorer on the benchmark's stored outputs: checks it against the published figures
  for _, ref in ipairs({ { "readability_js", rjs.name }, { "trafilatura", published[2].name } }) do
    local preds = reference_predictions(dir, ref[1])
    if preds then
      local _, _, rf = score(cases, preds)
      row("f1 (this scorer on " .. ref[1] .. " output)", rf, ref[2] .. " (published)", ref[1] == "readability_js" and rjs.f or published[2].f)
    end
  end
  io.stderr:write(string.format("article-extraction: %d pages in %.1f s of CPU\n", n, secs))
  return rows
end

local M = setmetatable({ score = score, shingles = shingles, tokens = tokens, strip_headline = strip_headline },
  { __call = function(_, ctx) return run(ctx) end })

kit.standalone("suite_extraction", run, function(r) -- run as a script: prints the table
  return string.format("%-48s %.3f   %-32s %s", r.metric, r.ours, r.ref_name or "", r.ref and string.format("%.3f", r.ref) or "")
end)

return M
