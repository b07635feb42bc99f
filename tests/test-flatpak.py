#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifests in flatpak/ against the project and the sandbox policy.

Usage: test-flatpak.py SOURCE_ROOT BASE_APP_ID COMMAND

The .Devel manifest builds the working tree (a "dir" source); the release manifest builds the
tagged release from the repository the metainfo names (a "git" source with tag and commit), as
Flathub requires.

Prints TAP and exits non-zero when a check fails.
"""

import json
import os
import re
import shutil
import subprocess
import sys

from accord_tap import Tap

RUNTIME = "org.gnome.Platform"
# GNOME 47 reached its end of life in October 2025; 50 is supported.
RUNTIME_VERSION = "50"
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
# Build directories and flatpak-builder's state must not be copied into a local build.
SKIPPED = ["_build", "build", "build-ci", "build-sanitize", ".flatpak-builder"]
COMMIT = re.compile(r"^[0-9a-f]{40}$")


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

    sources = [source for source in app.get("sources", []) if isinstance(source, dict)]
    if devel:
        check_dir_source(tap, name, path, sources, source_root, command)
    else:
        check_git_source(tap, name, sources, source_root, base_id, command)

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


def check_dir_source(tap, name, path, sources, source_root, command):
    manifest_dir = os.path.dirname(os.path.abspath(path))
    dirs = [source for source in sources if source.get("type") == "dir"]
    roots = [os.path.realpath(os.path.join(manifest_dir, source.get("path", "")))
             for source in dirs]
    tap.check(roots == [os.path.realpath(source_root)],
              f"{name}: {command} is built from the project directory",
              [f"dir sources resolve to {roots}, expected [{os.path.realpath(source_root)!r}]"])
    skip = dirs[0].get("skip", []) if dirs else []
    missing = [entry for entry in SKIPPED if entry not in skip]
    tap.check(not missing, f"{name}: the dir source skips build directories and .flatpak-builder",
              [f"not skipped: {entry}" for entry in missing])


def metainfo_repository(source_root, base_id):
    path = os.path.join(source_root, "data", f"{base_id}.metainfo.xml.in.in")
    try:
        with open(path, encoding="utf-8") as f:
            match = re.search(r'<url type="vcs-browser">([^<]+)</url>', f.read())
    except OSError:
        return None
    return match.group(1) if match else None


def project_version(source_root):
    with open(os.path.join(source_root, "meson.build"), encoding="utf-8") as f:
        match = re.search(r"version:\s*'([^']+)'", f.read())
    return match.group(1) if match else None


def check_git_source(tap, name, sources, source_root, base_id, command):
    gits = [source for source in sources if source.get("type") == "git"]
    others = [source.get("type") for source in sources if source.get("type") != "git"]
    tap.check(len(gits) == 1 and not others,
              f"{name}: {command} is built from one git source, no dir source (Flathub)",
              [f"source types: {[source.get('type') for source in sources]}"])
    git = gits[0] if gits else {}
    repository = metainfo_repository(source_root, base_id)
    tap.check(repository is not None and git.get("url") in (repository, repository + ".git"),
              f"{name}: the git url is the repository the metainfo names",
              [f"url {git.get('url')!r}, metainfo vcs-browser {repository!r}"])
    version = project_version(source_root)
    tap.check(git.get("tag") == f"v{version}", f"{name}: the tag is v{version}, this version",
              [f"tag {git.get('tag')!r}"])
    commit = git.get("commit", "")
    tap.check(COMMIT.match(commit), f"{name}: the tag is pinned to a full commit id",
              [f"commit {commit!r}"])
    # The pinned commit is in this repository's history (when there is one to ask).
    if os.path.isdir(os.path.join(source_root, ".git")) or \
       os.path.isfile(os.path.join(source_root, ".git")):
        result = subprocess.run(["git", "-C", source_root, "cat-file", "-e", f"{commit}^{{commit}}"],
                                capture_output=True, text=True, check=False)
        tap.check(result.returncode == 0, f"{name}: the pinned commit is in the repository",
                  result.stderr.splitlines())
        tagged = subprocess.run(["git", "-C", source_root, "rev-parse", "-q", "--verify",
                                 f"refs/tags/{git.get('tag')}^{{commit}}"],
                                capture_output=True, text=True, check=False)
        if tagged.returncode == 0:
            tap.check(tagged.stdout.strip() == commit,
                      f"{name}: the tag {git.get('tag')} is the pinned commit",
                      [f"tag is {tagged.stdout.strip()}, manifest pins {commit}"])


def check_gitignore(tap, source_root):
    try:
        with open(os.path.join(source_root, ".gitignore"), encoding="utf-8") as f:
            ignored = f.read().split()
    except OSError:
        ignored = []
    tap.check("/.flatpak-builder/" in ignored or ".flatpak-builder/" in ignored,
              ".gitignore ignores .flatpak-builder/")


def main(argv):
    if len(argv) != 4:
        print(f"Bail out! usage: {argv[0]} SOURCE_ROOT BASE_APP_ID COMMAND")
        return 2
    source_root, base_id, command = argv[1:]
    flatpak_dir = os.path.join(source_root, "flatpak")
    tap = Tap()

    manifests = sorted(os.path.join(flatpak_dir, name) for name in os.listdir(flatpak_dir)
                       if name.endswith(".json"))
    for app_id in (base_id, base_id + DEVEL_SUFFIX):
        tap.check(os.path.join(flatpak_dir, f"{app_id}.json") in manifests,
                  f"flatpak/{app_id}.json exists", [f"manifests found: {manifests}"])
    check_gitignore(tap, source_root)

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
