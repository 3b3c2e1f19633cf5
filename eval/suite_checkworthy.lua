-- Check-worthiness: CLEF CheckThat! 2019 task 1 and 2020 task 5 (ranking, official MAP over the test
-- debates, also R-precision and P@k) and ClaimBuster 2.5xNCS (precision, recall, F1 at the CLI's
-- default --min-score). A debate is analyzed as one document, a paragraph a row, as a transcript
-- would be (the score reads the sentences before and after: src/score.c); a row's score is the
-- largest score of its sentences (a sentence's score is its best claim's score, else its own).
-- ClaimBuster's sentences come without context: each is analyzed alone.
-- CW_ALONE=1: each debate row analyzed alone too (as before the context features).
--
-- The official definitions (CheckThat! 2019 scorer): per debate, the sentences are ranked by score
-- (ties keep the input order); average precision = the mean of precision@k over the ranks k of the
-- check-worthy sentences; R-precision = precision at R, the debate's count of check-worthy
-- sentences; P@k = precision at k. Each is averaged over the debates (macro), MAP the mean AP.
-- The weights were calibrated on the training folders only (eval/calibrate.sh); this suite reads
-- only the test folders.
local THRESHOLD = 0.5 -- the CLI's default --min-score (bin/copydesk)

local function list_tsv(dir)
  local files = {}
  local p = io.popen("ls '" .. dir .. "' 2>/dev/null")
  for name in p:lines() do
    if name:match("%.tsv$") then files[#files + 1] = dir .. "/" .. name end
  end
  p:close()
  table.sort(files)
  return files
end

local function sentence_score(copydesk, text)
  local ok, doc = pcall(copydesk.analyze, text)
  if not ok then return 0 end
  local best = 0
  for _, s in ipairs(doc.sentences) do
    if (s.score or 0) > best then best = s.score end
  end
  for _, c in ipairs(doc.claims) do
    if (c.score or 0) > best then best = c.score end
  end
  return best
end

-- One debate: line <TAB> speaker <TAB> text <TAB> label (CRLF or LF).
local function read_debate(path)
  local rows = {}
  for line in io.lines(path) do
    line = line:gsub("\r$", "")
    local num, _, text, label = line:match("^([^\t]*)\t([^\t]*)\t(.*)\t([01])$")
    if num then rows[#rows + 1] = { line = tonumber(num) or #rows + 1, text = text, label = tonumber(label) } end
  end
  return rows
end

--- The ranking measures of one debate whose rows carry `score` and `label`.
local function rank_measures(rows)
  local ranked = {}
  for i, r in ipairs(rows) do ranked[i] = { score = r.score, label = r.label, order = i } end
  table.sort(ranked, function(a, b)
    if a.score ~= b.score then return a.score > b.score end
    return a.order < b.order
  end)
  local relevant = 0
  for _, r in ipairs(ranked) do relevant = relevant + r.label end
  local hits, ap = 0, 0
  local at = {}
  for k, r in ipairs(ranked) do
    if r.label == 1 then
      hits = hits + 1
      ap = ap + hits / k
    end
    at[k] = hits
  end
  local function precision_at(k)
    if k == 0 then return 0 end
    return (at[math.min(k, #ranked)] or 0) / k
  end
  return {
    relevant = relevant,
    ap = relevant > 0 and ap / relevant or 0,
    r_precision = precision_at(relevant),
    p5 = precision_at(5),
    p10 = precision_at(10),
    p20 = precision_at(20),
  }
end

-- The scores of a debate's rows, analyzed as one document: rows joined by blank lines, each
-- sentence's score going to the row it starts in.
local function score_debate(copydesk, rows)
  if os.getenv("CW_ALONE") == "1" then
    for _, r in ipairs(rows) do r.score = sentence_score(copydesk, r.text) end
    return
  end
  local parts, starts, at = {}, {}, 1
  for i, r in ipairs(rows) do
    parts[i] = r.text
    starts[i] = at -- 1-based, as the records' offsets
    at = at + #r.text + 2
    r.score = 0
  end
  local ok, doc = pcall(copydesk.analyze, table.concat(parts, "\n\n"))
  if not ok then return end
  local row = 1
  for _, s in ipairs(doc.sentences) do -- in text order
    while row < #rows and starts[row + 1] <= s.start do row = row + 1 end
    local r = rows[row]
    if (s.score or 0) > r.score then r.score = s.score end
  end
end

local function checkthat(ctx, suite, dir, ref_name, ref)
  local files = list_tsv(dir)
  if #files == 0 then
    io.stderr:write("skip: " .. suite .. " (no test files in " .. dir .. ")\n")
    return {}
  end
  local sums = { ap = 0, r_precision = 0, p5 = 0, p10 = 0, p20 = 0 }
  local debates, sentences = 0, 0
  for _, path in ipairs(files) do
    local rows = read_debate(path)
    score_debate(ctx.copydesk, rows)
    local m = rank_measures(rows)
    if m.relevant > 0 then -- a debate without a check-worthy sentence has no AP (as the scorer)
      debates = debates + 1
      sentences = sentences + #rows
      for k in pairs(sums) do sums[k] = sums[k] + m[k] end
    end
  end
  local function row(metric, key, rname, rvalue)
    return { suite = suite, kind = "check-worthy", metric = metric, ours = sums[key] / math.max(debates, 1),
      n = debates, ref_name = rname, ref = rvalue }
  end
  return {
    row("MAP", "ap", ref_name, ref),
    row("R-precision", "r_precision"),
    row("P@5", "p5"),
    row("P@10", "p10"),
    row("P@20", "p20"),
  }
end

local function claimbuster(ctx, path)
  local f = io.open(path, "rb")
  if not f then
    io.stderr:write("skip: claimbuster (no " .. path .. ")\n")
    return {}
  end
  local data = ctx.json.decode(f:read("a"))
  f:close()
  local tp, fp, fn, pos = 0, 0, 0, 0
  for _, item in ipairs(data) do
    local yes = sentence_score(ctx.copydesk, item.text) >= THRESHOLD
    local label = item.label == 1
    pos = pos + (label and 1 or 0)
    if yes and label then tp = tp + 1 elseif yes then fp = fp + 1 elseif label then fn = fn + 1 end
  end
  local p = tp / math.max(tp + fp, 1)
  local r = tp / math.max(tp + fn, 1)
  local f1 = (p + r) > 0 and 2 * p * r / (p + r) or 0
  -- the floor: calling every sentence check-worthy
  local base_p = pos / math.max(#data, 1)
  local base_f1 = 2 * base_p / (base_p + 1)
  local name = "claimbuster-2.5xNCS"
  local label = string.format("min-score %.2f", THRESHOLD)
  return {
    { suite = name, kind = "check-worthy", metric = "precision (" .. label .. ")", ours = p, n = #data,
      ref_name = "always yes", ref = base_p },
    { suite = name, kind = "check-worthy", metric = "recall (" .. label .. ")", ours = r, n = pos,
      ref_name = "always yes", ref = 1 },
    { suite = name, kind = "check-worthy", metric = "F1 (" .. label .. ")", ours = f1, n = #data,
      ref_name = "always yes", ref = base_f1 },
  }
end

local M = {}
M.rank_measures = rank_measures -- for tests and other suites
M.read_debate = read_debate     -- for eval/heldout_pass.lua: the same rows, scored the same way
M.score_debate = score_debate

function M.run(ctx)
  local rows = {}
  local function add(list) for _, r in ipairs(list) do rows[#rows + 1] = r end end
  if os.getenv("CW_SPLIT") == "training" then -- for calibration work: the training debates
    add(checkthat(ctx, "clef2019-t1-training", ctx.corpora .. "/clef2019-checkthat-t1/training"))
    add(checkthat(ctx, "clef2020-t5-training", ctx.corpora .. "/clef2020-checkthat-t5/training"))
    return rows
  end
  add(checkthat(ctx, "clef2019-t1", ctx.corpora .. "/clef2019-checkthat-t1/test_annotated",
    "best 2019 primary (Copenhagen)", 0.1660))
  add(checkthat(ctx, "clef2020-t5", ctx.corpora .. "/clef2020-checkthat-t5/test_gold"))
  add(claimbuster(ctx, ctx.corpora .. "/claimbuster-ncs/kfold_25ncs.json"))
  return rows
end

return setmetatable(M, { __call = function(_, ctx) return M.run(ctx) end })
