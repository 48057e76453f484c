/* candor-journal-segments.c — the journal as segments and documents: save, load, import, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vault stores the journal as a "profile" segment and one segment per
 * year, each the same JSON shape as the whole document with a "segment"
 * member and only its own entries. Loading splices a segment in with one
 * g_list_store_splice() per list; importing a document goes through the
 * same merge, after the whole document has been validated.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "candor-journal-private.h"

/* The first position whose item's date is @date or later. */
static guint
lower_bound_date (GListModel *model,
                  GDateTime  *date)
{
  guint low = 0;
  guint high = g_list_model_get_n_items (model);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(CandorEntry) item = g_list_model_get_item (model, middle);

      if (g_date_time_compare (candor_entry_get_date (item), date) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Adds the sorted @items to @kind's list with as few splices as it takes:
 * one, when they all fall between the same two entries, as a year does. */
static void
insert_sorted (CandorJournal *self,
               CandorKind     kind,
               GPtrArray     *items)
{
  GListModel *model = G_LIST_MODEL (self->stores[kind]);
  guint n_old = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) merged = NULL;
  guint first, last;
  guint i = 0, j = 0;

  if (items->len == 0)
    return;

  first = candor_journal_upper_bound (model, g_ptr_array_index (items, 0));
  last = candor_journal_upper_bound (model, g_ptr_array_index (items, items->len - 1));

  if (first == last)
    {
      g_list_store_splice (self->stores[kind], first, 0, items->pdata, items->len);
      return;
    }

  merged = g_ptr_array_new_full (n_old + items->len, g_object_unref);
  while (i < n_old || j < items->len)
    {
      g_autoptr(CandorEntry) old = i < n_old ? g_list_model_get_item (model, i) : NULL;
      CandorEntry *item = j < items->len ? g_ptr_array_index (items, j) : NULL;

      if (item == NULL || (old != NULL && candor_entry_compare (old, item) <= 0))
        {
          g_ptr_array_add (merged, g_steal_pointer (&old));
          i++;
        }
      else
        {
          g_ptr_array_add (merged, g_object_ref (item));
          j++;
        }
    }

  g_list_store_splice (self->stores[kind], 0, n_old, merged->pdata, merged->len);
}

static gboolean
check_conflicts (CandorJournal     *self,
                 CandorSegmentData *data,
                 GError           **error)
{
  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      for (guint i = 0; data->items[kind] != NULL && i < data->items[kind]->len; i++)
        {
          CandorEntry *item = g_ptr_array_index (data->items[kind], i);
          CandorEntry *existing = g_hash_table_lookup (self->by_id, candor_entry_get_id (item));

          if (existing != NULL && G_OBJECT_TYPE (existing) != G_OBJECT_TYPE (item))
            {
              g_set_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID,
                           _("$.%s: the id “%s” already belongs to another kind of entry"),
                           candor_entry_get_schema (item)->member, candor_entry_get_id (item));
              return FALSE;
            }
        }
    }

  return TRUE;
}

static void
clear_all (CandorJournal *self)
{
  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[kind]);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);

          candor_journal_mark_dirty (self, candor_entry_get_cached_year (entry));
          candor_journal_detach (self, entry);
        }

      g_list_store_remove_all (self->stores[kind]);
    }
}

/*
 * candor_journal_merge_data:
 * @loading: %TRUE when @data comes from the vault (nothing becomes dirty
 *   that was not already), %FALSE for an import
 *
 * Brings @data into the journal: REPLACE empties the journal first; MERGE
 * keeps, for each id, whichever copy was modified last, and adds new ids.
 * Entries already in the journal are updated in place, so views holding
 * them stay valid. Nothing changes if this fails.
 */
