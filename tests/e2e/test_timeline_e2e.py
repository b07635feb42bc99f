#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of the timeline, read through AT-SPI as a screen reader reads it.

Usage: /usr/bin/python3 test_timeline_e2e.py
(ACCORD_TIMELINE_DEMO names tests/accord-timeline-demo, the timeline alone in a window on the
built-in ASEAN 2024 dataset.)

A person's way through it: find a bar by the name a screen reader says, click it, move it a
quarter later with Alt+Right and hear its new name, go to the first bar with Home; the
meetings' milestones say their dates; every control has a name. Prints TAP.
"""

import datetime
import os
import shutil
import sys
import tempfile

import accord_e2e as e2e
from accord_e2e import Failure, has_name

SUMMIT = "Digital Transformation Summit, Q3 2024, July to September 2024, proposed"
SUMMIT_MOVED = "Digital Transformation Summit, Q4 2024, October to December 2024, proposed"
FIRST_BAR = "ASEAN five-year cooperation plans with partners, 2021-2025, 2021 to 2025, planned"
RETREAT = "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024, meeting, 29 January 2024"
CONSULTATION = ("Tenth Việt Nam–Laos foreign ministerial-level consultation, meeting, "
                "22 November 2023")

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "entry", "text",
    "spin button", "slider", "menu item",
}


def find_named(app, role, name):
    """The node of @role called @name, once it is there."""
    def condition():
        tree = e2e.Snapshot(app.frame)
        indices = tree.indices(role, name)
        return tree.nodes[indices[0]] if indices else None

    return app.wait(condition, f"a {role} named {name!r}")


def wait_state(app, node, state, what):
    app.wait(lambda: e2e.has_state(node, state) or None, what)


class Story:
    def __init__(self, binary, home, log_path):
        self.app = e2e.App(binary, home, log_path)

    def start(self):
        self.app.start()

    def bar_is_named(self):
        find_named(self.app, "list item", SUMMIT)

    def milestone_is_named(self):
        find_named(self.app, "image", RETREAT)

    def click_selects(self):
        bar = find_named(self.app, "list item", SUMMIT)
        self.app.click(bar)
        wait_state(self.app, bar, e2e.pyatspi.STATE_SELECTED, "the clicked bar to be selected")
        wait_state(self.app, bar, e2e.pyatspi.STATE_FOCUSED, "the clicked bar to have the focus")

    def alt_right_moves(self):
        self.app.key("alt+Right")
        moved = find_named(self.app, "list item", SUMMIT_MOVED)
        wait_state(self.app, moved, e2e.pyatspi.STATE_SELECTED, "the moved bar to stay selected")

    def drag_moves_back(self):
        """Drags the bar, moved to Q4 2024, a quarter to the left: Q3 2024 again.

        Where dates are on screen follows from two milestones of known days: their diamonds sit
        in the middle of their days."""
        def centre(node):
            x, y, width, height = node.queryComponent().getExtents(e2e.pyatspi.WINDOW_COORDS)
            return x + width / 2, y + height / 2

        retreat_x, _ = centre(find_named(self.app, "image", RETREAT))
        consultation_x, _ = centre(find_named(self.app, "image", CONSULTATION))
        retreat_day = datetime.date(2024, 1, 29).toordinal() + 0.5
        consultation_day = datetime.date(2023, 11, 22).toordinal() + 0.5
        per_day = (retreat_x - consultation_x) / (retreat_day - consultation_day)

        def x_of(date):
            return retreat_x + (date.toordinal() - retreat_day) * per_day

        bar = find_named(self.app, "list item", SUMMIT_MOVED)
        _, bar_y = centre(bar)
        start_x = x_of(datetime.date(2024, 11, 15))
        end_x = x_of(datetime.date(2024, 8, 15))
        _, _, frame_width, frame_height = self.app.frame.queryComponent().getExtents(
            e2e.pyatspi.WINDOW_COORDS)
        window_width, window_height = self.app._x_window_size()
        margin_x = max(0, (window_width - frame_width) // 2)
        margin_y = max(0, (window_height - frame_height) // 2)

        def to_window(x, y):
            return str(int(margin_x + x)), str(int(margin_y + y))

        self.app.focus_window()
        e2e.xdotool("mousemove", "--window", self.app.window_id, *to_window(start_x, bar_y))
        e2e.xdotool("mousedown", "1")
        for step in range(1, 11):
            x = start_x + (end_x - start_x) * step / 10
            e2e.xdotool("mousemove", "--window", self.app.window_id, *to_window(x, bar_y))
        e2e.xdotool("mouseup", "1")
        find_named(self.app, "list item", SUMMIT)

    def home_goes_to_the_first_bar(self):
        self.app.key("Home")
        first = find_named(self.app, "list item", FIRST_BAR)
        wait_state(self.app, first, e2e.pyatspi.STATE_FOCUSED, "the first bar to have the focus")

    def enter_activates(self):
        self.app.key("Return")
        self.app.wait(lambda: "activated i-asean-partner-cooperation-plans-2021-2025"
                      in self.app.log_tail(), "the demo to report the first bar activated")

    def controls_are_named(self):
        tree = e2e.Snapshot(self.app.frame)
        unnamed = [f"{tree.roles[i]} {tree.names[i]!r}" for i in range(len(tree.nodes))
                   if tree.roles[i] in CONTROL_ROLES and not has_name(tree.nodes[i])
                   and e2e.has_state(tree.nodes[i], e2e.pyatspi.STATE_SHOWING)]
        if unnamed:
            raise Failure("controls without a name: " + ", ".join(unnamed))


def main():
    binary = os.environ.get("ACCORD_TIMELINE_DEMO")
    if not binary or not os.access(binary, os.X_OK):
        print(f"Bail out! ACCORD_TIMELINE_DEMO={binary!r} is not the timeline demo")
        return 1
    for tool in ("xdotool", e2e.A11Y_BUS_LAUNCHER):
        if shutil.which(tool) is None:
            print(f"Bail out! {tool} is missing (Debian packages xdotool and at-spi2-core)")
            return 1
    e2e.ensure_display_and_session_bus()

    home = tempfile.mkdtemp(prefix="accord-timeline-e2e-")
    story = Story(binary, os.path.join(home, "home"), os.path.join(home, "app.log"))
    checks = [
        ("a bar is read as title, period as written, its dates and status", story.bar_is_named),
        ("a milestone is read as a meeting with its date", story.milestone_is_named),
        ("clicking a bar selects it and gives it the focus", story.click_selects),
        ("Alt+Right moves the bar a quarter later; it is read with its new period",
         story.alt_right_moves),
        ("dragging the bar a quarter to the left moves it back to Q3 2024",
         story.drag_moves_back),
        ("Home goes to the first bar", story.home_goes_to_the_first_bar),
        ("Enter on a bar asks for its details (the activated signal)", story.enter_activates),
        ("every control of the timeline has a name", story.controls_are_named),
    ]

    def on_failure():
        if story.app.frame is not None:
            e2e.dump_tree(story.app.frame)
        print("# app output:\n# " + story.app.log_tail().replace("\n", "\n# "), file=sys.stderr)

    with e2e.A11yBus():
        tap = e2e.Tap(len(checks) + 1, on_failure)
        if tap.run("the timeline demo starts on the built-in dataset", story.start):
            for description, check in checks:
                tap.run(description, check)
        story.app.stop()

    shutil.rmtree(home, ignore_errors=True)
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
