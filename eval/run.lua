-- `make eval`: accuracy on third-party suites, one table kind by kind with the published or peer
-- figure beside each of ours.
--
--   lua5.4 eval/run.lua [text|json]        (from the checkout root, after `make`)
--
-- Every eval/suite_NAME.lua returns function(ctx) -> rows (see /work/notes or the README of eval):
-- a row is { suite, kind, metric, ours, n, ref_name?, ref? }. A suite whose data is absent returns
-- {} and says "skip: <why>" on stderr. When node and npm exist, the pinned peers (eval/peers/) are
-- installed into $CD_BUILD/peers and run over the Recognizers-Text and quantulum3 cases first;
-- their predictions reach the suites as ctx.peers (JSONL paths). CD_PEERS=0 skips the peers.
local format = arg[1] or "text"
if format == "" then format = "text" end
if format ~= "text" and format ~= "json" then
  io.stderr:write("usage: lua5.4 eval/run.lua [text|json]\n")
  os.exit(2)
end

local function script_dir()
  local src = debug.getinfo(1, "S").source:sub(2)
  return src:match("^(.*)/[^/]*$") or "."
end

local eval_dir = script_dir()
local root = eval_dir .. "/.."
package.path = eval_dir .. "/?.lua;" .. root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path

local json = require("json")
local copydesk = require("copydesk")
if not copydesk.available() then
  io.stderr:write("eval: the native module does not load; run `make` first\n")
  os.exit(2)
end

local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function absolute(path)
  if path:sub(1, 1) == "/" then return path end
  local p = io.popen("cd " .. shell_quote(path) .. " 2>/dev/null && pwd")
  local out = p and p:read("l")
  if p then p:close() end
  return out
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

local corpora = os.getenv("CD_CORPORA") or (root .. "/../shared/corpora")
local build = os.getenv("CD_BUILD") or "build"
if build:sub(1, 1) ~= "/" then build = root .. "/" .. build end

-- ---- peers ---------------------------------------------------------------------------------------

local function have(cmd)
  return os.execute("command -v " .. cmd .. " >/dev/null 2>&1") == true
    or os.execute("command -v " .. cmd .. " >/dev/null 2>&1") == 0
end

local function run_ok(cmd)
  local r = os.execute(cmd)
  return r == true or r == 0
end

-- Installs the pinned peers and runs them over the cases; returns { compromise = path, chrono = path }.
local function run_peers()
  local peers = {}
  if os.getenv("CD_PEERS") == "0" then
    io.stderr:write("skip: peers (CD_PEERS=0)\n")
    return peers
  end
  if not (have("node") and have("npm")) then
    io.stderr:write("skip: peers (node or npm not found)\n")
    return peers
  end
  local dir = build .. "/peers"
  if not run_ok("sh " .. shell_quote(eval_dir .. "/peers/install.sh") .. " " .. shell_quote(dir) .. " >&2") then
    io.stderr:write("skip: peers (npm install failed; see above)\n")
    return peers
  end
  local cases = {}
  for _, name in ipairs({ "recognizers-text", "quantulum3" }) do
    local path = corpora .. "/" .. name .. "/cases.jsonl"
    if exists(path) then cases[#cases + 1] = path end
  end
  if #cases == 0 then return peers end
  for _, peer in ipairs({ "compromise", "chrono" }) do
    local out = dir .. "/" .. peer .. ".jsonl"
    local cmd = "NODE_PATH=" .. shell_quote(dir .. "/node_modules") .. " node " ..
      shell_quote(eval_dir .. "/peers/" .. peer .. ".js")
    for _, c in ipairs(cases) do cmd = cmd .. " " .. shell_quote(c) end
    if run_ok(cmd .. " > " .. shell_quote(out)) then
      peers[peer] = out
    else
      io.stderr:write("skip: peer " .. peer .. " failed\n")
    end
  end
  return peers
end

-- ---- suites --------------------------------------------------------------------------------------

local function suite_files()
  local files = {}
  local p = io.popen("ls " .. shell_quote(eval_dir) .. "/suite_*.lua 2>/dev/null")
  for line in p:lines() do files[#files + 1] = line end
  p:close()
  table.sort(files)
  return files
end

local ctx = {
  copydesk = copydesk,
  json = json,
  corpora = corpora,
  corpora_abs = absolute(corpora) or corpora,
  peers = {},
}

local rows, failures = {}, {}
if not absolute(corpora) then
  io.stderr:write("skip: every suite (no corpora folder at " .. corpora .. ")\n")
else
  ctx.peers = run_peers()
  for _, file in ipairs(suite_files()) do
    local name = file:match("suite_([%w_%-]+)%.lua$")
    local t0 = os.clock()
    local ok, result = pcall(function() return dofile(file)(ctx) end)
    if not ok then
      failures[#failures + 1] = name .. ": " .. tostring(result)
      io.stderr:write("eval: suite " .. name .. " failed: " .. tostring(result) .. "\n")
    else
      for _, r in ipairs(result or {}) do rows[#rows + 1] = r end
      io.stderr:write(string.format("eval: suite %s: %d rows in %.1f s\n", name, #(result or {}), os.clock() - t0))
    end
  end
end

-- ---- output --------------------------------------------------------------------------------------

local function fmt(v)
  if v == nil then return "" end
  if type(v) ~= "number" then return tostring(v) end
  if (math.type and math.type(v) == "integer") or (v == math.floor(v) and math.abs(v) >= 10) then
    return string.format("%d", v)
  end
  return string.format("%.4f", v)
end

local function print_table()
  local header = { "suite", "kind", "metric", "ours", "n", "reference", "ref" }
  local lines = { header }
  for _, r in ipairs(rows) do
    lines[#lines + 1] = { r.suite or "?", r.kind or "", r.metric or "", fmt(r.ours), r.n and string.format("%d", r.n) or "",
      r.ref_name or "", fmt(r.ref) }
  end
  local width = {}
  for _, l in ipairs(lines) do
    for i, cell in ipairs(l) do width[i] = math.max(width[i] or 0, #cell) end
  end
  local last_suite
  for k, l in ipairs(lines) do
    if k > 1 and l[1] ~= last_suite and last_suite then io.write("\n") end
    last_suite = k > 1 and l[1] or nil
    local cells = {}
    for i, cell in ipairs(l) do
      local right = (i == 4 or i == 5 or i == 7)
      cells[i] = right and string.rep(" ", width[i] - #cell) .. cell or cell .. string.rep(" ", width[i] - #cell)
    end
    io.write((table.concat(cells, "  "):gsub("%s+$", "")), "\n")
    if k == 1 then io.write(string.rep("-", #table.concat(cells, "  ")), "\n") end
  end
end

if format == "json" then
  io.write(json.encode({
    version = copydesk.version,
    date = os.date("!%Y-%m-%dT%H:%M:%SZ"),
    rows = rows,
    failures = failures,
    peers = { compromise = ctx.peers.compromise ~= nil, chrono = ctx.peers.chrono ~= nil },
  }), "\n")
else
  print_table()
  for _, f in ipairs(failures) do io.write("FAILED ", f, "\n") end
end
