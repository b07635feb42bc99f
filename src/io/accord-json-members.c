/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json"

#include "accord-json-private.h"

/* Position of @name among the members Accord writes, from 1; 0 for a member it does not
 * know. */
static guint
known_position (GHashTable *known,
                const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (known, name));
}

/* Most objects, and all that Accord wrote, have only known members in Accord's order: they
 * keep nothing. */
static gboolean
needs_keeping (JsonObject *json,
               GHashTable *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  guint last = 0;

  json_object_iter_init_ordered (&iter, json);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      guint position = known_position (known, name);

      if (position <= last)
        return TRUE;
      last = position;
    }

  return FALSE;
}

void
accord_json_keep_members (GObject    *object,
                          const char *key,
                          JsonObject *json,
                          GHashTable *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonObject *kept;

  if (!needs_keeping (json, known))
    return;

  /* Every member in the file's order: the unknown ones with their values, the known ones as
   * places that the writer's values fill. */
  kept = json_object_new ();
  json_object_iter_init_ordered (&iter, json);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    json_object_set_member (kept, name, known_position (known, name) == 0
                                        ? json_node_copy (node)
                                        : json_node_new (JSON_NODE_NULL));

  g_object_set_data_full (object, key, kept, (GDestroyNotify) json_object_unref);
}

JsonObject *
accord_json_write_members (GObject    *object,
                           const char *key,
                           JsonObject *json,
                           GHashTable *known)
{
  JsonObject *kept = g_object_get_data (object, key);
  JsonObject *ordered;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (kept == NULL)
    return json;

  ordered = json_object_new ();
  json_object_iter_init_ordered (&iter, kept);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      /* A known member the writer left out (the dates of a period that lost them) stays
       * out. */
      if (known_position (known, name) != 0)
        node = json_object_get_member (json, name);
      if (node != NULL)
        json_object_set_member (ordered, name, json_node_copy (node));
    }

  json_object_iter_init_ordered (&iter, json);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (!json_object_has_member (ordered, name))
        json_object_set_member (ordered, name, json_node_copy (node));
    }

  json_object_unref (json);
  return ordered;
}
