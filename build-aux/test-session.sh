#!/usr/bin/env bash
# Runs inside xvfb-run and dbus-run-session: starts an unlocked gnome-keyring in
# an isolated home, then the meson tests of the build dir given as $1.
set -uo pipefail
build=$1; shift

session_home=$(mktemp -d)
trap 'rm -rf "$session_home"' EXIT
export HOME="$session_home"
export XDG_DATA_HOME="$session_home/data"
export XDG_CONFIG_HOME="$session_home/config"
export XDG_CACHE_HOME="$session_home/cache"
export XDG_RUNTIME_DIR="$session_home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

if command -v gnome-keyring-daemon >/dev/null; then
  eval "$(printf 'candor-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
  export GNOME_KEYRING_CONTROL
fi

meson test -C "$build" --print-errorlogs --num-processes 2 "$@"
