#!/bin/sh
# Re-fits the weights of the check-worthiness score (src/score.c) on the TRAINING debates of CLEF
# CheckThat! 2019 task 1 and 2020 task 5 only. Training debates held within a day of a test debate
# of either year (the same event under another file name) are left out. Prints the C table to
# paste into src/score.c; never edits it.   Usage: sh eval/calibrate.sh   (after make)
# The word weights of the feature `words` are fitted here too (eval/calibrate.lua, CW_WORDS_*);
# CW_WORDS_OUT=data/cw_words.tsv writes them (then make, and paste the table into src/score.c).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${CD_BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
corpora=${CD_CORPORA:-$root/../shared/corpora}
c19=$corpora/clef2019-checkthat-t1
c20=$corpora/clef2020-checkthat-t5
if [ ! -d "$c19/training" ] || [ ! -d "$c20/training" ]; then
  echo "skip: calibration (no CheckThat! data in $corpora)" >&2
  exit 0
fi
out=$build/calibrate
mkdir -p "$out"
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" -I"$root/src" -I"$build/gen" \
  -o "$out/cw_features" "$here/cw_features.c" "$build/libcopydesk.a" \
  $(pkg-config --libs libxml-2.0 2>/dev/null || xml2-config --libs) -lm
# test dates (YYYYMMDD) of both years
tests=$(ls "$c19/test_annotated" "$c20/test_gold" | sed -n 's/^\([0-9]\{8\}\).*/\1/p' | sort -u)
near_test() {
  for t in $tests; do
    d=$(( $(date -d "$1" +%s) - $(date -d "$t" +%s) ))
    [ ${d#-} -le 86400 ] && return 0
  done
  return 1
}
files=""
for f in "$c19"/training/*.tsv "$c20"/training/*.tsv; do
  d=$(basename "$f" | cut -c1-8)
  if date -d "$d" >/dev/null 2>&1 && near_test "$d"; then
    echo "calibrate: leaving out $(basename "$f") (a test debate's date)" >&2
    continue
  fi
  files="$files $f"
done
# CW_CLAIMBUSTER=1: ClaimBuster's sentences of its fit half too, none shared with a CheckThat! debate
# (eval/claimbuster_rows.lua; not the default: eval/calibrate.lua says why)
if [ "${CW_CLAIMBUSTER:-0}" = 1 ] && [ -d "$corpora/claimbuster-ncs" ]; then
  lua5.4 "$here/claimbuster_rows.lua" "$corpora" > "$out/claimbuster.tsv"
  files="$files $out/claimbuster.tsv"
  CW_LONE=claimbuster.tsv
  export CW_LONE
fi
# CW_DOC=1: each debate analyzed as one document, as the suite does (not the default: it ranks the
# same on held-out debates, eval/calibrate.lua says by how much)
"$out/cw_features" $files > "$out/features.tsv"
# the texts, row for row (the rows cw_features reads: four columns or more), for the word weights
awk -F'\t' 'NF >= 4 { print $3 }' $files > "$out/texts.txt"
CW_TEXTS=$out/texts.txt
export CW_TEXTS
# the rows' debates and speakers, row for row: for features of a transcript's turns tried through
# CW_EXTRA, and the dump's speakers (eval/calibrate.lua)
awk -F'\t' 'NF >= 4 { print FILENAME "\t" $2 }' $files > "$out/speakers.txt"
CW_SPEAKERS=$out/speakers.txt
export CW_SPEAKERS
# the held-out folds that choose the rounds of ascent: the 2019 training debates (the task the
# score is measured on; by path, as cw_features names the debates: five 2019 ones have a 2020
# namesake, the same debate labelled anew); the 2020 ones always stay in the fit (CW_TARGET= empty:
# every debate)
if [ -z "${CW_TARGET+set}" ]; then
  CW_TARGET=$(for f in $files; do case $f in "$c19"/*) echo "$f" ;; esac; done | tr '\n' ' ')
  export CW_TARGET
fi
lua=lua5.4
command -v luajit >/dev/null 2>&1 && lua=luajit
$lua "$here/calibrate.lua" "$out/features.tsv"
