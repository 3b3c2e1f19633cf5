-- The command: options, formats, exit status, and that it never loses data.
local CD = "lua5.4 bin/copydesk"
local story = "The council voted on Monday to close two ferry terminals.\n\n" ..
  "Ridership fell from 48,000 to 30,000 a week, the authority said.\n"

test("--help explains every option and exits 0", function()
  local out, code = sh(CD .. " --help")
  eq(code, 0)
  for _, opt in ipairs({ "--format", "--date", "--min-score", "--input", "--facts", "--verified", "--attribution",
                          "--language" }) do
    ok(out:find(opt, 1, true), "help mentions " .. opt)
  end
end)

test("bad usage exits 2 with one line on stderr", function()
  for _, args in ipairs({ "--format xml", "--date 2017-1-1", "--min-score 2", "--min-score x",
                          "--input pdf", "--bogus", "--date", "--attribution strict", "--attribution",
                          "--language fr" }) do
    local out, code = sh(CD .. " " .. args .. " 2>&1 >/dev/null </dev/null")
    eq(code, 2, args)
    local lines = select(2, out:gsub("\n", "\n"))
    eq(lines, 1, "one line for " .. args .. ": " .. out)
    ok(out:find("^copydesk: "), "prefixed: " .. out)
  end
end)

test("--attribution paragraph flags a quote paragraph attributed only before it", function()
  local path = tmpfile("Tom Baker said the vote was a mistake.\n\n\"It's a betrayal of the east side.\"\n")
  local want = path .. ":3:1: warning: unattributed-quote: quote paragraph has no attribution of its own " ..
    "(speaker from context: Tom Baker)"
  local out, code = sh(CD .. " --attribution paragraph " .. path)
  eq(code, 0, "warnings only")
  ok(out:find(want, 1, true), out)
  out = sh(CD .. " --attribution=context " .. path)
  ok(not out:find("unattributed-quote", 1, true), out)
  out = sh(CD .. " " .. path)
  ok(not out:find("unattributed-quote", 1, true), out)
  os.remove(path)
end)

test("--language english checks a story the test calls foreign; other quiets it", function()
  local path = tmpfile("Hoy el concejo de la ciudad vot\195\179 por una nueva ley que obliga a los bares a " ..
    "cerrar antes de la medianoche.\n\n\"Es un error y lo vamos a pagar todos\", dijo una vecina del barrio. El " ..
    "alcalde, que no estuvo en la sesi\195\179n, dijo que la ley es buena para la salud de las familias.\n")
  local out = sh(CD .. " " .. path)
  ok(out:find(path .. ":1:1: warning: language: the story does not read as English", 1, true), out)
  ok(not out:find("unattributed-quote", 1, true), out)
  out = sh(CD .. " --language english " .. path)
  ok(not out:find("language:", 1, true), out)
  ok(out:find(path .. ":3:1: warning: unattributed-quote: a direct quote with no speaker found", 1, true), out)
  out = sh(CD .. " --language=other " .. path)
  ok(not out:find("warning", 1, true), out)
  os.remove(path)
end)

test("an unreadable input exits 2", function()
  local out, code = sh(CD .. " /nonexistent/story.txt 2>&1")
  eq(code, 2)
  eq(out, "copydesk: cannot read /nonexistent/story.txt: No such file or directory\n")
end)

