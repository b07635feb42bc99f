#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifests in flatpak/ against the project and the sandbox policy.

Usage: test-flatpak.py SOURCE_ROOT BASE_APP_ID COMMAND

Prints TAP and exits non-zero when a check fails.
"""

import json
import os
import re
import shutil
import subprocess
import sys

RUNTIME = "org.gnome.Platform"
RUNTIME_VERSION = "47"
SDK = "org.gnome.Sdk"
DEVEL_SUFFIX = ".Devel"
DEVEL_OPTION = "-Ddevelopment=true"

# Everything the app needs: its own windows, on Wayland or X11, with GPU rendering. Documents
# are opened and saved through the file chooser portal, so no filesystem access is granted.
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
FORBIDDEN_ARGS = re.compile(
    r"^(--filesystem=.*|--share=network|--socket=x11|--socket=(session|system)-bus"
    r"|--device=all|--talk-name=org\.freedesktop\.Flatpak)$"
)
DEV_FILES = ["/include", "/lib/pkgconfig"]


class Tap:
    def __init__(self):
        self.results = []

    def check(self, ok, description, diagnostics=()):
        self.results.append((bool(ok), description, list(diagnostics)))

    def skip(self, description, reason):
        self.results.append((True, f"{description} # SKIP {reason}", []))

    def finish(self):
        print(f"1..{len(self.results)}")
        for number, (ok, description, diagnostics) in enumerate(self.results, 1):
            print(f"{'ok' if ok else 'not ok'} {number} - {description}")
            if not ok:
                # On stderr, which meson shows for a failed test.
                for line in diagnostics:
                    print(f"# {line}", file=sys.stderr)
        return 0 if all(ok for ok, _, _ in self.results) else 1


def check_manifest(tap, path, source_root, base_id, command):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as error:
        tap.check(False, f"{name}: is valid JSON", [str(error)])
        return
    tap.check(isinstance(manifest, dict), f"{name}: is valid JSON")
    if not isinstance(manifest, dict):
        return

    app_id = manifest.get("app-id", manifest.get("id"))
    devel = app_id == base_id + DEVEL_SUFFIX
    tap.check(app_id in (base_id, base_id + DEVEL_SUFFIX),
              f"{name}: app-id is {base_id} or its {DEVEL_SUFFIX} profile",
              [f"app-id is {app_id!r}"])
    tap.check(name == f"{app_id}.json", f"{name}: file is named after its app-id")

    platform = (manifest.get("runtime"), manifest.get("runtime-version"), manifest.get("sdk"))
    tap.check(platform == (RUNTIME, RUNTIME_VERSION, SDK),
              f"{name}: runtime {RUNTIME} {RUNTIME_VERSION}, sdk {SDK}",
              [f"found runtime {platform[0]!r} {platform[1]!r}, sdk {platform[2]!r}"])
    tap.check(manifest.get("command") == command, f"{name}: command is {command}",
              [f"command is {manifest.get('command')!r}"])

    finish_args = manifest.get("finish-args", [])
    forbidden = [arg for arg in finish_args if FORBIDDEN_ARGS.match(arg)]
    tap.check(not forbidden,
              f"{name}: finish-args grant no filesystem, network or sandbox escape",
              [f"forbidden: {arg}" for arg in forbidden])
    tap.check(sorted(finish_args) == sorted(FINISH_ARGS),
              f"{name}: finish-args are exactly {' '.join(FINISH_ARGS)}",
              [f"found: {' '.join(finish_args)}"])

    cleanup = manifest.get("cleanup", [])
    missing = [entry for entry in DEV_FILES if entry not in cleanup]
    tap.check(not missing, f"{name}: cleanup removes development files",
              [f"missing from cleanup: {entry}" for entry in missing])

    modules = manifest.get("modules") or [{}]
    app = modules[-1] if isinstance(modules[-1], dict) else {}
    tap.check(app.get("name") == command and app.get("buildsystem") == "meson",
              f"{name}: the last module is {command}, built with meson",
              [f"last module: name {app.get('name')!r}, buildsystem {app.get('buildsystem')!r}"])

    manifest_dir = os.path.dirname(os.path.abspath(path))
    dirs = [source for source in app.get("sources", [])
            if isinstance(source, dict) and source.get("type") == "dir"]
    roots = [os.path.realpath(os.path.join(manifest_dir, source.get("path", "")))
             for source in dirs]
    tap.check(roots == [os.path.realpath(source_root)],
              f"{name}: {command} is built from the project directory",
              [f"dir sources resolve to {roots}, expected [{os.path.realpath(source_root)!r}]"])

    config_opts = app.get("config-opts", [])
    tap.check((DEVEL_OPTION in config_opts) == devel,
              f"{name}: {DEVEL_OPTION} is set exactly for the {DEVEL_SUFFIX} profile",
              [f"config-opts: {config_opts}"])

    builder = shutil.which("flatpak-builder")
    if builder is None:
        tap.skip(f"{name}: flatpak-builder accepts the manifest", "flatpak-builder not installed")
    else:
        result = subprocess.run([builder, "--show-manifest", path],
                                capture_output=True, text=True, check=False)
        tap.check(result.returncode == 0, f"{name}: flatpak-builder accepts the manifest",
                  result.stderr.splitlines())


def main(argv):
    if len(argv) != 4:
        print(f"Bail out! usage: {argv[0]} SOURCE_ROOT BASE_APP_ID COMMAND")
        return 2
    source_root, base_id, command = argv[1:]
    flatpak_dir = os.path.join(source_root, "flatpak")
    tap = Tap()

    manifests = sorted(os.path.join(flatpak_dir, name) for name in os.listdir(flatpak_dir)
                       if name.endswith(".json"))
    tap.check(os.path.join(flatpak_dir, f"{base_id}.json") in manifests,
              f"flatpak/{base_id}.json exists", [f"manifests found: {manifests}"])

    options_file = os.path.join(source_root, "meson_options.txt")
    try:
        with open(options_file, encoding="utf-8") as f:
            options = f.read()
    except OSError:
        options = ""
    tap.check(re.search(r"option\(\s*'development'", options),
              "meson_options.txt declares the development option the .Devel manifest sets")

    for path in manifests:
        check_manifest(tap, path, source_root, base_id, command)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
