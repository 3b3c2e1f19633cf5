-- Verified claims: the marks a fact-checker leaves on claims already checked, kept in a plain,
-- diff-friendly sidecar file beside the story (STORY.copydesk: `story.txt` -> `story.txt.copydesk`).
-- The Neovim plugin writes the marks; bin/copydesk and the plugin both read them, so the desk and
-- the editor agree on what is still to check. Pure Lua: the same under Lua 5.1/LuaJIT and 5.4.
--
-- The file: comment lines start with "#"; every other non-blank line is one mark, seven fields
-- separated by tabs (a tab, newline, carriage return or backslash inside a field is written as
-- \t, \n, \r, \\):
--
--   kind  claim text  context before  context after  who  when (YYYY-MM-DD)  note
--
-- A mark is keyed by the claim's kind and text (whitespace collapsed) and by up to CONTEXT_WORDS
-- words of its sentence on either side, so that it survives edits elsewhere in the story. When the
-- context has changed too, a mark still finds its claim by kind and text if that is unambiguous.
local M = {}

M.CONTEXT_WORDS = 3
M.SUFFIX = ".copydesk"
M.HEADER = "# copydesk verified claims, one per line (see :help copydesk-verified):\n"
  .. "# kind<TAB>claim<TAB>context before<TAB>context after<TAB>who<TAB>when<TAB>note\n"

local FIELDS = { "kind", "text", "before", "after", "who", "when", "note" }

