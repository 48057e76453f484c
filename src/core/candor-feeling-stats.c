/* candor-feeling-stats.c — the feeling words a journal has used: counts and growth
 *
 * Words come from check-ins and from feelings named on their own. One pass over
 * both lists, in date order, so ten years of entries take a few milliseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-feeling-stats.h"

struct _CandorFeelingStats
{
  GHashTable *counts;     /* id → count (GUINT_TO_POINTER) */
  guint       uses;
  guint       families[CANDOR_N_FEELING_FAMILIES];
  GArray     *top;        /* CandorFeelingCount */
  GArray     *months;     /* CandorFeelingMonth */
};

static void
clear_count (gpointer data)
{
  CandorFeelingCount *count = data;

  g_free (count->id);
}

typedef struct
{
  CandorFeelingStats *stats;
  CandorVocabulary   *vocabulary;
  GHashTable         *month_words;  /* ids used in the current month */
  int                 year;
  int                 month;
} Walk;

static void
close_month (Walk *walk,
             guint new_words)
{
  CandorFeelingMonth *last;

  last = &g_array_index (walk->stats->months, CandorFeelingMonth, walk->stats->months->len - 1);
  last->distinct = g_hash_table_size (walk->month_words);
  last->new_words += new_words;
  last->total = g_hash_table_size (walk->stats->counts);
}

static void
open_month (Walk      *walk,
            GDateTime *date)
{
  int year = g_date_time_get_year (date);
  int month = g_date_time_get_month (date);

  if (walk->stats->months->len > 0 && year == walk->year && month == walk->month)
    return;

  /* Months without words still get a place, so growth reads as time. */
  while (walk->stats->months->len > 0 &&
         (walk->year < year || (walk->year == year && walk->month < month)))
    {
      CandorFeelingMonth next = { 0, };

      close_month (walk, 0);
      g_hash_table_remove_all (walk->month_words);
      walk->month++;
      if (walk->month > 12)
        {
          walk->month = 1;
          walk->year++;
        }
      next.year = walk->year;
      next.month = walk->month;
      next.total = g_hash_table_size (walk->stats->counts);
      g_array_append_val (walk->stats->months, next);
    }

  if (walk->stats->months->len == 0)
    {
      CandorFeelingMonth first = { year, month, 0, 0, 0 };

      g_array_append_val (walk->stats->months, first);
      walk->year = year;
      walk->month = month;
    }
}

static void
add_words (Walk               *walk,
           GDateTime          *date,
           const char * const *ids)
{
  CandorFeelingStats *stats = walk->stats;
  guint new_words = 0;

  if (ids == NULL || ids[0] == NULL)
    return;

  open_month (walk, date);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (walk->vocabulary, ids[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (stats->counts, ids[i]));

      if (count == 0)
        new_words++;
      g_hash_table_replace (stats->counts, g_strdup (ids[i]), GUINT_TO_POINTER (count + 1));
      g_hash_table_add (walk->month_words, g_strdup (ids[i]));
      stats->uses++;
      if (feeling != NULL)
        stats->families[candor_feeling_get_family (feeling)]++;
    }

  close_month (walk, new_words);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const CandorFeelingCount *ca = a;
  const CandorFeelingCount *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return g_strcmp0 (ca->id, cb->id);
}

/**
 * candor_feeling_stats_new:
 * @journal: a journal
 * @person_id: (nullable): whose words; %NULL for everyone's
 *
 * Returns: (transfer full): the counts, computed now
 */
CandorFeelingStats *
candor_feeling_stats_new (CandorJournal *journal,
                          const char    *person_id)
{
  CandorFeelingStats *self;
  GListModel *checkins;
  GListModel *notes;
  guint n_checkins, n_notes, c = 0, f = 0;
  Walk walk = { 0, };
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);

  self = g_new0 (CandorFeelingStats, 1);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->top = g_array_new (FALSE, FALSE, sizeof (CandorFeelingCount));
  g_array_set_clear_func (self->top, clear_count);
  self->months = g_array_new (FALSE, FALSE, sizeof (CandorFeelingMonth));

  walk.stats = self;
  walk.vocabulary = candor_vocabulary_get_default ();
  walk.month_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  checkins = candor_journal_get_checkins (journal);
  notes = candor_journal_get_feeling_notes (journal);
  n_checkins = g_list_model_get_n_items (checkins);
  n_notes = g_list_model_get_n_items (notes);

  /* Both lists are sorted by date: merge them, so months come in order. */
  while (c < n_checkins || f < n_notes)
    {
      g_autoptr(CandorCheckin) checkin = c < n_checkins ? g_list_model_get_item (checkins, c) : NULL;
      g_autoptr(CandorFeelingNote) note = f < n_notes ? g_list_model_get_item (notes, f) : NULL;
      gboolean take_checkin;

      take_checkin = note == NULL ||
                     (checkin != NULL &&
                      g_date_time_compare (candor_checkin_get_date (checkin),
                                           candor_feeling_note_get_date (note)) <= 0);

      if (take_checkin)
        {
          c++;
          if (person_id == NULL ||
              g_strcmp0 (candor_checkin_get_author_id (checkin), person_id) == 0)
            add_words (&walk, candor_checkin_get_date (checkin),
                       candor_checkin_get_feelings (checkin));
        }
      else
        {
          f++;
          if (person_id == NULL ||
              g_strcmp0 (candor_feeling_note_get_person_id (note), person_id) == 0)
            add_words (&walk, candor_feeling_note_get_date (note),
                       candor_feeling_note_get_feelings (note));
        }
    }

  g_hash_table_unref (walk.month_words);

  g_hash_table_iter_init (&iter, self->counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      CandorFeelingCount count = { g_strdup (key), GPOINTER_TO_UINT (value) };

      g_array_append_val (self->top, count);
    }
  g_array_sort (self->top, compare_counts);

  return self;
}

void
candor_feeling_stats_free (CandorFeelingStats *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->counts);
  g_array_unref (self->top);
  g_array_unref (self->months);
  g_free (self);
}

/** Every feeling word used, counting repeats. */
guint
candor_feeling_stats_get_uses (CandorFeelingStats *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->uses;
}

/** Different feeling words used. */
guint
candor_feeling_stats_get_distinct (CandorFeelingStats *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->counts);
}

guint
candor_feeling_stats_get_count (CandorFeelingStats *self,
                                const char         *feeling_id)
{
  g_return_val_if_fail (self != NULL, 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, feeling_id));
}

guint
candor_feeling_stats_get_family (CandorFeelingStats  *self,
                                 CandorFeelingFamily  family)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (family < CANDOR_N_FEELING_FAMILIES, 0);
  return self->families[family];
}

const CandorFeelingCount *
candor_feeling_stats_get_top (CandorFeelingStats *self,
                              guint              *n_out)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_out != NULL, NULL);

  *n_out = self->top->len;
  return (const CandorFeelingCount *)(gpointer)self->top->data;
}

const CandorFeelingMonth *
candor_feeling_stats_get_months (CandorFeelingStats *self,
                                 guint              *n_out)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_out != NULL, NULL);

  *n_out = self->months->len;
  return (const CandorFeelingMonth *)(gpointer)self->months->data;
}
