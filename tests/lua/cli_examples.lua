-- The example macros run against the bundled example story.
local run = sh -- tests/lua/run.lua

test("figures.lua lists every number of the story with its place", function()
  local out, code = run("lua5.4 examples/macros/figures.lua examples/story.txt 2026-03-02")
  eq(code, 0)
  local text = read_file("examples/story.txt")
  local rows = 0
  for line in out:gmatch("[^\n]+") do
    if not line:find("^where") then
      rows = rows + 1
      local l, c, figure = line:match("^(%d+):(%d+)\t([^\t]+)\t")
      ok(l, "row format: " .. line)
      local n, lineno = 1, 1
      while lineno < tonumber(l) do n = text:find("\n", n, true) + 1; lineno = lineno + 1 end
      eq(text:sub(n + c - 1, n + c - 2 + #figure), figure, "figure at its place")
    end
  end
  ok(rows >= 10, "rows: " .. rows)
end)

test("prepublish.lua holds a story with an arithmetic error", function()
  local out, code = run("lua5.4 examples/macros/prepublish.lua examples/story.txt")
  eq(code, 1)
  ok(out:find("hold: 20 percent does not follow", 1, true), out)
end)
