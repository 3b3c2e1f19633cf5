-- The pass itself on held-out training debates (eval/heldout_pass.sh): ranks each debate listed in
-- a fold's .held file with the copydesk built beside that fold's word list, as the suite ranks a
-- test debate (eval/suite_checkworthy.lua), and prints each debate's AP, R-precision and P@10 and
-- the fold's MAP.   Usage: lua5.4 eval/heldout_pass.lua TREE HELD_LIST
local tree, held = assert(arg[1], "usage: heldout_pass.lua TREE HELD_LIST"), assert(arg[2])
package.path = tree .. "/eval/?.lua;" .. tree .. "/lua/?.lua;" .. tree .. "/lua/?/init.lua;" .. package.path
local copydesk = require("copydesk")
assert(copydesk.available(), "no native module in " .. tree)
local suite = require("suite_checkworthy")
local sum, rp, p10, n = 0, 0, 0, 0
for path in io.lines(held) do
  local rows = suite.read_debate(path)
  suite.score_debate(copydesk, rows)
  local m = suite.rank_measures(rows)
  if m.relevant > 0 then sum, rp, p10, n = sum + m.ap, rp + m.r_precision, p10 + m.p10, n + 1 end
  print(string.format("%-48s AP %.4f  R-prec %.4f  P@10 %.2f  (%d of %d rows)", path:match("[^/]*$"), m.ap,
    m.r_precision, m.p10, m.relevant, #rows))
end
n = math.max(n, 1)
print(string.format("fold MAP %.4f R-prec %.4f P@10 %.4f over %d debates", sum / n, rp / n, p10 / n, n))
