-- How long checking a 10,000-word buffer takes in Neovim (a benchmark, never a test). Run from the
-- checkout after `make`:
--   CD_BUILD=build nvim --headless -u NONE -i NONE -n --cmd "set rtp^=." -c "luafile bench/nvim_latency.lua"
-- The story: the first WORDS (default 10000) words of the BBC news articles in ../shared/corpora
-- (read at run time, never copied), else the fixture story repeated. Prints the median and worst
-- of RUNS checks: the whole :Copydesk check (buffer text, analysis, marks, diagnostics), the
-- analysis alone, and what a keystroke costs while typing (the debounced TextChangedI handler).
local words = tonumber(os.getenv("WORDS") or "10000")
local runs = tonumber(os.getenv("RUNS") or "21")
local plugin = require("copydesk.nvim")
local copydesk = require("copydesk")
local hrtime = vim.loop.hrtime

local function corpus_text()
  local files = vim.fn.glob("../shared/corpora/bbc-news/*/*.txt", false, true)
  local parts, n = {}, 0
  for _, f in ipairs(files) do
    local text = table.concat(vim.fn.readfile(f), "\n")
    parts[#parts + 1] = text
    n = n + select(2, text:gsub("%S+", ""))
    if n >= words then break end
  end
  if #parts == 0 then
    local story = table.concat(vim.fn.readfile("tests/fixtures/nvim_story.txt"), "\n")
    for _ = 1, math.ceil(words / 150) do parts[#parts + 1] = story end
  end
  return table.concat(parts, "\n\n"), #files > 0 and "BBC news articles" or "the fixture story, repeated"
end

local text, source = corpus_text()
local n, stop = 0, #text
for pos in text:gmatch("()%S+") do
  n = n + 1
  if n > words then stop = pos - 1 break end
end
text = text:sub(1, stop)

vim.cmd("enew")
vim.bo.filetype = "text"
vim.api.nvim_buf_set_lines(0, 0, -1, false, vim.split(text, "\n", { plain = true }))
plugin.setup({ date = "2005-06-01" })

-- Median and worst wall-clock milliseconds of fn, and its median CPU milliseconds (on a busy
-- machine the CPU figure is the steadier one).
local function measure(fn)
  fn() -- warm up
  local wall, cpu = {}, {}
  for i = 1, runs do
    local t0, c0 = hrtime(), os.clock()
    fn()
    wall[i], cpu[i] = (hrtime() - t0) / 1e6, (os.clock() - c0) * 1000
  end
  table.sort(wall)
  table.sort(cpu)
  local mid = math.floor((runs + 1) / 2)
  return wall[mid], wall[#wall], cpu[mid]
end

local buftext = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n") .. "\n"
local st = plugin.check(0)
local diagnostics = #vim.diagnostic.get(0, { namespace = plugin.ns })
local check_med, check_max, check_cpu = measure(function() plugin.check(0) end)
local analyze_med, analyze_max, analyze_cpu = measure(function() copydesk.analyze(buftext, { date = "2005-06-01" }) end)
plugin.enable(0)
local key_med, key_max = measure(function() vim.cmd("doautocmd TextChangedI") end)
plugin.disable(0)

local out = {
  string.format("nvim_latency_source %s", source),
  string.format("nvim_latency_words %d", math.min(n, words)),
  string.format("nvim_latency_bytes %d", #buftext),
  string.format("nvim_latency_claims %d", #st.doc.claims),
  string.format("nvim_latency_diagnostics %d", diagnostics),
  string.format("nvim_latency_check_ms_median %.2f", check_med),
  string.format("nvim_latency_check_ms_max %.2f", check_max),
  string.format("nvim_latency_check_cpu_ms_median %.2f", check_cpu),
  string.format("nvim_latency_analyze_ms_median %.2f", analyze_med),
  string.format("nvim_latency_analyze_ms_max %.2f", analyze_max),
  string.format("nvim_latency_analyze_cpu_ms_median %.2f", analyze_cpu),
  string.format("nvim_latency_keystroke_ms_median %.3f", key_med),
  string.format("nvim_latency_keystroke_ms_max %.3f", key_max),
  string.format("nvim_latency_debounce_ms %d", plugin.config().debounce),
}
io.stdout:write(table.concat(out, "\n") .. "\n")
vim.cmd("qall!")