--- Collapses runs of whitespace (also NBSP) to one space and trims both ends.
function M.normalize(s)
  s = (s or ""):gsub("\194\160", " "):gsub("%s+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end

local function words(s)
  local list = {}
  for w in s:gmatch("%S+") do list[#list + 1] = w end
  return list
end

-- The last n words of s and the first n words of t.
local function tail_words(s, n)
  local w = words(s)
  return table.concat(w, " ", math.max(1, #w - n + 1), #w)
end

local function head_words(s, n)
  local w = words(s)
  return table.concat(w, " ", 1, math.min(n, #w))
end

-- Where the claim's text starts inside its sentence's text (1-based), or nil. Uses the byte
-- offsets when the sentence is the source verbatim (plain text), else the first occurrence.
local function offset_in_sentence(sentence, claim)
  local stext, ctext = sentence.text or "", claim.text or ""
  local off = claim.start - sentence.start + 1
  if off >= 1 and stext:sub(off, off + #ctext - 1) == ctext then return off end
  return stext:find(ctext, 1, true)
end

--- The words around a claim within its sentence: before, after (both normalized, maybe "").
function M.context(doc, claim)
  local sentence = doc.sentences and claim.sentence and doc.sentences[claim.sentence]
  if not sentence then return "", "" end
  local off = offset_in_sentence(sentence, claim)
  if not off then return "", "" end
  local stext = sentence.text
  local before = stext:sub(1, off - 1)
  local after = stext:sub(off + #(claim.text or ""))
  return tail_words(before, M.CONTEXT_WORDS), head_words(after, M.CONTEXT_WORDS)
end

--- The key of a claim: {kind, text, before, after}.
function M.key(doc, claim)
  local before, after = M.context(doc, claim)
  return { kind = claim.kind, text = M.normalize(claim.text), before = before, after = after }
end

-- ---- the file ---------------------------------------------------------------------------------

local ESCAPE = { ["\\"] = "\\\\", ["\t"] = "\\t", ["\n"] = "\\n", ["\r"] = "\\r" }
local UNESCAPE = { ["\\"] = "\\", t = "\t", n = "\n", r = "\r" }

local function escape(s)
  return (tostring(s or ""):gsub("[\\\t\n\r]", ESCAPE))
end

local function unescape(s)
  return (s:gsub("\\(.)", function(c) return UNESCAPE[c] or ("\\" .. c) end))
end

--- The sidecar that belongs to a story file.
function M.path_for(story_path)
  return story_path .. M.SUFFIX
end

--- parse(content [, name]) -> marks, or nil and "name:line: why".
function M.parse(content, name)
  local marks, lineno = {}, 0
  for line in (content .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local fields = {}
      for field in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields + 1] = unescape(field) end
      if #fields ~= #FIELDS then
        return nil, string.format("%s:%d: expected %d tab-separated fields, found %d",
          name or "verified", lineno, #FIELDS, #fields)
      end
      local mark = {}
      for i, key in ipairs(FIELDS) do mark[key] = fields[i] end
      if mark.kind == "" or mark.text == "" then
        return nil, string.format("%s:%d: a mark needs a claim kind and text", name or "verified", lineno)
      end
      marks[#marks + 1] = mark
    end
  end
  return marks
end

--- serialize(marks) -> the file's content.
function M.serialize(marks)
  local out = { M.HEADER }
  for _, mark in ipairs(marks) do
    local fields = {}
    for i, key in ipairs(FIELDS) do fields[i] = escape(mark[key]) end
    out[#out + 1] = table.concat(fields, "\t") .. "\n"
  end
  return table.concat(out)
end

--- read(path) -> marks ({} when the file does not exist), or nil and a message.
function M.read(path)
  local f = io.open(path, "rb")
  if not f then return {} end
  local content = f:read("*a")
  f:close()
  if not content then return nil, "cannot read " .. path end
  return M.parse(content, path)
end

--- write(path, marks) -> true, or nil and a message. With no marks left the file is removed.
function M.write(path, marks)
  if #marks == 0 then
    os.remove(path)
    return true
  end
  local tmp = path .. ".tmp"
  local f, err = io.open(tmp, "wb")
  if not f then return nil, err end
  local okw, werr = f:write(M.serialize(marks))
  f:close()
  if not okw then
    os.remove(tmp)
    return nil, werr
  end
  local okr, rerr = os.rename(tmp, path)
  if not okr then
    os.remove(tmp)
    return nil, rerr
  end
  return true
end

-- ---- marks and claims -------------------------------------------------------------------------

local function same_claim(a, b)
  return a.kind == b.kind and a.text == b.text
end

local function exact_id(k)
  return table.concat({ k.kind, k.text, k.before, k.after }, "\0")
end

--- The index of the mark with the same key, or nil.
function M.find(marks, key)
  for i, mark in ipairs(marks) do
    if exact_id(mark) == exact_id(key) then return i end
  end
  return nil
end

--- add(marks, key, who, when, note): marks a claim (replacing an earlier mark of it).
function M.add(marks, key, who, when, note)
  local mark = { kind = key.kind, text = key.text, before = key.before, after = key.after,
    who = who or "", when = when or "", note = note or "" }
  local i = M.find(marks, key)
  if i then marks[i] = mark else marks[#marks + 1] = mark end
  return mark
end

--- remove(marks, mark_or_key) -> true when a mark was removed.
function M.remove(marks, key)
  local i = M.find(marks, key)
  if i then table.remove(marks, i) end
  return i ~= nil
end

-- Marks still unmatched after the exact pass find their claim by kind and text: the one claim
-- with that text, or among several the one that keeps part of the context.
local function match_loosely(keys, marks, by_claim, used)
  local by_text = {}
  for i, k in ipairs(keys) do
    if not by_claim[i] then
      local id = k.kind .. "\0" .. k.text
      by_text[id] = by_text[id] or {}
      table.insert(by_text[id], i)
    end
  end
  for mi, mark in ipairs(marks) do
    local list = not used[mi] and by_text[mark.kind .. "\0" .. mark.text]
    if list then
      local best, best_score, free = nil, -1, 0
      for _, i in ipairs(list) do
        if not by_claim[i] then
          free = free + 1
          local s = (keys[i].before == mark.before and 1 or 0) + (keys[i].after == mark.after and 1 or 0)
          if s > best_score then best, best_score = i, s end
        end
      end
      if best and (free == 1 or best_score > 0) then
        by_claim[best], used[mi] = mark, true
      end
    end
  end
end

--- match(doc, marks) -> by_claim (claim index -> mark), stale (marks that found no claim), keys.
function M.match(doc, marks)
  local keys, by_claim, used = {}, {}, {}
  local exact = {}
  for i, claim in ipairs(doc.claims or {}) do
    keys[i] = M.key(doc, claim)
    local id = exact_id(keys[i])
    exact[id] = exact[id] or {}
    table.insert(exact[id], i)
  end
  for mi, mark in ipairs(marks) do
    for _, i in ipairs(exact[exact_id(mark)] or {}) do
      if not by_claim[i] then
        by_claim[i], used[mi] = mark, true
        break
      end
    end
  end
  match_loosely(keys, marks, by_claim, used)
  local stale = {}
  for mi, mark in ipairs(marks) do
    if not used[mi] then stale[#stale + 1] = mark end
  end
  return by_claim, stale, keys
end
M.same_claim = same_claim

-- ---- who and when -----------------------------------------------------------------------------

local function git_user_name()
  local p = io.popen("git config user.name 2>/dev/null")
  if not p then return nil end
  local name = p:read("*l")
  p:close()
  if name and name:match("%S") then return M.normalize(name) end
  return nil
end

--- Who verifies: git's user.name, else $USER, else "unknown".
function M.who()
  return git_user_name() or os.getenv("USER") or "unknown"
end

function M.today()
  return os.date("%Y-%m-%d")
end

-- ---- JSON -------------------------------------------------------------------------------------

-- Replaces every byte that is not part of a valid UTF-8 sequence with U+FFFD.
local function valid_utf8(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local c = s:byte(i)
    local len = c < 0x80 and 1 or (c >= 0xC2 and c <= 0xDF) and 2 or (c >= 0xE0 and c <= 0xEF) and 3
      or (c >= 0xF0 and c <= 0xF4) and 4 or 0
    local good = len > 0 and i + len - 1 <= n
    for j = i + 1, good and i + len - 1 or i do
      local b = s:byte(j)
      if b < 0x80 or b > 0xBF then good = false end
    end
    if good and len == 3 then
      local b = s:byte(i + 1)
      if (c == 0xE0 and b < 0xA0) or (c == 0xED and b > 0x9F) then good = false end
    elseif good and len == 4 then
      local b = s:byte(i + 1)
      if (c == 0xF0 and b < 0x90) or (c == 0xF4 and b > 0x8F) then good = false end
    end
    if good then
      out[#out + 1] = s:sub(i, i + len - 1)
      i = i + len
    else
      out[#out + 1] = "\239\191\189"
      i = i + 1
    end
  end
  return table.concat(out)
end

local JSON_ESCAPE = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }

--- A Lua string as a JSON string (valid UTF-8 always).
function M.json_string(s)
  s = valid_utf8(tostring(s or ""))
  return '"' .. s:gsub('[%c"\\]', function(c)
    return JSON_ESCAPE[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

function M.json_mark(mark)
  return string.format('{"note":%s,"who":%s,"when":%s}', M.json_string(mark.note),
    M.json_string(mark.who), M.json_string(mark.when))
end

-- The end of the JSON string that starts at i (the opening quote): the closing quote's index.
local function string_end(json, i)
  local j = i + 1
  while true do
    local k = json:find('["\\]', j)
    if not k then return #json end
    if json:sub(k, k) == '"' then return k end
    j = k + 2
  end
end

-- The byte index of the closing brace of every object directly inside the top-level "claims" array.
local function claim_ends(json)
  local ends, depth, i, in_claims, claims_depth = {}, 0, 1, false, nil
  while true do
    local k = json:find('["{}%[%]]', i)
    if not k then break end
    local c = json:sub(k, k)
    if c == '"' then
      local e = string_end(json, k)
      if depth == 1 and json:sub(k, e) == '"claims"' then in_claims = true end
      i = e + 1
    else
      if c == "{" or c == "[" then
        depth = depth + 1
        if c == "[" and in_claims and not claims_depth then claims_depth = depth end
      else
        if c == "}" and claims_depth and depth == claims_depth + 1 then ends[#ends + 1] = k end
        if c == "]" and depth == claims_depth then claims_depth, in_claims = nil, false end
        depth = depth - 1
      end
      i = k + 1
    end
  end
  return ends
end

--- json_add(json, by_claim) -> the JSON document with `"verified":{note,who,when}` added to each
--- claim that has a mark (by_claim: claim index -> mark, as match returns).
function M.json_add(json, by_claim)
  if next(by_claim) == nil then return json end
  local ends = claim_ends(json)
  local out, from = {}, 1
  for i, e in ipairs(ends) do
    local mark = by_claim[i]
    if mark then
      local b = e - 1
      while json:sub(b, b):match("%s") do b = b - 1 end
      local empty = json:sub(b, b) == "{"
      out[#out + 1] = json:sub(from, e - 1)
      out[#out + 1] = (empty and "" or ",") .. '"verified":' .. M.json_mark(mark)
      from = e
    end
  end
  out[#out + 1] = json:sub(from)
  return table.concat(out)
end

return M
