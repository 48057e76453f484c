/* candor-reflection-renderer.c — the printed weekly reflection: pages laid out with Pango
 *
 * One layout for paper and PDF: the print dialog and `candor --weekly-reflection` both
 * paginate for their page size and draw each page with this renderer.
 *
 * The page is a flow of blocks (a heading, an entry, a prompt with its writing lines);
 * each block is a list of rows (a line of text, a ruled line, some space). A block goes
 * on one page whole; only a block taller than a page is split, between two rows, so a
 * line of text is never cut. Units are points; fonts are sized in points (the Pango
 * context has a resolution of 72) with linear metrics, so the pagination is the same on
 * any surface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include <langinfo.h>

#include "candor-reflection-layout.h"

G_DEFINE_FINAL_TYPE (CandorReflectionRenderer, candor_reflection_renderer, G_TYPE_OBJECT)

static void
set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static double
body_top (guint page)
{
  return page == 0 ? MARGIN : MARGIN + RUNNING_HEADER;
}

static double
body_bottom (CandorReflectionRenderer *self)
{
  return self->page_height - MARGIN - FOOTER;
}

/* Pagination */

static GArray *
new_page (CandorReflectionRenderer *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

/* The height a block needs to start on a page: all of it, plus the first lines of the
 * next one if it must not be left alone at the bottom (a heading). */
static double
needed_height (CandorReflectionRenderer *self,
               guint                     index)
{
  Block *block = &g_array_index (self->blocks, Block, index);
  double needed = block->height;

  if (block->keep_with_next && index + 1 < self->blocks->len)
    {
      Block *next = &g_array_index (self->blocks, Block, index + 1);
      double first_rows = 0;

      for (guint i = 0; i < next->rows->len && i < 2; i++)
        first_rows += g_array_index (next->rows, Row, i).height;
      needed += next->space_before + MIN (first_rows, next->height);
    }
  return needed;
}

static void
paginate (CandorReflectionRenderer *self)
{
  GArray *page = new_page (self);
  guint page_index = 0;
  double y = body_top (0);
  double bottom = body_bottom (self);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = &g_array_index (self->blocks, Block, b);
      gboolean at_top = page->len == 0;
      double space = at_top ? 0 : block->space_before;
      double needed = needed_height (self, b);

      if (!at_top && y + space + needed > bottom &&
          (needed <= bottom - body_top (1) || bottom - y - space < 4 * 14.0))
        {
          page = new_page (self);
          page_index++;
          y = body_top (page_index);
          space = 0;
        }

      y += space;
      block->first_page = page_index;
      for (guint r = 0; r < block->rows->len; r++)
        {
          Row *row = &g_array_index (block->rows, Row, r);
          Placement placement;

          /* Only a block taller than a page gets here: split it between two rows. */
          if (y + row->height > bottom && page->len > 0)
            {
              page = new_page (self);
              page_index++;
              y = body_top (page_index);
              if (row->kind == ROW_SPACE)
                continue;
            }

          placement.block = b;
          placement.row = r;
          placement.y = y;
          g_array_append_val (page, placement);
          y += row->height;
        }
      block->last_page = page_index;
    }
}

/* Drawing */

