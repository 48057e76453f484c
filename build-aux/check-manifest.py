#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest without building it.

flatpak-builder needs the runtime, the SDK and the network, so it cannot run in
the test suite. This script catches the mistakes that do not need a build:

  - the manifest is valid JSON (modules given as file names are loaded too);
  - its app id equals the id of the metainfo template and the desktop file
    name in data/, and its command equals the desktop file's Exec;
  - runtime, runtime-version, sdk and command are set;
  - every source fetched from a URL is pinned: archives and files by a
    64-digit sha256, git sources by a 40-digit commit; URLs use https;
  - libsodium is built as a module (the GNOME runtime does not ship it), and
    the candor module comes last, uses meson and runs its tests (run-tests);
  - finish-args give no broad file access (home, host, ...) and no network:
    Candor promises that nothing leaves the computer, and the file chooser
    works through the portal. Nor do they open org.freedesktop.secrets:
    inside Flatpak, libsecret's password API keeps the passphrase in a file
    locked with a key from the Secret portal, so no D-Bus hole is needed.

Usage: check-manifest.py [MANIFEST [SOURCE_ROOT]]
The defaults are io.github.candorapp.Candor.json and the parent of build-aux/.
Only the Python standard library is used.
"""

import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

SHA256 = re.compile(r"^[0-9a-f]{64}$")
GIT_COMMIT = re.compile(r"^[0-9a-f]{40}$")

# Broad file-system access: anything that opens the home folder or the host.
BROAD_FILESYSTEMS = re.compile(
    r"^--filesystem=(home|host|host-os|host-etc|~|/|/home)(/)?(:(ro|rw|create))?$"
)
FORBIDDEN_ARGS = {
    "--share=network": "Candor has no servers; nothing may leave the computer",
    "--socket=session-bus": "the whole session bus is far more than Candor needs",
    "--talk-name=org.freedesktop.secrets":
        "libsecret uses the Secret portal inside Flatpak; no D-Bus hole is needed",
}
REQUIRED_ARGS = ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri")


class Checker:
    def __init__(self, manifest_path, root):
        self.manifest_path = manifest_path
        self.root = root
        self.errors = []

    def error(self, message):
        self.errors.append(message)

    # Loading

    def load_json(self, path):
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except OSError as e:
            self.error("cannot read %s: %s" % (path, e.strerror))
        except json.JSONDecodeError as e:
            self.error("%s is not valid JSON: %s (line %d, column %d)"
                       % (os.path.basename(path), e.msg, e.lineno, e.colno))
        return None

    def expand_modules(self, modules, base_dir, trail):
        """Modules as dicts, with file references loaded, depth first."""
        result = []
        if not isinstance(modules, list):
            self.error("%s: modules must be a list" % trail)
            return result
        for index, module in enumerate(modules):
            where = "%s[%d]" % (trail, index)
            if isinstance(module, str):
                path = os.path.join(base_dir, module)
                loaded = self.load_json(path) if module.endswith(".json") else None
                if loaded is None:
                    if not module.endswith(".json"):
                        self.error("%s: module file %s is not JSON; this check reads "
                                   "only JSON" % (where, module))
                    continue
                module = loaded
                base = os.path.dirname(path)
            else:
                base = base_dir
            if not isinstance(module, dict):
                self.error("%s: a module must be an object" % where)
                continue
            name = module.get("name")
            if not isinstance(name, str) or not name:
                self.error("%s: a module needs a name" % where)
                name = "?"
            result.append((name, module, base))
            result.extend(self.expand_modules(module.get("modules", []), base,
                                              "module %s: modules" % name))
        return result

    # Project facts

    def meson_base_id(self):
        try:
            with open(os.path.join(self.root, "meson.build"), encoding="utf-8") as f:
                match = re.search(r"^\s*base_id\s*=\s*'([^']+)'", f.read(), re.MULTILINE)
        except OSError:
            return None
        return match.group(1) if match else None

    def single_file(self, patterns, what):
        found = []
        for pattern in patterns:
            found.extend(glob.glob(os.path.join(self.root, "data", pattern)))
        found = sorted(set(found))
        if len(found) != 1:
            self.error("expected one %s in data/, found %d" % (what, len(found)))
            return None
        return found[0]

    # Checks

    def check_ids(self, app_id, command):
        base_id = self.meson_base_id()

        metainfo = self.single_file(("*.metainfo.xml.in.in", "*.metainfo.xml.in"),
                                    "metainfo template")
        if metainfo is not None:
            try:
                tree = ET.parse(metainfo)
            except ET.ParseError as e:
                self.error("%s is not valid XML: %s" % (os.path.basename(metainfo), e))
                tree = None
            if tree is not None:
                element = tree.getroot().find("id")
                metainfo_id = element.text.strip() if element is not None and element.text else ""
                if metainfo_id == "@APP_ID@":
                    # Filled in by meson from base_id (plus .Devel in development
                    # builds); the manifest ships the base id.
                    metainfo_id = base_id or ""
                    if not metainfo_id:
                        self.error("metainfo <id> is @APP_ID@ but meson.build sets no base_id")
                if metainfo_id and metainfo_id != app_id:
                    self.error("app id %s differs from the metainfo id %s"
                               % (app_id, metainfo_id))
                stem = os.path.basename(metainfo).split(".metainfo.xml")[0]
                if stem != app_id:
                    self.error("app id %s differs from the metainfo file name %s"
                               % (app_id, os.path.basename(metainfo)))

        desktop = self.single_file(("*.desktop.in.in", "*.desktop.in"), "desktop file template")
        if desktop is not None:
            stem = os.path.basename(desktop).split(".desktop")[0]
            if stem != app_id:
                self.error("app id %s differs from the desktop file name %s"
                           % (app_id, os.path.basename(desktop)))
            with open(desktop, encoding="utf-8") as f:
                match = re.search(r"^Exec=(\S+)", f.read(), re.MULTILINE)
            if match is None:
                self.error("%s has no Exec line" % os.path.basename(desktop))
            elif isinstance(command, str) and match.group(1) != command:
                self.error("command %s differs from the desktop file's Exec=%s"
                           % (command, match.group(1)))

        if base_id is not None and base_id != app_id:
            self.error("app id %s differs from base_id %s in meson.build" % (app_id, base_id))

    def check_sources(self, name, module):
        sources = module.get("sources", [])
        if not isinstance(sources, list):
            self.error("module %s: sources must be a list" % name)
            return
        for index, source in enumerate(sources):
            where = "module %s, source %d" % (name, index + 1)
            if isinstance(source, str):
                # A file with more sources; only JSON can be checked here.
                continue
            if not isinstance(source, dict):
                self.error("%s: a source must be an object" % where)
                continue
            kind = source.get("type")
            urls = [source["url"]] if "url" in source else []
            urls += source.get("mirror-urls", [])
            for url in urls:
                if not isinstance(url, str) or not url.startswith("https://"):
                    self.error("%s: %r is not an https URL" % (where, url))
            if kind in ("archive", "file"):
                if urls or "sha256" in source:
                    digest = source.get("sha256")
                    if not isinstance(digest, str) or not SHA256.match(digest):
                        self.error("%s: a downloaded %s needs a sha256 of 64 lowercase "
                                   "hex digits" % (where, kind))
                elif "path" not in source:
                    self.error("%s: an %s source needs a url or a path" % (where, kind))
            elif kind == "git":
                if "url" in source:
                    commit = source.get("commit")
                    if not isinstance(commit, str) or not GIT_COMMIT.match(commit):
                        self.error("%s: a git source needs a 40-digit commit; a tag or "
                                   "branch can move" % where)
            elif kind == "dir":
                if not isinstance(source.get("path"), str):
                    self.error("%s: a dir source needs a path" % where)
            elif not isinstance(kind, str):
                self.error("%s: the source has no type" % where)

    def check_finish_args(self, manifest):
        args = manifest.get("finish-args", [])
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            self.error("finish-args must be a list of strings")
            return
        for arg in args:
            if BROAD_FILESYSTEMS.match(arg):
                self.error("finish-args: %s gives broad file access; files go through "
                           "the file chooser portal" % arg)
            elif arg in FORBIDDEN_ARGS:
                self.error("finish-args: %s is not allowed: %s" % (arg, FORBIDDEN_ARGS[arg]))
        for arg in REQUIRED_ARGS:
            if arg not in args:
                self.error("finish-args: %s is missing" % arg)

    def check_build_network(self, name, options):
        if isinstance(options, dict):
            build_args = options.get("build-args", [])
            if isinstance(build_args, list) and "--share=network" in build_args:
                self.error("%s: builds must not use the network (build-args "
                           "--share=network)" % name)

    def run(self):
        manifest = self.load_json(self.manifest_path)
        if manifest is None:
            return
        if not isinstance(manifest, dict):
            self.error("the manifest must be a JSON object")
            return

        app_id = manifest.get("app-id")
        other_id = manifest.get("id")
        if app_id is None:
            app_id = other_id
        elif other_id is not None and other_id != app_id:
            self.error("app-id %s and id %s differ" % (app_id, other_id))

        for key in ("runtime", "runtime-version", "sdk", "command"):
            if not isinstance(manifest.get(key), str) or not manifest.get(key):
                self.error("%s is missing or empty" % key)
        if not isinstance(app_id, str) or not app_id:
            self.error("app-id is missing or empty")
        else:
            self.check_ids(app_id, manifest.get("command"))

        if manifest.get("runtime") not in (None, "org.gnome.Platform"):
            self.error("runtime is %s; Candor targets org.gnome.Platform" % manifest["runtime"])
        if manifest.get("sdk") not in (None, "org.gnome.Sdk"):
            self.error("sdk is %s; Candor targets org.gnome.Sdk" % manifest["sdk"])

        self.check_finish_args(manifest)
        self.check_build_network("the manifest", manifest.get("build-options"))

        top_modules = manifest.get("modules")
        if not isinstance(top_modules, list) or not top_modules:
            self.error("modules is missing or empty")
            return
        modules = self.expand_modules(top_modules, os.path.dirname(self.manifest_path),
                                      "modules")
        for name, module, _ in modules:
            self.check_sources(name, module)
            self.check_build_network("module %s" % name, module.get("build-options"))

        names = [name for name, _, _ in modules]
        if "libsodium" not in names:
            self.error("no libsodium module; the GNOME runtime does not ship libsodium")

        last = top_modules[-1]
        if isinstance(last, dict):
            if last.get("name") != "candor":
                self.error("the last module is %s; candor must come last" % last.get("name"))
            if last.get("buildsystem") != "meson":
                self.error("the candor module must use buildsystem meson")
            # The build runs Candor's tests that need no display: the core and data suites.
            if last.get("run-tests") is not True:
                self.error("the candor module must set run-tests: the build runs the tests")
            tests = " ".join(last.get("test-commands", []))
            if last.get("test-rule", None) == "" and "meson test" not in tests:
                self.error("with test-rule off, test-commands must run meson test")
        else:
            self.error("the last module must be the candor module itself, not a file")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(argv[2]) if len(argv) > 2 else os.path.dirname(here)
    manifest = (os.path.abspath(argv[1]) if len(argv) > 1
                else os.path.join(root, "io.github.candorapp.Candor.json"))

    checker = Checker(manifest, root)
    checker.run()
    name = os.path.basename(manifest)
    if checker.errors:
        for error in checker.errors:
            print("error: %s: %s" % (name, error), file=sys.stderr)
        return 1
    print("%s is fine" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
