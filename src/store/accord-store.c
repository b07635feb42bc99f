/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-store"

#include "accord-store.h"

G_DEFINE_INTERFACE (AccordStore, accord_store, G_TYPE_OBJECT)

enum {
  COMMITTED,
  PERSIST_FAILED,
  CHANGED_ELSEWHERE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
accord_store_default_init (AccordStoreInterface *iface)
{
  signals[COMMITTED] =
    g_signal_new ("committed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT64);
  signals[PERSIST_FAILED] =
    g_signal_new ("persist-failed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[CHANGED_ELSEWHERE] =
    g_signal_new ("changed-elsewhere", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
accord_store_load_async (AccordStore         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (ACCORD_IS_STORE (self));

  ACCORD_STORE_GET_IFACE (self)->load_async (self, cancellable, callback, user_data);
}

AccordDocument *
accord_store_load_finish (AccordStore   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (ACCORD_IS_STORE (self), NULL);

  return ACCORD_STORE_GET_IFACE (self)->load_finish (self, result, error);
}

gboolean
accord_store_flush (AccordStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (ACCORD_IS_STORE (self), FALSE);

  return ACCORD_STORE_GET_IFACE (self)->flush (self, error);
}

char *
accord_store_describe (AccordStore *self)
{
  g_return_val_if_fail (ACCORD_IS_STORE (self), NULL);

  return ACCORD_STORE_GET_IFACE (self)->describe (self);
}

void
accord_store_emit_committed (AccordStore *self,
                             guint64      change)
{
  g_signal_emit (self, signals[COMMITTED], 0, change);
}

void
accord_store_emit_persist_failed (AccordStore  *self,
                                  const GError *error)
{
  g_signal_emit (self, signals[PERSIST_FAILED], 0, error);
}

void
accord_store_emit_changed_elsewhere (AccordStore *self)
{
  g_signal_emit (self, signals[CHANGED_ELSEWHERE], 0);
}