gboolean
candor_journal_merge_data (CandorJournal     *self,
                           CandorSegmentData *data,
                           CandorImportMode   mode,
                           gboolean           loading,
                           GError           **error)
{
  gboolean profile_loaded = g_hash_table_contains (self->loaded, CANDOR_SEGMENT_PROFILE);

  if (mode == CANDOR_IMPORT_MODE_MERGE && !check_conflicts (self, data, error))
    return FALSE;

  candor_journal_begin_bulk (self);
  self->loading = loading;

  if (mode == CANDOR_IMPORT_MODE_REPLACE)
    {
      g_autoptr(CandorSettings) defaults = candor_settings_new ();

      clear_all (self);
      candor_entry_update_from (CANDOR_ENTRY (self->settings),
                                CANDOR_ENTRY (data->settings != NULL ? data->settings : defaults));
      candor_journal_mark_dirty (self, 0);
    }
  else if (data->settings != NULL &&
           g_date_time_compare (candor_entry_get_modified (CANDOR_ENTRY (data->settings)),
                                candor_entry_get_modified (CANDOR_ENTRY (self->settings))) > 0)
    {
      candor_entry_update_from (CANDOR_ENTRY (self->settings), CANDOR_ENTRY (data->settings));
    }

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) added = NULL;

      if (data->items[kind] == NULL)
        continue;

      added = g_ptr_array_new_full (data->items[kind]->len, g_object_unref);

      for (guint i = 0; i < data->items[kind]->len; i++)
        {
          CandorEntry *item = g_ptr_array_index (data->items[kind], i);
          CandorEntry *existing = g_hash_table_lookup (self->by_id, candor_entry_get_id (item));

          /* A year read after its people were removed: finish the removal. */
          if (loading && profile_loaded && data->segment != NULL &&
              strcmp (data->segment, CANDOR_SEGMENT_PROFILE) != 0)
            {
              gboolean drop;

              if (candor_entry_repair_people (item, self, &drop) || drop)
                candor_journal_mark_dirty (self, candor_entry_get_year (item));
              if (drop)
                continue;
            }

          if (existing != NULL)
            {
              if (g_date_time_compare (candor_entry_get_modified (item),
                                       candor_entry_get_modified (existing)) > 0)
                candor_entry_update_from (existing, item);
              continue;
            }

          g_ptr_array_add (added, g_object_ref (item));
        }

      insert_sorted (self, kind, added);

      for (guint i = 0; i < added->len; i++)
        {
          CandorEntry *item = g_ptr_array_index (added, i);

          candor_journal_attach (self, item);
          if (!loading)
            candor_journal_mark_dirty (self, candor_entry_get_year (item));
        }
    }

  if (loading)
    g_hash_table_add (self->loaded, g_strdup (data->segment));
  else if (mode == CANDOR_IMPORT_MODE_REPLACE)
    {
      g_auto(GStrv) segments = candor_journal_dup_segments (self);

      /* The journal is now the whole truth: every segment is as good as loaded. */
      for (guint i = 0; segments[i] != NULL; i++)
        g_hash_table_add (self->loaded, g_strdup (segments[i]));
    }

  self->loading = FALSE;
  candor_journal_end_bulk (self);

  return TRUE;
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static char **
sorted_strv (GHashTable *set)
{
  guint n;
  char **segments = (char **) g_hash_table_get_keys_as_array (set, &n);
  char **copy;

  qsort (segments, n, sizeof (char *), compare_segments);
  copy = g_strdupv (segments);
  g_free (segments);

  return copy;
}

/**
 * candor_journal_dup_dirty_segments:
 *
 * Returns: (transfer full): the segments changed since they were last
 *   marked clean, sorted. A dirty year that is not loaded
 *   (see candor_journal_is_segment_loaded()) must be loaded before it is
 *   saved, or its other entries would be lost.
 */
char **
candor_journal_dup_dirty_segments (CandorJournal *self)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);

  return sorted_strv (self->dirty);
}

/**
 * candor_journal_dup_segments:
 *
 * Returns: (transfer full): "profile" and every year that has an entry, sorted
 */
