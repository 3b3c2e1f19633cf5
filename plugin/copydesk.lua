-- copydesk: check-worthy claims and check findings as diagnostics (see :help copydesk).
-- Only wiring here: the :Copydesk command, two <Plug> mappings (no default keys) and one
-- autocommand; lua/copydesk/nvim.lua does the work and loads on first use.
if vim.g.loaded_copydesk or vim.fn.has("nvim-0.7") == 0 then return end
vim.g.loaded_copydesk = true

local function plugin() return require("copydesk.nvim") end

vim.api.nvim_create_user_command("Copydesk", function(o) plugin().command(o.args) end, {
  nargs = "*",
  desc = "copydesk: check, claims, enable, disable, toggle, report, verify [note], unverify",
  complete = function(arglead, cmdline) return plugin().complete(arglead, cmdline) end,
})

vim.keymap.set("n", "<Plug>(copydesk-next)", function() plugin().jump(1) end, { desc = "copydesk: next claim" })
vim.keymap.set("n", "<Plug>(copydesk-prev)", function() plugin().jump(-1) end, { desc = "copydesk: previous claim" })

vim.api.nvim_create_autocmd("FileType", {
  group = vim.api.nvim_create_augroup("copydesk", { clear = true }),
  callback = function(a) plugin().on_filetype(a.buf) end,
})