static void
draw_rounded_rect (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_tiles (CandorReflectionRenderer *self,
            cairo_t                  *cr,
            double                    y)
{
  guint n = self->tiles->len / 2;
  double width = (candor_reflection_content_width (self) - (n - 1) * TILE_GAP) / n;

  for (guint i = 0; i < n; i++)
    {
      PangoLayout *number = g_ptr_array_index (self->tiles, 2 * i);
      PangoLayout *caption = g_ptr_array_index (self->tiles, 2 * i + 1);
      double x = MARGIN + i * (width + TILE_GAP);
      PangoRectangle logical;

      set_color (cr, COLOR_TILE);
      draw_rounded_rect (cr, x, y, width, TILE_HEIGHT, 8);
      cairo_fill (cr);

      set_color (cr, COLOR_ACCENT);
      cairo_move_to (cr, x, y + 7);
      pango_cairo_show_layout (cr, number);
      pango_layout_get_extents (number, NULL, &logical);

      set_color (cr, COLOR_DIM);
      cairo_move_to (cr, x + 4, y + 7 + (double) logical.height / PANGO_SCALE);
      pango_cairo_show_layout (cr, caption);
    }
}

static void
draw_row (CandorReflectionRenderer *self,
          cairo_t                  *cr,
          Row                      *row,
          double                    y)
{
  switch (row->kind)
    {
    case ROW_TEXT:
      if (row->swatch)
        {
          set_color (cr, row->swatch_color);
          cairo_new_path (cr);
          cairo_arc (cr, MARGIN + 5, y + row->baseline - 4.5, 5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      set_color (cr, row->color);
      cairo_move_to (cr, MARGIN + row->x, y + row->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (row->layout, row->line));
      break;

    case ROW_WRITING_LINE:
      set_color (cr, row->color);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, MARGIN, y + row->height - 0.5);
      cairo_line_to (cr, MARGIN + candor_reflection_content_width (self), y + row->height - 0.5);
      cairo_stroke (cr);
      break;

    case ROW_DIVIDER:
      set_color (cr, row->color);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, MARGIN, y + row->height / 2);
      cairo_line_to (cr, MARGIN + 64, y + row->height / 2);
      cairo_stroke (cr);
      break;

    case ROW_TILES:
      draw_tiles (self, cr, y);
      break;

    case ROW_SPACE:
    default:
      break;
    }
}

static void
draw_small_text (CandorReflectionRenderer *self,
                 cairo_t                  *cr,
                 const char               *text,
                 double                    y,
                 PangoAlignment            alignment)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, 8.5 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (candor_reflection_content_width (self) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);

  set_color (cr, COLOR_DIM);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
}

/* Overrides */

static void
candor_reflection_renderer_finalize (GObject *object)
{
  CandorReflectionRenderer *self = CANDOR_REFLECTION_RENDERER (object);

  candor_reflection_layout_clear (self);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->week);
  g_free (self->week_label);

  G_OBJECT_CLASS (candor_reflection_renderer_parent_class)->finalize (object);
}

static void
candor_reflection_renderer_class_init (CandorReflectionRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = candor_reflection_renderer_finalize;
}

static void
candor_reflection_renderer_init (CandorReflectionRenderer *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->tiles = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Linear metrics: the same line breaks on a PDF, a printer and the preview. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_language (self->context, pango_language_get_default ());
  cairo_font_options_destroy (options);
}

/* Public API */

/**
 * candor_reflection_paper_for_locale:
 *
 * The paper size of the LC_PAPER locale: Letter where Letter is used, else A4.
 */
void
candor_reflection_paper_for_locale (double *width,
                                    double *height)
{
  gboolean letter = FALSE;

#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;

  langinfo.string = nl_langinfo (_NL_PAPER_WIDTH);
  letter = langinfo.word == 216;
#endif

  *width = letter ? CANDOR_PAPER_LETTER_WIDTH : CANDOR_PAPER_A4_WIDTH;
  *height = letter ? CANDOR_PAPER_LETTER_HEIGHT : CANDOR_PAPER_A4_HEIGHT;
}

/**
 * candor_reflection_renderer_new:
 *
 * Returns: (transfer full): a renderer for @week; paginate it before drawing
 */
CandorReflectionRenderer *
candor_reflection_renderer_new (CandorWeek *week)
{
  CandorReflectionRenderer *self;

  g_return_val_if_fail (CANDOR_IS_WEEK (week), NULL);

  self = g_object_new (CANDOR_TYPE_REFLECTION_RENDERER, NULL);
  self->week = g_object_ref (week);
  self->week_label = candor_reflection_layout_week_label (week);
  return self;
}