char **
candor_journal_dup_segments (CandorJournal *self)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);

  g_hash_table_add (set, g_strdup (CANDOR_SEGMENT_PROFILE));

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[kind]);
      guint n = g_list_model_get_n_items (model);
      int last_year = -1;

      if (candor_entry_schema_for_kind (kind)->date_pspec == NULL)
        continue;

      /* Sorted by date, so each year is one run. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);
          int year = candor_entry_get_year (entry);

          if (year != last_year)
            g_hash_table_add (set, candor_journal_segment_for_year (year));
          last_year = year;
        }
    }

  return sorted_strv (set);
}

void
candor_journal_mark_clean (CandorJournal *self,
                           const char    *segment)
{
  g_return_if_fail (CANDOR_IS_JOURNAL (self));
  g_return_if_fail (segment != NULL);

  if (g_hash_table_remove (self->dirty, segment) && g_hash_table_size (self->dirty) == 0)
    candor_journal_notify_dirty (self);
}

/**
 * candor_journal_mark_segment_dirty:
 * @segment: "profile" or a year such as "2025"
 *
 * Marks @segment as needing a save again, for a vault whose write failed
 * after it marked the segment clean.
 */
void
candor_journal_mark_segment_dirty (CandorJournal *self,
                                   const char    *segment)
{
  g_return_if_fail (CANDOR_IS_JOURNAL (self));
  g_return_if_fail (candor_segment_name_is_valid (segment));

  candor_journal_mark_dirty (self, strcmp (segment, CANDOR_SEGMENT_PROFILE) == 0
                                     ? 0 : atoi (segment));
}

/**
 * candor_journal_is_segment_loaded:
 *
 * Returns: %TRUE if @segment was applied from storage (or the journal was
 *   replaced by an import, which makes every segment complete)
 */
gboolean
candor_journal_is_segment_loaded (CandorJournal *self,
                                  const char    *segment)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (segment != NULL, FALSE);

  return g_hash_table_contains (self->loaded, segment);
}

static void
add_list (JsonObject    *document,
          CandorJournal *self,
          CandorKind     kind,
          int            year)
{
  GListModel *model = G_LIST_MODEL (self->stores[kind]);
  guint n = g_list_model_get_n_items (model);
  JsonArray *array = json_array_new ();
  guint start = 0;

  if (year != 0)
    {
      g_autoptr(GDateTime) first_day = g_date_time_new_utc (year, 1, 1, 0, 0, 0);

      start = lower_bound_date (model, first_day);
    }

  for (guint i = start; i < n; i++)
    {
      g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);

      if (year != 0 && candor_entry_get_year (entry) != year)
        break;

      json_array_add_object_element (array, candor_entry_to_json (entry));
    }

  json_object_set_array_member (document, candor_entry_schema_for_kind (kind)->member, array);
}

/* segment: NULL for the whole document. */
static JsonNode *
build_document (CandorJournal *self,
                const char    *segment)
{
  JsonObject *document = json_object_new ();
  gboolean profile = segment == NULL || strcmp (segment, CANDOR_SEGMENT_PROFILE) == 0;
  int year = 0;

  json_object_set_int_member (document, "version", CANDOR_JSON_VERSION);

  if (segment != NULL)
    {
      json_object_set_string_member (document, "segment", segment);
      if (!profile)
        year = atoi (segment);
    }

  if (profile)
    json_object_set_object_member (document, "settings",
                                   candor_entry_to_json (CANDOR_ENTRY (self->settings)));

  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      gboolean is_profile_kind = candor_entry_schema_for_kind (kind)->date_pspec == NULL;

      if (segment == NULL || is_profile_kind == profile)
        add_list (document, self, kind, year);
    }

  return candor_json_node_take_object (document);
}

/* A year, written as build_document() and the compact generator would write it, from
 * each entry's kept JSON text: saving one new check-in costs that check-in, not the
 * whole year again (issue 10: saving does not grow with history). */
