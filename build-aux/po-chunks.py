#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translate a gettext template in numbered chunks (how Candor's languages were made).

  po-chunks.py split POT OUTDIR [PER_CHUNK]  -> OUTDIR/chunk-NN.txt, readable, numbered entries
  po-chunks.py build POT LANG TRDIR OUT.po   -> writes OUT.po from TRDIR/tr-*.json
  po-chunks.py missing POT TRDIR             -> lists entry numbers not yet translated
  po-chunks.py delta POT OLD.po OUTDIR       -> OUTDIR/delta.txt: the entries OLD.po lacks;
                                               OUTDIR/tr-old.json: what it has, renumbered

Translation files TRDIR/tr-NN.json map the entry number (as a string) to the
msgstr; for an entry with a plural, to a list with one string per plural form.
Entry numbers are global (the same in every chunk file), so any file may hold any entry.
"""
import json, os, re, sys, glob

PLURALS = {
    'zh_CN': 'nplurals=1; plural=0;',
    'ru': 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    'es': 'nplurals=2; plural=(n != 1);',
    'de': 'nplurals=2; plural=(n != 1);',
    'fr': 'nplurals=2; plural=(n > 1);',
    'pt_BR': 'nplurals=2; plural=(n > 1);',
}
NAMES = {'zh_CN': 'Chinese (simplified)', 'ru': 'Russian', 'es': 'Spanish', 'de': 'German',
         'fr': 'French', 'pt_BR': 'Portuguese (Brazil)'}


def unq(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return json.loads(s)  # po escapes are a subset of JSON's for what xgettext writes


def parse(path):
    entries, cur, key = [], None, None
    def flush():
        nonlocal cur
        if cur and 'msgid' in cur:
            entries.append(cur)
        cur = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            flush(); continue
        if cur is None:
            cur = {'comments': [], 'refs': [], 'flags': []}
        if line.startswith('#.'):
            cur['comments'].append(line[2:].strip())
        elif line.startswith('#:'):
            cur['refs'].append(line[2:].strip())
        elif line.startswith('#,'):
            cur['flags'] += [f.strip() for f in line[2:].split(',')]
        elif line.startswith('#'):
            pass
        else:
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
            if m:
                key = m.group(1)
                cur[key] = unq(m.group(2))
            elif line.startswith('"'):
                cur[key] += unq(line)
    flush()
    return [e for e in entries if e['msgid'] != '' or 'msgctxt' in e]


def show(i, e):
    out = ['=== #%d' % i]
    for c in e['comments']:
        out.append('  note: ' + c)
    if 'c-format' in e['flags']:
        out.append('  (c-format: keep %s %d %1$s etc.)')
    if 'msgctxt' in e:
        out.append('  context: ' + json.dumps(e['msgctxt'], ensure_ascii=False))
    out.append('  msgid: ' + json.dumps(e['msgid'], ensure_ascii=False))
    if 'msgid_plural' in e:
        out.append('  plural: ' + json.dumps(e['msgid_plural'], ensure_ascii=False))
    return '\n'.join(out)


def q(s):
    s = json.dumps(s, ensure_ascii=False)
    if '\\n' in s[1:-1] and len(s) > 2:
        parts = s[1:-1].split('\\n')
        lines = ['""'] + ['"%s\\n"' % p for p in parts[:-1]]
        if parts[-1]:
            lines.append('"%s"' % parts[-1])
        return '\n'.join(lines)
    return s


def load_tr(trdir):
    tr = {}
    for f in sorted(glob.glob(os.path.join(trdir, 'tr-*.json'))):
        try:
            tr.update(json.load(open(f, encoding='utf-8')))
        except Exception as ex:
            sys.exit('%s: %s' % (f, ex))
    return tr


def po_translations(path):
    """(msgctxt, msgid) -> msgstr or list of plural forms, from an existing po file."""
    out = {}
    for e in parse(path):
        key = (e.get('msgctxt'), e['msgid'])
        if 'fuzzy' in e['flags']:
            continue
        if 'msgid_plural' in e:
            forms = [e[k] for k in sorted(k for k in e if k.startswith('msgstr['))]
            if forms and all(forms):
                out[key] = forms
        elif e.get('msgstr'):
            out[key] = e['msgstr']
    return out


def main():
    cmd = sys.argv[1]
    if cmd == 'delta':
        # potool.py delta POT OLD.po OUTDIR : writes OUTDIR/delta.txt with the entries of POT
        # that OLD.po does not translate (global numbers of POT), and OUTDIR/tr-old.json with
        # every translation OLD.po already has, renumbered for POT.
        pot, old, outdir = sys.argv[2:5]
        os.makedirs(outdir, exist_ok=True)
        es = parse(pot); have = po_translations(old)
        keep, miss = {}, []
        for i, e in enumerate(es):
            t = have.get((e.get('msgctxt'), e['msgid']))
            if t:
                keep[str(i)] = t
            else:
                miss.append(i)
        json.dump(keep, open(os.path.join(outdir, 'tr-old.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        with open(os.path.join(outdir, 'delta.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(show(i, es[i]) for i in miss) + '\n')
        print('%d entries, %d already translated, %d to translate (see %s/delta.txt)' % (len(es), len(keep), len(miss), outdir))
        return
    if cmd == 'split':
        pot, outdir = sys.argv[2], sys.argv[3]
        per = int(sys.argv[4]) if len(sys.argv) > 4 else 150
        os.makedirs(outdir, exist_ok=True)
        es = parse(pot)
        for n in range(0, len(es), per):
            with open(os.path.join(outdir, 'chunk-%02d.txt' % (n // per)), 'w', encoding='utf-8') as f:
                f.write('\n\n'.join(show(i, es[i]) for i in range(n, min(n + per, len(es)))) + '\n')
        print('%d entries in %d chunks' % (len(es), (len(es) + per - 1) // per))
    elif cmd == 'missing':
        es = parse(sys.argv[2]); tr = load_tr(sys.argv[3])
        miss = [str(i) for i in range(len(es)) if str(i) not in tr or not tr[str(i)]]
        print('%d of %d missing' % (len(miss), len(es)))
        print(' '.join(miss))
    elif cmd == 'build':
        pot, lang, trdir, out = sys.argv[2:6]
        es = parse(pot); tr = load_tr(trdir)
        nplurals = int(re.search(r'nplurals=(\d)', PLURALS.get(lang, 'nplurals=2')).group(1))
        lines = ['# %s translation of Candor.' % NAMES.get(lang, lang),
                 '# This file is distributed under the same license as the candor package.',
                 'msgid ""', 'msgstr ""',
                 '"Project-Id-Version: candor\\n"',
                 '"Report-Msgid-Bugs-To: https://github.com/candorapp/candor/issues\\n"',
                 '"PO-Revision-Date: 2026-12-02 00:00+0000\\n"',
                 '"Last-Translator: Candor translators\\n"',
                 '"Language-Team: %s\\n"' % NAMES.get(lang, lang),
                 '"Language: %s\\n"' % lang,
                 '"MIME-Version: 1.0\\n"',
                 '"Content-Type: text/plain; charset=UTF-8\\n"',
                 '"Content-Transfer-Encoding: 8bit\\n"',
                 '"Plural-Forms: %s\\n"' % PLURALS.get(lang, 'nplurals=2; plural=(n != 1);'), '']
        bad = []
        for i, e in enumerate(es):
            t = tr.get(str(i))
            for c in e['comments']:
                lines.append('#. ' + c)
            for r in e['refs']:
                lines.append('#: ' + r)
            fl = [f for f in e['flags'] if f and f != 'fuzzy']
            if fl:
                lines.append('#, ' + ', '.join(fl))
            if 'msgctxt' in e:
                lines.append('msgctxt ' + q(e['msgctxt']))
            lines.append('msgid ' + q(e['msgid']))
            if 'msgid_plural' in e:
                lines.append('msgid_plural ' + q(e['msgid_plural']))
                if isinstance(t, str):
                    t = [t] * nplurals
                if not isinstance(t, list) or len(t) != nplurals:
                    bad.append(i); t = [''] * nplurals
                for k in range(nplurals):
                    lines.append('msgstr[%d] %s' % (k, q(t[k])))
            else:
                if isinstance(t, list):
                    t = t[0]
                if not t:
                    bad.append(i); t = ''
                lines.append('msgstr ' + q(t))
            lines.append('')
        open(out, 'w', encoding='utf-8').write('\n'.join(lines))
        print('wrote %s; %d entries, %d missing or malformed: %s' % (out, len(es), len(bad), ' '.join(map(str, bad[:50]))))


main()