CandorWeek *
candor_reflection_renderer_get_week (CandorReflectionRenderer *self)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_RENDERER (self), NULL);
  return self->week;
}

/**
 * candor_reflection_renderer_paginate:
 * @page_width: in points
 * @page_height: in points
 *
 * Lays the week out on pages of this size.
 *
 * Returns: the number of pages, at least 1
 */
guint
candor_reflection_renderer_paginate (CandorReflectionRenderer *self,
                                     double                    page_width,
                                     double                    page_height)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_RENDERER (self), 0);
  g_return_val_if_fail (page_width > 4 * MARGIN && page_height > 6 * MARGIN, 0);

  self->page_width = page_width;
  self->page_height = page_height;
  candor_reflection_layout_build (self);
  paginate (self);
  return self->pages->len;
}

guint
candor_reflection_renderer_get_n_pages (CandorReflectionRenderer *self)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_RENDERER (self), 0);
  return self->pages->len;
}

/**
 * candor_reflection_renderer_draw_page:
 * @cr: a cairo context whose user space is the page, in points
 * @page: from 0
 */
void
candor_reflection_renderer_draw_page (CandorReflectionRenderer *self,
                                      cairo_t                  *cr,
                                      guint                     page)
{
  GArray *placements;
  g_autofree char *number = NULL;

  g_return_if_fail (CANDOR_IS_REFLECTION_RENDERER (self));
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);

  if (page > 0)
    {
      /* Translators: the running header of the printed reflection's later pages */
      g_autofree char *header = g_strdup_printf (_("Weekly Reflection · %s"), self->week_label);

      draw_small_text (self, cr, header, MARGIN, PANGO_ALIGN_LEFT);
      set_color (cr, COLOR_RULE);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN, MARGIN + 16);
      cairo_line_to (cr, self->page_width - MARGIN, MARGIN + 16);
      cairo_stroke (cr);
    }

  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      Block *block = &g_array_index (self->blocks, Block, placement->block);

      draw_row (self, cr, &g_array_index (block->rows, Row, placement->row), placement->y);
    }

  /* Translators: the page number at the foot of each printed page */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  draw_small_text (self, cr, number, self->page_height - MARGIN - 10, PANGO_ALIGN_CENTER);

  cairo_restore (cr);
}

/**
 * candor_reflection_renderer_write_pdf:
 *
 * Paginates for the page size and writes every page to a PDF file, with the fonts
 * embedded and the text searchable.
 */
gboolean
candor_reflection_renderer_write_pdf (CandorReflectionRenderer  *self,
                                      const char                *path,
                                      double                     page_width,
                                      double                     page_height,
                                      GError                   **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (CANDOR_IS_REFLECTION_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = candor_reflection_renderer_paginate (self, page_width, page_height);

  surface = cairo_pdf_surface_create (path, page_width, page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Weekly Reflection"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);

  for (guint i = 0; i < n_pages && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS; i++)
    {
      cairo_t *cr = cairo_create (surface);

      candor_reflection_renderer_draw_page (self, cr, i);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/* For tests */

guint
candor_reflection_renderer_get_n_blocks (CandorReflectionRenderer *self)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_RENDERER (self), 0);
  return self->blocks->len;
}

void
candor_reflection_renderer_get_block_info (CandorReflectionRenderer  *self,
                                           guint                      index,
                                           CandorReflectionBlockInfo *info)
{
  Block *block;

  g_return_if_fail (CANDOR_IS_REFLECTION_RENDERER (self));
  g_return_if_fail (index < self->blocks->len);

  block = &g_array_index (self->blocks, Block, index);
  info->first_page = block->first_page;
  info->last_page = block->last_page;
  info->height = block->height;
  info->entry = block->entry;
}

double
candor_reflection_renderer_get_page_body_height (CandorReflectionRenderer *self)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_RENDERER (self), 0);
  return body_bottom (self) - body_top (1);
}
