#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line without a display: accord validate, export and import.

Usage: test-cli.py ACCORD_BINARY SOURCE_ROOT

Prints TAP and exits non-zero when a check fails.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile

import icalendar

ACCORD, SOURCE_ROOT = sys.argv[1], sys.argv[2]
DATASET = os.path.join(SOURCE_ROOT, "resources", "asean-2024.json")

results = []


def check(ok, description, diagnostics=()):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {description}")
    if not ok:
        for line in diagnostics:
            print(f"# {line}")


def run(*args, language="C"):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LANGUAGE"] = language
    env["LC_ALL"] = "C.UTF-8" if language == "C" else {"vi": "vi_VN.UTF-8",
                                                         "lo": "lo_LA.UTF-8"}[language]
    return subprocess.run([ACCORD, *args], capture_output=True, text=True, env=env, timeout=60)


def dated(records, member):
    return [record for record in records if record.get(member, {}).get("start")]


def overlapping(records, member, first, last):
    return [record["id"] for record in dated(records, member)
            if record[member]["end"] >= first and record[member]["start"] <= last]


with open(DATASET, encoding="utf-8") as f:
    dataset = json.load(f)

with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    result = run("validate", DATASET)
    check(result.returncode == 0 and result.stdout == "" and result.stderr == "",
          "validate: the built-in dataset is valid, and nothing is said",
          [result.returncode, result.stdout, result.stderr])

    with open(path("bad.json"), "w", encoding="utf-8") as f:
        f.write('{"format": "accord", "version": 1,\n "meetings": [ {"id": 3 ]}')
    result = run("validate", path("bad.json"))
    check(result.returncode == 1 and "bad.json: Line 2, column 23:" in result.stderr,
          "validate: a broken document fails with its line and column",
          [result.returncode, result.stderr])

    with open(path("bad.ics"), "w", encoding="utf-8") as f:
        f.write("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:a\nEND:VTODO\nEND:VCALENDAR\n")
    result = run("validate", path("bad.ics"))
    check(result.returncode == 1
          and "bad.ics: Line 4, column 1: END:VTODO does not close BEGIN:VEVENT of line 2"
          in result.stderr,
          "validate: a broken iCalendar file fails with its line and column",
          [result.returncode, result.stderr])

    result = run("validate", path("missing.json"))
    check(result.returncode == 1 and "missing.json" in result.stderr,
          "validate: a missing file fails", [result.returncode, result.stderr])

    result = run("validate")
    check(result.returncode == 2, "validate: no file is a usage error", [result.returncode])

    # iCalendar out: every dated meeting as an event, every initiative as a to-do.
    result = run("export", DATASET, "--to", "ics", "-o", path("out.ics"))
    meetings = dated(dataset["meetings"], "when")
    undated = len(dataset["meetings"]) - len(meetings)
    with open(path("out.ics"), "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    todos = [str(todo["UID"]) for todo in calendar.walk("VTODO")]
    check(result.returncode == 0
          and events == [meeting["id"] for meeting in meetings]
          and todos == [initiative["id"] for initiative in dataset["initiatives"]],
          "export --to ics: dated meetings as events, initiatives as to-dos, in order",
          [result.returncode, result.stderr, events, todos])
    check(f"{undated} meetings without a date were left out" in result.stderr,
          "export --to ics: says how many undated meetings it left out", [result.stderr])

    result = run("validate", path("out.ics"))
    check(result.returncode == 0, "validate: the export is a valid iCalendar file",
          [result.stderr])

    # JSON out, only initiatives of the first quarter of 2024.
    result = run("export", DATASET, "--to", "json", "--what", "initiatives",
                 "--from", "2024-01-01", "--to", "2024-03-31", "-o", path("q1.json"))
    with open(path("q1.json"), encoding="utf-8") as f:
        q1 = json.load(f)
    expected = overlapping(dataset["initiatives"], "timeline", "2024-01-01", "2024-03-31")
    check(result.returncode == 0 and q1.get("meetings", []) == []
          and [i["id"] for i in q1["initiatives"]] == expected and expected,
          "export --to json --what initiatives --from --to: only what overlaps the range",
          [result.returncode, result.stderr, expected])

    result = run("export", DATASET, "-o", path("out.txt"))
    check(result.returncode == 2 and "--to ics" in result.stderr,
          "export: a format that cannot be told is a usage error", [result.stderr])

    result = run("export", DATASET, "--to", "ics", "--from", "2024-05-01", "-o", path("x.ics"))
    check(result.returncode == 2 and not os.path.exists(path("x.ics")),
          "export: --from without a last day is a usage error, and nothing is written",
          [result.returncode, result.stderr])

    # iCalendar in: back to an Accord document.
    result = run("import", path("out.ics"), "-o", path("back.json"))
    with open(path("back.json"), encoding="utf-8") as f:
        back = json.load(f)
    check(result.returncode == 0
          and [m["id"] for m in back["meetings"]] == [m["id"] for m in meetings]
          and [m["when"] for m in back["meetings"]] == [m["when"] for m in meetings]
          and [i["timeline"] for i in back["initiatives"]]
          == [i.get("timeline", {"text": "", "precision": "unknown"})
              for i in dataset["initiatives"]],
          "import: the exported calendar comes back with its periods as they were",
          [result.returncode, result.stderr])
    result = run("validate", path("back.json"))
    check(result.returncode == 0, "validate: the import is a valid document", [result.stderr])

    weekly = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
              "UID:w@example.com\r\nDTSTAMP:20240101T000000Z\r\n"
              "DTSTART;TZID=Asia/Vientiane:20240102T090000\r\nRRULE:FREQ=WEEKLY\r\n"
              "SUMMARY:Weekly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with open(path("weekly.ics"), "w", encoding="utf-8") as f:
        f.write(weekly)
    result = run("import", path("weekly.ics"), "-o", path("weekly.json"))
    check(result.returncode == 1 and "“Weekly” is a repeating event" in result.stderr
          and not os.path.exists(path("weekly.json")),
          "import: a repeating event without a range is refused, and nothing is written",
          [result.returncode, result.stderr])
    result = run("import", path("weekly.ics"), "--from", "2024-01-01", "--to", "2024-01-31",
                 "-o", path("weekly.json"))
    with open(path("weekly.json"), encoding="utf-8") as f:
        days = [m["when"]["start"] for m in json.load(f)["meetings"]]
    check(result.returncode == 0
          and days == ["2024-01-02", "2024-01-09", "2024-01-16", "2024-01-23", "2024-01-30"],
          "import --from --to: a repeating event expanded in the range, on Vientiane's days",
          [result.returncode, result.stderr, days])

    result = run("import", path("out.ics"))
    check(result.returncode == 2 and "-o OUTPUT.json" in result.stderr,
          "import: a calendar without an output is a usage error",
          [result.returncode, result.stderr])

    # CSV out and back, one list a file.
    result = run("export", DATASET, "--to", "csv", "--what", "initiatives", "-o", path("i.csv"))
    check(result.returncode == 0, "export --to csv --what initiatives", [result.stderr])
    result = run("import", path("i.csv"), "-o", path("i.json"))
    with open(path("i.json"), encoding="utf-8") as f:
        back = json.load(f)
    check(result.returncode == 0
          and [i["id"] for i in back["initiatives"]] == [i["id"] for i in dataset["initiatives"]]
          and [i["title"] for i in back["initiatives"]]
          == [i["title"] for i in dataset["initiatives"]],
          "import: the CSV table comes back as the initiatives", [result.stderr])
    result = run("export", DATASET, "--to", "csv", "--excel", "--what", "meetings",
                 "-o", path("m.csv"), language="vi")
    with open(path("m.csv"), "rb") as f:
        first_line = f.readline().decode("utf-8")
    check(result.returncode == 0 and first_line.startswith("\ufeffMã;Tên;"),
          "export --to csv --excel in Vietnamese: BOM, “;”, Vietnamese headers", [first_line])
    result = run("import", path("m.csv"), "-o", path("m.json"))
    with open(path("m.json"), encoding="utf-8") as f:
        back = json.load(f)
    check(result.returncode == 0
          and [m["id"] for m in back["meetings"]] == [m["id"] for m in dataset["meetings"]],
          "import: a Vietnamese Excel table reads back with the UI in English", [result.stderr])
    with open(path("bad.csv"), "w", encoding="utf-8") as f:
        f.write("Title,Start,End\nGood,2024-01-01,2024-01-02\n\"Two\nlines\",2024-01-01,x\n")
    result = run("validate", path("bad.csv"))
    check(result.returncode == 1
          and "bad.csv: Line 3: “x” is not a date (YYYY-MM-DD)" in result.stderr,
          "validate: a CSV row that cannot be a record fails with its line", [result.stderr])
    result = run("export", DATASET, "--to", "csv", "-o", path("x.csv"))
    check(result.returncode == 2 and "--what" in result.stderr,
          "export --to csv without --what is a usage error", [result.stderr])

    # --help, in English and translated.
    result = run("--help")
    check(result.returncode == 0
          and all(f"accord {name} " in result.stdout for name in ("validate", "export", "import")),
          "--help lists every subcommand", [result.stdout])
    for language in ("vi", "lo"):
        english = run("export", "--help").stdout
        translated = run("export", "--help", language=language).stdout
        check(translated != english and "accord export" in translated,
              f"export --help is translated ({language})", [translated])

print(f"1..{len(results)}")
sys.exit(0 if all(results) else 1)
