-- tools/corpus_scan.lua on a corpus and a checkout made up here: a run of 8+ words shared with a
-- story is found across punctuation, case, C escapes, entities and line breaks, and reported at
-- its first word's line; 7 shared words are not; no corpora is "skipped" and exit 0.
local SCAN = "lua5.4 tools/corpus_scan.lua"

local function write(path, content)
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
end

local function tree()
  local dir = sh("mktemp -d"):gsub("%s+$", "")
  sh("mkdir -p " .. dir .. "/corpora/bbc-news/tech " .. dir .. "/corpora/reuters-21578/sgm " .. dir .. "/proj")
  write(dir .. "/corpora/bbc-news/README.TXT", "A made-up corpus.\n")
  write(dir .. "/corpora/bbc-news/tech/001.txt", "Lamp makers gather\n\nThe glassblowers of Venwick " ..
    "finished the copper lantern late on Tuesday, said the guild.\n")
  write(dir .. "/corpora/reuters-21578/sgm/reut2-000.sgm", "<REUTERS NEWID=\"42\"><TEXT><TITLE>NOTES" ..
    "</TITLE><BODY>&lt;Orrin Mills Inc&gt; said its twelve looms will weave nothing but blue wool " ..
    "this winter.\n&#3;</BODY></TEXT></REUTERS>\n")
  sh("cd " .. dir .. "/proj && git init -q .")
  return dir
end

local function scan(dir, corpora)
  return sh("CD_CORPORA=" .. corpora .. " " .. SCAN .. " " .. dir .. "/proj 2>/dev/null")
end

test("a shared run of 8+ words is found and exits 1, 7 words are not", function()
  local dir = tree()
  -- a C string cut over two lines, with an escape and other case: the BBC story's words
  write(dir .. "/proj/a.c", "/* fixture */\nstatic const char t[] =\n    \"THE Glassblowers of Venwick\\n\"\n" ..
    "    \"finished the copper lantern\";\n")
  -- seven words of the Reuters body only, and a file with a NUL (not text)
  write(dir .. "/proj/b.md", "Orrin Mills Inc said its twelve looms weave.\n")
  write(dir .. "/proj/c.bin", "the glassblowers of Venwick finished the copper lantern\0")
  -- the Reuters body through its entities: "<Orrin Mills Inc> said its twelve looms will"
  write(dir .. "/proj/d.txt", "One.\nTwo: <Orrin Mills Inc> said its twelve looms will stop.\n")
  sh("cd " .. dir .. "/proj && git add a.c b.md c.bin d.txt")
  local out, code = scan(dir, dir .. "/corpora")
  eq(code, 1, "exit status")
  eq(out, "a.c:3: the glassblowers of venwick finished the copper lantern  [bbc tech/001.txt]\n" ..
    "d.txt:2: orrin mills inc said its twelve looms will  [reuters 42]\n")
  sh("rm -rf " .. dir)
end)

test("no shared run exits 0; no corpora is skipped and exits 0", function()
  local dir = tree()
  write(dir .. "/proj/a.txt", "The glassblowers of Venwick finished the iron lantern late on Tuesday.\n")
  sh("cd " .. dir .. "/proj && git add a.txt")
  local out, code = scan(dir, dir .. "/corpora")
  eq(code, 0, "exit status")
  eq(out, "")
  out, code = scan(dir, dir .. "/none")
  eq(code, 0, "exit status without corpora")
  ok(out:find("^corpus%-scan: skipped: no corpora at "), out)
  sh("rm -rf " .. dir)
end)
