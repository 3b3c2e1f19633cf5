-- A small test runner for the Lua tests, the same under lua5.4 and luajit.
--   lua5.4 tests/lua/run.lua [FILE...]   (default: every tests/lua/test_*.lua)
-- Each file calls test(name, fn); assertions: eq(got, want[, what]), ok(cond[, what]),
-- raises(fn, pattern). Prints one line per failure and a closing "N passed, N failed".
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local passed, failed, current = 0, 0, {}

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

local function deep_eq(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, v in pairs(a) do if not deep_eq(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function fail(msg)
  error({ copydesk_test_failure = msg }, 3)
end

function eq(got, want, what)
  if not deep_eq(got, want) then
    fail(string.format("%s: expected %s, got %s", what or "value", show(want), show(got)))
  end
end

function ok(cond, what)
  if not cond then fail((what or "condition") .. " is false") end
  return cond
end

function raises(fn, pattern, what)
  local okk, err = pcall(fn)
  if okk then fail((what or "call") .. " did not raise") end
  err = tostring(type(err) == "table" and err.copydesk_test_failure or err)
  if pattern and not err:find(pattern) then
    fail(string.format("%s raised %s, which does not match %s", what or "call", show(err), show(pattern)))
  end
  return err
end

function test(name, fn)
  current[#current + 1] = { name = name, fn = fn }
end

--- The first item of list whose field k equals v (or whose text contains v when k is "text~").
function find(list, k, v)
  for _, item in ipairs(list) do
    if k == "text~" then
      if item.text and item.text:find(v, 1, true) then return item end
    elseif item[k] == v then
      return item
    end
  end
  return nil
end

function read_file(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- Runs a shell command; returns its standard output and its exit status.
-- A new temporary file holding `content`; its path.
function tmpfile(content)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  return path
end

function sh(cmd)
  local p = io.popen(cmd .. "; echo \"::$?\"", "r")
  local out = p:read("*a")
  p:close()
  local body, code = out:match("^(.*)::(%d+)%s*$")
  return body, tonumber(code)
end

local files = { ... }
if #files == 0 then
  local p = io.popen("ls tests/lua/test_*.lua 2>/dev/null")
  for line in p:lines() do files[#files + 1] = line end
  p:close()
end

local abi = type(jit) == "table" and jit.version or _VERSION
for _, file in ipairs(files) do
  current = {}
  local chunk, err = loadfile(file)
  if not chunk then
    failed = failed + 1
    print("FAIL " .. file .. ": " .. err)
  else
    local lok, lerr = pcall(chunk)
    if not lok then
      failed = failed + 1
      print("FAIL " .. file .. ": " .. tostring(lerr))
    end
    for _, t in ipairs(current) do
      local tok, terr = xpcall(t.fn, function(e)
        if type(e) == "table" and e.copydesk_test_failure then return e.copydesk_test_failure end
        return debug.traceback(tostring(e), 2)
      end)
      if tok then
        passed = passed + 1
      else
        failed = failed + 1
        print(string.format("FAIL %s: %s: %s", file, t.name, tostring(terr)))
      end
    end
  end
end
print(string.format("lua (%s): %d passed, %d failed", abi, passed, failed))
os.exit(failed == 0 and 0 or 1, true) -- close the state: leak checkers see a clean exit
