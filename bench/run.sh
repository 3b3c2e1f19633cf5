#!/bin/sh
# `make bench`: speed and memory figures of copydesk beside `wc -w` and, when Node is there, the
# pinned peers (compromise, chrono-node). Prints figures and ratios; never fails on speed.
#   CD_BUILD   build folder (default build)      BENCH_RUNS  runs per figure (default 5)
#   BENCH_MAX_MB  largest scaling size (default 64)   CD_PEERS=0  skip the Node peers
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${CD_BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
corpora=${CD_CORPORA:-$root/../shared/corpora}
runs=${BENCH_RUNS:-5}
max_mb=${BENCH_MAX_MB:-64}
out=$build/bench
mkdir -p "$out"

if [ ! -f "$build/libcopydesk.a" ]; then
  echo "bench: $build/libcopydesk.a is missing; run make first" >&2
  exit 2
fi
cc -std=c11 -O2 -I"$root/include" -o "$out/bench" "$here/bench.c" "$build/libcopydesk.a" \
  $(pkg-config --libs libxml-2.0 2>/dev/null || xml2-config --libs) -lm || exit 2

# ---- the corpus: BBC articles and Reuters-21578 bodies, else a generated one --------------------
corpus=$out/corpus.txt
if [ ! -s "$corpus" ]; then
  : > "$corpus.tmp"
  if [ -d "$corpora/bbc-news" ]; then
    for f in "$corpora"/bbc-news/*/*.txt; do cat "$f"; printf '\n\n'; done >> "$corpus.tmp"
  fi
  if [ -d "$corpora/reuters-21578/sgm" ]; then
    # the text between <BODY> and </BODY>, entities decoded, one story a paragraph block
    cat "$corpora"/reuters-21578/sgm/*.sgm | awk '
      /<BODY>/ { on = 1; sub(/.*<BODY>/, "") }
      on && /<\/BODY>/ { sub(/<\/BODY>.*/, ""); gsub(/&#3;/, ""); gsub(/&lt;/, "<"); gsub(/&gt;/, ">");
                         gsub(/&amp;/, "\\&"); print; print ""; on = 0; next }
      on { gsub(/&lt;/, "<"); gsub(/&gt;/, ">"); gsub(/&amp;/, "\\&"); print }' >> "$corpus.tmp"
  fi
  if [ ! -s "$corpus.tmp" ]; then
    echo "bench: no news corpus in $corpora; generating one" >&2
    lua5.4 "$here/gen_corpus.lua" 8 > "$corpus.tmp"
  fi
  mv "$corpus.tmp" "$corpus"
fi

# ---- the HTML pages of the extraction benchmark ---------------------------------------------------
html=$out/html
if [ -d "$corpora/article-extraction-benchmark/html" ] && [ ! -d "$html" ]; then
  mkdir -p "$html.tmp"
  for f in "$corpora"/article-extraction-benchmark/html/*.html.gz; do
    gzip -dc "$f" > "$html.tmp/$(basename "$f" .gz)"
  done
  mv "$html.tmp" "$html"
fi
html_arg=""
[ -d "$html" ] && html_arg="--html $html"
stories_arg=""
[ -d "$corpora/bbc-news" ] && stories_arg="--stories $corpora/bbc-news"

echo "== copydesk $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -m), one core; $(nproc) cores shared, figures are noisy"
"$out/bench" "$corpus" --runs "$runs" --max-mb "$max_mb" $html_arg $stories_arg > "$out/figures.txt" || true
cat "$out/figures.txt"
fig() { awk -v k="$1" '$1 == k { print $2 }' "$out/figures.txt"; }

# ---- peers ------------------------------------------------------------------------------------------
rm -f "$out/peers.txt"
if [ "${CD_PEERS:-1}" != 0 ] && command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  peers=$build/peers
  if sh "$root/eval/peers/install.sh" "$peers" >/dev/null 2>&1; then
    NODE_PATH=$peers/node_modules node "$here/peers.js" "$corpus" $html_arg > "$out/peers.txt" 2>&1 || true
    cat "$out/peers.txt"
  else
    echo "bench: npm install of the peers failed; peers skipped"
  fi
else
  echo "bench: node/npm not found (or CD_PEERS=0); peers skipped"
fi
peer() { [ -f "$out/peers.txt" ] && awk -v k="$1" '$1 == k { print $2 }' "$out/peers.txt"; }

# ---- latency through the Lua binding ----------------------------------------------------------------
for lua in lua5.4 luajit; do
  if command -v $lua >/dev/null 2>&1; then
    CD_BUILD=$build $lua "$here/latency.lua" "$corpus" 10000 | sed "s/^/$lua /"
  fi
done | tee "$out/latency.txt"

# ---- summary ------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
cd_mbps=$(fig copydesk_mbps)
echo "== summary"
echo "full analysis: $cd_mbps MB/s, $(fig copydesk_words_per_s) words/s (goal >= 100 MB/s per core)"
echo "wc -w: $(fig wc_mbps) MB/s; wc -w is $(ratio "$(fig wc_mbps)" "$cd_mbps")x faster (goal: within 3x)"
c=$(peer compromise_mbps); [ -n "$c" ] && echo "compromise: $c MB/s; copydesk is $(ratio "$cd_mbps" "$c")x faster"
c=$(peer chrono_mbps); [ -n "$c" ] && echo "chrono-node: $c MB/s; copydesk is $(ratio "$cd_mbps" "$c")x faster"
awk '$1 == "scale" { last = $0 } END { if (last) { split(last, f, " "); printf "peak RSS at %d MB: %.1f MB, %.2fx the input above the process baseline, the input buffer included, analyzed without a copy (cd_options.borrow) (goal < 4x)\n", f[2], f[4], f[5] } }' "$out/figures.txt"
h=$(fig html_pages_per_s); [ -n "$h" ] && echo "HTML: $h pages/s ($(fig html_mbps) MB/s)"
r=$(peer readability_pages_per_s); [ -n "$r" ] && echo "Readability.js: $r pages/s; copydesk is $(ratio "$h" "$r")x faster"
s=$(fig stories_per_s); [ -n "$s" ] && echo "short stories, one analysis each in one process: $s stories/s, $(fig ms_per_story) ms a story ($(fig stories) BBC stories)"
exit 0
