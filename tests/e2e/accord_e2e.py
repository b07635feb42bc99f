# SPDX-License-Identifier: GPL-3.0-or-later
"""A small harness that runs the real Accord and drives it as a person and a screen reader do.

The program runs on an X display (Xvfb) with its own HOME, with GTK's AT-SPI backend on. The
harness reads what a screen reader reads (roles, accessible names, text, states) through
pyatspi, and acts as a person does: keys and clicks through xdotool, or a button's AT-SPI
action. Every wait polls with a deadline; nothing sleeps for a fixed time.

Run it only with Debian's /usr/bin/python3, which has python3-pyatspi.
"""

import os
import re
import shutil
import subprocess
import sys
import time

# Under AddressSanitizer the app is slower: a wait allows this much, but a poll comes back as
# soon as the app is there.
WAIT_SECONDS = float(os.environ.get("ACCORD_E2E_WAIT", "30"))
POLL_SECONDS = 0.05

A11Y_BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
XVFB_SCREEN = "1280x800x24"

# GTK 4.8 names an accessible that has no name after its widget's type ("GtkImage",
# "AdwGizmo"): a screen reader says that, which is as good as nothing.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Accord)[A-Z][A-Za-z]*$")

pyatspi = None  # imported once the accessibility bus is up: see A11yBus

# The app runs with the test environment's G_DEBUG: with fatal-warnings, a warning of the app
# fails the test. This process must not die of one of libatspi's, such as "Error in GetItems"
# about a client of the bus that has no cache; GLib reads G_DEBUG when it loads, hence here.
if "ACCORD_E2E_APP_G_DEBUG" not in os.environ:
    os.environ["ACCORD_E2E_APP_G_DEBUG"] = os.environ.get("G_DEBUG", "")
os.environ.pop("G_DEBUG", None)


class Failure(Exception):
    """A check that did not hold, with what was seen instead."""


def has_name(node):
    return bool(node.name) and not TYPE_NAME.match(node.name)


# The session: display, D-Bus, accessibility bus

def ensure_display_and_session_bus():
    """Runs this script again under xvfb-run and dbus-run-session where it needs them.

    CI gives a private Xvfb and D-Bus session (xvfb-run … dbus-run-session -- meson test).
    Started from a desktop session, the test makes its own: its keystrokes must never reach
    another program's window, and the app must not join a running Accord.
    """
    if os.environ.get("ACCORD_E2E_WRAPPED") == "1":
        return

    on_desktop = bool(os.environ.get("WAYLAND_DISPLAY") or
                      os.environ.get("XDG_CURRENT_DESKTOP") or
                      os.environ.get("XDG_SESSION_TYPE") in ("x11", "wayland"))
    wrapper = []
    if on_desktop or not os.environ.get("DISPLAY"):
        # -noreset: an Xvfb whose last client left starts over, refusing clients meanwhile.
        wrapper += ["xvfb-run", "-a", "-s", f"-screen 0 {XVFB_SCREEN} -noreset"]
    if on_desktop or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        wrapper += ["dbus-run-session", "--"]
    if not wrapper:
        return

    missing = [tool for tool in ("xvfb-run", "dbus-run-session")
               if tool in wrapper and shutil.which(tool) is None]
    if missing:
        print(f"Bail out! no display or session bus, and no {' '.join(missing)} to make one")
        sys.exit(1)

    env = dict(os.environ, ACCORD_E2E_WRAPPED="1")
    for name in ("WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    if on_desktop:
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    sys.stdout.flush()
    os.execvpe(wrapper[0], wrapper + [sys.executable] + sys.argv, env)


class A11yBus:
    """The accessibility bus of this D-Bus session: the one there is, or one started for the
    test and stopped after it."""

    def __init__(self):
        self.launcher = None

    def __enter__(self):
        global pyatspi

        from gi.repository import Gio

        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        if not self._bus_owned(session):
            self.launcher = subprocess.Popen([A11Y_BUS_LAUNCHER, "--launch-immediately"],
                                             stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL)
            wait_for(lambda: self._bus_owned(session), "the accessibility bus (org.a11y.Bus)")

        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi
        import pyatspi as module

        pyatspi = module
        # Method calls wait this long for an app slowed down by the sanitizers.
        Atspi.set_timeout(int(WAIT_SECONDS * 1000), int(WAIT_SECONDS * 1000))
        return self

    def __exit__(self, *exc):
        if self.launcher is not None:
            stop_process(self.launcher)

    @staticmethod
    def _bus_owned(session):
        from gi.repository import GLib

        reply = session.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                  "org.freedesktop.DBus", "NameHasOwner",
                                  GLib.Variant("(s)", ("org.a11y.Bus",)),
                                  GLib.VariantType("(b)"), 0, -1, None)
        return reply.unpack()[0]


