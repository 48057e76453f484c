#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that po/POTFILES.in lists every file with translatable strings.

Fails when a file under src/ or data/ has translatable strings but is not in
po/POTFILES.in (nor in po/POTFILES.skip), or when POTFILES.in lists a file that
does not exist. A string that no translator ever sees is a bug that no other
test catches, so this one is strict.

A file counts as translatable when it
  - is C, a header or another source file that calls _(), N_(), C_(), NC_(),
    Q_(), ngettext(), g_dngettext() or a related gettext function;
  - is a GtkBuilder .ui (or any XML) file with translatable="yes";
  - is a desktop file, metainfo/appdata or GSettings schema input;
  - is an XML data file matched by an ITS locating rule (*.loc) in the tree,
    such as a feelings or questions file translated through ITS rules.

Usage: check-potfiles.py [SOURCE_ROOT]   (default: the parent of build-aux/)
Only the Python standard library is used.
"""

import fnmatch
import os
import re
import sys
import xml.etree.ElementTree as ET

SCANNED_DIRS = ("src", "data")

# Build and install trees someone may have made inside src/ or data/.
SKIPPED_DIR_NAMES = {".git", "__pycache__", "node_modules"}

CODE_SUFFIXES = (".c", ".h", ".cc", ".cpp", ".vala", ".py", ".js", ".blp")

# Gettext calls in code. The look-behind keeps foo_( or my_ngettext( from
# matching; the calls themselves may be followed by spaces (GNU style).
CODE_PATTERN = re.compile(
    r"(?<![A-Za-z0-9_])"
    r"(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dgettext|g_dcgettext|g_dpgettext|"
    r"g_dpgettext2|dgettext|dngettext|pgettext|npgettext)"
    r"\s*\("
)

TRANSLATABLE_ATTR = re.compile(r'\btranslatable\s*=\s*"(yes|true|1)"', re.IGNORECASE)
ITS_TRANSLATE_ATTR = re.compile(r'\bits:translate\s*=\s*"yes"')

# Inputs that always carry translatable strings, whatever is inside them today.
ALWAYS_TRANSLATABLE = (
    "*.desktop.in",
    "*.desktop.in.in",
    "*.metainfo.xml.in",
    "*.metainfo.xml.in.in",
    "*.appdata.xml.in",
    "*.appdata.xml.in.in",
    "*.gschema.xml",
    "*.gschema.xml.in",
)

XML_SUFFIXES = (".xml", ".xml.in", ".ui", ".ui.in")


def read_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (UnicodeDecodeError, OSError):
        return None


def read_list(path):
    """Entries of a POTFILES.in-style list: no comments, no blank lines."""
    entries = []
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            # intltool-style prefixes such as "[type: gettext/glade]file.ui"
            line = re.sub(r"^\[[^\]]*\]\s*", "", line)
            if line:
                entries.append((number, line))
    return entries


def its_patterns(root):
    """Glob patterns from ITS locating rules (*.loc) anywhere in the tree."""
    patterns = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames
                       if d not in SKIPPED_DIR_NAMES and not d.startswith("_build")]
        for name in filenames:
            if not name.endswith(".loc"):
                continue
            try:
                tree = ET.parse(os.path.join(dirpath, name))
            except ET.ParseError:
                continue
            for element in tree.iter():
                if element.tag.endswith("locatingRule") and element.get("pattern"):
                    patterns.append(element.get("pattern"))
    return patterns


def first_line_of(text, match):
    return text.count("\n", 0, match.start()) + 1


def why_translatable(path, name, loc_patterns):
    """A short reason when the file has translatable strings, else None."""
    for pattern in ALWAYS_TRANSLATABLE:
        if fnmatch.fnmatch(name, pattern):
            return "a desktop, metainfo or schema input"

    for pattern in loc_patterns:
        if fnmatch.fnmatch(name, pattern):
            return "matched by the ITS locating rule %s" % pattern

    if name.endswith(CODE_SUFFIXES):
        text = read_text(path)
        if text is None:
            return None
        match = CODE_PATTERN.search(text)
        if match:
            return "calls %s() on line %d" % (match.group(1), first_line_of(text, match))
        return None

    if name.endswith(XML_SUFFIXES):
        text = read_text(path)
        if text is None:
            return None
        match = TRANSLATABLE_ATTR.search(text) or ITS_TRANSLATE_ATTR.search(text)
        if match:
            return "has %s on line %d" % (match.group(0), first_line_of(text, match))
    return None


def main(argv):
    if len(argv) > 1:
        root = os.path.abspath(argv[1])
    else:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    potfiles_path = os.path.join(root, "po", "POTFILES.in")
    if not os.path.exists(potfiles_path):
        print("error: %s does not exist" % potfiles_path, file=sys.stderr)
        return 1

    listed = read_list(potfiles_path)
    skipped = {entry for _, entry in read_list(os.path.join(root, "po", "POTFILES.skip"))}
    listed_set = {entry for _, entry in listed}
    errors = []

    for number, entry in listed:
        if not os.path.isfile(os.path.join(root, entry)):
            errors.append("po/POTFILES.in:%d lists %s, which does not exist" % (number, entry))

    seen = set()
    for number, entry in listed:
        if entry in seen:
            errors.append("po/POTFILES.in:%d lists %s twice" % (number, entry))
        seen.add(entry)

    loc_patterns = its_patterns(root)
    found = 0
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames
                                 if d not in SKIPPED_DIR_NAMES and not d.startswith("_build"))
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                relative = os.path.relpath(path, root).replace(os.sep, "/")
                reason = why_translatable(path, name, loc_patterns)
                if reason is None:
                    continue
                found += 1
                if relative not in listed_set and relative not in skipped:
                    errors.append("%s is missing from po/POTFILES.in (%s)" % (relative, reason))

    entries = [entry for _, entry in listed]
    if entries != sorted(entries):
        # Not fatal: an unsorted list still works, it is only harder to merge.
        print("warning: po/POTFILES.in is not sorted", file=sys.stderr)

    if errors:
        for error in errors:
            print("error: " + error, file=sys.stderr)
        print("%d problem(s) in po/POTFILES.in" % len(errors), file=sys.stderr)
        return 1

    print("po/POTFILES.in is complete: %d listed, %d files with translatable strings found"
          % (len(listed), found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
