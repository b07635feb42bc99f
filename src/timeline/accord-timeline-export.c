/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "accord-timeline-private.h"

/* Export and printing draw the render node of what is on screen with cairo: PNG as pixels,
 * SVG and PDF as vectors with the text as glyphs of the fonts on screen, so Lao and
 * Vietnamese come out as they are shown. */

/* PNG pixels per screen pixel: sharp on paper and on high-density screens. */
#define PNG_SCALE 2.0

static GskRenderNode *
render_canvas (AccordTimeline *self,
               int            *width,
               int            *height)
{
  GtkWidget *canvas = _accord_timeline_get_canvas (self);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (canvas);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  *width = gtk_widget_get_width (canvas);
  *height = gtk_widget_get_height (canvas);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);

  return gtk_snapshot_free_to_node (snapshot);
}

typedef struct
{
  GOutputStream *stream;
  GError *error;
} Sink;

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

gboolean
_accord_timeline_export (AccordTimeline        *self,
                         GFile                 *file,
                         AccordTimelineExport   format,
                         GError               **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { NULL, NULL };
  int width, height;

  g_return_val_if_fail (ACCORD_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  node = render_canvas (self, &width, &height);
  if (node == NULL || width <= 0 || height <= 0)
    {
      /* Translators: an error when exporting a timeline that is not on screen */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The timeline is not shown, so there is nothing to export"));
      return FALSE;
    }

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;
  sink.stream = G_OUTPUT_STREAM (stream);

  switch (format)
    {
    case ACCORD_TIMELINE_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_sink, &sink, width, height);
      break;
    case ACCORD_TIMELINE_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_sink, &sink, width, height);
      break;
    case ACCORD_TIMELINE_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * PNG_SCALE,
                                            height * PNG_SCALE);
      break;
    }

  cr = cairo_create (surface);
  if (format == ACCORD_TIMELINE_EXPORT_PNG)
    cairo_scale (cr, PNG_SCALE, PNG_SCALE);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  if (format == ACCORD_TIMELINE_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_sink, &sink);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

static void
show_error (AccordTimeline *self,
            const char     *heading,
            const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  AccordTimeline *timeline;
  AccordTimelineExport format;
} ExportRequest;

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ExportRequest   *request)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (!_accord_timeline_export (request->timeline, file, request->format, &error))
        /* Translators: the heading of the dialog that says why an export failed */
        show_error (request->timeline, _("The Timeline Could Not Be Exported"), error->message);
    }

  g_object_unref (request->timeline);
  g_free (request);
  g_object_unref (chooser);
}

void
_accord_timeline_export_ask (AccordTimeline       *self,
                             AccordTimelineExport  format)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  ExportRequest *request;
  const char *name;

  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  switch (format)
    {
    case ACCORD_TIMELINE_EXPORT_SVG:
      /* Translators: the file name an exported timeline is given at first */
      name = _("Timeline.svg");
      gtk_file_filter_set_name (filter, _("SVG Image"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      break;
    case ACCORD_TIMELINE_EXPORT_PDF:
      name = _("Timeline.pdf");
      gtk_file_filter_set_name (filter, _("PDF Document"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      break;
    case ACCORD_TIMELINE_EXPORT_PNG:
    default:
      name = _("Timeline.png");
      gtk_file_filter_set_name (filter, _("PNG Image"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      break;
    }

  chooser = gtk_file_chooser_native_new (_("Export Timeline"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  request = g_new0 (ExportRequest, 1);
  request->timeline = g_object_ref (self);
  request->format = format;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  GskRenderNode *node;
  int width;
  int height;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  gsk_render_node_unref (job->node);
  g_free (job);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / job->width,
                      gtk_print_context_get_height (context) / job->height);

  cairo_scale (cr, scale, scale);
  gsk_render_node_draw (job->node, cr);
}

void
_accord_timeline_print (AccordTimeline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  PrintJob *job;

  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  job = g_new0 (PrintJob, 1);
  job->node = render_canvas (self, &job->width, &job->height);
  if (job->node == NULL || job->width <= 0 || job->height <= 0)
    {
      g_clear_pointer (&job->node, gsk_render_node_unref);
      g_free (job);
      return;
    }

  /* A timeline is wider than it is tall. */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* Translators: the name of a print job */
  gtk_print_operation_set_job_name (operation, _("Timeline"));
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "accord-print-job", job,
                          (GDestroyNotify) print_job_free);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    /* Translators: the heading of the dialog that says why printing failed */
    show_error (self, _("The Timeline Could Not Be Printed"), error->message);
}
