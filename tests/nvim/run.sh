#!/bin/sh
# Runs every tests/nvim/test_*.lua in a real headless Neovim (0.7.2 is the floor). A test file
# exits Neovim with `cquit` on failure, so a non-zero status fails `make test`.
set -e
cd "$(dirname "$0")/../.."
command -v nvim >/dev/null || { echo "nvim: not installed (run sh tools/deps.sh)"; exit 1; }
status=0
for t in tests/nvim/test_*.lua; do
  if timeout 120 nvim --headless -u NONE -i NONE -n --cmd "set rtp^=$(pwd)" --cmd "runtime plugin/copydesk.lua" \
      -c "luafile tests/nvim/harness.lua" -c "luafile $t" -c "lua NvimTest.finish()" </dev/null; then
    :
  else
    status=1
  fi
done
exit $status
