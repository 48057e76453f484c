#!/usr/bin/env bash
# Installs the Debian 12 packages Candor needs that are missing, and nothing else.
#   install-deps.sh run    — what building and running the app needs
#   install-deps.sh test   — that, plus what the headless test suite needs
set -euo pipefail

build_packages=(
  meson ninja-build pkg-config gcc gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libjson-glib-dev libsecret-1-dev libsodium-dev
  desktop-file-utils appstream yelp-tools
  gnome-keyring dbus-user-session dbus-x11
  fonts-cantarell fonts-wqy-microhei
  libgtk-4-bin libgdk-pixbuf2.0-bin librsvg2-common
)
test_packages=(
  xvfb xauth dbus gnome-keyring
  python3 python3-jsonschema libxml2-utils
  imagemagick poppler-utils locales
)
# The locales the translated tests and screenshots run in (dates, numbers, first weekday).
test_locales=(ru_RU zh_CN es_ES de_DE fr_FR pt_BR)

# Yelp shows the help (F1); the tests validate the help without it.
run_packages=(yelp)

packages=("${build_packages[@]}")
if [ "${1:-run}" = "test" ]; then
  packages+=("${test_packages[@]}")
else
  packages+=("${run_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "All needed packages are installed."
else
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "${1:-run}" = "test" ]; then
  for l in "${test_locales[@]}"; do
    if ! locale -a 2>/dev/null | grep -qix "$l.utf8"; then
      echo "Generating the $l.UTF-8 locale"
      $SUDO localedef -i "$l" -f UTF-8 "$l.UTF-8"
    fi
  done
fi
