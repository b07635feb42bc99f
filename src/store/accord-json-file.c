/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json-file"

#include <glib/gi18n-lib.h>

#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-safe-file.h"

gboolean
accord_json_file_load (AccordDocument  *document,
                       GFile           *file,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    accord_safe_file_clean (path);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return FALSE;

  return accord_json_load_data (document, contents, length, error);
}

gboolean
accord_json_file_write (GFile         *file,
                        const char    *data,
                        gsize          length,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return accord_safe_file_replace (path, data, length, error);

  if (g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE, NULL,
                               cancellable, &local_error))
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               /* Translators: %1$s is a file name, %2$s why it could not be saved, as the
                * system says it */
               _("Could not save “%1$s”: %2$s"), name, local_error->message);
  return FALSE;
}

gboolean
accord_json_file_save (AccordDocument  *document,
                       GFile           *file,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = accord_json_save_data (document, &length);
  return accord_json_file_write (file, data, length, cancellable, error);
}
