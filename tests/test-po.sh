#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the translations against the sources, as a translator would get them:
#   - po/POTFILES.in lists existing files, sorted, and every file of src/ and resources/ that
#     has a translatable string;
#   - a template freshly extracted from those files (the same xgettext call as `ninja accord-pot`)
#     is fully translated, with nothing fuzzy, by every language of po/LINGUAS;
#   - every catalogue passes `msgfmt -c`.
#
# Usage: test-po.sh [SOURCE_ROOT]
# Prints TAP and exits non-zero when a check fails. Writes only to a temporary directory.

set -uo pipefail

root=${1:-${ACCORD_SOURCE_ROOT:-$(dirname "$0")/..}}
root=$(cd "$root" && pwd) || { echo "Bail out! no source root"; exit 1; }
po_dir="$root/po"
domain=accord

for tool in xgettext msgmerge msgfmt msgattrib; do
  command -v "$tool" >/dev/null || { echo "Bail out! $tool not found (install gettext)"; exit 1; }
done

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

count=0
failed=0

# report STATUS DESCRIPTION [DIAGNOSTICS_FILE]: one TAP line, and the diagnostics on failure.
report() {
  count=$((count + 1))
  if [[ $1 -eq 0 ]]; then
    echo "ok $count - $2"
  else
    failed=1
    echo "not ok $count - $2"
    # On stderr, which meson shows for a failed test.
    [[ -s ${3:-} ]] && sed 's/^/# /' "$3" >&2
  fi
}

# expect_empty FILE DESCRIPTION: passes when FILE is empty, else shows its first lines.
expect_empty() {
  local total
  total=$(wc -l < "$1")
  if [[ $total -eq 0 ]]; then
    report 0 "$2"
    return
  fi
  head -n 20 "$1" > "$1.shown"
  [[ $total -le 20 ]] || echo "… and $((total - 20)) more" >> "$1.shown"
  report 1 "$2" "$1.shown"
}

# messages: the msgctxt and msgid of each entry of a catalogue on stdin, one a line, without
# the header entry.
messages() {
  awk 'BEGIN { RS = ""; FS = "\n" }
       {
         text = ""; in_id = 0; header = 0
         for (i = 1; i <= NF; i++) {
           if ($i == "msgid \"\"" && $(i + 1) ~ /^msgstr/) header = 1
           if ($i ~ /^(msgctxt|msgid) /) in_id = 1
           else if ($i ~ /^(msgstr|msgid_plural)/) in_id = 0
           if (in_id) text = text (text == "" ? "" : " ") $i
         }
         if (!header && text != "") print text
       }'
}

# --- POTFILES.in ---------------------------------------------------------------------------

potfiles="$po_dir/POTFILES.in"
if [[ ! -f $potfiles ]]; then
  echo "Bail out! $potfiles not found"
  exit 1
fi
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' "$potfiles" | grep -v '^$' \
  > "$tmp/listed"

: > "$tmp/missing"
: > "$tmp/existing"
while IFS= read -r file; do
  if [[ -f $root/$file ]]; then
    echo "$file" >> "$tmp/existing"
  else
    echo "listed but not found: $file" >> "$tmp/missing"
  fi
done < "$tmp/listed"
expect_empty "$tmp/missing" "every file in po/POTFILES.in exists"

LC_ALL=C sort -c "$tmp/listed" 2>&1 | sed 's/.*disorder: /out of order: /' > "$tmp/unsorted"
report "${PIPESTATUS[0]}" "po/POTFILES.in is sorted" "$tmp/unsorted"

# Calls of the gettext macros (not as the tail of a longer name) and translatable UI strings.
marker='(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext)[[:space:]]*\(|translatable="yes"'
: > "$tmp/translatable"
for dir in src resources; do
  [[ -d $root/$dir ]] || continue
  (cd "$root" && grep -rlIE "$marker" "$dir") >> "$tmp/translatable"
done
LC_ALL=C sort -u "$tmp/translatable" -o "$tmp/translatable"
LC_ALL=C sort -u "$tmp/listed" > "$tmp/listed-sorted"
LC_ALL=C comm -23 "$tmp/translatable" "$tmp/listed-sorted" | sed 's/^/not in POTFILES.in: /' \
  > "$tmp/unlisted"
expect_empty "$tmp/unlisted" \
  "every file of src/ and resources/ with translatable strings is in po/POTFILES.in"

# --- The template ----------------------------------------------------------------------------

# The arguments of i18n.gettext(preset: 'glib') in meson, plus ngettext.
pot="$tmp/$domain.pot"
xgettext --package-name="$domain" -f "$tmp/existing" -D "$root" -o "$pot" \
  --from-code=UTF-8 --add-comments \
  -k_ -kN_ -kC_:1c,2 -kNC_:1c,2 -kg_dcgettext:2 -kg_dngettext:2,3 -kg_dpgettext2:2c,3 \
  -kngettext:1,2 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  2> "$tmp/xgettext.log"
xgettext_status=$?
if [[ $xgettext_status -eq 0 && ! -f $pot ]]; then
  # xgettext writes nothing when there is no string at all.
  printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' > "$pot"
fi
report $xgettext_status "xgettext extracts a template from po/POTFILES.in" "$tmp/xgettext.log"
[[ $xgettext_status -eq 0 ]] || { echo "1..$count"; exit 1; }

# --- The translations ------------------------------------------------------------------------

languages=()
if [[ -f $po_dir/LINGUAS ]]; then
  read -r -a languages <<< "$(sed 's/#.*//' "$po_dir/LINGUAS" | tr '\n' ' ')"
fi

for lang in "${languages[@]}"; do
  catalogue="$po_dir/$lang.po"
  if [[ ! -f $catalogue ]]; then
    echo "po/LINGUAS lists $lang, but po/$lang.po does not exist" > "$tmp/$lang.missing"
    report 1 "$lang: po/$lang.po exists" "$tmp/$lang.missing"
    continue
  fi
  report 0 "$lang: po/$lang.po exists"

  msgfmt -c -o /dev/null "$catalogue" 2> "$tmp/$lang.check"
  report $? "$lang: msgfmt -c accepts po/$lang.po" "$tmp/$lang.check"

  merged="$tmp/$lang.po"
  if ! msgmerge --quiet -o "$merged" "$catalogue" "$pot" 2> "$tmp/$lang.merge"; then
    report 1 "$lang: po/$lang.po merges with the template" "$tmp/$lang.merge"
    continue
  fi

  # The merged catalogue carries the template's c-format flags, so this also checks that each
  # translation keeps the placeholders of the current source string.
  msgfmt -c --statistics -o /dev/null "$merged" 2> "$tmp/$lang.stats"
  report $? "$lang: translations keep the format of the current sources" "$tmp/$lang.stats"

  msgattrib --untranslated --no-obsolete --no-wrap --no-location "$merged" | messages \
    > "$tmp/$lang.untranslated"
  expect_empty "$tmp/$lang.untranslated" "$lang: every message of the sources is translated"

  msgattrib --only-fuzzy --no-obsolete --no-wrap --no-location "$merged" | messages \
    > "$tmp/$lang.fuzzy"
  expect_empty "$tmp/$lang.fuzzy" "$lang: no translation is fuzzy"
done

echo "1..$count"
exit $failed