static GBytes *
serialize_year (CandorJournal *self,
                const char    *segment)
{
  g_autoptr(GDateTime) first_day = NULL;
  GString *text = g_string_sized_new (64 * 1024);
  int year = atoi (segment);

  g_string_append_printf (text, "{\"version\":%d,\"segment\":\"%s\"", CANDOR_JSON_VERSION,
                          segment);

  first_day = g_date_time_new_utc (year, 1, 1, 0, 0, 0);
  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      CandorEntrySchema *schema = candor_entry_schema_for_kind (kind);
      GListModel *model = G_LIST_MODEL (self->stores[kind]);
      guint n = g_list_model_get_n_items (model);
      gboolean first = TRUE;

      if (schema->date_pspec == NULL)
        continue;

      g_string_append_printf (text, ",\"%s\":[", schema->member);
      for (guint i = lower_bound_date (model, first_day); i < n; i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);
          const char *json;
          gsize length;

          if (candor_entry_get_year (entry) != year)
            break;

          json = candor_entry_get_json_text (entry, &length);
          if (!first)
            g_string_append_c (text, ',');
          g_string_append_len (text, json, length);
          first = FALSE;
        }
      g_string_append_c (text, ']');
    }
  g_string_append_c (text, '}');

  return g_string_free_to_bytes (text);
}

/**
 * candor_journal_serialize_segment:
 * @segment: "profile" or a year such as "2025"
 *
 * Writes one segment as compact JSON: the version, the segment's name and
 * its entries. A year with no entries gives a valid, empty segment.
 *
 * Returns: (transfer full): the JSON text
 */
GBytes *
candor_journal_serialize_segment (CandorJournal *self,
                                  const char    *segment)
{
  g_autoptr(JsonNode) document = NULL;
  char *data;
  gsize length;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (candor_segment_name_is_valid (segment), NULL);

  if (strcmp (segment, CANDOR_SEGMENT_PROFILE) != 0)
    return serialize_year (self, segment);

  document = build_document (self, segment);
  data = candor_json_to_data (document, FALSE, &length);

  return g_bytes_new_take (data, length);
}

/**
 * candor_journal_apply_segment:
 * @data: what candor_segment_data_parse() made of a stored segment
 *
 * Splices a stored segment into the journal, in one splice per list when
 * the year is new to it. Applying leaves nothing dirty, except years that
 * referred to people who were removed meanwhile (those entries are repaired
 * or dropped, and the year needs saving). Years may come in any order; the
 * profile should come first so that such repairs can happen.
 *
 * Returns: %TRUE on success
 */
gboolean
candor_journal_apply_segment (CandorJournal      *self,
                              CandorSegmentData  *data,
                              GError            **error)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (data->segment != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return candor_journal_merge_data (self, data, CANDOR_IMPORT_MODE_MERGE, TRUE, error);
}

/**
 * candor_journal_to_document:
 *
 * Returns: (transfer full): the whole journal as one document, the shape
 *   data/candor-journal.schema.json describes
 */
JsonNode *
candor_journal_to_document (CandorJournal *self)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), NULL);

  return build_document (self, NULL);
}

/**
 * candor_journal_import_document:
 * @document: a parsed document, as candor_json_parse_document() returns it
 * @mode: merge into the journal, or replace it
 *
 * Migrates and validates the whole document first; a bad one is refused
 * with a %CANDOR_JSON_ERROR whose message starts with the JSON path of the
 * problem, and the journal is left exactly as it was. References must
 * resolve inside the document: it must carry the people its entries name.
 *
 * Returns: %TRUE if the document was imported
 */
gboolean
candor_journal_import_document (CandorJournal     *self,
                                JsonNode          *document,
                                CandorImportMode   mode,
                                GError           **error)
{
  g_autoptr(CandorSegmentData) data = NULL;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (mode == CANDOR_IMPORT_MODE_MERGE || mode == CANDOR_IMPORT_MODE_REPLACE,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = candor_segment_data_load (document, NULL, error);
  if (data == NULL)
    return FALSE;

  return candor_journal_merge_data (self, data, mode, FALSE, error);
}
