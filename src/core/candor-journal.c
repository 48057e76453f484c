/* candor-journal.c — the couple's whole state, as list models of entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal keeps one GListStore per kind of entry, each sorted by the
 * entry's date, and an index of every entry by id. It tracks which segments
 * ("profile" and one per year) changed since they were last saved, so a save
 * rewrites only those. Entries tell the journal about their own changes
 * (see candor_entry_set_journal()), which costs nothing per entry, unlike a
 * signal handler on each of tens of thousands of objects.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "candor-journal-private.h"

G_DEFINE_FINAL_TYPE (CandorJournal, candor_journal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRTY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static CandorKind
kind_of (CandorEntry *entry)
{
  return candor_entry_get_schema (entry)->kind;
}

char *
candor_journal_segment_for_year (int year)
{
  if (year == 0)
    return g_strdup (CANDOR_SEGMENT_PROFILE);

  return g_strdup_printf ("%04d", year);
}

void
candor_journal_mark_dirty (CandorJournal *self,
                           int            year)
{
  gboolean was_dirty = g_hash_table_size (self->dirty) > 0;

  g_hash_table_add (self->dirty, candor_journal_segment_for_year (year));

  if (!was_dirty)
    candor_journal_notify_dirty (self);
}

static void
emit_changed (CandorJournal *self,
              CandorEntry   *entry)
{
  if (self->bulk == 0)
    g_signal_emit (self, signals[CHANGED], 0, entry);
}

void
candor_journal_notify_dirty (CandorJournal *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

void
candor_journal_begin_bulk (CandorJournal *self)
{
  self->bulk++;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return candor_entry_compare (*(CandorEntry **) a, *(CandorEntry **) b);
}

static void
sort_store (CandorJournal *self,
            CandorKind     kind)
{
  GListModel *model = G_LIST_MODEL (self->stores[kind]);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  g_ptr_array_sort (items, compare_entries);
  g_list_store_splice (self->stores[kind], 0, n, items->pdata, n);
}

void
candor_journal_end_bulk (CandorJournal *self)
{
  g_assert (self->bulk > 0);

  if (--self->bulk > 0)
    return;

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      if (self->needs_sort[kind])
        sort_store (self, kind);
      self->needs_sort[kind] = FALSE;
    }

  g_signal_emit (self, signals[CHANGED], 0, NULL);
}

/* The first position whose item sorts after @entry. */
guint
candor_journal_upper_bound (GListModel  *model,
                            CandorEntry *entry)
{
  guint low = 0;
  guint high = g_list_model_get_n_items (model);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(CandorEntry) item = g_list_model_get_item (model, middle);

      if (candor_entry_compare (item, entry) <= 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static gboolean
find_position (CandorJournal *self,
               CandorEntry   *entry,
               guint         *position)
{
  return g_list_store_find (self->stores[kind_of (entry)], entry, position);
}

void
candor_journal_attach (CandorJournal *self,
                       CandorEntry   *entry)
{
  g_hash_table_insert (self->by_id, (char *) candor_entry_get_id (entry), entry);
  candor_entry_set_journal (entry, self);
}

void
candor_journal_detach (CandorJournal *self,
                       CandorEntry   *entry)
{
  g_hash_table_remove (self->by_id, candor_entry_get_id (entry));
  candor_entry_set_journal (entry, NULL);
}

static gboolean
people_exist (CandorJournal *self,
              CandorEntry   *entry)
{
  CandorEntrySchema *schema = candor_entry_get_schema (entry);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      g_autofree char *person_id = NULL;

      if (schema->fields[i].type != CANDOR_FIELD_PERSON)
        continue;

      g_object_get (entry, schema->pspecs[i]->name, &person_id, NULL);
      if (person_id != NULL && candor_journal_get_person_by_id (self, person_id) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* Removes the entries of @drop (a set) from every list, one splice per list. */
static void
remove_entries (CandorJournal *self,
                GHashTable    *drop)
{
  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[kind]);
      guint n = g_list_model_get_n_items (model);
      g_autoptr(GPtrArray) kept = g_ptr_array_new_full (n, g_object_unref);

      for (guint i = 0; i < n; i++)
        {
          CandorEntry *entry = g_list_model_get_item (model, i);

          if (g_hash_table_contains (drop, entry))
            {
              candor_journal_mark_dirty (self, candor_entry_get_cached_year (entry));
              candor_journal_detach (self, entry);
              g_object_unref (entry);
            }
          else
            {
              g_ptr_array_add (kept, entry);
            }
        }

      if (kept->len != n)
        g_list_store_splice (self->stores[kind], 0, n, kept->pdata, kept->len);
    }
}

/* Removing someone removes what cannot exist without them and clears the rest. */
static void
forget_person (CandorJournal *self,
               const char    *person_id)
{
  g_autoptr(GHashTable) drop = g_hash_table_new (NULL, NULL);
  gboolean unused;

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[kind]);

      if (kind == CANDOR_KIND_PERSON)
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);
          gboolean must_drop;

          candor_entry_forget_person (entry, person_id, &must_drop);
          if (must_drop)
            g_hash_table_add (drop, entry);
        }
    }

  candor_entry_forget_person (CANDOR_ENTRY (self->settings), person_id, &unused);

  remove_entries (self, drop);
}

