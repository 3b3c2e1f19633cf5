-- `make test-corpus-scan`: the project must hold no text of the research-only corpora it is
-- measured on. Finds every run of 8 or more consecutive words that a tracked file (`git ls-files`,
-- text files) shares with the BBC news stories, the Reuters-21578 bodies, the Zyte pages, the CLEF
-- CheckThat! debates, ClaimBuster's sentences, chequeabot's, or the inputs of the Recognizers-Text
-- and quantulum3 cases; prints each as file:line: phrase
-- (and where the corpus has it) and exits 1 when there is one.
--
--   lua5.4 tools/corpus_scan.lua [ROOT]        (ROOT: the checkout, default ".")
--
-- Words are runs of letters and digits (any byte of a multi-byte UTF-8 letter counts), lower-cased;
-- punctuation, quote marks, dashes, markup, entities and C/Lua/JSON escapes ("\n", "\xE2\x80\x99")
-- separate words and are otherwise ignored, and so are line breaks. The 8-word shingles of the
-- project's files (small) are hashed into a set; the corpora are streamed against it, one rolling
-- hash per word. The corpora are found as eval/ and bench/ find them: $CD_CORPORA, else
-- ROOT/../shared/corpora (else, in a git worktree, beside the main checkout). Absent: "skipped".
local N = 8
local root = arg[1] or "."

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() return true end
  return false
