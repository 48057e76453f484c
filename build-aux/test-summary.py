#!/usr/bin/env python3
"""Prints one line 'N passed, N failed[, N skipped]' from meson's testlog.json files.

TAP tests are counted case by case (ok / not ok / # SKIP); other tests count once.
A TAP test that crashed or timed out counts as one more failure than its cases show.
Exits 1 when anything failed, or when nothing ran.
"""
import argparse
import json
import re
import sys

PASS = {"OK", "EXPECTEDFAIL"}
SKIP = {"SKIP"}

parser = argparse.ArgumentParser()
parser.add_argument("logs", nargs="+")
parser.add_argument("--extra-failed", type=int, default=0)
args = parser.parse_args()

passed = failed = skipped = 0
failed_names = []
for path in args.logs:
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            t = json.loads(line)
            result = t.get("result", "")
            name = t.get("name", "?")
            out = t.get("stdout") or ""
            cases = [l for l in out.splitlines() if re.match(r"^(not )?ok\b", l)]
            if cases:
                for c in cases:
                    if c.startswith("not ok"):
                        if "# TODO" in c:
                            passed += 1
                        else:
                            failed += 1
                            failed_names.append(f"{name}: {c}")
                    elif re.search(r"#\s*SKIP", c, re.I):
                        skipped += 1
                    else:
                        passed += 1
                if result not in PASS and result not in SKIP and not any(c.startswith("not ok") for c in cases):
                    failed += 1
                    failed_names.append(f"{name}: {result}")
            elif result in PASS:
                passed += 1
            elif result in SKIP:
                skipped += 1
            else:
                failed += 1
                failed_names.append(f"{name}: {result}")

failed += args.extra_failed
for n in failed_names:
    print(f"FAILED {n}", file=sys.stderr)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