static void
candor_journal_dispose (GObject *object)
{
  CandorJournal *self = CANDOR_JOURNAL (object);

  /* Entries can outlive the journal (a view may hold one): they must not
   * call back into it. */
  if (self->settings != NULL)
    candor_entry_set_journal (CANDOR_ENTRY (self->settings), NULL);

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      GListModel *model;

      if (self->stores[kind] == NULL)
        continue;

      model = G_LIST_MODEL (self->stores[kind]);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);

          candor_entry_set_journal (entry, NULL);
        }
    }

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->settings);
  for (CandorKind kind = 0; kind < CANDOR_N_KINDS; kind++)
    g_clear_object (&self->stores[kind]);

  G_OBJECT_CLASS (candor_journal_parent_class)->dispose (object);
}

static void
candor_journal_finalize (GObject *object)
{
  CandorJournal *self = CANDOR_JOURNAL (object);

  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->loaded, g_hash_table_unref);

  G_OBJECT_CLASS (candor_journal_parent_class)->finalize (object);
}

static void
candor_journal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CandorJournal *self = CANDOR_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, candor_journal_get_dirty (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_journal_class_init (CandorJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = candor_journal_dispose;
  object_class->finalize = candor_journal_finalize;
  object_class->get_property = candor_journal_get_property;

  /**
   * CandorJournal:dirty:
   *
   * Whether some segment changed since it was last marked clean.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CandorJournal::changed:
   * @entry: (nullable): the entry that was added, removed or edited, or
   *   %NULL after a change to many (a load, an import)
   *
   * Emitted after any change, for views that summarise the journal.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__OBJECT,
                  G_TYPE_NONE, 1, CANDOR_TYPE_ENTRY);
}

static void
candor_journal_init (CandorJournal *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    self->stores[kind] = g_list_store_new (candor_kind_get_type (kind));

  self->settings = candor_settings_new ();
  candor_entry_set_journal (CANDOR_ENTRY (self->settings), self);
}

/* Internal API (candor-journal-private.h) */

/*
 * Called by an entry of this journal after its properties changed (and its
 * "modified" moved on).
 */
void
candor_journal_entry_changed (CandorJournal *self,
                              CandorEntry   *entry,
                              gboolean       date_changed)
{
  int old_year = candor_entry_get_cached_year (entry);

  if (!self->loading)
    candor_journal_mark_dirty (self, old_year);

  if (date_changed)
    {
      CandorKind kind = kind_of (entry);
      int year = candor_entry_get_year (entry);

      /* An entry that moves year leaves one segment and joins another. */
      if (year != old_year)
        {
          if (!self->loading)
            candor_journal_mark_dirty (self, year);
          candor_entry_set_cached_year (entry, year);
        }

      if (self->bulk > 0)
        {
          self->needs_sort[kind] = TRUE;
        }
      else
        {
          GListModel *model = G_LIST_MODEL (self->stores[kind]);
          guint position;

          /* Moved within its list: out, and back in at its new place. */
          if (find_position (self, entry, &position))
            {
              g_object_ref (entry);
              g_list_store_remove (self->stores[kind], position);
              g_list_store_insert (self->stores[kind], candor_journal_upper_bound (model, entry),
                                   entry);
              g_object_unref (entry);
            }
        }
    }

  emit_changed (self, entry);
}

GListStore *
candor_journal_get_store (CandorJournal *self,
                          CandorKind     kind)
{
  return self->stores[kind];
}

/* Public API */

CandorJournal *
candor_journal_new (void)
{
  return g_object_new (CANDOR_TYPE_JOURNAL, NULL);
}

/**
 * candor_journal_get_settings:
 *
 * Returns: (transfer none): the settings; the same object for the
 *   journal's whole life, so it is safe to bind to
 */
CandorSettings *
candor_journal_get_settings (CandorJournal *self)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);

  return self->settings;
}