def stop_process(process, grace=5):
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# Waiting

def wait_for(condition, what, timeout=None, app=None):
    """Polls @condition until it returns something true, and returns that.

    Errors from the accessibility bus count as "not yet": a node can go away while it is read.
    Fails at once if @app has exited."""
    deadline = time.monotonic() + (WAIT_SECONDS if timeout is None else timeout)
    last_error = None
    while True:
        if app is not None:
            app.check_running()
        try:
            value = condition()
            if value:
                return value
            last_error = None
        except Failure:
            raise
        except Exception as error:  # GLib.Error from AT-SPI, a node that went stale
            last_error = error
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise Failure(f"timed out after {timeout or WAIT_SECONDS:g} s waiting for "
                          f"{what}{detail}")
        time.sleep(POLL_SECONDS)


# Reading the tree

def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def descendants(node):
    """@node and everything under it, depth first, in the order a screen reader reads."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(list(children(current))))


def role_of(node):
    return node.getRoleName()


class Snapshot:
    """Every node under a root with its role, name and parent, read in one pass: a full
    tree is a thousand nodes and more, and each question to the app is a D-Bus round trip."""

    def __init__(self, root):
        self.nodes, self.roles, self.names, self.parents = [], [], [], []
        stack = [(root, -1)]
        while stack:
            node, parent = stack.pop()
            index = len(self.nodes)
            self.nodes.append(node)
            self.roles.append(role_of(node))
            self.names.append(node.name)
            self.parents.append(parent)
            stack.extend((child, index) for child in reversed(list(children(node))))

    def indices(self, role, name=None):
        return [i for i, (r, n) in enumerate(zip(self.roles, self.names))
                if r == role and (name is None or n == name)]

    def find(self, role, name=None):
        found = self.indices(role, name)
        if not found:
            raise Failure(f"no {role} named {name!r} in the tree")
        return self.nodes[found[0]]

    def ancestors(self, index):
        """The indices of the ancestors of the node at @index, its parent first."""
        result = []
        index = self.parents[index]
        while index >= 0:
            result.append(index)
            index = self.parents[index]
        return result


def find(root, role):
    """The first node of @role under @root, or None."""
    for node in descendants(root):
        if role_of(node) == role:
            return node
    return None


def text_of(node):
    """What a screen reader reads of a label or an entry: its Text, else its name."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return node.name
    # GTK 4.8 reads nothing for an end offset of -1.
    return text.getText(0, text.characterCount)


def has_state(node, state):
    return node.getState().contains(state)


def is_sensitive(node):
    return has_state(node, pyatspi.STATE_SENSITIVE)


def describe(node):
    states = [name for state, name in ((pyatspi.STATE_FOCUSED, "focused"),
                                       (pyatspi.STATE_SELECTED, "selected"),
                                       (pyatspi.STATE_CHECKED, "checked"))
              if has_state(node, state)]
    if not is_sensitive(node):
        states.append("insensitive")
    text = ""
    if role_of(node) in ("label", "text", "entry", "status bar"):
        content = text_of(node)
        if content != node.name:
            text = f" = {content!r}"
    return f"{role_of(node)} {node.name!r}{text}" + (f" [{', '.join(states)}]" if states else "")


def dump_tree(root, out=sys.stderr, prefix="# "):
    """Writes the tree under @root as a screen reader sees it, for the error log."""
    def walk(node, depth):
        try:
            line = describe(node)
        except Exception as error:
            line = f"(gone: {error})"
        print(f"{prefix}{'  ' * depth}{line}", file=out)
        try:
            for child in children(node):
                walk(child, depth + 1)
        except Exception:
            pass

    walk(root, 0)


