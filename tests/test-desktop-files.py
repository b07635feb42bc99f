#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check what the desktop learns from Accord's data files, as the desktop itself reads them.

Usage: test-desktop-files.py SOURCE_ROOT BUILD_DATA_DIR APP_ID VERSION ACCORD_BINARY

- The document type: the shared-mime-info XML, compiled by update-mime-database into a private
  data directory, makes GIO (as file managers and file choosers use it) tell Accord's documents
  from other JSON files, by name and by content, as a subclass of application/json.
- The desktop entry claims only that type, is D-Bus activatable with a service file of the same
  name, and has a New Window action that the application has.
- The metainfo passes both validators, and its summary, captions, screenshots and releases are
  what software centres ask for.
- "accord --version" and "accord --help" through GApplication's option entries.

Prints TAP and exits non-zero when a check fails.
"""

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from accord_tap import Tap

DOCUMENT_TYPE = "application/x-accord+json"
MAX_SUMMARY = 35
MAX_CAPTION = 50
MAX_SCREENSHOT = (1000, 700)
# appstreamcli 0.16 (Debian 12) names these about any metainfo Accord can write:
# - the app id has upper-case letters, like every GNOME app id, and it cannot change without
#   losing everyone's settings;
# - <developer> is AppStream 1.0, which Flathub requires, newer than the validator.
ALLOWED_APPSTREAMCLI = {("P", "cid-contains-uppercase-letter"), ("I", "unknown-tag developer")}
# appstream-glib 0.8.2 (Debian 12) predates these AppStream tags; the copy it validates
# leaves them out, and the check below makes sure they are all it does not know.
NEWER_THAN_APPSTREAM_GLIB = ["developer", "branding", "supports"]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)


# --- The document type --------------------------------------------------------------------

GUESS = """
import sys
from gi.repository import Gio
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        data = f.read()
    print(Gio.content_type_guess(path, data)[0])