gboolean
candor_journal_get_dirty (CandorJournal *self)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), FALSE);

  return g_hash_table_size (self->dirty) > 0;
}

#define DEFINE_GETTER(name, kind)                          \
  GListModel *                                             \
  candor_journal_get_##name (CandorJournal *self)          \
  {                                                        \
    g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL); \
    return G_LIST_MODEL (self->stores[kind]);              \
  }

DEFINE_GETTER (people, CANDOR_KIND_PERSON)
DEFINE_GETTER (reassessments, CANDOR_KIND_REASSESSMENT)
DEFINE_GETTER (checks, CANDOR_KIND_CHECK)
DEFINE_GETTER (checkins, CANDOR_KIND_CHECKIN)
DEFINE_GETTER (interactions, CANDOR_KIND_INTERACTION)
DEFINE_GETTER (commitments, CANDOR_KIND_COMMITMENT)
DEFINE_GETTER (exercises, CANDOR_KIND_EXERCISE)
DEFINE_GETTER (feeling_notes, CANDOR_KIND_FEELING_NOTE)
DEFINE_GETTER (boundaries, CANDOR_KIND_BOUNDARY)
DEFINE_GETTER (growth_entries, CANDOR_KIND_GROWTH_ENTRY)

#undef DEFINE_GETTER

/**
 * candor_journal_add:
 * @entry: an entry that is in no journal, whose people are in this one
 *
 * Adds @entry to its list, in date order, and marks its segment dirty.
 *
 * Returns: %TRUE if it was added
 */
