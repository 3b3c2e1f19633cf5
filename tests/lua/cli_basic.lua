-- The command: options, formats, exit status, and that it never loses data.
local function sh(cmd)
  local p = io.popen(cmd .. "; echo \"::$?\"", "r")
  local out = p:read("*a")
  p:close()
  local body, code = out:match("^(.*)::(%d+)%s*$")
  return body, tonumber(code)
end

local function tmpfile(content)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  return path
end

local CD = "lua5.4 bin/copydesk"
local story = "The council voted on Monday to close two ferry terminals.\n\n" ..
  "Ridership fell from 48,000 to 30,000 a week, the authority said.\n"

test("--help explains every option and exits 0", function()
  local out, code = sh(CD .. " --help")
  eq(code, 0)
  for _, opt in ipairs({ "--format", "--date", "--min-score", "--input", "--facts", "--verified" }) do
    ok(out:find(opt, 1, true), "help mentions " .. opt)
  end
end)

test("bad usage exits 2 with one line on stderr", function()
  for _, args in ipairs({ "--format xml", "--date 2017-1-1", "--min-score 2", "--min-score x",
                          "--input pdf", "--bogus", "--date" }) do
    local out, code = sh(CD .. " " .. args .. " 2>&1 >/dev/null </dev/null")
    eq(code, 2, args)
    local lines = select(2, out:gsub("\n", "\n"))
    eq(lines, 1, "one line for " .. args .. ": " .. out)
    ok(out:find("^copydesk: "), "prefixed: " .. out)
  end
end)

test("an unreadable input exits 2", function()
  local out, code = sh(CD .. " /nonexistent/story.txt 2>&1")
  eq(code, 2)
  ok(out:find("/nonexistent/story.txt", 1, true), out)
end)

test("text format: compiler-style lines", function()
  local path = tmpfile(story)
  local out, code = sh(CD .. " --min-score 0 " .. path)
  eq(code, 0)
  for line in out:gmatch("[^\n]+") do
    ok(line:find("^" .. path:gsub("%p", "%%%0") .. ":%d+:%d+: %S+: "), "line format: " .. line)
  end
  os.remove(path)
end)

test("json and jsonl", function()
  local path = tmpfile(story)
  local out, code = sh(CD .. " --format json " .. path)
  eq(code, 0)
  ok(out:find('^{"version":'), "json document")
  out, code = sh(CD .. " --format jsonl " .. path .. " - < " .. path)
  eq(code, 0)
  local n = 0
  for line in out:gmatch("[^\n]+") do
    n = n + 1
    ok(line:find('^{"source":"'), "jsonl line has a source")
  end
  eq(n, 2, "one line per input")
  os.remove(path)
end)

test("never writes to its input, and a closed pipe exits quietly", function()
  local big = string.rep(story, 2000)
  local path = tmpfile(big)
  local out, code = sh(CD .. " --min-score 0 " .. path .. " " .. path .. " 2>&1 | head -c 10 >/dev/null")
  eq(out, "", "nothing on stderr")
  eq(read_file(path), big, "input unchanged")
  os.remove(path)
end)
