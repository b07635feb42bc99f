/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "accord-import-private.h"

/* The cleaned text is one block a line, no empty lines, valid UTF-8, and no control
 * characters but the newlines. */

typedef struct
{
  GString *out;
  GArray  *heading_lines;
  guint    line;            /* lines finished so far */
  gboolean space;           /* a space is owed before the next word */
} Writer;

static void
writer_end_line (Writer *writer)
{
  /* No empty lines, and no spaces at their ends. */
  while (writer->out->len > 0 && writer->out->str[writer->out->len - 1] == ' ')
    g_string_truncate (writer->out, writer->out->len - 1);
  if (writer->out->len > 0 && writer->out->str[writer->out->len - 1] != '\n')
    {
      g_string_append_c (writer->out, '\n');
      writer->line++;
    }
  writer->space = FALSE;
}

static gboolean
writer_at_line_start (Writer *writer)
{
  return writer->out->len == 0 || writer->out->str[writer->out->len - 1] == '\n';
}

/* Appends @text with its white space and control characters collapsed to single spaces. */
static void
writer_append_words (Writer     *writer,
                     const char *text,
                     gssize      length)
{
  const char *end = text + (length < 0 ? (gssize) strlen (text) : length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || c == 0x00A0 || c == 0xFEFF
          || c == 0x200B)
        {
          writer->space = TRUE;
          continue;
        }
      if (writer->space && !writer_at_line_start (writer))
        g_string_append_c (writer->out, ' ');
      writer->space = FALSE;
      g_string_append_unichar (writer->out, c);
    }
}

/* ---- HTML ----------------------------------------------------------------------------- */

static gboolean
name_is (const xmlNode *node,
         const char    *name)
{
  return node->name != NULL && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
name_in (const xmlNode      *node,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (name_is (node, names[i]))
      return TRUE;
  return FALSE;
}

static const char * const dropped_elements[] = {
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
  "iframe", "svg", "select", "textarea", "menu", "object", "embed", "canvas", "head", "dialog",
  "input", "label", NULL
};

static const char * const block_elements[] = {
  "p", "div", "section", "article", "main", "header", "blockquote", "pre", "address",
  "figure", "figcaption", "dl", "dt", "dd", "ul", "ol", "li", "br", "hr", "table", "tr",
  "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "center", "caption", "time", NULL
};

/* Words in a class, id or role that mark page furniture: cookie banners, share and print
 * buttons, navigation, advertising, related links. */
static const char * const furniture_words[] = {
  "cookie", "consent", "gdpr", "share", "sharing", "social", "print", "breadcrumb", "navbar",
  "nav-", "menu", "banner", "advert", "ads-", "-ad", "sponsor", "related", "newsletter",
  "subscribe", "comment", "sidebar", "popup", "modal", "toolbar", "pagination", "tags",
  "byline-share", "skip-link", "masthead", "site-header", "site-footer", "footer", "widget",
  NULL
};

static gboolean
attribute_has_furniture (xmlNode    *node,
                         const char *attribute)
{
  g_autofree char *lower = NULL;
  xmlChar *value = xmlGetProp (node, (const xmlChar *) attribute);
  gboolean found = FALSE;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown ((const char *) value, -1);
  xmlFree (value);
  for (guint i = 0; furniture_words[i] != NULL && !found; i++)
    found = strstr (lower, furniture_words[i]) != NULL;
  return found;
}

static gboolean
is_furniture (xmlNode *node)
{
  g_autofree char *role = NULL;
  xmlChar *value;

  if (name_in (node, dropped_elements))
    return TRUE;
  /* A page's own header holds its navigation; an article's header holds its headline. */
  if (name_is (node, "header") && node->parent != NULL && name_is (node->parent, "body"))
    return TRUE;
  value = xmlGetProp (node, (const xmlChar *) "role");
  if (value != NULL)
    {
      role = g_ascii_strdown ((const char *) value, -1);
      xmlFree (value);
      if (g_str_equal (role, "navigation") || g_str_equal (role, "banner")
          || g_str_equal (role, "contentinfo") || g_str_equal (role, "complementary")
          || g_str_equal (role, "dialog") || g_str_equal (role, "alertdialog"))
        return TRUE;
    }
  value = xmlGetProp (node, (const xmlChar *) "hidden");
  if (value != NULL)
    {
      xmlFree (value);
      return TRUE;
    }
  value = xmlGetProp (node, (const xmlChar *) "aria-hidden");
  if (value != NULL)
    {
      gboolean hidden = g_ascii_strcasecmp ((const char *) value, "true") == 0;

      xmlFree (value);
      if (hidden)
        return TRUE;
    }
  return attribute_has_furniture (node, "class") || attribute_has_furniture (node, "id");
}

static void write_node (Writer *writer, xmlNode *node, guint depth);

static void
write_children (Writer  *writer,
                xmlNode *node,
                guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    write_node (writer, child, depth + 1);
}

/* A cell's words on one line: " | " separates cells, so a "|" inside one becomes "/". */
static char *
cell_text (xmlNode *cell,
           guint    depth)
{
  Writer inner = { g_string_new (NULL), NULL, 0, FALSE };

  write_children (&inner, cell, depth);
  g_strdelimit (inner.out->str, "\n|", ' ');
  {
    g_autofree char *raw = g_string_free (inner.out, FALSE);
    Writer collapsed = { g_string_new (NULL), NULL, 0, FALSE };

    writer_append_words (&collapsed, raw, -1);
    return g_string_free (collapsed.out, FALSE);
  }
}

static void
collect_rows (xmlNode   *node,
              GPtrArray *rows)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (name_is (child, "tr"))
        g_ptr_array_add (rows, child);
      else if (name_is (child, "thead") || name_is (child, "tbody") || name_is (child, "tfoot"))
        collect_rows (child, rows);
    }
}

