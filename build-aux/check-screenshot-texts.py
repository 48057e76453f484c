#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The screenshot tool, run in a language, shows no untranslated English.

Usage: check-screenshot-texts.py LANG BUILD_ROOT SOURCE_ROOT

Runs candor-screenshots --locale=LANG --quick on a year of demo data, then reads the
texts of every page (DIR/<page>-LANG.txt: what a person sees, in reading order). A line
that is exactly an English message of po/LANG.po whose translation differs — the English
shown where the translation should be — fails the check. The demo journal's own notes
are what a couple wrote, not messages, and are left alone. Prints each page's figures.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile


def po_messages(path):
    """msgid -> msgstr (the first form of a plural) of a po file."""
    messages = {}
    text = open(path, encoding='utf-8').read()
    for block in re.split(r'\n\s*\n', text):
        if re.search(r'^#, .*fuzzy', block, flags=re.M):
            continue
        fields = {}
        key = None
        for line in block.splitlines():
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?)\s+"(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        msgid = fields.get('msgid', '')
        msgstr = fields.get('msgstr', fields.get('msgstr[0]', ''))
        if msgid and msgstr:
            unescape = lambda s: s.encode('utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')
            messages[unescape(msgid)] = unescape(msgstr)
    return messages


def shown_form(message):
    """A message as a label shows it: no mnemonic underscore, no markup."""
    message = re.sub(r'_(?=\w)', '', message)
    message = re.sub(r'<[^>]+>', '', message)
    return message.replace('&amp;', '&').strip()


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lang, build, source = sys.argv[1:]
    messages = po_messages(os.path.join(source, 'po', lang + '.po'))
    english = {}
    for msgid, msgstr in messages.items():
        shown = shown_form(msgid)
        # Words that stay the same in the language ("Candor", "OK") are not a miss.
        if shown and shown != shown_form(msgstr) and re.search(r'[A-Za-z]{2}', shown):
            english[shown] = msgid

    out = tempfile.mkdtemp(prefix='candor-shots-%s-' % lang)
    demo = os.path.join(out, 'demo.json')
    subprocess.run([os.path.join(build, 'src', 'tools', 'candor-demo-data'), '--years=1',
                    '--seed=7', '--output=' + demo], check=True)
    env = dict(os.environ, CANDOR_LOCALEDIR=os.path.join(build, 'po'))
    r = subprocess.run([os.path.join(build, 'src', 'tools', 'candor-screenshots'),
                        '--output=' + out, '--vault-json=' + demo, '--locale=' + lang, '--quick'],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr)
        sys.exit('candor-screenshots failed for %s' % lang)

    failures = 0
    pages = sorted(glob.glob(os.path.join(out, '*-%s.txt' % lang)))
    if not pages:
        sys.exit('candor-screenshots wrote no texts for %s' % lang)
    for page in pages:
        lines = [l.strip() for l in open(page, encoding='utf-8') if l.strip()]
        misses = []
        for line in lines:
            text = line[1:-1] if line.startswith('[') and line.endswith(']') else line
            if text in english:
                misses.append(text)
        print('%s: %d texts, %d untranslated' % (os.path.basename(page), len(lines), len(misses)))
        for m in misses:
            print('  untranslated: "%s"' % m)
        failures += len(misses)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
