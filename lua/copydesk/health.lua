-- :checkhealth copydesk — whether the native module loads, for which ABI it was built, the library
-- version, the configuration, and the exact build command when the module does not load.
-- Neovim 0.7-0.9 report through require("health").report_*, 0.10+ through vim.health.*.
local M = {}

local function reporter()
  local h = vim.health or require("health")
  return {
    start = h.start or h.report_start,
    ok = h.ok or h.report_ok,
    info = h.info or h.report_info,
    warn = h.warn or h.report_warn,
    error = h.error or h.report_error,
  }
end

local function check_neovim(r)
  local v = vim.version()
  local version = string.format("%d.%d.%d", v.major, v.minor, v.patch)
  if vim.fn.has("nvim-0.7") == 1 then
    r.ok("Neovim " .. version)
  else
    r.error("Neovim " .. version .. " is too old: copydesk needs 0.7 or newer")
  end
end

local function check_module(r, nvim)
  local ok, copydesk = pcall(require, "copydesk")
  if not ok then
    r.error("the Lua layer does not load: " .. tostring(copydesk))
    return
  end
  local loaded, why = copydesk.available()
  if not loaded then
    r.error("the native module (copydesk.core) does not load:\n" .. tostring(why),
      { "build it with: " .. nvim.build_command(),
        "it needs a C compiler, make and the LuaJIT headers (Debian: libluajit-5.1-dev)" })
    return
  end
  local abi = copydesk.core.abi and copydesk.core.abi() or "unknown"
  r.ok("native module loads: copydesk " .. tostring(copydesk.version))
  local jit_version = type(jit) == "table" and jit.version or _VERSION
  if abi == copydesk.abi() or tostring(abi):find("5.1", 1, true) then
    r.ok("built for " .. tostring(abi) .. ", running under " .. jit_version)
  else
    r.warn("built for " .. tostring(abi) .. " but running under " .. jit_version,
      { "rebuild with: " .. nvim.build_command() })
  end
end

local function check_config(r, nvim)
  local cfg = nvim.config()
  local problems = nvim.validate(cfg)
  if #problems == 0 then
    r.ok("configuration: filetypes " .. table.concat(cfg.filetypes, ", ") .. "; checks on "
      .. table.concat(cfg.when, ", ") .. "; min_score " .. tostring(cfg.min_score) .. "; attribution "
      .. tostring(cfg.attribution) .. "; language " .. tostring(cfg.language))
  else
    for _, p in ipairs(problems) do r.error("configuration: " .. p, { "see :help copydesk-config" }) end
  end
end

function M.check()
  local r = reporter()
  local nvim = require("copydesk.nvim")
  r.start("copydesk")
  check_neovim(r)
  check_module(r, nvim)
  check_config(r, nvim)
end

return M