static void
write_table (Writer  *writer,
             xmlNode *table,
             guint    depth)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint columns = 0;

  collect_rows (table, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      guint n = 0;

      for (xmlNode *cell = ((xmlNode *) rows->pdata[i])->children; cell; cell = cell->next)
        if (cell->type == XML_ELEMENT_NODE && (name_is (cell, "td") || name_is (cell, "th")))
          n++;
      columns = MAX (columns, n);
    }

  /* A layout table of one column is paragraphs. */
  if (columns < 2)
    {
      write_children (writer, table, depth);
      writer_end_line (writer);
      return;
    }

  writer_end_line (writer);
  for (guint i = 0; i < rows->len; i++)
    {
      gboolean first = TRUE;

      for (xmlNode *cell = ((xmlNode *) rows->pdata[i])->children; cell; cell = cell->next)
        {
          g_autofree char *text = NULL;

          if (cell->type != XML_ELEMENT_NODE || !(name_is (cell, "td") || name_is (cell, "th")))
            continue;
          text = cell_text (cell, depth);
          if (!first)
            g_string_append (writer->out, " | ");
          g_string_append (writer->out, text);
          first = FALSE;
        }
      g_string_append (writer->out, " |");
      writer_end_line (writer);
      if (i == 0 && rows->len > 1)
        {
          for (guint c = 0; c < columns; c++)
            g_string_append (writer->out, "---|");
          writer_end_line (writer);
        }
    }
}

/* libxml2 recurses on its own trees; a page nested deeper than this is not an article. */
#define MAX_HTML_DEPTH 256

static void
write_node (Writer  *writer,
            xmlNode *node,
            guint    depth)
{
  gboolean block;

  if (depth > MAX_HTML_DEPTH)
    return;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        writer_append_words (writer, (const char *) node->content, -1);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (is_furniture (node))
    {
      writer->space = TRUE;
      return;
    }
  if (name_is (node, "img"))
    return;
  if (name_is (node, "table"))
    {
      write_table (writer, node, depth);
      return;
    }

  block = name_in (node, block_elements);
  if (block)
    writer_end_line (writer);
  if (name_is (node, "li"))
    g_string_append (writer->out, "- ");
  else if (name_is (node, "td") || name_is (node, "th"))
    writer->space = TRUE;

  write_children (writer, node, depth);

  if (block)
    {
      gboolean heading = node->name[0] != '\0' && g_ascii_tolower (node->name[0]) == 'h'
                         && node->name[1] >= '1' && node->name[1] <= '6' && node->name[2] == '\0';

      if (heading && !writer_at_line_start (writer) && writer->heading_lines != NULL)
        {
          guint line = writer->line;

          g_array_append_val (writer->heading_lines, line);
        }
      writer_end_line (writer);
    }
}

static char *
clean_html (const char *data,
            gsize       length,
            GArray     *heading_lines)
{
  Writer writer = { g_string_new (NULL), heading_lines, 0, FALSE };
  htmlDocPtr doc;
  xmlNode *root;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                | HTML_PARSE_NONET | HTML_PARSE_COMPACT;

  if (length > G_MAXINT)
    length = G_MAXINT;
  /* Without a charset the HTML parser would read UTF-8 as Latin-1. */
  doc = htmlReadMemory (data, (int) length, NULL,
                        g_utf8_validate (data, length, NULL) ? "UTF-8" : NULL, options);
  if (doc == NULL)
    return g_string_free (writer.out, FALSE);

  root = xmlDocGetRootElement (doc);
  if (root != NULL)
    write_node (&writer, root, 0);
  writer_end_line (&writer);
  xmlFreeDoc (doc);
  return g_string_free (writer.out, FALSE);
}

