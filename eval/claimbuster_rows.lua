-- The ClaimBuster sentences the calibration may fit on (eval/calibrate.sh, CW_CLAIMBUSTER=1), as
-- rows of the CheckThat! TSV (id TAB speaker TAB text TAB label) on stdout:
-- - the union of the three NCS files (the same check-worthy sentences, other samples of the rest);
-- - only the sentences of the FIT half: sentence_id // 100 even (ClaimBuster numbers the debates'
--   sentences in order, so a block of 100 is a stretch of one debate); the odd blocks are never fitted
--   and are what eval/suite_checkworthy.lua reports as the held-out half;
-- - none that shares a run of SHINGLE words (or, shorter, its whole text) with any CheckThat!
--   sentence, training or test: the 1960-2016 presidential debates ClaimBuster samples are
--   CheckThat! debates too (the 2016 ones), and a held-out or test debate must stay unseen.
-- Usage: lua5.4 eval/claimbuster_rows.lua CORPORA > rows.tsv   (run from the checkout root)
local corpora = assert(arg[1], "usage: claimbuster_rows.lua CORPORA")
package.path = (arg[0]:match("^(.*)/[^/]*$") or ".") .. "/?.lua;" .. package.path
local json = require("json")
local SHINGLE = 6

local M = {}
--- Whether a ClaimBuster sentence id is in the half the fit may read.
function M.fit_half(id) return (id // 100) % 2 == 0 end

local function words(text)
  local list = {}
  for w in text:lower():gmatch("[%w']+") do list[#list + 1] = w:gsub("'", "") end
  return list
end

-- The keys of a text: its runs of SHINGLE words, or the whole text when shorter.
local function keys(text)
  local w, out = words(text), {}
  if #w < SHINGLE then out[1] = table.concat(w, " ") return out end
  for i = 1, #w - SHINGLE + 1 do out[#out + 1] = table.concat(w, " ", i, i + SHINGLE - 1) end
  return out
end

local function checkthat_keys()
  local seen = {}
  for _, dir in ipairs({ "clef2019-checkthat-t1/training", "clef2019-checkthat-t1/test_annotated",
    "clef2020-checkthat-t5/training", "clef2020-checkthat-t5/test_gold" }) do
    local p = io.popen("ls '" .. corpora .. "/" .. dir .. "' 2>/dev/null")
    for name in p:lines() do
      for line in io.lines(corpora .. "/" .. dir .. "/" .. name) do
        local text = line:match("^[^\t]*\t[^\t]*\t(.*)\t[01]\r?$")
        if text then for _, k in ipairs(keys(text)) do seen[k] = true end end
      end
    end
    p:close()
  end
  return seen
end

local function main()
  local seen = checkthat_keys()
  local rows, read, dropped, half = {}, {}, 0, 0
  for _, f in ipairs({ "kfold_20ncs", "kfold_25ncs", "kfold_30ncs" }) do
    local fp = io.open(corpora .. "/claimbuster-ncs/" .. f .. ".json", "rb")
    if fp then
      for _, it in ipairs(json.decode(fp:read("a"))) do
        if not read[it.sentence_id] then
          read[it.sentence_id] = true
          local shared = false
          for _, k in ipairs(keys(it.text)) do if seen[k] then shared = true break end end
          if not M.fit_half(it.sentence_id) then half = half + 1
          elseif shared then dropped = dropped + 1
          else rows[it.sentence_id] = it end
        end
      end
      fp:close()
    end
  end
  local ids, pos = {}, 0
  for id, it in pairs(rows) do ids[#ids + 1] = id; pos = pos + it.label end
  table.sort(ids)
  for _, id in ipairs(ids) do
    local it = rows[id]
    io.write(string.format("%d\tCLAIMBUSTER\t%s\t%d\n", id, (it.text:gsub("[\t\r\n]", " ")), it.label))
  end
  io.stderr:write(string.format("claimbuster_rows: %d sentences (%d check-worthy) of the fit half; %d left out "
    .. "(shared with a CheckThat! debate), %d of the held-out half\n", #ids, pos, dropped, half))
end

if arg and arg[0] and arg[0]:match("claimbuster_rows%.lua$") then main() end
return M
