# SPDX-License-Identifier: GPL-3.0-or-later
"""TAP output for the Python tests of tests/: checks are collected, then printed at the end."""

import sys


class Tap:
    def __init__(self):
        self.results = []

    def check(self, ok, description, diagnostics=()):
        self.results.append((bool(ok), description, list(diagnostics)))

    def skip(self, description, reason):
        self.results.append((True, f"{description} # SKIP {reason}", []))

    def finish(self):
        """Prints the plan and the results; returns the exit status."""
        print(f"1..{len(self.results)}")
        for number, (ok, description, diagnostics) in enumerate(self.results, 1):
            print(f"{'ok' if ok else 'not ok'} {number} - {description}")
            if not ok:
                # On stderr, which meson shows for a failed test.
                for line in diagnostics:
                    print(f"# {line}", file=sys.stderr)
        return 0 if all(ok for ok, _, _ in self.results) else 1
