#!/usr/bin/env bash
# Installs what is missing, builds Candor and runs the whole test suite headless:
# its own Xvfb, its own D-Bus session and an unlocked gnome-keyring. The core
# tests run a second time under AddressSanitizer and UndefinedBehaviorSanitizer.
# Ends with one line "N passed, N failed[, N skipped]" and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh test || { echo "0 passed, 1 failed"; exit 1; }

build=_build-tests
asan=_build-tests-asan
status=0

setup () {
  local dir=$1; shift
  if [ -d "$dir" ] && [ -f "$dir/build.ninja" ]; then
    meson setup --reconfigure "$dir" "$@" >/dev/null || return 1
  else
    rm -rf "$dir"
    meson setup "$dir" "$@" >/dev/null || return 1
  fi
}

if ! setup "$build" -Dbuildtype=debugoptimized || ! meson compile -C "$build"; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- bash build-aux/test-session.sh "$build" || status=1

# The core (no GTK) suite again under the sanitizers.
sanitize_ok=1
if [ "${CANDOR_SKIP_SANITIZERS:-0}" != "1" ]; then
  if setup "$asan" -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug -Dhelp=false \
     && meson compile -C "$asan"; then
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
    G_SLICE=always-malloc LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      dbus-run-session -- bash build-aux/test-session.sh "$asan" --suite core || status=1
  else
    echo "The sanitizer build failed."
    sanitize_ok=0
    status=1
  fi
fi

logs=("$build/meson-logs/testlog.json")
[ -f "$asan/meson-logs/testlog.json" ] && [ "${CANDOR_SKIP_SANITIZERS:-0}" != "1" ] && \
  logs+=("$asan/meson-logs/testlog.json")

extra_failed=0
[ "$sanitize_ok" = 0 ] && extra_failed=1
python3 build-aux/test-summary.py --extra-failed "$extra_failed" "${logs[@]}" || status=1
exit $status