end

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function lines_of(cmd)
  local p = assert(io.popen(cmd, "r"))
  local out = {}
  for l in p:lines() do out[#out + 1] = l end
  p:close()
  return out
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function corpora_dir()
  local env = os.getenv("CD_CORPORA")
  if env and env ~= "" then return env end
  local c = root .. "/../shared/corpora"
  if exists(c .. "/bbc-news/README.TXT") then return c end
  -- a worktree: the main checkout's .git is the common dir; its parent is the main checkout
  local common = lines_of("git -C " .. sh_quote(root) .. " rev-parse --path-format=absolute --git-common-dir 2>/dev/null")[1]
  if common then
    local main = common:match("^(.*)/[^/]+/?$")
    if main and exists(main .. "/../shared/corpora/bbc-news/README.TXT") then return main .. "/../shared/corpora" end
  end
  return c
end

-- Text -> words: what is not a letter or digit separates. Escapes first (so "\nThe" is "the", not
-- "nthe"), then UTF-8 punctuation (general punctuation U+2000-U+206F: quotes, dashes, ellipsis;
-- Latin-1 punctuation and the no-break space), then entities.
local function normalize(s)
  s = s:gsub("\\x%x%x", " "):gsub("\\u%x%x%x%x", " "):gsub("\\%d%d?%d?", " "):gsub("\\[^\n]", " ")
  s = s:gsub("\226[\128\129][\128-\191]", " "):gsub("\194[\128-\191]", " ")
  s = s:gsub("&#?%w+;", " ")
  return s:lower()
end

-- Word ids: only words of the project count; any other word breaks a window.
local vocab, nvocab = {}, 0
local B = 1000003                   -- rolling hash base; integer arithmetic wraps mod 2^64
local BN = 1                        -- B^N
for _ = 1, N do BN = BN * B end

local shingles = {}                 -- hash -> { {file, word index}, ... }
local files = {}                    -- { name, words, lines, hit = {first word of a shared shingle -> src} }

-- The project: every tracked text file.
for _, name in ipairs(lines_of("git -C " .. sh_quote(root) .. " ls-files")) do
  local text = read(root .. "/" .. name)
  if text and not text:find("\0", 1, true) then
    local words, lines = {}, {}
    -- a word's line: the newlines before it in the normalized text, which keeps every newline
    -- byte of the raw text (an escape "\\n" is two other bytes; "\\" before a newline stays)
    local norm = normalize(text)
    local line, last = 1, 1
    for pos, w in norm:gmatch("()([%w\128-\255]+)") do
      local _, nl = norm:sub(last, pos - 1):gsub("\n", "")
      line, last = line + nl, pos
      words[#words + 1], lines[#lines + 1] = w, line
    end
    local f = { name = name, words = words, lines = lines, hit = {} }
    files[#files + 1] = f
    local h, ids = 0, {}
    for i, w in ipairs(words) do
      local id = vocab[w]
      if not id then nvocab = nvocab + 1 vocab[w] = nvocab id = nvocab end
      ids[i] = id
      h = h * B + id
      if i > N then h = h - ids[i - N] * BN end
      if i >= N then
        local list = shingles[h]
        if not list then list = {} shingles[h] = list end
        list[#list + 1] = { f, i - N + 1 }
      end
    end
  end
end

local corpora = corpora_dir()
if not exists(corpora .. "/bbc-news/README.TXT") then
  print("corpus-scan: skipped: no corpora at " .. corpora .. " (set CD_CORPORA)")
  os.exit(0)
end

-- One document of a corpus: slide the window over its words, look each full window up.
local stats = { docs = 0, words = 0 }
local function scan(text, src)
  stats.docs = stats.docs + 1
  local ws = {}
  local h, run, n = 0, 0, 0
  local ids = {}
  for w in normalize(text):gmatch("[%w\128-\255]+") do
    n = n + 1
    local id = vocab[w]
    if not id then
      run, h = 0, 0
    else
      run = run + 1
      ids[run] = id
      ws[run] = w
      h = h * B + id
      if run > N then h = h - ids[run - N] * BN end
      if run >= N then
        local list = shingles[h]
        if list then
          for _, at in ipairs(list) do
            local f, i = at[1], at[2]
            local same = true
            for k = 0, N - 1 do
              if f.words[i + k] ~= ws[run - N + 1 + k] then same = false break end
            end
            if same and not f.hit[i] then f.hit[i] = src end
          end
        end
      end
    end
  end
  stats.words = stats.words + n
end

local function each_file(dir, pattern)
  return lines_of("find " .. sh_quote(dir) .. " -type f -name " .. sh_quote(pattern) .. " 2>/dev/null | sort")
end

local c = corpora
local clock = os.clock()
-- BBC news: one story a file.
for _, p in ipairs(each_file(c .. "/bbc-news", "*.txt")) do
  if not p:match("README") then scan(read(p), "bbc " .. p:sub(#c + 11)) end
end
-- Reuters-21578: each story's title and body.
for _, p in ipairs(each_file(c .. "/reuters-21578", "*.sgm")) do
  local s = read(p)
  for attrs, story in s:gmatch("<REUTERS([^>]*)>(.-)</REUTERS>") do
    local id = attrs:match('NEWID="(%d+)"') or "?"
    local title = story:match("<TITLE>(.-)</TITLE>") or ""
    local body = story:match("<BODY>(.-)</BODY>") or story:match("<TEXT[^>]*>(.-)</TEXT>") or ""
    scan(title .. "\n\n" .. body, "reuters " .. id)
  end
end
-- Zyte's article-extraction benchmark: the pages' text (tags out) and the ground truth.
for _, p in ipairs(each_file(c .. "/article-extraction-benchmark/html", "*.html.gz")) do
  local g = io.popen("gzip -dc " .. sh_quote(p), "r")
  if g then
    local html = g:read("a")
    g:close()
    html = html:gsub("<[sS][cC][rR][iI][pP][tT].-</[sS][cC][rR][iI][pP][tT]>", " ")
               :gsub("<[sS][tT][yY][lL][eE].-</[sS][tT][yY][lL][eE]>", " "):gsub("<[^>]*>", " ")
    scan(html, "zyte " .. (p:match("([%x]+)%.html%.gz$") or p):sub(1, 12))
  end
end
for _, p in ipairs(each_file(c .. "/article-extraction-benchmark", "ground-truth.json")) do
  scan(read(p), "zyte ground-truth.json")
end
-- CLEF CheckThat! 2019 and 2020 debates, ClaimBuster's sentences, chequeabot's: the files as they are.
for _, d in ipairs({ "clef2019-checkthat-t1", "clef2020-checkthat-t5" }) do
  for _, p in ipairs(each_file(c .. "/" .. d, "*.tsv")) do scan(read(p), d .. " " .. p:match("[^/]+$")) end
end
for _, p in ipairs(each_file(c .. "/claimbuster-ncs", "*.json")) do
  local s = read(p)
  for t in s:gmatch('"text":%s*"(.-[^\\])"') do scan(t, "claimbuster " .. p:match("[^/]+$")) end
end
for _, p in ipairs(each_file(c .. "/chequeabot-es", "*.txt")) do scan(read(p), "chequeabot " .. p:match("[^/]+$")) end
-- Recognizers-Text and quantulum3: each case's input sentence.
for _, d in ipairs({ "recognizers-text", "quantulum3" }) do
  for _, p in ipairs(each_file(c .. "/" .. d, "cases.jsonl")) do
    for line in read(p):gmatch("[^\n]+") do
      local input = line:match('"input":%s*"(.-[^\\])"')
      if input then scan(input, d .. " " .. (line:match('"id":%s*"([^"]+)"') or "?")) end
    end
  end
end

-- Report: maximal runs of overlapping shared shingles, file by file.
local hits = 0
for _, f in ipairs(files) do
  local i, n = 1, #f.words
  while i <= n do
    if f.hit[i] then
      local j = i + N - 1           -- the run's last word
      local k = i + 1
      while k <= j and k <= n do
        if f.hit[k] then j = k + N - 1 end
        k = k + 1
      end
      hits = hits + 1
      print(string.format("%s:%d: %s  [%s]", f.name, f.lines[i], table.concat(f.words, " ", i, j), f.hit[i]))
      i = j + 1
    else
      i = i + 1
    end
  end
end
io.stderr:write(string.format("corpus-scan: %d files, %d corpus documents (%d words) in %.1f s CPU: %d run%s of %d+ words shared\n",
  #files, stats.docs, stats.words, os.clock() - clock, hits, hits == 1 and "" or "s", N))
os.exit(hits > 0 and 1 or 0)