print(Gio.content_type_is_a(%r, "application/json"))
print(Gio.content_type_get_description(%r))
""" % (DOCUMENT_TYPE, DOCUMENT_TYPE)


def check_mime(tap, build_data, app_id, work):
    share = os.path.join(work, "share")
    packages = os.path.join(share, "mime", "packages")
    os.makedirs(packages)
    shutil.copy(os.path.join(build_data, f"{app_id}.xml"), packages)
    result = run(["update-mime-database", os.path.join(share, "mime")])
    tap.check(result.returncode == 0, "update-mime-database compiles the MIME XML",
              result.stderr.splitlines())

    samples = {
        # What Accord writes (json-glib puts a space before the colon), by its extension
        "Meetings.accord.json": b'{\n  "format" : "accord",\n  "version" : 1\n}\n',
        # Any JSON file named like an Accord document
        "other.accord.json": b'{"a": 1}\n',
        # No telling extension: known by its content, as people and compact writers put it
        "Meetings": b'{\n  "format": "accord",\n  "version": 1\n}\n',
        "compact": b'{"format":"accord","version":1}',
        "written-by-accord": b'{\n  "format" : "accord",\n  "version" : 1\n}\n',
        # Other JSON stays JSON
        "package.json": b'{"name": "x", "version": "1.0.0"}\n',
        "other.json": b'{"format": "geojson"}\n',
    }
    expected = {
        "Meetings.accord.json": DOCUMENT_TYPE,
        "other.accord.json": DOCUMENT_TYPE,
        "Meetings": DOCUMENT_TYPE,
        "compact": DOCUMENT_TYPE,
        "written-by-accord": DOCUMENT_TYPE,
        "package.json": "application/json",
        "other.json": "application/json",
    }
    paths = []
    for name, data in samples.items():
        path = os.path.join(work, name)
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)

    env = dict(os.environ, XDG_DATA_DIRS=f"{share}:/usr/share", XDG_DATA_HOME=share)
    result = run(["/usr/bin/python3", "-c", GUESS] + paths, env=env)
    lines = result.stdout.splitlines()
    tap.check(result.returncode == 0 and len(lines) == len(paths) + 2,
              "GIO reads the compiled type", result.stderr.splitlines())
    if len(lines) != len(paths) + 2:
        return
    for (name, want), got in zip(expected.items(), lines):
        tap.check(got == want, f"{name!r} is {want}", [f"GIO says {got}"])
    tap.check(lines[-2] == "True", f"{DOCUMENT_TYPE} is a kind of application/json")
    tap.check(lines[-1] == "Accord document", f"{DOCUMENT_TYPE} is described as an Accord document",
              [f"description {lines[-1]!r}"])


# --- Desktop entry and D-Bus activation ----------------------------------------------------

def check_desktop(tap, source_root, build_data, app_id):
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str
    entry.read(os.path.join(build_data, f"{app_id}.desktop"), encoding="utf-8")
    main = entry["Desktop Entry"] if entry.has_section("Desktop Entry") else {}

    types = [t for t in main.get("MimeType", "").split(";") if t]
    tap.check(types == [DOCUMENT_TYPE], f"the desktop entry claims {DOCUMENT_TYPE} only",
              [f"MimeType={main.get('MimeType')!r}"])
    tap.check(main.get("DBusActivatable") == "true", "the desktop entry is DBusActivatable")
    tap.check(main.get("Icon") == app_id, "the icon is named after the app id",
              [f"Icon={main.get('Icon')!r}"])

    service = configparser.ConfigParser(interpolation=None)
    service.optionxform = str
    service.read(os.path.join(build_data, f"{app_id}.service"), encoding="utf-8")
    section = service["D-BUS Service"] if service.has_section("D-BUS Service") else {}
    tap.check(section.get("Name") == app_id, "the D-Bus service file names the app id",
              [f"Name={section.get('Name')!r}"])
    tap.check(re.search(r"/accord --gapplication-service$", section.get("Exec", "")),
              "the D-Bus service starts accord as a service",
              [f"Exec={section.get('Exec')!r}"])

    actions = [a for a in main.get("Actions", "").split(";") if a]
    tap.check(actions == ["new-window"], "the desktop entry has the New Window action",
              [f"Actions={main.get('Actions')!r}"])
    action = entry["Desktop Action new-window"] if entry.has_section(
        "Desktop Action new-window") else {}
    tap.check(action.get("Name") == "New Window" and
              action.get("Exec") == "accord --new-window",
              "the New Window action is named and runs accord --new-window")
    # DBusActivatable: the desktop activates the action of the same name, app.new-window.
    with open(os.path.join(source_root, "src", "ui", "accord-application.c"),
              encoding="utf-8") as f:
        tap.check('{ "new-window", ' in f.read(), "the application has the new-window action")

    with open(os.path.join(source_root, "data", f"{app_id.removesuffix('.Devel')}.mime.xml.in"),
              encoding="utf-8") as f:
        tap.check(f'type="{DOCUMENT_TYPE}"' in f.read(), "the MIME XML defines the type")


# --- Metainfo -------------------------------------------------------------------------------

def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def check_metainfo(tap, source_root, build_data, app_id, version, work):
    path = os.path.join(build_data, f"{app_id}.metainfo.xml")

    result = run(["appstreamcli", "validate", "--pedantic", "--no-net", "--explain", path])
    found = set(re.findall(r"^([EWIP]): \S+?:\d*:? ?(\S+(?: \S+)?)", result.stdout, re.M))
    found = {(kind, re.sub(r" io\.github\..*$", "", tag)) for kind, tag in found}
    unexpected = found - ALLOWED_APPSTREAMCLI
    tap.check(result.returncode == 0 and not unexpected,
              "appstreamcli validate --pedantic: nothing but the id's capitals and <developer>",
              result.stdout.splitlines())

    with open(path, encoding="utf-8") as f:
        text = f.read()
    missing = [tag for tag in NEWER_THAN_APPSTREAM_GLIB if f"<{tag}" not in text]
    tap.check(not missing, "the metainfo has <developer>, <branding> and <supports>",
              [f"missing: {missing}"])
    older = text
    for tag in NEWER_THAN_APPSTREAM_GLIB:
        older = re.sub(rf"<{tag}\b.*?</{tag}>", "", older, flags=re.S)
    copy = os.path.join(work, f"{app_id}.metainfo.xml")
    with open(copy, "w", encoding="utf-8") as f:
        f.write(older)
    result = run(["appstream-util", "validate-strict", "--nonet", copy])
    tap.check(result.returncode == 0 and "FAILED" not in result.stdout,
              "appstream-util validate-strict passes (but for the tags newer than it)",
              (result.stdout + result.stderr).splitlines())

    root = ElementTree.parse(path).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"

    developer = root.find("developer")
    tap.check(developer is not None and developer.get("id") == "io.github.accordapp" and
              developer.findtext("name"), "<developer id=\"io.github.accordapp\"> has a name")
    tap.check(root.find("developer_name") is None, "no deprecated <developer_name>")
    tap.check(root.find("url[@type='translate']") is not None, "a translate URL")

    summaries = [(s.get(lang, "C"), s.text or "") for s in root.findall("summary")]
    long = [f"{code}: {text!r} ({len(text)})" for code, text in summaries
            if len(text) > MAX_SUMMARY]
    tap.check(len(summaries) >= 3 and not long,
              f"the summary, in each language, has at most {MAX_SUMMARY} characters", long)

    screenshots = root.findall("screenshots/screenshot")
    names = []
    for screenshot in screenshots:
        url = screenshot.findtext("image") or ""
        name = url.rsplit("/", 1)[-1]
        names.append(name)
        local = os.path.join(source_root, "data", "screenshots", name)
        size = png_size(local) if os.path.exists(local) else None
        tap.check(size is not None and size[0] <= MAX_SCREENSHOT[0] and
                  size[1] <= MAX_SCREENSHOT[1],
                  f"screenshot {name} is in data/screenshots, at most "
                  f"{MAX_SCREENSHOT[0]}×{MAX_SCREENSHOT[1]}", [f"size {size}"])
        captions = [(c.get(lang, "C"), c.text or "") for c in screenshot.findall("caption")]
        long = [f"{code}: {text!r} ({len(text)})" for code, text in captions
                if len(text) > MAX_CAPTION]
        tap.check(len(captions) >= 3 and not long,
                  f"{name}: a caption, in each language, of at most {MAX_CAPTION} characters",
                  long)
    tap.check(any("dark" in n for n in names) and any("dark" not in n for n in names),
              "screenshots in the light and the dark style", [f"screenshots {names}"])
    tap.check(any(n.startswith("timeline") for n in names), "the timeline among the screenshots",
              [f"screenshots {names}"])

    releases = root.findall("releases/release")
    tap.check(releases and releases[0].get("version") == version,
              f"the newest release is this version, {version}",
              [f"releases {[r.get('version') for r in releases]}"])
    notes = releases[0].findall("description/*") if releases else []
    tap.check(notes, f"release {version} has notes")


# --- Command line ---------------------------------------------------------------------------

def check_command_line(tap, binary, version):
    env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = run([binary, "--version"], env=env)
    tap.check(result.returncode == 0 and re.fullmatch(rf"Accord( Devel)? {re.escape(version)}\n",
                                                      result.stdout),
              f"accord --version prints the version, {version}, without a display",
              [f"rc {result.returncode}, stdout {result.stdout!r}, stderr {result.stderr!r}"])
    result = run([binary, "--help"], env=env)
    tap.check(result.returncode == 0 and "accord [OPTION…] [FILE…]" in result.stdout and
              "--version" in result.stdout and "--new-window" in result.stdout,
              "accord --help shows [FILE…], --version and --new-window",
              result.stdout.splitlines())


def main(argv):
    if len(argv) != 6:
        print(f"Bail out! usage: {argv[0]} SOURCE_ROOT BUILD_DATA_DIR APP_ID VERSION BINARY")
        return 2
    source_root, build_data, app_id, version, binary = argv[1:]
    tap = Tap()
    with tempfile.TemporaryDirectory() as work:
        check_mime(tap, build_data, app_id, work)
        check_desktop(tap, source_root, build_data, app_id)
        check_metainfo(tap, source_root, build_data, app_id, version, work)
    check_command_line(tap, binary, version)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
