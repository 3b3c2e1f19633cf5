-- What the eval suites share: where eval/ and the checkout are, reading a JSONL file, a peer's
-- predictions by case, and running a suite alone from the command line. A suite finds it with
--   package.path = (debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or ".") .. "/?.lua;" .. package.path
--   local kit = require("kit")
-- (eval/run.lua puts eval/ on package.path too). Not a suite itself: eval/run.lua runs suite_*.lua.
local M = {}

M.dir = debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or "."
M.root = M.dir .. "/.."
-- the Lua module of this checkout (lua/copydesk), for a suite run alone
package.path = M.root .. "/lua/?.lua;" .. M.root .. "/lua/?/init.lua;" .. package.path

--- The decoded lines of the JSONL file at path (blank lines skipped), or nil when it cannot be read.
function M.read_jsonl(json, path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local out = {}
  for line in f:lines() do
    if line:find("%S") then out[#out + 1] = json.decode(line) end
  end
  f:close()
  return out
end

--- Our predictions, { [case id] = items }: predict(case) gives a case's items; a case it fails on
--- (copydesk raised an error) has none.
function M.predictions(cases, predict)
  local preds = {}
  for _, c in ipairs(cases) do
    local ok, items = pcall(predict, c)
    preds[c.id] = ok and items or {}
  end
  return preds
end

--- A peer's predictions, { [case id] = items }, from its JSONL file at path ({ id, items } a line):
--- the items keep(item) accepts (keep may fill in fields the scorer reads). No file: no predictions.
function M.peer_items(json, path, keep)
  local preds = {}
  for _, line in ipairs(M.read_jsonl(json, path) or {}) do
    local items = {}
    for _, it in ipairs(line.items or {}) do
      if keep(it) then items[#items + 1] = it end
    end
    preds[line.id] = items
  end
  return preds
end

--- When the script `name` (e.g. "suite_dates") is the program run, not a suite eval/run.lua loads:
--- runs run(ctx, verbose) (verbose: the first argument is -v) with the context eval/run.lua would give
--- it, less the peers, writes line(row) for each row it returns, and returns true.
function M.standalone(name, run, line)
  if not (arg and arg[0] and arg[0]:match(name .. "%.lua$")) then return false end
  local corpora = os.getenv("CD_CORPORA") or (M.root .. "/../shared/corpora")
  local ctx = { copydesk = require("copydesk"), corpora = corpora, corpora_abs = corpora }
  for _, r in ipairs(run(ctx, arg[1] == "-v")) do io.write(line(r), "\n") end
  return true
end

return M
