-- Automatic checking follows the options: `when` (open, save, change) and `filetypes`.
vim.cmd("filetype on")
local plugin = require("copydesk.nvim")

local dir = vim.fn.tempname()
vim.fn.mkdir(dir, "p")

local function copy(name, as)
  local path = dir .. "/" .. as
  vim.fn.writefile(vim.fn.readfile("tests/fixtures/" .. name, "b"), path, "b")
  return path
end

local function diags()
  return vim.diagnostic.get(0, { namespace = plugin.ns })
end

test("when = { 'save' }: not on open, not on change, on :write", function()
  plugin.setup({ when = { "save" }, debounce = 10 })
  vim.cmd("edit " .. copy("nvim_story.txt", "saved.txt"))
  vim.wait(300)
  eq(#diags(), 0, "not checked on open")
  ok(plugin.enabled(0), "but enabled")
  vim.cmd("doautocmd TextChanged")
  vim.wait(300)
  eq(#diags(), 0, "not checked on change")
  vim.cmd("silent write")
  ok(vim.wait(3000, function() return #diags() > 0 end), "checked after :write")
end)

test("a filetype that is not listed is not checked until :Copydesk enable", function()
  plugin.setup({})
  vim.cmd("edit " .. copy("nvim_story.txt", "story.lua"))
  eq(vim.bo.filetype, "lua")
  vim.wait(300)
  eq(plugin.enabled(0), false)
  eq(#diags(), 0)
  vim.cmd("Copydesk enable")
  ok(#diags() > 0, "checked")
  ok(plugin.enabled(0), "enabled")
end)

test("filetypes = { 'markdown' }: a text story is left alone", function()
  plugin.setup({ filetypes = { "markdown" } })
  vim.cmd("edit " .. copy("nvim_story.txt", "other.txt"))
  vim.wait(300)
  eq(plugin.enabled(0), false)
  eq(#diags(), 0)
  vim.cmd("edit " .. copy("nvim_story.md", "story.md"))
  ok(vim.wait(3000, function() return #diags() > 0 end), "the markdown story is checked")
end)
