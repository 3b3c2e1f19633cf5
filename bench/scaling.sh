#!/bin/sh
# Bounded time on hostile input (issue 7): doubling each hostile input should at most double the
# time. Builds bench/scaling.c against the library and prints the CPU time of every doubling.
# Prints figures; never fails on speed.
#   CD_BUILD  build folder (default build)   SCALING_N  units at the smallest size (default 100000)
#   SCALING_RUNS  best of (default 3)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${CD_BUILD:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
if [ ! -f "$build/libcopydesk.a" ]; then
  echo "scaling: $build/libcopydesk.a is missing; run make first" >&2
  exit 2
fi
mkdir -p "$build/bench"
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" -o "$build/bench/scaling" "$here/scaling.c" \
  "$build/libcopydesk.a" $(pkg-config --libs libxml-2.0 2>/dev/null || xml2-config --libs) -lm || exit 2
"$build/bench/scaling" "${SCALING_N:-100000}" "${SCALING_RUNS:-3}"
exit 0
