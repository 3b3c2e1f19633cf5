#!/bin/sh
# Installs the pinned peers of eval/peers/package.json into DIR (default build/peers), once.
# DIR must be outside the source tree or git-ignored: node_modules is never committed.
set -e
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-build/peers}
mkdir -p "$dir"
if [ -f "$dir/node_modules/compromise/package.json" ] && [ -f "$dir/node_modules/chrono-node/package.json" ] &&
   cmp -s "$here/package.json" "$dir/package.json"; then
  exit 0
fi
cp "$here/package.json" "$dir/package.json"
cd "$dir"
npm install --no-audit --no-fund --loglevel=error --omit=dev >&2
