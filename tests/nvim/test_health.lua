-- :checkhealth copydesk with the module built, and a checkout where `make` has not run: the
-- plugin then says so once, checks nothing, never throws on keystrokes, and the health check
-- names the exact build command.
local plugin = require("copydesk.nvim")

local function health_lines()
  vim.cmd("checkhealth copydesk")
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  vim.cmd("bwipeout!")
  return lines
end

test("the health check: Neovim, the module, its ABI and version, the configuration", function()
  local lines = health_lines()
  local v = vim.version()
  local copydesk = require("copydesk")
  local want = {
    "## copydesk",
    string.format("  - OK: Neovim %d.%d.%d", v.major, v.minor, v.patch),
    "  - OK: native module loads: copydesk " .. copydesk.version,
    "  - OK: built for " .. copydesk.core.abi() .. ", running under " .. jit.version,
    "  - OK: configuration: filetypes text, markdown, mail, html, xml; checks on open, save, change; min_score 0.5; "
      .. "attribution context; language auto",
  }
  local from
  for i, l in ipairs(lines) do
    if l == "## copydesk" then from = i end
  end
  ok(from, "a copydesk section in:\n" .. table.concat(lines, "\n"))
  eq({ unpack(lines, from, from + #want - 1) }, want)
end)

test("the health check reports a bad configuration", function()
  local notify = vim.notify
  local said
  vim.notify = function(msg) said = msg end
  plugin.setup({ min_score = 3 })
  vim.notify = notify
  eq(said, "copydesk: configuration: min_score: a number from 0 to 1 expected", "setup says so")
  local lines = health_lines()
  ok(vim.tbl_contains(lines, "  - ERROR: configuration: min_score: a number from 0 to 1 expected"), table.concat(lines, "\n"))
  plugin.setup({})
end)

-- A copy of the plugin without the native module, run in a nested Neovim.
test("without the native module: one message, no errors, and the build command in the health check", function()
  local root = vim.fn.tempname()
  vim.fn.mkdir(root .. "/lua/copydesk", "p")
  vim.fn.mkdir(root .. "/plugin", "p")
  for _, f in ipairs(vim.fn.glob("lua/copydesk/*.lua", false, true)) do
    vim.fn.writefile(vim.fn.readfile(f, "b"), root .. "/" .. f, "b")
  end
  vim.fn.writefile(vim.fn.readfile("plugin/copydesk.lua", "b"), root .. "/plugin/copydesk.lua", "b")
  local story = root .. "/story.txt"
  vim.fn.writefile(vim.fn.readfile("tests/fixtures/nvim_story.txt", "b"), story, "b")
  local out = root .. "/out.json"
  local script = root .. "/script.lua"
  vim.fn.writefile({
    "local notes = {}",
    "vim.notify = function(msg, level) notes[#notes + 1] = { msg = msg, level = level } end",
    "vim.cmd('filetype on')",
    "vim.cmd('edit " .. story .. "')",
    "vim.wait(100)",
    "local errors = {}",
    "for _ = 1, 3 do",
    "  local okk, err = pcall(vim.cmd, 'doautocmd TextChanged')",
    "  if not okk then errors[#errors + 1] = err end",
    "  okk, err = pcall(vim.cmd, 'Copydesk check')",
    "  if not okk then errors[#errors + 1] = err end",
    "  vim.wait(100)",
    "end",
    "local diags = #vim.diagnostic.get(0)",
    "vim.cmd('checkhealth copydesk')",
    "local health = vim.api.nvim_buf_get_lines(0, 0, -1, false)",
    "vim.fn.writefile({ vim.fn.json_encode({ notes = notes, errors = errors, diags = diags, health = health }) }, '" .. out .. "')",
    "vim.cmd('qall!')",
  }, script)
  local result = vim.fn.system({ "env", "CD_BUILD=" .. root .. "/no-build", "nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
    "--cmd", "set rtp^=" .. root, "--cmd", "runtime plugin/copydesk.lua", "-c", "luafile " .. script },
    "")
  local data = vim.fn.json_decode(table.concat(vim.fn.readfile(out), "\n"))
  ok(data, "nested nvim output: " .. result)
  eq(data.errors, {}, "errors")
  eq(data.diags, 0, "diagnostics")
  eq(#data.notes, 1, "one message")
  ok(data.notes[1].msg:find("copydesk: the native module is not built or does not load, so nothing is checked. Build it with `cd '"
    .. root .. "' && make`", 1, true), data.notes[1].msg)
  eq(data.notes[1].level, vim.log.levels.WARN)
  local health = table.concat(data.health, "\n")
  ok(health:find("ERROR: the native module (copydesk.core) does not load", 1, true), health)
  ok(health:find("build it with: cd '" .. root .. "' && make", 1, true), health)
end)
