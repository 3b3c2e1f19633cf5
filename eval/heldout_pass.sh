#!/bin/sh
# The check-worthiness pass itself on held-out TRAINING debates: eval/calibrate.lua chooses
# features on a model of the pass (each row analyzed alone, the context by rows); this builds the
# pass once a fold, with that fold's word list (data/cw_words.tsv fitted without the fold's
# debates, CW_FOLD_OUT), and ranks the fold's debates as the suite ranks a test debate: one
# document, a paragraph a row. The weights of src/score.c stay as they are (fitted on every
# training debate: a few dozen numbers; the word list is what would leak). No test debate is read.
# Usage: sh eval/heldout_pass.sh   (after make; CW_FOLDS as eval/calibrate.sh, 2 by default)
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${CD_BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
out=$build/heldout
rm -rf "$out"
mkdir -p "$out"
CW_FOLD_OUT=$out/fold CW_FOLDS=${CW_FOLDS:-2} sh "$here/calibrate.sh" > /dev/null
for held in "$out"/fold*.held; do
  [ -f "$held" ] || { echo "heldout_pass: no folds (no CheckThat! data?)" >&2; exit 0; }
  fold=${held%.held}
  tree=$fold.tree
  mkdir -p "$tree"
  (cd "$root" && git ls-files | tar cf - -T -) | tar xf - -C "$tree" # the working tree's files
  cp "$fold.tsv" "$tree/data/cw_words.tsv"
  make -C "$tree" all > "$fold.make.log" 2>&1 || { cat "$fold.make.log" >&2; exit 1; }
  echo "== $(basename "$fold")"
  lua5.4 "$here/heldout_pass.lua" "$tree" "$held" | tee "$fold.out"
done
# the mean over the folds, as eval/calibrate.lua averages its held-out MAP
cat "$out"/fold*.out | awk '/^fold MAP/ { m += $3; r += $5; p += $7; n++ }
  END { if (n) printf "held-out pass, %d folds: MAP %.4f R-prec %.4f P@10 %.4f\n", n, m / n, r / n, p / n }'