/* ---- Markdown and plain text ------------------------------------------------------------ */

static gboolean
looks_like_html (const char *data,
                 gsize       length)
{
  gsize n = MIN (length, 4096);
  g_autofree char *head = g_ascii_strdown (data, n);

  return strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL
         || strstr (head, "<body") != NULL || strstr (head, "<p>") != NULL
         || strstr (head, "<div") != NULL || strstr (head, "<article") != NULL;
}

static gboolean
is_list_line (const char *line)
{
  if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    return TRUE;
  if (g_str_has_prefix (line, "\xe2\x80\xa2"))   /* • */
    return TRUE;
  if (g_ascii_isdigit (line[0]))
    {
      const char *p = line;

      while (g_ascii_isdigit (*p))
        p++;
      return (*p == '.' || *p == ')') && p[1] == ' ';
    }
  return FALSE;
}

static GRegex *
markdown_regex (guint which)
{
  static GRegex *regexes[4];
  static const char * const patterns[] = {
    "!\\[[^\\]]*\\]\\([^)]*\\)",              /* images */
    "\\[([^\\]]*)\\]\\([^)]*\\)",             /* links: their words */
    "\\*\\*|__|`|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])",   /* emphasis and code */
    "^ {0,3}#{1,6}\\s+|\\s+#+\\s*$",           /* heading marks */
  };

  if (g_once_init_enter (&regexes[which]))
    g_once_init_leave (&regexes[which], g_regex_new (patterns[which], G_REGEX_OPTIMIZE, 0, NULL));
  return regexes[which];
}

static char *
markdown_line (const char *line,
               gboolean   *heading)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  const char *p = line;

  while (*p == ' ')
    p++;
  while (*p == '>')
    {
      p++;
      while (*p == ' ')
        p++;
    }
  *heading = *p == '#';
  a = g_regex_replace (markdown_regex (0), p, -1, 0, "", 0, NULL);
  b = g_regex_replace (markdown_regex (1), a, -1, 0, "\\1", 0, NULL);
  c = g_regex_replace_literal (markdown_regex (2), b, -1, 0, "", 0, NULL);
  if (*heading)
    return g_regex_replace_literal (markdown_regex (3), c, -1, 0, "", 0, NULL);
  if ((c[0] == '*' || c[0] == '+') && c[1] == ' ')
    c[0] = '-';
  return g_steal_pointer (&c);
}

static char *
clean_lines (const char *text,
             gboolean    markdown,
             GArray     *heading_lines)
{
  Writer writer = { g_string_new (NULL), heading_lines, 0, FALSE };
  g_auto(GStrv) lines = g_strsplit_set (text, "\n\r", -1);
  gboolean in_paragraph = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = NULL;
      gboolean heading = FALSE;
      gboolean separate;

      if (markdown)
        line = markdown_line (lines[i], &heading);
      else
        line = g_strdup (lines[i]);
      g_strstrip (line);

      if (line[0] == '\0')
        {
          writer_end_line (&writer);
          in_paragraph = FALSE;
          continue;
        }

      /* Markdown wraps paragraphs; a list item, heading or table row starts its own line. */
      separate = !markdown || !in_paragraph || heading || is_list_line (line)
                 || strchr (line, '|') != NULL;
      if (separate)
        writer_end_line (&writer);
      else
        writer.space = TRUE;
      writer_append_words (&writer, line, -1);
      if (heading)
        {
          guint n = writer.line;

          g_array_append_val (heading_lines, n);
          writer_end_line (&writer);
          in_paragraph = FALSE;
        }
      else
        in_paragraph = !is_list_line (line) && strchr (line, '|') == NULL;
    }
  writer_end_line (&writer);
  return g_string_free (writer.out, FALSE);
}

char *
accord_import_clean (const char         *data,
                     gsize               length,
                     AccordImportFormat  format,
                     GArray             *heading_lines)
{
  g_autofree char *copy = g_malloc (length + 1);
  g_autofree char *valid = NULL;

  /* NULs end C strings: they become spaces before anything else reads the text. */
  for (gsize i = 0; i < length; i++)
    copy[i] = data[i] == '\0' ? ' ' : data[i];
  copy[length] = '\0';
  valid = g_utf8_make_valid (copy, length);
  length = strlen (valid);

  if (format == ACCORD_IMPORT_FORMAT_AUTO)
    format = looks_like_html (valid, length) ? ACCORD_IMPORT_FORMAT_HTML : ACCORD_IMPORT_FORMAT_TEXT;

  if (format == ACCORD_IMPORT_FORMAT_HTML)
    return clean_html (valid, length, heading_lines);
  return clean_lines (valid, format == ACCORD_IMPORT_FORMAT_MARKDOWN, heading_lines);
}