gboolean
candor_journal_add (CandorJournal *self,
                    CandorEntry   *entry)
{
  CandorKind kind;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (CANDOR_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (!CANDOR_IS_SETTINGS (entry), FALSE);
  g_return_val_if_fail (candor_entry_get_journal (entry) == NULL, FALSE);
  g_return_val_if_fail (!g_hash_table_contains (self->by_id, candor_entry_get_id (entry)), FALSE);
  g_return_val_if_fail (people_exist (self, entry), FALSE);

  kind = kind_of (entry);
  g_list_store_insert (self->stores[kind],
                       candor_journal_upper_bound (G_LIST_MODEL (self->stores[kind]), entry),
                       entry);
  candor_journal_attach (self, entry);
  candor_journal_mark_dirty (self, candor_entry_get_year (entry));
  emit_changed (self, entry);

  return TRUE;
}

/**
 * candor_journal_remove:
 * @entry: an entry of this journal
 *
 * Removes @entry. Removing a person also removes every loaded entry that
 * cannot exist without them (their check-ins, checks…) and clears optional
 * references to them; years loaded later are repaired as they are applied.
 * Archiving (#CandorPerson:archived) keeps the history instead.
 *
 * Returns: %TRUE if it was removed
 */
gboolean
candor_journal_remove (CandorJournal *self,
                       CandorEntry   *entry)
{
  g_autoptr(CandorEntry) keep = NULL;
  guint position;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (CANDOR_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (candor_entry_get_journal (entry) == self, FALSE);

  if (!find_position (self, entry, &position))
    g_return_val_if_reached (FALSE);

  keep = g_object_ref (entry);

  g_list_store_remove (self->stores[kind_of (entry)], position);
  candor_journal_mark_dirty (self, candor_entry_get_cached_year (entry));
  candor_journal_detach (self, entry);

  if (CANDOR_IS_PERSON (entry))
    {
      /* Many entries may change: one "changed" at the end. */
      candor_journal_begin_bulk (self);
      forget_person (self, candor_entry_get_id (entry));
      candor_journal_end_bulk (self);
    }
  else
    {
      emit_changed (self, entry);
    }

  return TRUE;
}

/**
 * candor_journal_find:
 *
 * Returns: (transfer none) (nullable): the entry with that id, of any kind
 */
CandorEntry *
candor_journal_find (CandorJournal *self,
                     const char    *id)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

#define DEFINE_ADD_REMOVE(name, Type, TYPE_CHECK)                 \
  void                                                            \
  candor_journal_add_##name (CandorJournal *self,                 \
                             Type          *entry)                \
  {                                                               \
    g_return_if_fail (TYPE_CHECK (entry));                        \
    candor_journal_add (self, CANDOR_ENTRY (entry));              \
  }                                                               \
                                                                  \
  void                                                            \
  candor_journal_remove_##name (CandorJournal *self,              \
                                Type          *entry)             \
  {                                                               \
    g_return_if_fail (TYPE_CHECK (entry));                        \
    candor_journal_remove (self, CANDOR_ENTRY (entry));           \
  }

DEFINE_ADD_REMOVE (person, CandorPerson, CANDOR_IS_PERSON)
DEFINE_ADD_REMOVE (reassessment, CandorReassessment, CANDOR_IS_REASSESSMENT)
DEFINE_ADD_REMOVE (check, CandorCheck, CANDOR_IS_CHECK)
DEFINE_ADD_REMOVE (checkin, CandorCheckin, CANDOR_IS_CHECKIN)
DEFINE_ADD_REMOVE (interaction, CandorInteraction, CANDOR_IS_INTERACTION)
DEFINE_ADD_REMOVE (commitment, CandorCommitment, CANDOR_IS_COMMITMENT)
DEFINE_ADD_REMOVE (exercise, CandorExercise, CANDOR_IS_EXERCISE)
DEFINE_ADD_REMOVE (feeling_note, CandorFeelingNote, CANDOR_IS_FEELING_NOTE)
DEFINE_ADD_REMOVE (boundary, CandorBoundary, CANDOR_IS_BOUNDARY)
DEFINE_ADD_REMOVE (growth_entry, CandorGrowthEntry, CANDOR_IS_GROWTH_ENTRY)

#undef DEFINE_ADD_REMOVE

/**
 * candor_journal_get_person_by_id:
 *
 * Returns: (transfer none) (nullable): the person with that id
 */
CandorPerson *
candor_journal_get_person_by_id (CandorJournal *self,
                                 const char    *id)
{
  CandorEntry *entry;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->by_id, id);

  return CANDOR_IS_PERSON (entry) ? CANDOR_PERSON (entry) : NULL;
}

/**
 * candor_journal_get_check_by_id:
 *
 * Returns: (transfer none) (nullable): the Connection Check with that id
 */
CandorCheck *
candor_journal_get_check_by_id (CandorJournal *self,
                                const char    *id)
{
  CandorEntry *entry;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->by_id, id);

  return CANDOR_IS_CHECK (entry) ? CANDOR_CHECK (entry) : NULL;
}

/**
 * candor_journal_get_me:
 *
 * Returns: (transfer none) (nullable): the first person marked
 *   #CandorPerson:is-me
 */
CandorPerson *
candor_journal_get_me (CandorJournal *self)
{
  GListModel *people;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);

  people = G_LIST_MODEL (self->stores[CANDOR_KIND_PERSON]);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

      if (candor_person_get_is_me (person))
        return person;
    }

  return NULL;
}
