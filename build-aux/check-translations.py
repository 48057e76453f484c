#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that every translation is valid and complete against today's sources.

Usage: check-translations.py SOURCE_ROOT ui|help

ui:   for each language in po/LINGUAS — po/LANG.po exists, `msgfmt --check` passes,
      and merged with a template freshly extracted from po/POTFILES.in (the same
      xgettext keywords as meson's glib preset, the ITS rules of data/its) it has no
      untranslated and no fuzzy message; po/glossary-LANG.md exists. Every po file in
      po/ is listed in LINGUAS.
help: the same for help/LINGUAS and help/LANG/LANG.po against a template made by
      itstool from help/C/*.page.

A language that is 99 % translated shows English to a couple who may not read it,
so this is strict: one missing or fuzzy message fails, and the message is named.
Prints one line per language with its figures.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

GLIB_PRESET = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def linguas(path):
    langs = []
    for line in open(path, encoding='utf-8'):
        line = line.split('#', 1)[0]
        langs += line.split()
    return langs


def ui_template(root, tmp):
    files = [l.strip() for l in open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8')
             if l.strip() and not l.startswith('#')]
    pot = os.path.join(tmp, 'candor.pot')
    env = dict(os.environ, GETTEXTDATADIRS=os.path.join(root, 'data'))
    r = run(['xgettext', '--package-name=candor', '-o', pot, '-D', root] + GLIB_PRESET + files,
            env=env, cwd=root)
    if r.returncode != 0:
        sys.exit('xgettext failed:\n' + r.stderr)
    return pot


def help_template(root, tmp):
    pot = os.path.join(tmp, 'help.pot')
    pages = sorted(glob.glob(os.path.join(root, 'help', 'C', '*.page')))
    r = run(['itstool', '-o', pot] + pages)
    if r.returncode != 0:
        sys.exit('itstool failed:\n' + r.stderr)
    return pot


def msgids(text):
    """The msgids of the messages in a po file's text (the header left out)."""
    ids = []
    for block in re.split(r'\n\s*\n', text):
        m = re.search(r'^msgid ((?:".*"\n?)+)', block, flags=re.M)
        if not m:
            continue
        msgid = ''.join(re.findall(r'"(.*)"', m.group(1)))
        if msgid:
            ids.append(msgid)
    return ids


def untranslated_and_fuzzy(po):
    """The msgids that are untranslated or fuzzy in po, through msgattrib."""
    out = {}
    for what in ('--untranslated', '--only-fuzzy'):
        r = run(['msgattrib', what, '--no-obsolete', po])
        out[what] = msgids(r.stdout)
    return out['--untranslated'], out['--only-fuzzy']


def check(root, kind):
    tmp = tempfile.mkdtemp(prefix='candor-l10n-')
    failures = []
    try:
        if kind == 'ui':
            linguas_path = os.path.join(root, 'po', 'LINGUAS')
            pot = ui_template(root, tmp)
            po_of = lambda lang: os.path.join(root, 'po', lang + '.po')
            present = {os.path.basename(p)[:-3] for p in glob.glob(os.path.join(root, 'po', '*.po'))}
        else:
            linguas_path = os.path.join(root, 'help', 'LINGUAS')
            pot = help_template(root, tmp)
            po_of = lambda lang: os.path.join(root, 'help', lang, lang + '.po')
            present = {os.path.basename(os.path.dirname(p))
                       for p in glob.glob(os.path.join(root, 'help', '*', '*.po'))}

        langs = linguas(linguas_path)
        if not langs:
            failures.append('%s lists no language' % linguas_path)
        for extra in sorted(present - set(langs)):
            failures.append('%s has a translation that %s does not list' % (extra, linguas_path))

        for lang in langs:
            po = po_of(lang)
            if not os.path.exists(po):
                failures.append('%s: %s is missing' % (lang, po))
                continue
            if kind == 'ui' and not os.path.exists(os.path.join(root, 'po', 'glossary-%s.md' % lang)):
                failures.append('%s: po/glossary-%s.md is missing' % (lang, lang))
            r = run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po])
            if r.returncode != 0:
                failures.append('%s: msgfmt --check fails:\n%s' % (lang, r.stderr.strip()))
                continue
            merged = os.path.join(tmp, lang + '.po')
            r = run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot])
            if r.returncode != 0:
                failures.append('%s: msgmerge fails:\n%s' % (lang, r.stderr.strip()))
                continue
            # Checked again merged: the template's c-format flags apply to today's messages.
            r = run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged])
            if r.returncode != 0:
                failures.append("%s: msgfmt --check fails against today's template:\n%s"
                                % (lang, r.stderr.strip()))
            stats = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ''
            print('%s (%s): %s' % (lang, kind, stats))
            untranslated, fuzzy = untranslated_and_fuzzy(merged)
            for msgid in untranslated:
                failures.append('%s: untranslated: "%s"' % (lang, msgid[:100]))
            for msgid in fuzzy:
                failures.append('%s: fuzzy: "%s"' % (lang, msgid[:100]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for f in failures:
        print('FAIL ' + f)
    return 1 if failures else 0


if __name__ == '__main__':
    if len(sys.argv) != 3 or sys.argv[2] not in ('ui', 'help'):
        sys.exit(__doc__)
    sys.exit(check(sys.argv[1], sys.argv[2]))
