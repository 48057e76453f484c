#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that the images the metainfo and the help point to are really there.

Usage: check-media.py SOURCE_ROOT

metainfo: every <screenshot> of data/*.metainfo.xml.in.in has a caption and an image
          under @WEBSITE@/raw/main/ that exists in the source tree as a PNG, with the
          width and height the tag gives.
help:     every <media src> of help/C/*.page exists in help/C and is listed in the
          media of help/meson.build; every file in help/C/figures is used by a page.

A screenshot missing from the tree shows as a broken image on Flathub, and a help
figure missing from the install as an empty box in Yelp; neither validator notices.
Only the Python standard library is used.
"""

import glob
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

MALLARD = '{http://projectmallard.org/1.0/}'
RAW_PREFIX = '@WEBSITE@/raw/main/'


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        return None
    return struct.unpack('>II', head[16:24])


def check_metainfo(root, problems):
    files = glob.glob(os.path.join(root, 'data', '*.metainfo.xml.in.in'))
    if not files:
        problems.append('no data/*.metainfo.xml.in.in')
    for path in files:
        name = os.path.relpath(path, root)
        shots = ET.parse(path).getroot().findall('./screenshots/screenshot')
        if not shots:
            problems.append(f'{name}: no screenshots')
        if sum(1 for s in shots if s.get('type') == 'default') != 1:
            problems.append(f'{name}: exactly one screenshot must be type="default"')
        for shot in shots:
            caption = shot.find('caption')
            image = shot.find('image')
            if image is None or not (image.text or '').strip():
                problems.append(f'{name}: a screenshot without an image')
                continue
            url = image.text.strip()
            if caption is None or not (caption.text or '').strip():
                problems.append(f'{name}: {url} has no caption')
            if not url.startswith(RAW_PREFIX):
                problems.append(f'{name}: {url} is not a file of this repository '
                                f'({RAW_PREFIX}…)')
                continue
            local = os.path.join(root, url[len(RAW_PREFIX):])
            if not os.path.isfile(local):
                problems.append(f'{name}: {url}: {os.path.relpath(local, root)} does not exist')
                continue
            size = png_size(local)
            if size is None:
                problems.append(f'{name}: {os.path.relpath(local, root)} is not a PNG')
                continue
            want = (image.get('width'), image.get('height'))
            if want != (None, None) and want != (str(size[0]), str(size[1])):
                problems.append(f'{name}: {url} says {want[0]}×{want[1]}, '
                                f'the file is {size[0]}×{size[1]}')


def check_help(root, problems):
    help_c = os.path.join(root, 'help', 'C')
    meson = open(os.path.join(root, 'help', 'meson.build'), encoding='utf-8').read()
    m = re.search(r'media\s*:\s*\[([^\]]*)\]', meson)
    listed = set(re.findall(r"'([^']+)'", m.group(1))) if m else set()
    used = set()

    for page in sorted(glob.glob(os.path.join(help_c, '*.page'))):
        for media in ET.parse(page).getroot().iter(MALLARD + 'media'):
            src = media.get('src')
            if not src or '://' in src:
                continue
            used.add(src)
            where = f'help/C/{os.path.basename(page)}'
            if not os.path.isfile(os.path.join(help_c, src)):
                problems.append(f'{where}: {src} does not exist in help/C')
            if src not in listed:
                problems.append(f'{where}: {src} is not in the media of help/meson.build')

    for path in sorted(glob.glob(os.path.join(help_c, 'figures', '*'))):
        src = os.path.relpath(path, help_c)
        if src not in used:
            problems.append(f'help/C/{src} is used by no page')
    for src in sorted(listed - used):
        problems.append(f'help/meson.build lists {src}, which no page uses')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    problems = []
    check_metainfo(root, problems)
    check_help(root, problems)
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print('metainfo screenshots and help figures are all present')


if __name__ == '__main__':
    main()
