/* test-reflection-renderer.c — pagination of the printed weekly reflection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>

#include "candor-reflection-renderer-private.h"
#include "reflection-journal.h"

static const struct {
  const char *name;
  double      width;
  double      height;
} papers[] = {
  { "A4", CANDOR_PAPER_A4_WIDTH, CANDOR_PAPER_A4_HEIGHT },
  { "Letter", CANDOR_PAPER_LETTER_WIDTH, CANDOR_PAPER_LETTER_HEIGHT },
};

static CandorWeek *
busy_week (CandorJournal *journal)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) wednesday = g_date_time_new_utc (2026, 11, 18, 12, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 1, 12, 0, 0);

  return candor_week_new_full (journal, wednesday, NULL, 0, utc, now);
}

/* Every page draws (on a surface that only records). */
static void
draw_all (CandorReflectionRenderer *renderer,
          double                    width,
          double                    height)
{
  cairo_rectangle_t extents = { 0, 0, width, height };

  for (guint i = 0; i < candor_reflection_renderer_get_n_pages (renderer); i++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      candor_reflection_renderer_draw_page (renderer, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      /* Something is on the page, and all of it inside the paper. */
      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, width);
      g_assert_cmpfloat (y + h, <=, height);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_busy_week (void)
{
  g_autoptr(CandorJournal) journal = reflection_journal_new_busy (FALSE);
  g_autoptr(CandorWeek) week = busy_week (journal);

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autoptr(CandorReflectionRenderer) renderer = candor_reflection_renderer_new (week);
      guint n_pages = candor_reflection_renderer_paginate (renderer, papers[p].width,
                                                          papers[p].height);
      guint entries = 0;

      g_test_message ("%s: %u pages", papers[p].name, n_pages);
      g_assert_cmpuint (n_pages, >=, 2);
      g_assert_cmpuint (candor_reflection_renderer_get_n_pages (renderer), ==, n_pages);

      /* Every entry that fits on a page lands on one page. */
      for (guint i = 0; i < candor_reflection_renderer_get_n_blocks (renderer); i++)
        {
          CandorReflectionBlockInfo info;

          candor_reflection_renderer_get_block_info (renderer, i, &info);
          g_assert_cmpuint (info.last_page, <, n_pages);
          g_assert_cmpuint (info.first_page, <=, info.last_page);
          g_assert_cmpfloat (info.height, <=,
                             candor_reflection_renderer_get_page_body_height (renderer));
          g_assert_cmpuint (info.first_page, ==, info.last_page);
          if (info.entry)
            entries++;
        }
      /* 7 + 7 check-ins, 7 appreciations, 2 held checks, 4 commitments. */
      g_assert_cmpuint (entries, >=, 7 + 7 + 7 + 2 + 4);

      draw_all (renderer, papers[p].width, papers[p].height);
    }
}

static void
test_letter_is_shorter (void)
{
  g_autoptr(CandorJournal) journal = reflection_journal_new_busy (FALSE);
  g_autoptr(CandorWeek) week = busy_week (journal);
  g_autoptr(CandorReflectionRenderer) renderer = candor_reflection_renderer_new (week);
  guint a4 = candor_reflection_renderer_paginate (renderer, CANDOR_PAPER_A4_WIDTH,
                                                  CANDOR_PAPER_A4_HEIGHT);
  double a4_body = candor_reflection_renderer_get_page_body_height (renderer);
  guint letter = candor_reflection_renderer_paginate (renderer, CANDOR_PAPER_LETTER_WIDTH,
                                                      CANDOR_PAPER_LETTER_HEIGHT);

  /* Paginating again for another size starts over. */
  g_assert_cmpfloat (candor_reflection_renderer_get_page_body_height (renderer), <, a4_body);
  g_assert_cmpuint (letter, >=, a4);
  g_assert_cmpuint (candor_reflection_renderer_get_n_pages (renderer), ==, letter);
}

static void
test_long_entry_splits_between_lines (void)
{
  g_autoptr(CandorJournal) journal = reflection_journal_new_busy (TRUE);
  g_autoptr(CandorWeek) week = busy_week (journal);
  g_autoptr(CandorReflectionRenderer) renderer = candor_reflection_renderer_new (week);
  guint n_pages = candor_reflection_renderer_paginate (renderer, CANDOR_PAPER_A4_WIDTH,
                                                       CANDOR_PAPER_A4_HEIGHT);
  double body = candor_reflection_renderer_get_page_body_height (renderer);
  guint long_blocks = 0;

  for (guint i = 0; i < candor_reflection_renderer_get_n_blocks (renderer); i++)
    {
      CandorReflectionBlockInfo info;

      candor_reflection_renderer_get_block_info (renderer, i, &info);
      if (info.height > body)
        {
          /* Only the entry longer than a page runs over, onto the pages it needs. */
          long_blocks++;
          g_assert_true (info.entry);
          g_assert_cmpuint (info.last_page, >, info.first_page);
          g_assert_cmpuint (info.last_page - info.first_page + 1, <=,
                            (guint) (info.height / body) + 2);
        }
      else
        g_assert_cmpuint (info.first_page, ==, info.last_page);
    }
  g_assert_cmpuint (long_blocks, ==, 1);
  draw_all (renderer, CANDOR_PAPER_A4_WIDTH, CANDOR_PAPER_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 3);
}

static void
test_empty_week (void)
{
  g_autoptr(CandorJournal) journal = reflection_journal_new_busy (FALSE);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 12, 9, 12, 0, 0);
  g_autoptr(CandorWeek) week = candor_week_new_full (journal, later, NULL, 0, utc, later);

  g_assert_true (candor_week_is_empty (week));
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autoptr(CandorReflectionRenderer) renderer = candor_reflection_renderer_new (week);

      /* One friendly page, with the prompts and room to write. */
      g_assert_cmpuint (candor_reflection_renderer_paginate (renderer, papers[p].width,
                                                             papers[p].height), ==, 1);
      draw_all (renderer, papers[p].width, papers[p].height);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reflection-renderer/busy-week", test_busy_week);
  g_test_add_func ("/reflection-renderer/letter-is-shorter", test_letter_is_shorter);
  g_test_add_func ("/reflection-renderer/long-entry-splits-between-lines",
                   test_long_entry_splits_between_lines);
  g_test_add_func ("/reflection-renderer/empty-week", test_empty_week);

  return g_test_run ();
}
