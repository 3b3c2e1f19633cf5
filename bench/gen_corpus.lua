-- A generated news-like corpus for `make bench` when ../shared/corpora is absent: MB megabytes of
-- sentences built from templates with figures, money, dates, quotes and names (deterministic).
--   lua5.4 gen_corpus.lua MB > corpus.txt
local mb = tonumber(arg[1] or "8")
local names = { "Maria Lopez", "the Treasury", "Acme Corp", "Sen. John Hale", "the city council", "Dr. Ann Wu" }
local verbs = { "cut", "raised", "announced", "closed", "approved", "rejected" }
local nouns = { "jobs", "taxes", "the budget", "prices", "its forecast", "the plan" }
local seed = 42
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end
local templates = {
  function() return string.format("%s %s %d %s on %s.", names[rand(6)], verbs[rand(6)], rand(5000), nouns[rand(6)],
    ({ "Monday", "Tuesday", "Friday" })[rand(3)]) end,
  function() return string.format("Revenue rose %d.%d percent to $%d.%d billion in %d, the highest since %d.",
    rand(20), rand(9), rand(90), rand(9), 2000 + rand(20), 1980 + rand(19)) end,
  function() return string.format("\"We will not back down,\" %s told reporters.", names[rand(6)]) end,
  function() return string.format("About %d people attended, up from %d last year.", rand(900) + 100, rand(500)) end,
  function() return "The decision was one of the biggest of the year, officials said." end,
}
local out, size = {}, 0
while size < mb * 1048576 do
  local para = {}
  for _ = 1, rand(5) + 2 do para[#para + 1] = templates[rand(#templates)]() end
  local p = table.concat(para, " ") .. "\n\n"
  out[#out + 1] = p
  size = size + #p
end
io.write(table.concat(out))
