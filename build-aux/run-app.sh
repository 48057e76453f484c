#!/usr/bin/env bash
# Installs what is missing, builds Candor into a local prefix and runs it.
# Usage: bash build-aux/run-app.sh [candor arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh run

prefix="$PWD/_install"
if [ ! -d _build-app ]; then
  meson setup _build-app --prefix="$prefix"
fi
meson compile -C _build-app
meson install -C _build-app --quiet

export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
exec "$prefix/bin/candor" "$@"