# Tables (GtkColumnView: a "tree table" with a header row and a list of rows)

class Table:
    def __init__(self, node):
        self.node = node

    def columns(self):
        header = find(self.node, "table row")
        return [text_of(find(title, "label")) for title in children(header)]

    def rows(self):
        body = next(child for child in children(self.node) if role_of(child) == "list")
        return list(children(body))

    def cells(self, row):
        return [text_of(next(children(cell))) if cell.childCount else ""
                for cell in children(row)]

    def column(self, title):
        index = self.columns().index(title)
        return [self.cells(row)[index] for row in self.rows()]

    def row_with(self, column_title, value):
        index = self.columns().index(column_title)
        for row in self.rows():
            if self.cells(row)[index] == value:
                return row
        return None

    def cell_node(self, row, column_title):
        return list(children(row))[self.columns().index(column_title)]

    def selected(self, column_title):
        """The @column_title of the selected rows."""
        index = self.columns().index(column_title)
        return [self.cells(row)[index] for row in self.rows()
                if has_state(row, pyatspi.STATE_SELECTED)]


# The application

class App:
    """One run of the accord binary, with the HOME of @home_dir."""

    def __init__(self, binary, home_dir, log_path):
        self.binary = binary
        self.home = home_dir
        self.log_path = log_path
        self.process = None
        self.log = None
        self.node = None
        self.frame = None
        self.window_id = None

    @property
    def data_dir(self):
        return os.path.join(self.home, ".local", "share")

    def environment(self):
        env = dict(os.environ)
        env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": self.data_dir,
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "XDG_STATE_HOME": os.path.join(self.home, ".local", "state"),
            # The test environment turns accessibility off for the unit tests.
            "GTK_A11Y": "atspi",
            "NO_AT_BRIDGE": "0",
            "GDK_BACKEND": "x11",
            # Settings live in the private HOME and last from one run to the next, as on a
            # desktop: the restart finds the page it was left on.
            "GSETTINGS_BACKEND": "keyfile",
            # English names to look for, whatever the machine's language.
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
            "LANGUAGE": "C",
        })
        for name in ("GTK_THEME", "ADW_DEBUG_COLOR_SCHEME", "GTK_DEBUG"):
            env.pop(name, None)
        if os.environ.get("ACCORD_E2E_APP_G_DEBUG"):
            env["G_DEBUG"] = os.environ["ACCORD_E2E_APP_G_DEBUG"]
        return env

    def start(self):
        for folder in (".config", ".cache", os.path.join(".local", "share"),
                       os.path.join(".local", "state")):
            os.makedirs(os.path.join(self.home, folder), exist_ok=True)
        # A display that is not up yet would end the app at once ("cannot open display").
        wait_for(display_accepts_clients, f"the X display {os.environ.get('DISPLAY')} to accept "
                 f"clients")
        self.log = open(self.log_path, "a", encoding="utf-8", errors="replace")
        self.log.write(f"--- {self.binary} started\n")
        self.log.flush()
        self.process = subprocess.Popen([self.binary], env=self.environment(), cwd=self.home,
                                        stdin=subprocess.DEVNULL, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        self.node = wait_for(self._find_application, "the app on the accessibility bus",
                             app=self)
        self.frame = wait_for(self._find_window, "the app's window", app=self)
        self.window_id = wait_for(self._find_x_window, "the app's X window", app=self)
        self.focus_window()
        return self

    def _find_application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for candidate in children(desktop):
            if candidate.get_process_id() == self.process.pid:
                # Read every property fresh: a cached name or state could be an old one.
                candidate.set_cache_mask(pyatspi.Atspi.Cache.NONE)
                return candidate
        return None

    def _find_window(self):
        for child in children(self.node):
            if role_of(child) == "frame" and has_state(child, pyatspi.STATE_SHOWING):
                return child
        return None

    def _find_x_window(self):
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                 str(self.process.pid)], capture_output=True, text=True)
        ids = result.stdout.split()
        return ids[0] if ids else None

    def check_running(self):
        if self.process is not None and self.process.poll() is not None:
            raise Failure(f"the app exited with status {self.process.returncode} "
                          f"(its output follows)")

    def log_tail(self, lines=60):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError as error:
            return str(error)

    def wait(self, condition, what, timeout=None):
        return wait_for(condition, what, timeout=timeout, app=self)

    # Input, as a person gives it

    def focus_window(self):
        """Gives the window the keyboard, if it does not have it: focusing it again would make
        the focused field lose and regain the focus, which applies what it holds."""
        focused = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True,
                                 text=True).stdout.strip()
        if focused != self.window_id:
            xdotool("windowfocus", "--sync", self.window_id)

    def key(self, *keys):
        """Presses keys in xdotool's names, as "ctrl+z" or "Return"."""
        self.check_running()
        self.focus_window()
        xdotool("key", "--delay", "40", *keys)

    def type(self, text):
        self.check_running()
        self.focus_window()
        xdotool("type", "--delay", "30", text)

    def click(self, node, x_fraction=0.5):
        """Clicks @node with the first button, at its middle or @x_fraction of its width."""
        self.check_running()
        x, y, width, height = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if width <= 0 or height <= 0:
            raise Failure(f"cannot click {describe(node)}: it has no size")
        # GTK gives positions in the window widget; around it the X window has the margin of
        # its client-side decorations (the same on every side).
        _, _, frame_width, frame_height = self.frame.queryComponent().getExtents(
            pyatspi.WINDOW_COORDS)
        window_width, window_height = self._x_window_size()
        margin_x = max(0, (window_width - frame_width) // 2)
        margin_y = max(0, (window_height - frame_height) // 2)
        self.focus_window()
        xdotool("mousemove", "--window", self.window_id,
                str(margin_x + x + int(width * x_fraction)), str(margin_y + y + height // 2),
                "click", "1")

    def _x_window_size(self):
        output = subprocess.run(["xdotool", "getwindowgeometry", self.window_id],
                                capture_output=True, text=True).stdout
        match = re.search(r"Geometry: (\d+)x(\d+)", output)
        if match is None:
            raise Failure(f"xdotool could not measure the window: {output!r}")
        return int(match.group(1)), int(match.group(2))

    def do_action(self, node, name="click"):
        """Runs an AT-SPI action of @node, as a screen reader's "activate" does."""
        self.check_running()
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if name not in names:
            raise Failure(f"{describe(node)} has no {name!r} action, only {names}")
        action.doAction(names.index(name))

    # Ending

    def quit(self):
        """Presses Ctrl+Q and returns the exit status, once the app has exited."""
        self.key("ctrl+q")
        try:
            self.process.wait(WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            raise Failure(f"the app still runs {WAIT_SECONDS:g} s after Ctrl+Q") from None
        return self.process.returncode

    def stop(self):
        if self.process is not None:
            stop_process(self.process)
        if self.log is not None:
            self.log.close()


def display_accepts_clients():
    return subprocess.run(["xdotool", "getdisplaygeometry"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def xdotool(*args):
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise Failure(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


# Running the checks

class Tap:
    """Runs checks in order and writes TAP as it goes.

    A check is a function that raises Failure (or anything else) when it does not hold. A
    known bug's check is marked with the bug: "not ok … # TODO bug" does not fail the suite,
    and once the bug is fixed "ok … # TODO" does (meson takes it for an unexpected pass), so
    the mark goes."""

    def __init__(self, count, on_failure=None):
        self.number = 0
        self.failed = 0
        self.on_failure = on_failure
        print(f"1..{count}", flush=True)

    def run(self, description, check, todo=None):
        self.number += 1
        started = time.monotonic()
        try:
            check()
            ok, error = True, None
        except Exception as caught:  # any error is this check's failure, not the run's
            ok, error = False, caught
        seconds = time.monotonic() - started
        directive = f" # TODO {todo}" if todo else ""
        print(f"{'ok' if ok else 'not ok'} {self.number} - {description} ({seconds:.1f} s)"
              f"{directive}", flush=True)
        if not ok:
            if not todo:
                self.failed += 1
            print(f"# {self.number} - {description}: {type(error).__name__}: {error}",
                  file=sys.stderr)
            if self.on_failure is not None and not todo:
                self.on_failure()
            sys.stderr.flush()
        return ok

    def exit_status(self):
        return 1 if self.failed else 0

