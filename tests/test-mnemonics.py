#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No two items of one menu share a mnemonic (the letter after "_"), in English and in every
language of po/LINGUAS.

Usage: test-mnemonics.py SOURCE_ROOT

Reads every <menu> of resources/**/*.ui. The items of a menu's sections share one popover and so
one set of mnemonics; a submenu has its own. Some menus are put together at run time: those are
in COMPOSED, which says which menus' items also show in which. Prints TAP.
"""

import glob
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

# Menus whose items another menu shows too, as the code builds them: at narrow widths the
# window's record menu takes the Undo and Redo of the undo menu (src/ui/accord-window.c).
COMPOSED = {
    "record_menu": ["undo_menu"],
}


def unquote(text):
    return (text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t")
            .replace("\\\\", "\\"))


def read_po(path):
    """{(context, msgid): msgstr} of the translated messages of @path."""
    messages = {}
    entry = {}
    field = None

    def finish():
        if "msgid" in entry and entry.get("msgstr"):
            messages[(entry.get("msgctxt"), entry["msgid"])] = entry["msgstr"]

    with open(path, encoding="utf-8") as po:
        for line in po:
            line = line.strip()
            if not line or line.startswith("#"):
                if not line and entry:
                    finish()
                    entry, field = {}, None
                continue
            match = re.match(r'^(msgctxt|msgid|msgstr)\s+"(.*)"$', line)
            if match:
                if match.group(1) == "msgctxt" and "msgid" in entry:
                    finish()
                    entry = {}
                field = match.group(1)
                entry[field] = unquote(match.group(2))
            elif line.startswith('"') and field is not None:
                entry[field] += unquote(line[1:-1])
            else:
                field = None  # msgid_plural, msgstr[n]: not menu items
    if entry:
        finish()
    return messages


def menu_items(element):
    """(context, label) of the items of @element, a <menu> or <section>, and of its sections,
    not of its submenus; and the submenus themselves."""
    items, submenus = [], []
    for child in element:
        if child.tag == "section":
            more, subs = menu_items(child)
            items += more
            submenus += subs
        elif child.tag in ("item", "submenu"):
            for attribute in child.findall("attribute"):
                if attribute.get("name") == "label" and attribute.get("translatable") == "yes":
                    items.append((attribute.get("context"), attribute.text or ""))
            if child.tag == "submenu":
                submenus.append(child)
    return items, submenus


def mnemonic(label):
    match = re.search(r"_([^_])", label.replace("__", ""))
    return match.group(1).lower() if match else None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    menus = {}
    for path in sorted(glob.glob(os.path.join(root, "resources", "**", "*.ui"), recursive=True)):
        tree = ElementTree.parse(path)
        for menu in tree.iter("menu"):
            name = f"{os.path.basename(path)}:{menu.get('id')}"
            pending = [(name, menu)]
            while pending:
                menu_name, element = pending.pop()
                items, submenus = menu_items(element)
                menus[menu_name] = items
                pending += [(f"{menu_name}/{sub.get('id') or i}", sub)
                            for i, sub in enumerate(submenus)]

    by_id = {name.split(":", 1)[1]: name for name in menus}
    for target, sources in COMPOSED.items():
        for source in sources:
            menus[by_id[target]] = menus[by_id[target]] + menus[by_id[source]]

    with open(os.path.join(root, "po", "LINGUAS"), encoding="utf-8") as linguas:
        languages = [lang for line in linguas for lang in line.split("#")[0].split()]
    catalogues = {"en": {}}
    catalogues.update({lang: read_po(os.path.join(root, "po", f"{lang}.po"))
                       for lang in languages})

    checks = 0
    failed = 0
    print(f"1..{len(catalogues)}")
    for lang, messages in catalogues.items():
        checks += 1
        clashes = []
        for name, items in sorted(menus.items()):
            seen = {}
            for context, label in items:
                shown = messages.get((context, label), label)
                key = mnemonic(shown)
                if key is None:
                    continue
                if key in seen:
                    clashes.append(f"{name}: “{seen[key]}” and “{shown}” share “{key}”")
                else:
                    seen[key] = shown
        if clashes:
            failed += 1
            print(f"not ok {checks} - no mnemonic clashes in a menu in {lang}")
            for clash in clashes:
                print(f"# {clash}", file=sys.stderr)
        else:
            print(f"ok {checks} - no mnemonic clashes in a menu in {lang}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
