-- A test harness for headless Neovim: test(name, fn), eq, ok; NvimTest.finish() prints
-- "nvim (<file>): N passed, N failed" and leaves with cquit when anything failed.
NvimTest = { passed = 0, failed = 0, file = "" }

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  return vim.inspect(v)
end

function eq(got, want, what)
  if not vim.deep_equal(got, want) then
    error(string.format("%s: expected %s, got %s", what or "value", show(want), show(got)), 2)
  end
end

function ok(cond, what)
  if not cond then error((what or "condition") .. " is false", 2) end
  return cond
end

function test(name, fn)
  local success, err = xpcall(fn, debug.traceback)
  if success then
    NvimTest.passed = NvimTest.passed + 1
  else
    NvimTest.failed = NvimTest.failed + 1
    io.stdout:write("FAIL " .. name .. ": " .. tostring(err) .. "\n")
  end
end

function NvimTest.finish()
  io.stdout:write(string.format("nvim: %d passed, %d failed\n", NvimTest.passed, NvimTest.failed))
  if NvimTest.failed > 0 then vim.cmd("cquit 1") else vim.cmd("qall!") end
end
