-- copydesk: the Lua layer over the native core (copydesk.core).
--
--   local copydesk = require("copydesk")
--   local doc = copydesk.analyze(text, { date = "2017-12-26" })
--   for _, claim in ipairs(doc.claims) do print(claim.kind, claim.text, claim.score) end
--
-- The same file serves Lua 5.4, LuaJIT and Neovim. It finds the native module by itself: first the
-- build folder of a checkout (build/<abi>/copydesk/core.so next to this file's lua/ folder), then
-- package.cpath / Neovim's runtimepath.
local M = {}

local function this_dir()
  local src = debug.getinfo(1, "S").source
  if src:sub(1, 1) ~= "@" then return nil end
  return src:sub(2):match("^(.*)[/\\]") or "."
end

--- The ABI the running Lua speaks, as the build folders name it.
function M.abi()
  if type(jit) == "table" then return "luajit" end
  return (_VERSION:gsub("Lua ", "lua"))
end

local function load_core()
  local dir = this_dir()
  local errors = {}
  if dir then
    local root = dir .. "/../.."
    local build = os.getenv("CD_BUILD") or "build"
    local candidates = { build .. "/" .. M.abi() .. "/copydesk/core.so" }
    if M.abi() == "luajit" then candidates[#candidates + 1] = "lua/copydesk/core.so" end
    for _, rel in ipairs(candidates) do
      local path = rel:sub(1, 1) == "/" and rel or (root .. "/" .. rel)
      local f = io.open(path, "rb")
      if f then
        f:close()
        local open, err = package.loadlib(path, "luaopen_copydesk_core")
        if open then return open() end
        errors[#errors + 1] = err
      end
    end
  end
  local ok, core = pcall(require, "copydesk.core")
  if ok then return core end
  errors[#errors + 1] = tostring(core)
  return nil, table.concat(errors, "\n")
end

local core, load_error = load_core()
M.core = core
M.load_error = load_error
M.build_command = "make"

--- True when the native module is loaded; else false and the reason.
function M.available()
  return core ~= nil, load_error
end

local function need_core()
  if not core then
    error("copydesk: the native module is not built or does not load (run `make` in the copydesk folder):\n"
      .. tostring(load_error), 3)
  end
  return core
end

M.version = core and core.version or nil

--- analyze(text [, opts]) -> document: sentences, numbers, claims, findings, entities.
--- opts: date = "YYYY-MM-DD", input = "auto"|"text"|"markdown"|"html"|"xml", filename, facts,
--- attribution = "context" (default) | "paragraph" (each quote paragraph needs its own attribution),
--- language = "auto" (default: told from the text) | "english" (every check runs, no `language`
--- finding) | "other" (as a story told not English: no unattributed-quote, no finding).
function M.analyze(text, opts)
  return need_core().analyze(text, opts)
end

--- analyze_file(path [, opts]) -> the document of the file's bytes, read once (as analyze(text)
--- gives it for the same bytes), or nil and a message ("PATH: No such file or directory") when the
--- file cannot be read.
function M.analyze_file(path, opts)
  return need_core().analyze_file(path, opts)
end

--- json(text [, opts [, source]]) -> the document as a JSON string.
function M.json(text, opts, source)
  return need_core().json(text, opts, source)
end

--- json_file(path [, opts [, source]]) -> the JSON string of the file's document and its count of
--- error findings, or nil and a message when the file cannot be read.
function M.json_file(path, opts, source)
  return need_core().json_file(path, opts, source)
end

--- write_json(file, text [, opts [, source [, marks]]]) -> writes the JSON that json() gives, byte for byte, to
--- an io file (io.stdout, io.open(path, "w")) without making it a string, and gives the count of
--- error findings; nil, a message and errno (as file:write gives them) when the write fails.
--- marks (optional): claim number -> {note, who, when}, as verified.match gives them; each such
--- claim gets "verified": {note, who, when} as its last key, written as the claim streams by.
function M.write_json(file, text, opts, source, marks)
  return need_core().write_json(file, text, opts, source, marks)
end

--- write_json_file(file, path [, opts [, source [, marks]]]) -> write_json of the file's bytes, read once;
--- nil and a message ("PATH: No such file or directory") when the file cannot be read.
function M.write_json_file(file, path, opts, source, marks)
  return need_core().write_json_file(file, path, opts, source, marks)
end

--- text(source [, opts]) -> the analyzed text, the input kind, the story date, the offset map.
--- The map is a list of runs {tstart, tstop, start, stop} (1-based, inclusive): text:sub(tstart, tstop)
--- came from source:sub(start, stop). Where tstop - tstart == stop - start the bytes map one to one;
--- otherwise the run is a decoded entity or collapsed white space (the whole run maps to the whole
--- source run) or an inserted paragraph break (stop == start - 1). Plain text: one identity run.
function M.text(source, opts)
  return need_core().text(source, opts)
end

--- sentences(text [, opts]) -> the list of sentences ({text, start, stop, line, col, headline}).
function M.sentences(text, opts)
  return need_core().analyze(text, opts).sentences
end

--- numbers(text [, opts]) -> every numeric mention read as a value.
function M.numbers(text, opts)
  return need_core().analyze(text, opts).numbers
end

--- load_facts(path) -> fact sheet handle, or nil and a message.
function M.load_facts(path)
  return need_core().load_facts(path)
end

--- parse_facts(xml [, name]) -> fact sheet handle, or nil and a message.
function M.parse_facts(xml, name)
  return need_core().parse_facts(xml, name)
end

--- rules() -> every rule a finding may carry: a list of {name, severity, summary}, sorted by name
--- (severity "error", "warning" or "info"; a rule whose findings differ gives its most severe).
function M.rules()
  return need_core().rules()
end

--- setup(config): Neovim configuration (see :help copydesk-config).
function M.setup(config)
  return require("copydesk.nvim").setup(config)
end

return M
