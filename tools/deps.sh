#!/bin/sh
# Installs the Debian packages copydesk needs to build and test, when any is missing.
set -e
PKGS="build-essential pkg-config clang valgrind lua5.4 liblua5.4-dev luajit libluajit-5.1-dev libxml2-dev libcmocka-dev neovim"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "copydesk: installing Debian packages:$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >&2
