#!/bin/sh
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for FUZZ_SECONDS (default 30).
#   sh fuzz/run.sh [SECONDS] [TARGET...]
# Targets: text html xml markdown facts numbers. Corpora grow in build-fuzz/corpus-TARGET, seeded
# from tests/fixtures, examples and fuzz/seeds/TARGET, with the dictionary fuzz/dict/KIND.dict; a
# crash is saved as build-fuzz/crash-* and fails the run. FUZZ_BUILD names another build folder;
# FUZZ_CFLAGS adds compiler flags to the targets.
set -e
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-30}
[ $# -gt 0 ] && shift
TARGETS=${*:-text html xml markdown facts numbers}
B=${FUZZ_BUILD:-build-fuzz}
FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -DCD_STRICT_SPANS"
# -Wno-error: a warning in work in progress must not stop a fuzz run (make test keeps -Werror).
make --no-print-directory BUILD=$B CC=clang OPT=-O1 CFLAGS_EXTRA="$FLAGS -fsanitize=fuzzer-no-link -Wno-error" lib >/dev/null
INC="-Iinclude -Isrc -I$B/gen $(pkg-config --cflags libxml-2.0)"
LIBS="$B/libcopydesk.a $(pkg-config --libs libxml-2.0) -lm"

build_target() { # name source extra-flags
  clang $FLAGS -fsanitize=fuzzer -O1 $INC $3 $FUZZ_CFLAGS -o $B/fuzz-$1 fuzz/$2 $LIBS
}

seed() { # name pattern...
  name=$1
  dir=$B/corpus-$1
  mkdir -p "$dir"
  shift
  for p in "$@" "fuzz/seeds/$name/*"; do for f in $p; do [ -f "$f" ] && cp "$f" "$dir/" || true; done; done
}

status=0
for t in $TARGETS; do
  case $t in
    text)     build_target text fuzz_analyze.c -DCD_FUZZ_INPUT=CD_INPUT_TEXT;     seed text 'tests/fixtures/*.txt' 'examples/*.txt'; dict=text ;;
    html)     build_target html fuzz_analyze.c -DCD_FUZZ_INPUT=CD_INPUT_HTML;     seed html 'tests/fixtures/*.html'; dict=markup ;;
    xml)      build_target xml fuzz_analyze.c -DCD_FUZZ_INPUT=CD_INPUT_XML;       seed xml 'tests/fixtures/markup_*.xml' 'tests/fixtures/facts_*.xml'; dict=markup ;;
    markdown) build_target markdown fuzz_analyze.c -DCD_FUZZ_INPUT=CD_INPUT_MARKDOWN; seed markdown 'tests/fixtures/*.md'; dict=markdown ;;
    facts)    build_target facts fuzz_facts.c "";    seed facts 'tests/fixtures/facts_*.xml' 'examples/*facts*.xml'; dict=facts ;;
    numbers)  build_target numbers fuzz_numbers.c ""; seed numbers 'tests/fixtures/*.txt' 'examples/*.txt' 'fuzz/seeds/text/*'; dict=text ;;
    *) echo "unknown fuzz target: $t" >&2; exit 2 ;;
  esac
  echo "fuzz $t: ${SECONDS_EACH}s"
  if ! $B/fuzz-$t -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix=$B/crash-$t- -dict=fuzz/dict/$dict.dict -print_final_stats=1 $B/corpus-$t 2>$B/fuzz-$t.log; then
    status=1
    echo "fuzz $t: FAILED, see $B/fuzz-$t.log and $B/crash-$t-*" >&2
  fi
  grep -E "^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb)" $B/fuzz-$t.log | tail -3
  grep -oE "cov: [0-9]+ ft: [0-9]+" $B/fuzz-$t.log | tail -1 | sed "s/^/fuzz $t: /"
done
exit $status
