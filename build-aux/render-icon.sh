#!/bin/sh
# Renders one of Candor's SVG icons as a PNG of one size, at build time, so the app
# never needs the SVG loader (librsvg) for the sizes it shows: loading it costs tens of
# milliseconds in the first frame and about 6 MB of memory.
#   render-icon.sh symbolic INPUT.svg SIZE OUTPUT.symbolic.png   (recolourable, like GTK's own)
#   render-icon.sh color    INPUT.svg SIZE OUTPUT.png
set -eu
mode=$1 input=$2 size=$3 output=$4

case $mode in
  symbolic)
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    gtk4-encode-symbolic-svg -o "$dir" "$input" "${size}x${size}"
    mv "$dir"/*.symbolic.png "$output"
    ;;
  color)
    gdk-pixbuf-thumbnailer -s "$size" "$input" "$output"
    ;;
  *)
    echo "render-icon.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac
