#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests: the real Accord, driven through AT-SPI as a person and a screen reader.

Usage: /usr/bin/python3 test_e2e.py   (ACCORD_BINARY names the accord program to run)

One story on the built-in ASEAN 2024 library, in a private HOME: select a meeting, rename it,
undo, search, create an initiative, quit, start again and find it. Then every control must
have a name a screen reader can say. Prints TAP; the error log gets the accessibility tree and
the app's output of a failed check.

The app's exit status counts: it must be 0. Under AddressSanitizer, LeakSanitizer reports a
leak at exit with a non-zero status, so a leak in Accord fails the quit checks; the
suppressions for libraries outside Accord are the project's (build-aux/lsan.supp, given by
LSAN_OPTIONS as for every other test).
"""

import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile

import accord_e2e as e2e
from accord_e2e import Failure, Table, has_name, text_of

AMM_RETREAT = "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024"
AMM_RENAMED = "AMM Retreat, Luang Prabang"
NEW_TITLE = "E2E Test Initiative"
SEARCH_LABEL = "Search meetings and initiatives"
SUMMIT_BAR = "Digital Transformation Summit, Q3 2024, July to September 2024, proposed"

# Roles of what a person operates: each needs a name.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "entry", "text",
    "password text", "spin button", "slider", "page tab", "menu item", "switch",
}

class Window:
    """The parts of Accord's window the checks use, found once per run of the app."""

    def __init__(self, app):
        self.app = app
        tree = e2e.Snapshot(app.frame)
        self.tables = {name: Table(tree.find("tree table", name))
                       for name in ("Meetings", "Initiatives")}
        self.search_entry = tree.find("entry", SEARCH_LABEL)
        self.results_label = tree.find("status bar")
        self.search_button = tree.find("push button", "Search")
        self.first_filter = tree.find("combo box", "Country or organisation")
        self.undo_button = tree.find("push button", "Undo")
        self.page_tabs = {name: tree.find("page tab", name)
                          for name in ("Meetings", "Initiatives", "Timeline")}
        # Each page shows a record list (or the timeline) and a detail pane side by side; each
        # detail pane has a Title field for meetings and one for initiatives. A field belongs to
        # the table it shares the closest ancestor with; the Timeline page's pane is as close to
        # both tables and belongs to neither.
        self.title_fields = {name: [] for name in self.tables}
        table_ancestors = {name: tree.ancestors(tree.indices("tree table", name)[0])
                           for name in self.tables}
        for index in tree.indices("text", "Title"):
            mine = set(tree.ancestors(index))
            depths = {name: next(depth for depth, a in enumerate(table_ancestors[name]) if a in mine)
                      for name in self.tables}
            closest = min(depths.values())
            nearest = [name for name, depth in depths.items() if depth == closest]
            if len(nearest) == 1:
                self.title_fields[nearest[0]].append(tree.nodes[index])
        for name, fields in self.title_fields.items():
            if len(fields) != 2:
                raise Failure(f"{len(fields)} Title fields beside the {name} table, not 2")

    def title_field(self, page):
        """The Title field of @page's detail pane that edits the selected record."""
        fields = [field for field in self.title_fields[page] if e2e.is_sensitive(field)]
        return fields[0] if len(fields) == 1 else None

    def title_text(self, page):
        field = self.title_field(page)
        return text_of(field) if field is not None else None

    def show_page(self, name):
        self.app.do_action(self.page_tabs[name])
        expect(self.app, lambda: e2e.has_state(self.page_tabs[name], e2e.pyatspi.STATE_SELECTED),
               lambda selected: selected, f"the {name} page to be shown")


def expect(app, read, test, what, timeout=None):
    """Waits until test(read()) holds; the failure tells what was last read."""
    last = []

    def condition():
        value = read()
        last[:] = [value]
        return (value,) if test(value) else None

    try:
        return app.wait(condition, what, timeout=timeout)[0]
    except Failure as failure:
        seen = f"; last seen: {last[0]!r}" if last else ""
        raise Failure(f"{failure}{seen}") from None


def has_focus_within(node):
    return any(e2e.has_state(n, e2e.pyatspi.STATE_FOCUSED) for n in e2e.descendants(node))


def whole_text_selected(field):
    """The focus proxy for a field: GTK 4.8 does not say which entry row has the focus, but
    a field selects all its text when it takes the focus from the keyboard."""
    text = field.queryText()
    count = text.characterCount
    return count > 0 and text.getNSelections() == 1 and text.getSelection(0) == (0, count)


class Story:
    def __init__(self, binary, home, log_path):
        self.binary = binary
        self.home = home
        self.log_path = log_path
        self.running = None
        self.shown = None
        self.unnamed = None
        # The window's tree with both detail panes filled in, read once (a full read is slow):
        # the checks of names share it.
        self.tree = None
        self.log_dumped = None

    @property
    def app(self):
        if self.running is None:
            raise Failure("the app did not start (see the first failed check)")
        return self.running

    @property
    def window(self):
        if self.shown is None:
            raise Failure("the app's window was not found (see the first failed check)")
        return self.shown

    def start(self):
        self.running = e2e.App(self.binary, self.home, self.log_path)
        self.shown = None
        self.running.start()
        self.shown = Window(self.running)

    def dump(self):
        """For the error log of a failed check."""
        app = self.running
        if app is None:
            return
        log = app.log_tail()
        # After the first failure, the checks that fail with it would only repeat it.
        if log != self.log_dumped:
            print(f"# the app's output (last lines):\n{log}", file=sys.stderr)
            self.log_dumped = log
        try:
            if app.process.poll() is None and app.frame is not None:
                print("# the accessibility tree of the window:", file=sys.stderr)
                e2e.dump_tree(app.frame)
        except Exception as error:
            print(f"# (no tree: {error})", file=sys.stderr)

    def start_shows_the_meetings(self):
        self.start()
        meetings = self.window.tables["Meetings"]
        expect(self.app, lambda: meetings.column("Title"),
               lambda titles: len(titles) == 8 and AMM_RETREAT in titles,
               f"the Meetings table to list 8 meetings, {AMM_RETREAT!r} among them")

    def selecting_a_meeting_shows_it(self):
        meetings = self.window.tables["Meetings"]
        row = meetings.row_with("Title", AMM_RETREAT)
        if row is None:
            raise Failure(f"no row {AMM_RETREAT!r}")
        self.app.click(meetings.cell_node(row, "Title"))
        expect(self.app, lambda: meetings.selected("Title"),
               lambda selected: selected == [AMM_RETREAT], "the clicked row to be selected")
        expect(self.app, lambda: self.window.title_text("Meetings"),
               lambda title: title == AMM_RETREAT, "the Title field to show the meeting")

    def renaming_by_keyboard(self):
        # Enter on the selected row opens the meeting in the detail pane, at its heading, which
        # takes no typing. Tab goes into the Title field, its text selected.
        heading = self.pane_heading("Meetings", "Meeting")
        self.app.key("Return")
        expect(self.app, lambda: e2e.has_state(heading, e2e.pyatspi.STATE_FOCUSED), bool,
               "Enter on the row to put the focus on the pane's heading “Meeting”")
        self.app.key("Tab")
        field = self.window.title_field("Meetings")
        expect(self.app, lambda: whole_text_selected(field), bool,
               "Tab from the heading to put the focus in the Title field, its text selected")
        self.app.type(AMM_RENAMED)
        self.app.key("Return")
        self.expect_meeting_title(AMM_RENAMED, AMM_RETREAT)

    def pane_heading(self, page, name):
        """The heading @name of @page's detail pane: the one that shares the closest ancestor
        with @page's table (the Timeline page has one too)."""
        tree = e2e.Snapshot(self.app.frame)
        table = tree.ancestors(tree.indices("tree table", page)[0])

        def distance(index):
            mine = set(tree.ancestors(index))
            return next(depth for depth, a in enumerate(table) if a in mine)

        headings = sorted(tree.indices("heading", name), key=distance)
        if not headings:
            raise Failure(f"no heading {name!r} beside the {page} table")
        return tree.nodes[headings[0]]

    def one_tab_stop_per_table(self):
        """Tab from a row of the table leaves the table; Shift+Tab comes back to it."""
        table = self.window.tables["Meetings"].node
        self.app.click(self.window.tables["Meetings"].cell_node(
            self.window.tables["Meetings"].rows()[2], "Title"))
        expect(self.app, lambda: has_focus_within(table), bool, "a click to focus a row")
        self.app.key("Tab")
        expect(self.app, lambda: has_focus_within(table), lambda inside: not inside,
               "one Tab to leave the Meetings table")
        self.app.key("shift+Tab")
        expect(self.app, lambda: has_focus_within(table), bool,
               "Shift+Tab to come back to the table")

    def page_key_focuses_the_table(self):
        """Alt+2 gives the keyboard to the Initiatives table: typing there searches (as in
        Files), and changes no field."""
        self.app.key("alt+2")
        table = self.window.tables["Initiatives"].node
        expect(self.app, lambda: has_focus_within(table), bool,
               "Alt+2 to put the focus in the Initiatives table")
        self.app.type("zz")
        expect(self.app, lambda: text_of(self.window.search_entry), lambda text: text == "zz",
               "typing to go to the search entry")
        self.app.key("Escape")
        expect(self.app, lambda: text_of(self.window.search_entry), lambda text: text == "",
               "Escape to close the search")
        initiatives = self.window.tables["Initiatives"]
        expect(self.app, lambda: initiatives.column("Title"),
               lambda titles: len(titles) == 33 and not any("zz" in t for t in titles),
               "every initiative shown again, none renamed")
        for field in self.window.title_fields["Initiatives"] + self.window.title_fields["Meetings"]:
            if "zz" in text_of(field):
                raise Failure(f"typing after Alt+2 changed a Title field to {text_of(field)!r}")
        self.app.key("alt+1")

    def escape_restores_a_field(self):
        """Escape in a field takes back what was typed there."""
        field = self.window.title_field("Meetings")
        self.app.click(field, x_fraction=0.3)
        self.app.key("ctrl+a")
        expect(self.app, lambda: whole_text_selected(field), bool,
               "a click and Ctrl+A to select the Title field's text")
        self.app.type("zz")
        expect(self.app, lambda: text_of(field), lambda text: text == "zz", "the field to read zz")
        # The button that applies it, shown now, is read as "Apply".
        expect(self.app, lambda: e2e.Snapshot(field).indices("push button", "Apply"), bool,
               "the field's Apply button to be named “Apply”")
        self.app.key("Escape")
        expect(self.app, lambda: text_of(field), lambda text: text == AMM_RETREAT,
               f"Escape to bring back {AMM_RETREAT!r}")
        self.app.key("alt+1")
        meetings = self.window.tables["Meetings"]
        expect(self.app, lambda: meetings.column("Title"),
               lambda titles: AMM_RETREAT in titles and "zz" not in titles,
               "the table to keep the meeting's title")

    def expect_meeting_title(self, title, old_title, timeout=None):
        meetings = self.window.tables["Meetings"]
        expect(self.app, lambda: meetings.column("Title"),
               lambda titles: title in titles and old_title not in titles,
               f"the Meetings table to show {title!r} instead of {old_title!r}", timeout)
        expect(self.app, lambda: self.window.title_text("Meetings"),
               lambda text: text == title, f"the Title field to show {title!r}", timeout)

    def undo_button_restores_the_title(self):
        self.app.do_action(self.window.undo_button)
        self.expect_meeting_title(AMM_RETREAT, AMM_RENAMED)

    def renaming_again(self):
        # The focus stayed in the field: the Undo button was pressed through AT-SPI.
        field = self.window.title_field("Meetings")
        self.app.key("ctrl+a")
        expect(self.app, lambda: whole_text_selected(field), bool,
               "Ctrl+A to select the Title field's text")
        self.app.type(AMM_RENAMED)
        self.app.key("Return")
        self.expect_meeting_title(AMM_RENAMED, AMM_RETREAT)

    def undo_key_after_applying(self):
        # Only the key: what led here is checked by the checks before, which are no TODO.
        self.app.key("ctrl+z")
        self.expect_meeting_title(AMM_RETREAT, AMM_RENAMED, timeout=5)

    def title_typed_back(self):
        """Whatever Ctrl+Z did, the old title typed back over the field is the title again."""
        field = self.window.title_field("Meetings")
        if field is None:
            raise Failure("no Title field edits a meeting")
        if self.window.tables["Meetings"].column("Title").count(AMM_RETREAT) == 1 and \
           text_of(field) == AMM_RETREAT:
            return
        self.app.key("ctrl+a")
        expect(self.app, lambda: whole_text_selected(field), bool,
               "Ctrl+A to select the Title field's text")
        self.app.type(AMM_RETREAT)
        self.app.key("Return")
        meetings = self.window.tables["Meetings"]
        expect(self.app, lambda: meetings.column("Title"),
               lambda titles: AMM_RETREAT in titles and len(titles) == 8,
               f"the Meetings table to show {AMM_RETREAT!r} again")

    def search_by_participant(self):
        self.app.key("ctrl+f")
        expect(self.app, lambda: e2e.has_state(self.window.search_entry,
                                               e2e.pyatspi.STATE_FOCUSED),
               bool, "Ctrl+F to put the focus in the search entry")
        self.app.type("bui thanh son")
        expect(self.app, lambda: text_of(self.window.search_entry),
               lambda text: text == "bui thanh son", "the search entry to hold the query")
        meetings = self.window.tables["Meetings"]
        # Without diacritics and capitals, the query finds "Bùi Thanh Sơn".
        expect(self.app, lambda: meetings.column("Participants"),
               lambda shown: len(shown) == 2 and all("Bùi Thanh Sơn" in p for p in shown),
               "the table to show the 2 meetings Bùi Thanh Sơn took part in")
        expect(self.app, lambda: text_of(self.window.results_label),
               lambda text: text == "2 meetings", "the status to read “2 meetings”")

    def escape_ends_the_search(self):
        self.app.key("Escape")
        meetings = self.window.tables["Meetings"]
        expect(self.app, lambda: len(meetings.rows()), lambda n: n == 8,
               "Escape to close the search and show the 8 meetings again")
        expect(self.app, lambda: text_of(self.window.search_entry), lambda text: text == "",
               "the search entry to be empty")

    def new_initiative(self):
        self.window.show_page("Initiatives")
        self.app.key("ctrl+n")
        initiatives = self.window.tables["Initiatives"]
        expect(self.app, lambda: initiatives.selected("Title"),
               lambda selected: selected == ["New Initiative"],
               "Ctrl+N to add a selected row “New Initiative”")
        expect(self.app, lambda: self.window.title_text("Initiatives"),
               lambda title: title == "New Initiative",
               "the detail pane to show “New Initiative”")

    def naming_the_initiative(self):
        # Ctrl+N left the focus in the new initiative's Title field, its text selected.
        field = self.window.title_field("Initiatives")
        expect(self.app, lambda: whole_text_selected(field), bool,
               "Ctrl+N to put the focus in the Title field, its text selected")
        self.app.type(NEW_TITLE)
        self.app.key("Return")
        initiatives = self.window.tables["Initiatives"]
        expect(self.app, lambda: initiatives.selected("Title"),
               lambda selected: selected == [NEW_TITLE],
               f"the selected row to read {NEW_TITLE!r}")
        expect(self.app, lambda: self.window.title_text("Initiatives"),
               lambda title: title == NEW_TITLE, f"the Title field to read {NEW_TITLE!r}")

    def timeline_field(self):
        """The Timeline field of the Initiatives page's detail pane, which edits the selection."""
        tree = e2e.Snapshot(self.app.frame)

        def depth(index, table):
            # How far up @index meets the table's ancestors: the pane beside a table is nearer
            # to it than to the other, as Window finds the Title fields.
            ancestors = tree.ancestors(tree.indices("tree table", table)[0])
            mine = set(tree.ancestors(index))
            return next(d for d, a in enumerate(ancestors) if a in mine)

        # A meeting's Date is a “Date or Period” field too: the initiative's is in the group
        # “Timeline”.
        fields = [tree.nodes[i] for i in tree.indices("text", "Date or Period")
                  if depth(i, "Initiatives") < depth(i, "Meetings") and
                  tree.names[tree.parents[i]] == "Timeline" and e2e.is_sensitive(tree.nodes[i])]
        if len(fields) != 1:
            raise Failure(f"{len(fields)} “Date or Period” fields shown to edit, not 1")
        return fields[0]

    def type_into(self, field, typed):
        """Types @typed over the text of @field. xdotool types a letter outside the keyboard's
        layout by remapping a key, which can lose the letter ("qu 4" for "quý 4") on a busy
        machine: then it types again, as a person would, until the field reads as typed."""
        for attempt in range(3):
            self.app.click(field)
            self.app.key("ctrl+a")
            self.app.type(typed)
            try:
                expect(self.app, lambda: text_of(field), lambda text: text == typed,
                       f"the field to read {typed!r} as typed", timeout=5)
                return
            except Failure:
                if attempt == 2:
                    raise

    def dates_typed_in_any_language(self):
        """A date as people write it in Vietnamese is understood in any UI language and kept as
        typed, trailing space and all (the other forms are the unit tests')."""
        initiatives = self.window.tables["Initiatives"]
        field = self.timeline_field()
        for typed, shown in (("quý 4 năm 2024 ", "Q4 2024"),):
            self.type_into(field, typed)
            self.app.key("Return")
            expect(self.app, lambda: initiatives.selected("Period"),
                   lambda selected, shown=shown: selected == [shown],
                   f"“{typed}” to be understood and the row to show {shown!r}")
            expect(self.app, lambda: text_of(field), lambda text, typed=typed: text == typed,
                   f"the field to keep {typed!r} as typed")

    def quit_saves_the_library(self):
        self.expect_clean_quit()
        library = os.path.join(self.app.data_dir, "accord", "library.db")
        with contextlib.closing(sqlite3.connect(library)) as db:
            titles = [row[0] for row in db.execute("SELECT title FROM initiatives")]
        if NEW_TITLE not in titles:
            raise Failure(f"{library} has no initiative {NEW_TITLE!r}")

    def expect_clean_quit(self):
        status = self.app.quit()
        if status != 0:
            raise Failure(f"the app exited with status {status}: a leak report or a crash? "
                          f"(its output follows)")

    def restart_finds_the_initiative(self):
        self.app.stop()
        self.start()
        self.window.show_page("Initiatives")
        self.app.key("ctrl+f")
        expect(self.app, lambda: e2e.has_state(self.window.search_entry,
                                               e2e.pyatspi.STATE_FOCUSED),
               bool, "Ctrl+F to put the focus in the search entry")
        self.app.type("e2e test")
        initiatives = self.window.tables["Initiatives"]
        expect(self.app, lambda: initiatives.column("Title"),
               lambda titles: titles == [NEW_TITLE], f"one row, {NEW_TITLE!r}")
        expect(self.app, lambda: text_of(self.window.results_label),
               lambda text: text == "1 initiative", "the status to read “1 initiative”")

    def tab_reaches_the_filters(self):
        self.app.key("Tab")
        try:
            expect(self.app, lambda: has_focus_within(self.window.first_filter), bool,
                   "Tab from the search entry to reach the first filter", timeout=5)
        finally:
            self.app.key("shift+Tab")

    def unnamed_controls(self):
        """The app's controls without a name."""
        if self.unnamed is not None:
            return self.unnamed
        if self.window.title_text("Meetings") is None:
            # Both detail panes filled in: the meeting's lists have buttons of their own.
            self.app.do_action(self.window.search_button)
            expect(self.app, lambda: text_of(self.window.search_entry), lambda text: text == "",
                   "the Search button to close the search")
            self.app.key("alt+1")
            meetings = self.window.tables["Meetings"]
            expect(self.app, lambda: e2e.has_state(self.window.page_tabs["Meetings"],
                                                   e2e.pyatspi.STATE_SELECTED),
                   bool, "Alt+1 to show the Meetings page")
            row = expect(self.app, lambda: meetings.row_with("Title", AMM_RETREAT),
                         lambda found: found is not None, f"the row {AMM_RETREAT!r}")
            self.app.click(meetings.cell_node(row, "Title"))
            expect(self.app, lambda: self.window.title_text("Meetings"),
                   lambda title: title == AMM_RETREAT, "the detail pane to show the meeting")
        self.tree = e2e.Snapshot(self.app.frame)
        self.unnamed = sort_unnamed(self.tree)
        return self.unnamed

    def every_control_is_named(self):
        ours = self.unnamed_controls()
        if ours:
            raise Failure("controls without an accessible name:\n" + "\n".join(ours))

    def rows_cells_and_buttons_say_what_they_are(self):
        """Rows are read by their record's title, empty cells are not read at all, and a list's
        buttons say which item they act on. Nothing is read as a GTK type name."""
        self.unnamed_controls()
        tree = self.tree
        type_named = sorted({" < ".join(f"{tree.roles[i]} {tree.names[i]!r}"
                                        for i in [index] + tree.ancestors(index)[:3])
                             for index, (role, name) in enumerate(zip(tree.roles, tree.names))
                             if role in ("table row", "label", "status bar", "push button")
                             and name and e2e.TYPE_NAME.match(name)
                             and not inside_named_control(tree, index)})
        if type_named:
            raise Failure("read as a GTK type:\n" + "\n".join(type_named))
        tree.find("table row", AMM_RETREAT)
        tree.find("push button", "Remove Topic 3: ASEAN Community Vision 2045")
        tree.find("push button", "Move Topic 1 Down: ASEAN Chairmanship 2024")
        tree.find("push button", "Remove Participant 2: Bùi Thanh Sơn")

    def new_record_buttons_are_named(self):
        """Both halves of the New button: adding and choosing what to add."""
        self.unnamed_controls()
        tree = self.tree
        tree.find("push button", "New Meeting or Initiative")
        tree.find("push button", "Choose What to Add")

    def pane_handle_by_keyboard(self):
        """The line between the Meetings table and the detail pane: a screen reader finds it by
        name, it takes the focus, and Left moves it left, widening the pane."""
        tree = e2e.Snapshot(self.app.frame)
        # GTK 4.8 says no widget is "showing": the Meetings page's handle is the one beside
        # the Meetings table.
        table_ancestors = set(tree.ancestors(tree.indices("tree table", "Meetings")[0]))
        handles = [tree.nodes[i] for i in tree.indices("separator", "Detail Pane Width")
                   if tree.parents[i] in table_ancestors]
        if len(handles) != 1:
            raise Failure(f"{len(handles)} “Detail Pane Width” handles beside the Meetings "
                          "table, not 1")
        handle = handles[0]
        if not e2e.has_state(handle, e2e.pyatspi.STATE_FOCUSABLE):
            raise Failure("the “Detail Pane Width” handle cannot take the focus")

        def x_of():
            return handle.queryComponent().getExtents(e2e.pyatspi.WINDOW_COORDS)[0]

        start = x_of()
        self.app.click(handle)
        expect(self.app, lambda: e2e.has_state(handle, e2e.pyatspi.STATE_FOCUSED), bool,
               "a click to put the focus on the handle")
        self.app.key("Left", "Left")
        expect(self.app, x_of, lambda x: x == start - 48,
               f"two presses of Left to move the handle from x={start} to x={start - 48}")
        self.app.key("Right", "Right")
        expect(self.app, x_of, lambda x: x == start, f"Right to move it back to x={start}")

    def timeline_page(self):
        """The Timeline page: Alt+3 shows it, and a screen reader finds a bar by what it says:
        title, period as written, as dates, and status."""
        self.app.key("alt+3")
        expect(self.app, lambda: e2e.has_state(self.window.page_tabs["Timeline"],
                                               e2e.pyatspi.STATE_SELECTED),
               bool, "Alt+3 to show the Timeline page")
        expect(self.app, lambda: e2e.Snapshot(self.app.frame).indices("list item", SUMMIT_BAR),
               bool, f"a bar named {SUMMIT_BAR!r}")

    def second_quit_is_clean(self):
        self.expect_clean_quit()


def inside_named_control(tree, index):
    """Whether the node at @index is a part GTK or libadwaita build inside a named control,
    such as a drop-down's button, which the app cannot name."""
    return any(tree.roles[a] in ("combo box", "text", "entry") and has_name(tree.nodes[a])
               for a in tree.ancestors(index)[:6])


def sort_unnamed(tree):
    """The unnamed controls of @tree, a Snapshot.

    Left out, as the app cannot name them: the parts of a named control that GTK or
    libadwaita build inside it, such as a drop-down's button (GtkDropDown, AdwComboRow) and
    the Apply button of an entry row (libadwaita 1.2 gives it only a tooltip; Enter applies
    too). Hidden widgets are not on the bus at all."""
    ours = []
    for index, role in enumerate(tree.roles):
        if role not in CONTROL_ROLES or has_name(tree.nodes[index]):
            continue
        ancestors = tree.ancestors(index)
        if inside_named_control(tree, index):
            continue
        # Where it is, for the tree dump: the node and a few of its ancestors.
        path = " < ".join(f"{tree.roles[i]} {tree.names[i]!r}" for i in [index] + ancestors[:3])
        ours.append(path)
    return ours


def main():
    binary = os.environ.get("ACCORD_BINARY")
    if not binary or not os.access(binary, os.X_OK):
        print(f"Bail out! ACCORD_BINARY={binary!r} is not the accord program")
        return 1
    for tool in ("xdotool", e2e.A11Y_BUS_LAUNCHER):
        if shutil.which(tool) is None:
            print(f"Bail out! {tool} is missing (Debian packages xdotool and at-spi2-core)")
            return 1
    e2e.ensure_display_and_session_bus()

    home = tempfile.mkdtemp(prefix="accord-e2e-")
    story = Story(binary, os.path.join(home, "home"), os.path.join(home, "app.log"))
    checks = [
        ("start: the Meetings table lists the 8 meetings of the library",
         story.start_shows_the_meetings, None),
        ("clicking a meeting selects it and shows it in the Title field",
         story.selecting_a_meeting_shows_it, None),
        ("Enter opens the meeting at its heading; Tab, a new title and Enter rename it",
         story.renaming_by_keyboard, None),
        ("the Undo button brings the old title back in the table and the field",
         story.undo_button_restores_the_title, None),
        ("Ctrl+A, a new title and Enter in the field rename the meeting again",
         story.renaming_again, None),
        ("Ctrl+Z right after renaming with Enter brings the old title back",
         story.undo_key_after_applying, None),
        ("typing the old title back over the field renames the meeting back",
         story.title_typed_back, None),
        ("Escape in the Title field takes back what was typed",
         story.escape_restores_a_field, None),
        ("Tab from a row leaves the Meetings table, Shift+Tab comes back",
         story.one_tab_stop_per_table, None),
        ("Alt+2 puts the focus in the Initiatives table; typing there changes no field",
         story.page_key_focuses_the_table, None),
        ("Ctrl+F and “bui thanh son” find the 2 meetings with Bùi Thanh Sơn, “2 meetings”",
         story.search_by_participant, None),
        ("Escape closes the search and shows every meeting",
         story.escape_ends_the_search, None),
        ("on the Initiatives page Ctrl+N adds and selects “New Initiative”",
         story.new_initiative, None),
        ("Ctrl+N leaves the new Title selected: typing and Enter name the initiative",
         story.naming_the_initiative, None),
        ("“quý 4 năm 2024 ” typed in an initiative's Timeline is understood and kept as typed",
         story.dates_typed_in_any_language, None),
        ("Ctrl+Q quits with status 0, the initiative saved in the library",
         story.quit_saves_the_library, None),
        ("started again, a search for “e2e test” finds the initiative",
         story.restart_finds_the_initiative, None),
        ("Tab from the search entry goes to the first filter drop-down",
         story.tab_reaches_the_filters, None),
        ("every button, entry, drop-down and tab of the app has an accessible name",
         story.every_control_is_named, None),
        ("rows, cells, the result count and each list's buttons say what they are",
         story.rows_cells_and_buttons_say_what_they_are, None),
        ("the New button and its menu button have accessible names",
         story.new_record_buttons_are_named, None),
        ("the detail pane's handle is named, takes the focus, and Left and Right move it",
         story.pane_handle_by_keyboard, None),
        ("Alt+3 shows the Timeline page, where a bar is found by its spoken name",
         story.timeline_page, None),
        ("Ctrl+Q quits the second run with status 0",
         story.second_quit_is_clean, None),
    ]

    with e2e.A11yBus():
        tap = e2e.Tap(len(checks), on_failure=story.dump)
        try:
            for description, check, todo in checks:
                tap.run(description, check, todo)
        finally:
            if story.running is not None:
                story.running.stop()
            shutil.rmtree(home, ignore_errors=True)
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