-- A file is read by the library (copydesk.json_file, analyze_file), standard input by Lua: the
-- same bytes give the same output either way.
test("a file and the same bytes on standard input give the same output", function()
  local path = tmpfile(story .. "A NUL \0 and a bad byte \255 on Monday, Jan. 5, 2015.\n")
  for _, format in ipairs({ "json", "text --min-score 0" }) do
    local from_file, code = sh(CD .. " --date 2015-01-07 --format " .. format .. " " .. path)
    local from_stdin, scode = sh(CD .. " --date 2015-01-07 --format " .. format .. " - < " .. path)
    eq(code, scode, "status: " .. format)
    if format == "json" then eq(from_file, from_stdin, format)
    else eq((from_file:gsub(path:gsub("%p", "%%%0"), "<stdin>")), from_stdin, format) end
    ok(#from_file > 100, "output: " .. format)
  end
  os.remove(path)
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

-- Hard-wrapped copy: a finding that quotes words across a line break is still one line, its message
-- with a space for the break, so every line parses as FILE:LINE:COL: and the error keeps its place.
test("text format: a finding quoting a wrapped line stays on one line", function()
  local path = tmpfile("Profits in the first\nquarter rose, the company said on Monday,\nMarch 3, 1987.\n")
  local out, code = sh(CD .. " --date 1987-02-26 --min-score 0 " .. path)
  eq(code, 1, "a weekday error")
  local p = path:gsub("%p", "%%%0")
  for line in out:gmatch("[^\n]+") do
    ok(line:find("^" .. p .. ":%d+:%d+: %S+: "), "line format: " .. line)
  end
  ok(out:find(path .. ":2:35: error: weekday-mismatch: 'Monday, March 3, 1987': March 3, 1987 is a Tuesday, " ..
    "not a Monday\n", 1, true), out)
  ok(out:find(path .. ":1:16: info: relative-date: 'first quarter' means ", 1, true), out)
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

-- Runs `args` with its output into `| head -c 10` (the reader leaves early); returns the command's
-- own stderr and exit status (the pipeline's is head's). ignore_sigpipe: as a parent that ignores
-- SIGPIPE (an editor, a job runner) leaves it, so that writes fail with EPIPE instead.
local function into_closed_pipe(args, ignore_sigpipe)
  local err, st = os.tmpname(), os.tmpname()
  local trap = ignore_sigpipe and "trap '' PIPE; " or ""
  sh("(" .. trap .. CD .. " " .. args .. " 2>" .. err .. "; echo $? >" .. st .. ") | head -c 10 >/dev/null")
  local e, code = read_file(err), tonumber(read_file(st))
  os.remove(err)
  os.remove(st)
  return e, code
end

test("never writes to its input, and a closed pipe exits quietly", function()
  local big = string.rep(story, 2000)
  local path = tmpfile(big)
  for _, format in ipairs({ "text --min-score 0", "json", "jsonl" }) do
    local inputs = format == "json" and path or (path .. " " .. path)
    for _, ignore in ipairs({ false, true }) do
      local what = format .. (ignore and ", SIGPIPE ignored" or "")
      local err, code = into_closed_pipe("--format " .. format .. " " .. inputs, ignore)
      eq(err, "", "nothing on stderr: " .. what)
      if ignore then eq(code, 0, "status: " .. what)
      else ok(code == 0 or code == 141, "status 0 or SIGPIPE's 141: " .. what .. ": " .. tostring(code)) end
    end
  end
  eq(read_file(path), big, "input unchanged")
  os.remove(path)
end)

test("output that cannot be written is an error, exit 2", function()
  local path = tmpfile(story)
  local big = tmpfile(string.rep(story, 2000)) -- JSON past the writer's buffers (5 MB)
  for _, format in ipairs({ "text --min-score 0", "json", "jsonl" }) do
    for _, input in ipairs({ path, "- < " .. path, big }) do
      local out, code = sh(CD .. " --format " .. format .. " " .. input .. " 2>&1 >/dev/full")
      eq(code, 2, format .. " " .. input .. " to a full disk")
      eq(out, "copydesk: cannot write the output: No space left on device\n", format .. " " .. input)
    end
  end
  os.remove(path)
  os.remove(big)
end)

-- json and jsonl stream the record to standard output (copydesk.write_json_file, write_json): the
-- bytes copydesk.json gives, a newline after each record.
test("json and jsonl output is copydesk.json's, byte for byte", function()
  local copydesk = require("copydesk")
  local text = story .. "\"A quote,\" a NUL \0, a bad byte \255 and a \\ on Tuesday, Jan. 5, 2015.\n"
  local path = tmpfile(text)
  local out, code = sh(CD .. " --format json --date 2015-01-07 " .. path)
  local opts = { date = "2015-01-07", filename = path }
  local want, errors = copydesk.json(text, opts)
  eq(out, want .. "\n", "json")
  eq(errors, 1, "the weekday-mismatch")
  eq(code, 1, "status")
  out = sh(CD .. " --format jsonl --date 2015-01-07 " .. path .. " - < " .. path)
  eq(out, want:gsub("^{", '{"source":' .. require("copydesk.verified").json_string(path) .. ",") .. "\n" ..
    copydesk.json(text, { date = "2015-01-07" }, "<stdin>") .. "\n", "jsonl")
  os.remove(path)
end)

test("a directory as input is a clear error, exit 2", function()
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir " .. dir))
  for _, format in ipairs({ "text", "json", "jsonl" }) do
    local out, code = sh(CD .. " --format " .. format .. " " .. dir .. " 2>&1 >/dev/null")
    eq(code, 2, format)
    eq(select(2, out:gsub("\n", "")), 1, "one line: " .. out)
    ok(out:find(dir, 1, true) and out:find("directory", 1, true), "names the path and why: " .. out)
  end
  local out, code = sh(CD .. " --facts " .. dir .. " " .. dir .. " 2>&1 >/dev/null")
  eq(code, 2, "a directory as the fact sheet")
  ok(out:find(dir, 1, true), out)
  os.execute("rmdir " .. dir)
end)

test("the command never opens its inputs for writing (strace)", function()
  if not os.execute("command -v strace >/dev/null 2>&1") then
    print("SKIP cli_basic: strace missing, open modes not checked")
    return
  end
  local path = tmpfile(story)
  local log = os.tmpname()
  local out, code = sh("strace -f -qq -e trace=open,openat,creat,truncate -o " .. log .. " " .. CD ..
    " --format jsonl --facts examples/facts.xml " .. path .. " - < " .. path .. " >/dev/null 2>&1")
  eq(code, 0, "ran: " .. out)
  local trace = read_file(log)
  os.remove(log)
  local seen = 0
  for line in trace:gmatch("[^\n]+") do
    if line:find(path, 1, true) or line:find("facts.xml", 1, true) then
      seen = seen + 1
      ok(not line:find("O_WRONLY") and not line:find("O_RDWR") and not line:find("O_CREAT") and
        not line:find("O_TRUNC") and not line:find("creat%(") and not line:find("truncate%("),
        "read only: " .. line)
    end
  end
  ok(seen >= 2, "the trace shows the input and the sheet opened")
  ok(not io.open(path .. ".copydesk", "rb"), "no sidecar written")
  eq(read_file(path), story, "input unchanged")
  os.remove(path)
end)
