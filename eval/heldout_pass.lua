-- The pass itself on held-out training debates (eval/heldout_pass.sh): ranks each debate listed in
-- a fold's .held file with the copydesk built beside that fold's word list, as the suite ranks a
-- test debate (eval/suite_checkworthy.lua), and prints each debate's AP, R-precision and P@10 and
-- the fold's MAP; beside each AP the debate's share of check-worthy rows (a random ranking's AP,
-- about) and the AP over it, which compares debates of other shares: MAP averages over debates, so
-- a set of debates with fewer check-worthy rows has a lower MAP at the same ranking (session 9:
-- the 19 training debates held out hold 5.1% on average, the 7 test debates of 2019 2.5%).
-- Usage: lua5.4 eval/heldout_pass.lua TREE HELD_LIST (any list of debates: the test ones too)
local tree, held = assert(arg[1], "usage: heldout_pass.lua TREE HELD_LIST"), assert(arg[2])
package.path = tree .. "/eval/?.lua;" .. tree .. "/lua/?.lua;" .. tree .. "/lua/?/init.lua;" .. package.path
local copydesk = require("copydesk")
assert(copydesk.available(), "no native module in " .. tree)
local suite = require("suite_checkworthy")
local sum, rp, p10, n, share, over = 0, 0, 0, 0, 0, 0
for path in io.lines(held) do
  local rows = suite.read_debate(path)
  suite.score_debate(copydesk, rows)
  local m = suite.rank_measures(rows)
  local base = m.relevant / math.max(#rows, 1)
  if m.relevant > 0 then
    sum, rp, p10, n = sum + m.ap, rp + m.r_precision, p10 + m.p10, n + 1
    share, over = share + base, over + m.ap / base
  end
  print(string.format("%-48s AP %.4f  R-prec %.4f  P@10 %.2f  (%d of %d rows: %.3f, AP %.1fx)", path:match("[^/]*$"),
    m.ap, m.r_precision, m.p10, m.relevant, #rows, base, m.relevant > 0 and m.ap / base or 0))
end
n = math.max(n, 1)
print(string.format("fold MAP %.4f R-prec %.4f P@10 %.4f over %d debates (check-worthy %.3f, AP %.2fx)", sum / n,
  rp / n, p10 / n, n, share / n, over / n))
