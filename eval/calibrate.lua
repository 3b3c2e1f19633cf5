-- Fits the check-worthiness weights: logistic regression with positives weighted to balance the
-- classes and a small L2 penalty, by Newton's method; then coordinate ascent on the training MAP,
-- for as many rounds as do best on held-out training debates (CW_FOLDS folds, 2 by default, of
-- the CW_TARGET debates when set: eval/calibrate.sh sets the 2019 ones). Each fold refits the
-- logistic start on its own debates, so the held-out debates are never seen. The MAP ranks as the
-- pass does: the claims' lift and a direct quote's floor (cd_cw_claim_lift). Input: the TSV of
-- eval/cw_features.c. The feature `words` is computed here from the texts (CW_TEXTS), with word
-- weights fitted on each fit's own debates only (see word_weights below).
-- Prints the fitted weights as the C table of src/score.c and the training MAP per debate.
local path = assert(arg[1], "usage: calibrate.lua features.tsv")
-- the L2 penalty: 30 did better than 1 on the held-out 2019 training debates (2, 4 and 19 folds)
local LAMBDA = tonumber(os.getenv("CW_LAMBDA") or "") or 30

-- CW_LIFT_SCALE: the claims' lift times this (to weigh score.c's kind_offset against the
-- claim-kind features the fit weighs)
local LIFT_SCALE = tonumber(os.getenv("CW_LIFT_SCALE") or "") or 1
local names, rows = nil, {}
-- A debate is known by its path (cw_features prints it): the two years' training folders hold
-- five debates under the same file name, the same sentences labelled anew. Its day: from the
-- file name (YYYYMMDD), nil for none.
local function day(f)
  local y, m, d = f:match("(%d%d%d%d)(%d%d)(%d%d)[^/]*$")
  return y and os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
end
-- Whether debates f and g are the same event (within a day of each other): one must not teach the
-- other's words.
local function same_event(f, g)
  if f == g then return true end
  local t, u = day(f), day(g)
  return t ~= nil and u ~= nil and math.abs(t - u) <= 86400
end
for line in io.lines(path) do
  local cols = {}
  for c in line:gmatch("[^\t]+") do cols[#cols + 1] = c end
  if not names then
    names = { (table.unpack or unpack)(cols, 5) }
  else
    local x = { 1 }
    for i = 5, #cols do x[#x + 1] = tonumber(cols[i]) end
    -- lift, floored: how the text's claims raise its score in the pass (cd_cw_claim_lift)
    rows[#rows + 1] = { y = tonumber(cols[1]) == 1 and 1 or 0, file = cols[2], x = x,
      lift = tonumber(cols[3]) * LIFT_SCALE, floored = cols[4] == "1" }
  end
end
-- Lone sentences (CW_LONE: the file names whose rows are sentences without a debate around them,
-- ClaimBuster's: eval/claimbuster_rows.lua): no context (their neighbours are other debates'), no
-- say in the word weights (their share of check-worthy sentences is 18 times a debate's, which
-- would make every word of theirs look like a claim's), no MAP of their own; they count in the fit,
-- balanced apart, their total weight CW_LONE_SHARE times the debates'. CW_LONE_WORDS=x: they count in
-- the word weights too, at the debates' base rate, times x.
-- Tried in session 6 with ClaimBuster's fit half (CW_CLAIMBUSTER=1 in eval/calibrate.sh: 5,532
-- sentences, 1,110 check-worthy) and NOT kept: held-out 2019 training MAP at 4 folds 0.2583 without;
-- with, share 1: 0.2511, share 0.1: 0.2554 (2 folds: 0.2538 -> 0.2469 / 0.2475 / 0.2471 at share 1 /
-- 0.5 / 0.25); in the word weights only, x = 1: 0.2456, x = 0.3: 0.2538 (measured before the
-- debates were told apart by path; after: 4 folds 0.2692 without, 0.2662 at share 0.1). ClaimBuster marks every
-- factual claim; CheckThat! what fact-checkers chose to check: more of the first does not teach the
-- second.
local lone_names, lone = {}, {}
for f in (os.getenv("CW_LONE") or ""):gmatch("%S+") do lone_names[f] = true end
for _, r in ipairs(rows) do if lone_names[r.file:match("[^/]*$")] then lone[r.file] = true end end
local LONE_SHARE = tonumber(os.getenv("CW_LONE_SHARE") or "") or 1
local LONE_WORDS = tonumber(os.getenv("CW_LONE_WORDS") or "")
if LONE_WORDS == 0 then LONE_WORDS = nil end
-- The word weights (CW_TEXTS: the rows' texts, one a line; eval/calibrate.sh writes it): a
-- smoothed log-odds of each lower-cased word against the base rate, over the sentences of the
-- debates a fit sees; the feature `words` is the sum of a sentence's (distinct) words' weights.
local WORDS_MIN = tonumber(os.getenv("CW_WORDS_MIN") or "") or 5      -- sentences holding the word
local WORDS_PRIOR = tonumber(os.getenv("CW_WORDS_PRIOR") or "") or 20 -- pseudo-sentences at the base rate
local WORDS_CLIP = tonumber(os.getenv("CW_WORDS_CLIP") or "") or 2    -- |weight| at most
local texts_path = os.getenv("CW_WORDS") ~= "0" and os.getenv("CW_TEXTS") or nil
local words_col, pos_col
if texts_path then
  local n = 0
  for line in io.lines(texts_path) do
    n = n + 1
    local r, seen, list = assert(rows[n], "texts and features differ"), {}, {}
    -- the tokenizer's words: letters with inner apostrophes ("'s" is a token of its own, left
    -- out); counted once a sentence, and summed once a sentence too (as score.c does)
    line = line:gsub("\226\128[\152\153]", "'"):lower()
    for w in line:gmatch("%a[%a']*") do
      local t = w:gsub("'+$", ""):gsub("'s$", "")
      if t ~= "" and not seen[t] then seen[t] = true; list[#list + 1] = t end
    end
    r.words = list
    r.text = line
  end
  assert(n == #rows, "texts and features differ")
  for i, name in ipairs(names) do if name == "words" then words_col = i + 1 end end
  if not words_col then names[#names + 1] = "words"; words_col = #names + 1 end
  -- words_pos: the sum of the positive weights alone (the words worded like checked claims)
  for i, name in ipairs(names) do if name == "words_pos" then pos_col = i + 1 end end
  if not pos_col then names[#names + 1] = "words_pos"; pos_col = #names + 1 end
  for _, r in ipairs(rows) do r.x[words_col] = 0; r.x[pos_col] = 0 end
end
-- CW_EXTRA: a TSV of further feature columns, a header of names then a line per row, to try a
-- feature before writing it in C (eval/calibrate.sh writes the rows' speakers beside their texts,
-- speakers.txt, for features of a transcript's turns). CW_SPEAKERS (that file): the dump
-- (CW_DUMP) names each row's speaker.
if (os.getenv("CW_EXTRA") or "") ~= "" then
  local n, extra = 0, nil
  for line in io.lines(os.getenv("CW_EXTRA")) do
    local cols = {}
    for c in line:gmatch("[^\t]+") do cols[#cols + 1] = c end
    if not extra then
      extra = {}
      for _, name in ipairs(cols) do names[#names + 1] = name; extra[#extra + 1] = #names + 1 end
    else
      n = n + 1
      local r = assert(rows[n], "CW_EXTRA and features differ")
      for i, col in ipairs(extra) do r.x[col] = assert(tonumber(cols[i]), "CW_EXTRA: not a number") end
    end
  end
  assert(n == #rows, "CW_EXTRA and features differ")
end
if (os.getenv("CW_SPEAKERS") or "") ~= "" then
  local n = 0
  for line in io.lines(os.getenv("CW_SPEAKERS")) do
    n = n + 1
    assert(rows[n], "CW_SPEAKERS and features differ").speaker = line:match("\t(.*)$") or ""
  end
  assert(n == #rows, "CW_SPEAKERS and features differ")
end
-- Context: for each feature named in CW_CONTEXT ("words" by default, as score.c reads), the
-- columns prev_NAME and next_NAME hold that feature of the row before and after in the same debate
-- (0 at its ends), prev2_NAME and next2_NAME of the rows two away, as the pass reads the sentences
-- around. The columns of cw_features
-- (zero there: it analyzes each row alone) are filled here, or added.
local function column(name)
  for i, n in ipairs(names) do if n == name then return i + 1 end end
  names[#names + 1] = name
  for _, r in ipairs(rows) do r.x[#names + 1] = 0 end
  return #names + 1
end
local context = {}
for name in (os.getenv("CW_CONTEXT") or "words"):gmatch("[^,]+") do
  local col
  for i, n in ipairs(names) do if n == name then col = i + 1 end end
  assert(col, "CW_CONTEXT: no feature " .. name)
  context[#context + 1] = { from = col, to = column("prev_" .. name), step = -1 }
  context[#context + 1] = { from = col, to = column("next_" .. name), step = 1 }
  context[#context + 1] = { from = col, to = column("prev2_" .. name), step = -2 }
  context[#context + 1] = { from = col, to = column("next2_" .. name), step = 2 }
end
-- near_words: the mean words score of the rows 3 to 6 before and after in the same debate (the
-- passage around, as score.c's NEAR_FROM..NEAR_TO), 0 where there is none
local NEAR_FROM, NEAR_TO = 3, 6
local near_col = words_col and column("near_words")
local function near_words(idx, r)
  local sum, n = 0, 0
  for d = NEAR_FROM, NEAR_TO do
    for _, o in pairs({ rows[idx - d] or false, rows[idx + d] or false }) do
      if o and o.file == r.file then sum, n = sum + o.x[words_col], n + 1 end
    end
  end
  return n > 0 and sum / n or 0
end
local function fill_context()
  for idx, r in ipairs(rows) do
    for _, c in ipairs(context) do
      local o = rows[idx + c.step]
      r.x[c.to] = (o and o.file == r.file and not lone[r.file]) and o.x[c.from] or 0
    end
    if near_col then r.x[near_col] = lone[r.file] and 0 or near_words(idx, r) end
  end
end
fill_context()
-- counts[file][word] = { positive sentences, negative sentences }, and per file the totals
local word_counts
local function count_words()
  word_counts = {}
  for _, r in ipairs(rows) do
    if lone[r.file] and not LONE_WORDS then goto next_row end
    local c = word_counts[r.file]
    if not c then c = { pos = 0, neg = 0, w = {} }; word_counts[r.file] = c end
    if r.y == 1 then c.pos = c.pos + 1 else c.neg = c.neg + 1 end
    for _, t in ipairs(r.words) do
      local e = c.w[t]
      if not e then e = { 0, 0 }; c.w[t] = e end
      e[r.y == 1 and 1 or 2] = e[r.y == 1 and 1 or 2] + 1
    end
    ::next_row::
  end
  -- CW_LONE_WORDS: the lone sentences count in the word weights as if drawn at the debates' base
  -- rate (their negatives times the ratio of the two sources' odds), times CW_LONE_WORDS
  local mp, mn, lp, ln = 0, 0, 0, 0
  for f, c in pairs(word_counts) do
    if lone[f] then lp, ln = lp + c.pos, ln + c.neg else mp, mn = mp + c.pos, mn + c.neg end
  end
  for f, c in pairs(word_counts) do
    if lone[f] and lp > 0 and ln > 0 and mp > 0 then
      local neg_scale = (mn / mp) / (ln / lp)
      c.pos, c.neg = c.pos * LONE_WORDS, c.neg * neg_scale * LONE_WORDS
      for _, e in pairs(c.w) do e[1], e[2] = e[1] * LONE_WORDS, e[2] * neg_scale * LONE_WORDS end
    end
  end
end
local function word_weight(a, b, npos, nneg)
  if a + b < WORDS_MIN or npos == 0 then return 0 end
  local rate = npos / (npos + nneg)
  local v = math.log((a + WORDS_PRIOR * rate) / (b + WORDS_PRIOR * (1 - rate))) - math.log(rate / (1 - rate))
  return math.max(-WORDS_CLIP, math.min(WORDS_CLIP, v))
end
-- The weights from the debates in `use` (all when nil); and the column: a row of a debate in
-- `use` gets the weights of the other debates of `use` (so the fit sees the column as it is on
-- an unseen debate), any other row those of all of `use`.
local function word_weights(use)
  local tot, npos, nneg = {}, 0, 0
  for f, c in pairs(word_counts) do
    if not use or use[f] then
      npos, nneg = npos + c.pos, nneg + c.neg
      for t, e in pairs(c.w) do
        local s = tot[t]
        if not s then s = { 0, 0 }; tot[t] = s end
        s[1], s[2] = s[1] + e[1], s[2] + e[2]
      end
    end
  end
  return tot, npos, nneg
end
-- The counts a row of debate f leaves out: those of f and of the debates of `use` of the same
-- event (the same debate relabelled), nil when f is not in `use`.
local function own_counts(f, use)
  if use and not use[f] then return nil end
  local own = word_counts[f]
  for g, c in pairs(word_counts) do
    if g ~= f and (not use or use[g]) and same_event(f, g) then
      if own == word_counts[f] then -- a copy to add to
        own = { pos = own and own.pos or 0, neg = own and own.neg or 0, w = {} }
        for t, e in pairs(word_counts[f] and word_counts[f].w or {}) do own.w[t] = { e[1], e[2] } end
      end
      own.pos, own.neg = own.pos + c.pos, own.neg + c.neg
      for t, e in pairs(c.w) do
        local o = own.w[t]
        if not o then o = { 0, 0 }; own.w[t] = o end
        o[1], o[2] = o[1] + e[1], o[2] + e[2]
      end
    end
  end
  return own
end
local function set_word_column(use)
  if not words_col then return end
  if not word_counts then count_words() end
  local tot, npos, nneg = word_weights(use)
  local owns = {}
  for _, r in ipairs(rows) do
    local sum, pos = 0, 0
    if owns[r.file] == nil then owns[r.file] = own_counts(r.file, use) or false end
    local own = owns[r.file] or nil
    for _, t in ipairs(r.words) do
      local s, e = tot[t], own and own.w[t]
      if s then
        local a, b = s[1] - (e and e[1] or 0), s[2] - (e and e[2] or 0)
        local v = word_weight(a, b, npos - (own and own.pos or 0), nneg - (own and own.neg or 0))
        sum = sum + v
        if v > 0 then pos = pos + v end
      end
    end
    r.x[words_col] = sum
    r.x[pos_col] = pos
  end
  fill_context()
  return tot, npos, nneg
end
set_word_column()

local k = #names + 1
-- each row's weight in the fit (r.c): the positives weighted to balance the classes, the debates'
-- and the lone sentences' apart, the lone ones' total CW_LONE_SHARE times the debates'
local npos, nneg, lone_pos, lone_neg = 0, 0, 0, 0
for _, r in ipairs(rows) do
  if lone[r.file] then lone_pos, lone_neg = lone_pos + r.y, lone_neg + 1 - r.y
  else npos, nneg = npos + r.y, nneg + 1 - r.y end
end
local balance = os.getenv("CW_BALANCE") ~= "0"
local wpos = balance and nneg / math.max(npos, 1) or 1
local lone_wpos = balance and lone_neg / math.max(lone_pos, 1) or 1
local lone_scale = LONE_SHARE * (nneg + wpos * npos) / math.max(lone_neg + lone_wpos * lone_pos, 1)
for _, r in ipairs(rows) do
  if lone[r.file] then r.c = lone_scale * (r.y == 1 and lone_wpos or 1)
  else r.c = r.y == 1 and wpos or 1 end
end
if lone_pos + lone_neg > 0 then
  io.stderr:write(string.format("calibrate: %d lone sentences (%d check-worthy), share %g\n",
    lone_pos + lone_neg, lone_pos, LONE_SHARE))
end

local function solve(A, b) -- Gaussian elimination with partial pivoting
  local n = #b
  for c = 1, n do
    local p = c
    for r = c + 1, n do if math.abs(A[r][c]) > math.abs(A[p][c]) then p = r end end
    A[c], A[p], b[c], b[p] = A[p], A[c], b[p], b[c]
    for r = c + 1, n do
      local f = A[r][c] / A[c][c]
      if f ~= 0 then
        for j = c, n do A[r][j] = A[r][j] - f * A[c][j] end
        b[r] = b[r] - f * b[c]
      end
    end
  end
  local x = {}
  for r = n, 1, -1 do
    local s = b[r]
    for j = r + 1, n do s = s - A[r][j] * x[j] end
    x[r] = s / A[r][r]
  end
  return x
end

-- Features left out (CW_DROP=name,name: their weight stays 0), to compare feature sets on the
-- held-out debates by the same procedure.
local dropped = {}
for name in (os.getenv("CW_DROP") or ""):gmatch("[^,]+") do dropped[name] = true end
local function kept(i) return i == 1 or not dropped[names[i - 1]] end

local w = {}
for i = 1, k do w[i] = 0 end
-- The balanced, L2-penalized logistic fit on the rows whose debate is in `use` (all when nil),
-- into w.
local function fit_logistic(use)
  for i = 1, k do w[i] = 0 end
  for iter = 1, 12 do
    local g, H = {}, {}
    for i = 1, k do
      g[i] = (i > 1) and LAMBDA * w[i] or 0
      H[i] = {}
      for j = 1, k do H[i][j] = (i == j and (i > 1 or not kept(i))) and LAMBDA or 0 end
    end
    for _, r in ipairs(rows) do
      if not use or use[r.file] then
        local x, z = r.x, r.lift
        for i = 1, k do z = z + w[i] * x[i] end
        local p = 1 / (1 + math.exp(-z))
        local c = r.c
        local d = c * (p - r.y)
        local h = c * p * (1 - p)
        for i = 1, k do
          local xi = x[i]
          if xi ~= 0 and kept(i) then
            g[i] = g[i] + d * xi
            local Hi = H[i]
            for j = i, k do if x[j] ~= 0 and kept(j) then Hi[j] = Hi[j] + h * xi * x[j] end end
          end
        end
      end
    end
    for i = 1, k do for j = 1, i - 1 do H[i][j] = H[j][i] end end
    local step = solve(H, g)
    local size = 0
    for i = 1, k do w[i] = w[i] - step[i]; size = math.max(size, math.abs(step[i])) end
    if size < 1e-6 then break end
  end
end
-- CW_LOSS=rank: the pairwise (rank) fit instead: the logistic loss of each check-worthy row scoring
-- below another row of its debate (z_pos - z_neg, the claims' lift included), L2-penalized
-- (CW_RANK_LAMBDA), by Newton's method, negatives every CW_RANK_STRIDE-th row of the debate. MAP
-- reads the rank within a debate, so this was the natural try, but on the held-out 2019 training
-- debates (2 folds, stride 4) it did worse than the balanced logistic fit (0.2538): MAP 0.2337,
-- 0.2410, 0.2445, 0.2401 for a penalty of 30, 3e3, 3e4, 3e5. Weighting the pairs by
-- |1/rank_pos - 1/rank_neg| from the logistic start (LambdaRank-like, penalized toward the start)
-- did worse too (0.2248 at a penalty of 1e3, 0.2460 at 1e4): like the rounds of ascent, what
-- sharpens the top of the training debates' ranking does not carry to unseen ones.
-- Also tried in session 5 on the held-out 2019 training debates (MAP at 2 / 4 / 17 folds; the
-- features as they stand: 0.2538 / 0.2583 / 0.2518) and not kept, none clearly better: features of
-- the speaker's turn (its first row, log of its length, a turn of 1-2 rows: 0.2550, 0.2539, 0.2538
-- at 2 folds), a figure with a comparison or change, a promise (I/we/you opening with a modal),
-- someone else's past (0.2528 the three; any two at most 0.2538), a figure among the first tokens,
-- a short statement about someone else (0.2558 / 0.2569 / 0.2522), the neighbours' past form,
-- quantity, figure, subject or question as context (past: 0.2561 / 0.2610 / 0.2545, but it lowers
-- every sentence of a story told in the past), the claims' lift times 0, 0.5 or 2, MIN_CUE 0.05 to
-- 0.3, the bounds as constraints of the fit instead of a clamp after it (0.2459 / 0.2520 / 0.2443),
-- no bounds (0.2441 / 0.2481 / 0.2380), no class balance (0.2424).
-- Tried in session 6 and not kept (held-out 2019 training MAP; "was" the baseline of the same tool):
-- a short rebuttal (8 words at most with a negation or wrong/false/lie: 'I don't know Putin',
-- 'That's wrong', the shape of many low-ranked check-worthy rows) 2 folds 0.2661, 4 folds 0.2690 (was
-- 0.2654 / 0.2692); the words wrong/false/untrue/lie alone 0.2636 / 0.2692; a speaker who asks
-- (a moderator: 15% or 30% of the speaker's rows in the debate are questions) 4 folds 0.2774 / 0.2771
-- (was 0.2777: moderators' rows rank low already; its fitted weight -1.77 moves no check-worthy
-- row); the L2 penalty 10 or 100 instead of 30: 0.2786 / 0.2784 (was 0.2777, flat). What the
-- top-ranked unchecked rows hold (CW_DUMP): long sentences of figures a fact-checker could have
-- checked and did not (a president's round figure for last year's trade deficit in goods): no
-- feature of the text tells them apart.
-- Tried in session 7 and not kept (held-out 2019 training MAP at 2 / 4 folds; the baseline of the
-- same tool 0.2723 / 0.2800, 19 folds 0.2713; its noise is about 0.003), each prototyped here from
-- the rows' texts and columns: (1) the record: a subject (I, we, you, he, she, they or a capitalized
-- name) right before a past form ('Senator Sanders voted for that', 'I supported that'), told by
-- whose it is or not: someone else's 0.2715 / 0.2744 (weight +0.37), any 0.2669, apart 0.2695;
-- the third person, a person or a subject with an act, a past form, a stance, a negation, a
-- change or a figure (interactions, one at a time): 0.2692-0.2735 at 2 folds, third x act 0.2793
-- at 4; the moderator's challenge (a source with 'you', 'you' with a figure): 0.2726 / 0.2707;
-- (2) the document: what comes back in the debate (computed once a debate): a word pair said
-- in another row 0.2716 / 0.2791, their count or share 0.2684 / 0.2715, a figure said again
-- 0.2710 / 0.2785 (weight -0.39), long words said again 0.2730 / 0.2804, the neighbours' own
-- log-odds as context (fitted to a fixed point) 0.2654-0.2666 / 0.2754; (3) the top of the
-- ranking: no two of the first 20 rows of a held-out debate tie (none of 361 pairs; the pass on
-- the 2019 training debates: none either) and no row there sits at a quote's floor: nothing
-- flattens it; (4) the fit: positives weighted by the odds to the power 0.5 / 0.75 / 1.25 (0.2679
-- / 0.2676 / 0.2680), each debate balanced within and weighted alike (0.2591-0.2637), the 2019
-- debates alone (0.2314 / 0.2505: the 2020 training debates help), the word weights of a
-- logistic fit over the words (L2 1e-4 to 1e-2, five groups of debates held out for the column:
-- 0.2405-0.2569), word pairs among the words 0.2689 / 0.2830, the words' sum over the square root
-- of their count 0.2754 / 0.2796, WORDS_PRIOR 10 / 40, WORDS_MIN 3 / 10, WORDS_CLIP 1 / 3 (0.2637-
-- 0.2729), a hinge of the words' sum 0.2676-0.2691, every product of two of 16 cue features (120
-- columns: 0.2419 at L2 30, 0.2626 at 300), words cut to a crude stem (-s, -es, -ed, -ing, -ies)
-- before their weights 0.2679 / 0.2704, the largest word weight of the sentence as a feature
-- (0.2722 / 0.2817 / 19 folds 0.2733 against 0.2713: within noise, and its weight 0.83 would let one
-- clipped word of 2.0, 'sidney' or 'screen', lift a story's sentence by 1.7). Among the first 30
-- rows of each held-out debate the unchecked ones speak more of a third party (0.40 against 0.24)
-- and in the past (0.64 / 0.49), the checked ones hold more figures (0.57 / 0.41): products of
-- the third person or the past with a figure or a quantity take weights of -0.3 to -0.55 but
-- 0.2726-0.2745 at 2 folds. The features of each debate analyzed as one
-- document (CW_DOC=1 in eval/cw_features.c, as the suite analyzes it; 709 rows differ in the
-- people named, 133 in the subject) rank the same: 0.2718 / 0.2799 / 19 folds 0.2711.
-- Tried in session 8 and not kept (held-out 2019 training MAP at 2 / 4 / 19 folds; the baseline
-- 0.2696 / 0.2801 / 0.2711), each prototyped through CW_EXTRA or here: (1) a transcript's turns
-- (the speakers of speakers.txt): a claim the next turn of another speaker disputes (its first two
-- rows open with no, wrong, false, not true, that's a lie, untrue, incorrect ...; the last three
-- rows of the disputed turn are check-worthy at 3.5%, all rows at 1.6%, but 25 of 913): the
-- turn's last row 0.2712 / 0.2804 / 0.2714, its last three 0.2725 / 0.2802 / 0.2732 (weight +1.08),
-- the whole turn 0.2717 / 0.2781 / 0.2716; the rebuttal itself is checked at 1.0%; the context
-- read from the same speaker's rows only (others' skipped) 0.2694 / 0.2739, from the same turn only
-- 0.2679 / 0.2698; the mean words of the turn's other rows and of the speaker's other rows in the
-- debate 0.2691 / 0.2796; naming another speaker of the debate 0.2700 / 0.2796 (none of the 123
-- rows naming a moderator is checked, weight -0.70: 0.2699 / 0.2797); the row before an
-- '(APPLAUSE)' is checked less (1.2%), not more. The moderators (a speaker whose rows are 15% or
-- more questions) say 10 of the 913 checked rows, but hold 1 to 4 of a held-out debate's first
-- 30: nothing to gain there (as in session 6). Speaker labels written into the text as a
-- transcript prints them ('TRUMP: ...'), ranked by the pass (eval/heldout_pass.sh): per fold
-- 0.3146 / 0.2473 against 0.3128 / 0.2480, neither help nor harm. (2) The fit: 20 to 100 boosted
-- stumps after the linear fit (shrinkage 0.02-0.1, L2 100-3000) 0.2624-0.2662 at 2 folds; the
-- 2020 debates weighed 0.15 / 0.3 / 0.5 times in the fit 0.2613 / 0.2633 / 0.2643, 2 times
-- 0.2736 / 0.2813 / 0.2714, 10 times 0.2744 (2 folds) / 0.2678 (19). (3) The nearest checked claim
-- (stump claims come back): the largest Jaccard overlap of a row's content-word pairs and long
-- words with a check-worthy row of another event's debate (14 of 125 rows over 0.5 checked)
-- 0.2733 / 0.2800 / 0.2712 (weight +1.32), over 0.3 or squared 0.2701-0.2789. Against the rank
-- the logistic fit gives them in their held-out debate, percentages (33 checked where 21 were
-- expected), figures (120 / 99) and 'jobs' (38 / 21) are under-ranked, though a fit on the 2019
-- debates alone weighs figures about the same (number 0.73 against 0.67, money 0.51 / 0.41,
-- quantity 0.44 / 0.50) and does worse (above): a lead, not a fix.
-- Session 9 (held-out 2019 training MAP at 2 / 4 folds; the baseline 0.2696 / 0.2801, 19 folds
-- 0.2711), each through CW_EXTRA or a column beside `words`. Why the test debates rank worse: MAP
-- averages AP over debates, and AP follows a debate's share of check-worthy rows: the 19 training
-- debates held out hold 5.1% on average (Medicare 25%, the Oval Office 12.7%), the 7 test debates of
-- 2019 2.5% (three primaries of 1,400-1,700 rows at 0.7-1.5%); AP over that share is 8.3x held out
-- (median 6.6x) and 5.5x on test; at the held-out median the test MAP would be about 0.16, so most of
-- 0.28 against 0.14 is the share, the rest the ranking (eval/heldout_pass.lua prints both). Word
-- weights fitted on one year's training debates alone rank the 2019 test debates (the word sum
-- alone) at 0.129 from 2019, 0.116 from 2020, 0.132 from both: 2019's test labels are nearer 2019's.
-- Not kept: the row's place in its speaker's turn (its share of the way, the last row, the fourth
-- or later, log of the place) 0.2699 / 0.2802, 0.2690 / 0.2791, 0.2668 / 0.2780, 0.2665 / 0.2758;
-- a figure with a time anchor 0.2710 / 0.2756, with a comparison 0.2668 / 0.2759, a quantity with
-- a comparison 0.2700 / 0.2790, 'we' with a past form and a figure 0.2681 / 0.2791, a percentage
-- 0.2682 / 0.2761, a superlative's scope with a comparison 0.2697 / 0.2801; a condition ('if'
-- anywhere, opening the row, with would/could/will; 'would'/'could' alone) 0.2704 / 0.2799, 0.2696 /
-- 0.2792, 0.2693 / 0.2797, 0.2691 / 0.2805. The word sum over the row's length, as a column beside
-- it (the sum over the replaced: over the count of distinct words 0.2522 / 0.2573), is the one that
-- gained at every fold count: over the distinct words' count 0.2748 / 0.2821 / 19 folds 0.2743,
-- over its square root 0.2734 / 0.2849 / 0.2761, its log 0.2723 / 0.2846 / 0.2765, the positive sum
-- over the count 0.2744 / 0.2852 / 0.2756, over the square root of the tokens (words and figures,
-- as score.c counts them) 0.2754 / 0.2823; the pass itself with that column (eval/heldout_pass.sh, 2
-- folds) 0.2804 -> 0.2846. Below the +0.005 a change must clear: left on branch clef-norm (commit
-- 'CW_WORDS_NORM'; ClaimBuster F1 0.716 -> 0.729 there, 722 of corpus5's claims cross 0.5 upward).
-- 153 rows of the 2019 test debates (1 check-worthy: a count of new jobs that ends
-- 'including —') and 271 of its training debates (2) end without . ! ? and so score as headlines
-- (sentences.c), most of them cut off by a dash or a comma; too few checked ones to move a MAP.
-- Session 10 (held-out 2019 training MAP at 2 / 4 / 19 folds; the baseline 0.2707 / 0.2781 / 0.2690),
-- from the check-worthy training rows ranked lowest and the unchecked ones ranked highest (CW_DUMP).
-- KEPT: a superlative said of something (score.c's CW_RANKED: a form of be or have, at most one
-- word, 'the' and a superlative of data/compare_words.tsv that is no judgement: 'we have the
-- lowest rate', 'it is probably the largest plant'; 235 rows, 28 checked, 7 times the base rate)
-- 0.2732 / 0.2857 / 0.2747, weight +0.91 (the fit's other weights move by 0.03 at most but
-- claim_cmp, 0.25 -> 0.05 in a refit: left as they are); the pass itself (eval/heldout_pass.sh)
-- 0.2797 -> 0.2859. With the judgement superlatives ('the best', 'the worst', 'the most
-- important') 0.2728 / 0.2845 / 0.2742 and on BBC 22 of 40 changed claims right against 29 of 40
-- without them; the gap word limited to no -ing/-ed/-en form 0.2721 / 0.2849 / 0.2712. Not kept,
-- each prototyped through CW_EXTRA: 'we have' with a superlative, a comparative or a figure
-- 0.2732 / 0.2807 (64 rows); 'we have/had' with any of those 0.2667 / 0.2806; a figure after 'we
-- have' 0.2705 / 0.2781; 'we' with lost/spent/added/created/cut 0.2702 / 0.2775; 'our' before a
-- statistic noun 0.2697 / 0.2763; 'there are/we have' with a figure or a superlative 0.2705 /
-- 0.2815; the opponent's plan ('you're/he's going to ...' 0.2703 / 0.2808, 'you/he/she/they
-- want(s)/will/would' 0.2706 / 0.2780), the opponent's record told to them ('you said/voted/
-- supported ...' not a question: 0.2701 / 0.2807; with the plan 0.2722 / 0.2818 / 0.2706 beside
-- 'we have'); the country's state (a statistic noun with up/down/worse/rose/fell ...) 0.2713 /
-- 0.2779; a comparison to the past (since, ago, than ever, in N years with a change or a
-- comparative) 0.2706 / 0.2779. On top of CW_RANKED (0.2732 / 0.2857 / 0.2747), none gains 0.005
-- at every fold count: 'we have' 0.2748 / 0.2871 / 0.2748, the opponent's plan or record 0.2737 /
-- 0.2872 / 0.2748, the country's state 0.2743 / 0.2873 / 0.2765, 'for the first time' 0.2733 /
-- 0.2856 / 0.2746, 'in N years' or 'since YYYY' 0.2744 / 0.2848 / 0.2734, a percentage of the
-- country's people 0.2730 / 0.2849 / 0.2758, a country named with a figure 0.2723 / 0.2850 /
-- 0.2743, a report or experts with a figure 0.2722 / 0.2861 / 0.2744. On the test debates
-- (make eval) CW_RANKED leaves the 2019 MAP at 0.1395 and moves 2020's 0.0891 -> 0.0881, ClaimBuster
-- F1 0.7182 -> 0.7180: it helps the held-out training debates, not the test ones.
local RANK_LAMBDA = tonumber(os.getenv("CW_RANK_LAMBDA") or "") or 30
local RANK_STRIDE = tonumber(os.getenv("CW_RANK_STRIDE") or "") or 1
-- The rows of each debate in `use`, as lists of positives and negatives.
local function debate_rows(use)
  local by, list = {}, {}
  for _, r in ipairs(rows) do
    if not use or use[r.file] then
      local t = by[r.file]
      if not t then t = { pos = {}, neg = {} }; by[r.file] = t; list[#list + 1] = t end
      if r.y == 1 then t.pos[#t.pos + 1] = r else t.neg[#t.neg + 1] = r end
    end
  end
  return list
end
-- The log-odds of row r under w, the claims' lift included.
local function row_z(r)
  local z = r.lift
  for i = 2, k do if r.x[i] ~= 0 then z = z + w[i] * r.x[i] end end
  return z
end
-- Adds pair (p, n)'s loss gradient and Hessian into g and H over the features either row holds.
local function add_pair(p, n, g, H)
  local q = 1 / (1 + math.exp(p.z - n.z)) -- the probability the pair is ranked wrong
  local h = q * (1 - q)
  local d, idx = {}, {}
  for i = 2, k do
    local di = kept(i) and p.x[i] - n.x[i] or 0
    if di ~= 0 then d[#d + 1] = di; idx[#idx + 1] = i end
  end
  for a = 1, #idx do
    local i, di = idx[a], d[a]
    g[i] = g[i] - q * di
    local Hi = H[i]
    for b = 1, #idx do Hi[idx[b]] = Hi[idx[b]] + h * di * d[b] end
  end
end
local function fit_rank(use)
  for i = 1, k do w[i] = 0 end
  local debates = debate_rows(use)
  for _ = 1, 15 do
    local g, H = {}, {}
    for i = 1, k do
      g[i] = RANK_LAMBDA * w[i]
      H[i] = {}
      for j = 1, k do H[i][j] = (i == j) and RANK_LAMBDA or 0 end
    end
    for _, t in ipairs(debates) do
      for _, r in ipairs(t.pos) do r.z = row_z(r) end
      for _, r in ipairs(t.neg) do r.z = row_z(r) end
      for _, p in ipairs(t.pos) do
        for ni = 1, #t.neg, RANK_STRIDE do add_pair(p, t.neg[ni], g, H) end
      end
    end
    local step = solve(H, g) -- the bias has no pair: it stays 0 here and is fitted at the end
    local size = 0
    for i = 2, k do w[i] = w[i] - step[i]; size = math.max(size, math.abs(step[i])) end
    if size < 1e-5 then break end
  end
end
if os.getenv("CW_LOSS") == "rank" then fit_logistic = fit_rank end
fit_logistic()

-- training MAP per debate: the rows grouped by debate, ranked by z (ties keep the input order)
local by_file, order = {}, {}
for idx, r in ipairs(rows) do
  if not by_file[r.file] then by_file[r.file] = {}; order[#order + 1] = r.file end
  local t = by_file[r.file]
  t[#t + 1] = r
  r.order = idx
end
local function score_rows()
  for _, r in ipairs(rows) do
    local z = 0
    for i = 1, k do z = z + w[i] * r.x[i] end
    r.z = z
  end
end
-- the log-odds the pass ranks by: the claims' lift, and a direct quote's floor: below 0.5, its
-- score becomes 0.5 plus 0.02 times its own (score.c's QUOTE_FLOOR_BAND: floored quotes keep their order)
local function rank_value(r)
  local v = r.z + r.lift
  if r.floored and v < 0 then
    local p = 0.5 + 0.02 / (1 + math.exp(-v))
    v = math.log(p / (1 - p))
  end
  return v
end
local function by_z(a, b)
  if a.v ~= b.v then return a.v > b.v end
  return a.order < b.order
end
-- MAP over the debates in `files` (default: all)
local function training_map(files)
  local sum, nf = 0, 0
  for _, f in ipairs(files or order) do
    if lone[f] then goto next_file end
    local t = by_file[f]
    for _, r in ipairs(t) do r.v = rank_value(r) end
    table.sort(t, by_z)
    local hits, ap = 0, 0
    for rank, e in ipairs(t) do
      if e.y == 1 then hits = hits + 1; ap = ap + hits / rank end
    end
    if hits > 0 then sum = sum + ap / hits; nf = nf + 1 end
    ::next_file::
  end
  return sum / math.max(nf, 1), nf
end
score_rows()
local map, nf = training_map()
io.stderr:write(string.format("calibrate: %d sentences (%d check-worthy), %d debates, logistic fit: training MAP %.4f\n",
  #rows, npos, nf, map))

-- then coordinate ascent on the training MAP itself (the ranking is what the task measures),
-- in steps that shrink; each change must raise the MAP by more than a hair.
-- The cues the score's rules name keep at least MIN_CUE of weight, so that each rule still acts;
-- the descriptive features (we, third person, past, negation, length, figures with statistics) may
-- take either sign.
local MIN_CUE = 0.1
local lowers = { hedge = true, opinion = true, first = true, you = true, modal = true, courtesy = true,
  question = true, short = true, vague = true, bare_opinion = true }
local raises = { number = true, year = true, money = true, numword = true, stat = true, compare = true,
  change = true, action = true, attrib = true, time = true, name = true, scope = true, stance = true
  }
local function allowed(i, v)
  local name = names[i - 1]
  if not kept(i) then return v == 0 end
  if lowers[name] then return v <= -MIN_CUE end
  if raises[name] then return v >= MIN_CUE end
  if name:match("^claim_") then return v >= 0 end
  return true
end
local function clamp()
  for i = 2, k do
    if not allowed(i, w[i]) then
      local name = names[i - 1]
      w[i] = kept(i) and (lowers[name] and -MIN_CUE or raises[name] and MIN_CUE) or 0
    end
  end
end
clamp()

local function shift(files, i, d)
  for _, f in ipairs(files) do
    for _, r in ipairs(by_file[f]) do r.z = r.z + d * r.x[i] end
  end
end

-- `rounds` rounds of ascent on the debates `fit`, from weights `start`; after each round the MAP
-- on `held` (if any) goes into the returned list. Leaves the fitted weights in w.
local function ascend(start, rounds, fit, held)
  for i = 1, k do w[i] = start[i] end
  score_rows()
  local history, current = {}, training_map(fit)
  for round = 1, rounds do
    local step = 0.4 / round
    for i = 2, k do
      local best_d, best = 0, current
      for _, d in ipairs({ -step, step, -2 * step, 2 * step }) do
        shift(fit, i, d)
        local m = training_map(fit)
        shift(fit, i, -d)
        if m > best + 1e-4 and allowed(i, w[i] + d) then best, best_d = m, d end
      end
      if best_d ~= 0 then
        w[i] = w[i] + best_d
        shift(fit, i, best_d)
        current = best
      end
    end
    if held then
      score_rows()
      history[round] = training_map(held)
    end
  end
  score_rows()
  return history, current
end

-- how many rounds: the count that does best on held-out debates (CW_FOLDS folds, 2 by default:
-- debate n goes to fold n % folds). Each fold's fit, the logistic one too, sees only its own debates.
local nfolds = tonumber(os.getenv("CW_FOLDS") or "") or 2
-- CW_TARGET (file names): the held-out folds are made of these debates only (the task the score
-- is for); the other debates always stay in the fit, except those within a day of a held-out
-- debate (the same event under another name). CW_TARGET_ONLY=1: the fit sees the target
-- debates only, the final one too.
local target, target_only = nil, os.getenv("CW_TARGET_ONLY") == "1"
if (os.getenv("CW_TARGET") or "") ~= "" then
  target = {}
  for f in os.getenv("CW_TARGET"):gmatch("%S+") do target[f] = true end
end
local function near(f, held)
  local t = day(f)
  for _, h in ipairs(held) do
    local u = day(h)
    if t and u and math.abs(t - u) <= 86400 then return true end
  end
  return false
end
local pool = {}
for _, f in ipairs(order) do if not target or target[f] then pool[#pool + 1] = f end end
local every = target_only and pool or order
local every_use = {}
for _, f in ipairs(every) do every_use[f] = true end
set_word_column(every_use)
fit_logistic(every_use)
clamp()
local full = {}
for i = 1, k do full[i] = w[i] end
local folds = {}
for fold = 1, nfolds do folds[fold] = {} end
for n, f in ipairs(pool) do table.insert(folds[n % nfolds + 1], f) end
local max_rounds = tonumber(os.getenv("CW_ROUNDS") or "") or 3
local dump = os.getenv("CW_DUMP") and assert(io.open(os.getenv("CW_DUMP"), "w"))
local held_map = { [0] = 0 }
for fold = 1, nfolds do
  local fit, held, use = {}, folds[fold], {}
  local is_held = {}
  for _, f in ipairs(held) do is_held[f] = true end
  for _, f in ipairs(every) do
    if not is_held[f] and not (target and near(f, held)) then fit[#fit + 1] = f; use[f] = true end
  end
  set_word_column(use)
  fit_logistic(use)
  clamp()
  local start = {}
  for i = 1, k do start[i] = w[i] end
  score_rows()
  held_map[0] = held_map[0] + training_map(held) / nfolds
  if dump then -- CW_DUMP: the held-out rows as the fold's logistic fit ranks them
    for _, f in ipairs(held) do
      for _, r in ipairs(by_file[f]) do
        dump:write(string.format("%s\t%d\t%.4f\t%s%s\n", f, r.y, rank_value(r),
          r.speaker and r.speaker .. "\t" or "", r.text or ""))
      end
    end
  end
  local history = ascend(start, max_rounds, fit, held)
  for r = 1, max_rounds do held_map[r] = (held_map[r] or 0) + history[r] / nfolds end
end
local words_tot, words_npos, words_nneg = set_word_column(every_use)
-- the mean word sums of a sentence (each row's from the other debates' weights, as an unseen
-- sentence's): score.c's WORDS_MEAN and WORDS_POS_MEAN, the wording a reason must pass
if words_col then
  local sum, pos, n = 0, 0, 0
  for _, r in ipairs(rows) do
    if not lone[r.file] then sum, pos, n = sum + r.x[words_col], pos + r.x[pos_col], n + 1 end
  end
  io.stderr:write(string.format("calibrate: mean words %.2f, words_pos %.2f (score.c WORDS_MEAN, WORDS_POS_MEAN)\n",
    sum / n, pos / n))
end
local start = full
local rounds = 0
for r = 1, max_rounds do
  if held_map[r] > held_map[rounds] then rounds = r end
end
for r = 0, max_rounds do
  io.stderr:write(string.format("calibrate: %d rounds: held-out MAP %.4f%s\n", r, held_map[r], r == rounds and " (chosen)" or ""))
end
local _, final = ascend(start, rounds, every)
io.stderr:write(string.format("calibrate: %d rounds on every training debate: training MAP %.4f\n", rounds, final))

-- the bias that fits the (balanced) log-likelihood best for these weights, so that a score of
-- 0.5 keeps its meaning
for _ = 1, 20 do
  local g, h = 0, 0
  for _, r in ipairs(rows) do
    local z = r.z - w[1] + w[1]
    local p = 1 / (1 + math.exp(-z))
    local c = r.c
    g, h = g + c * (p - r.y), h + c * p * (1 - p)
  end
  w[1] = w[1] - g / h
  for _, r in ipairs(rows) do r.z = r.z - g / h end
end

print(string.format("static const double bias = %.2f;", w[1]))
print("static const double weights[CW_NFEAT] = {")
for i, n in ipairs(names) do
  print(string.format("    [CW_%s] = %.2f,", n:upper(), w[i + 1]))
end
print("};")

-- The word list (CW_WORDS_OUT): every word of the training debates with enough support and a
-- weight of 0.01 or more either way, as data/cw_words.tsv.
local function write_words(out_path, words_tot, words_npos, words_nneg)
  local list = {}
  for t, s in pairs(words_tot) do
    local v = word_weight(s[1], s[2], words_npos, words_nneg)
    if math.abs(v) >= 0.005 then list[#list + 1] = { t, v } end
  end
  table.sort(list, function(a, b) return a[1] < b[1] end)
  local fp = assert(io.open(out_path, "w"))
  fp:write("# Word weights of the check-worthiness score (src/score.c, feature CW_WORDS): GENERATED by\n")
  fp:write("# eval/calibrate.sh (eval/calibrate.lua) from the CheckThat! 2019 task 1 and 2020 task 5\n")
  fp:write("# TRAINING debates only (those within a day of a test debate left out). Do not edit.\n")
  fp:write("# Licence: the debates are \"free for general research use\" (their README); these weights are\n")
  fp:write("# derived from them. A newsroom that ships copydesk beyond research should check that licence or\n")
  fp:write("# regenerate this file from its own labelled sentences (CW_WORDS_OUT=... sh eval/calibrate.sh).\n")
  fp:write(string.format("# word TAB smoothed log-odds of a check-worthy sentence: support >= %d sentences,\n", WORDS_MIN))
  fp:write(string.format("# prior %g pseudo-sentences at the base rate, clipped to +-%g.\n", WORDS_PRIOR, WORDS_CLIP))
  for _, e in ipairs(list) do fp:write(string.format("%s\t%.2f\n", e[1], e[2])) end
  fp:close()
  io.stderr:write(string.format("calibrate: %d words written to %s\n", #list, out_path))
end
local out_path = os.getenv("CW_WORDS_OUT")
if out_path and words_tot then write_words(out_path, words_tot, words_npos, words_nneg) end
-- CW_FOLD_OUT=prefix: each fold's word list (from its fit's debates only) and its held-out
-- debates, as prefixN.tsv and prefixN.held: eval/heldout_pass.sh builds the pass with each list
-- and ranks the held-out debates as the suite does, to measure the pass itself, not this model
-- of it
local fold_out = os.getenv("CW_FOLD_OUT")
if fold_out and words_col then
  for fold = 1, nfolds do
    local held, use, is_held = folds[fold], {}, {}
    for _, f in ipairs(held) do is_held[f] = true end
    for _, f in ipairs(every) do
      if not is_held[f] and not (target and near(f, held)) then use[f] = true end
    end
    local tot, np, nn = word_weights(use)
    write_words(fold_out .. fold .. ".tsv", tot, np, nn)
    local fp = assert(io.open(fold_out .. fold .. ".held", "w"))
    for _, f in ipairs(held) do fp:write(f, "\n") end
    fp:close()
  end
end
