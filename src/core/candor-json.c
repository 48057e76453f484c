/* candor-json.c — the journal's JSON document: parsing with limits, validation, migration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is checked in three steps, and nothing is built from it until
 * all three pass, so a bad document never half-loads:
 *
 *  1. candor_json_check_bytes() (in candor-json-scan.c) scans the raw bytes
 *     once: size, nesting depth (json-glib's parser recurses without a
 *     limit), UTF-8, NUL characters and duplicate members, each reported
 *     with its JSON path;
 *  2. json-glib parses it. A clean document, such as every vault segment,
 *     takes steps 1 and 2 in one pass of our own parser instead;
 *  3. the entry classes' field tables validate every member, again with the
 *     path of the first problem (“$.checkins[3].feelings[0]: expected an id”).
 *
 * Unknown members are refused at every level rather than ignored: a
 * document with members we do not know was written by something else, and
 * importing it would silently drop part of it.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "candor-journal-private.h"

G_DEFINE_QUARK (candor-json-error-quark, candor_json_error)

/* Paths and messages */

void
candor_json_append_member (GString    *path,
                           const char *member,
                           gssize      length)
{
  gboolean plain;

  if (length < 0)
    length = strlen (member);

  plain = length > 0 && (g_ascii_isalpha (member[0]) || member[0] == '_');
  for (gssize i = 0; plain && i < length; i++)
    plain = g_ascii_isalnum (member[i]) || member[i] == '_';

  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, member, length);
      return;
    }

  /* Anything else is quoted, with what could confuse a reader escaped. */
  g_string_append (path, "[\"");
  for (gssize i = 0; i < length && i < 80; i++)
    {
      guchar c = member[i];

      if (c == '"' || c == '\\')
        g_string_append_printf (path, "\\%c", c);
      else if (c < 0x20 || c >= 0x7f)
        g_string_append_printf (path, "\\x%02x", c);
      else
        g_string_append_c (path, c);
    }
  if (length > 80)
    g_string_append (path, "…");
  g_string_append (path, "\"]");
}

gboolean
candor_validator_fail (CandorValidator *validator,
                       int              code,
                       const char      *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (validator->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (&validator->error, CANDOR_JSON_ERROR, code, "%s: %s",
               validator->path->str, message);

  return FALSE;
}

gsize
candor_validator_push_member (CandorValidator *validator,
                              const char      *member)
{
  gsize mark = validator->path->len;

  candor_json_append_member (validator->path, member, -1);

  return mark;
}

gsize
candor_validator_push_index (CandorValidator *validator,
                             guint            index)
{
  gsize mark = validator->path->len;
  char digits[16];
  guint n = 0;

  /* Every element of every list passes here: no printf. */
  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);

  g_string_append_c (validator->path, '[');
  while (n > 0)
    g_string_append_c (validator->path, digits[--n]);
  g_string_append_c (validator->path, ']');

  return mark;
}

void
candor_validator_pop (CandorValidator *validator,
                      gsize            mark)
{
  g_string_truncate (validator->path, mark);
}

static gboolean
is_string_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
candor_json_token_is_valid (const char *token)
{
  gsize i;

  if (token == NULL || !g_ascii_isalnum (token[0]))
    return FALSE;

  for (i = 1; token[i] != '\0'; i++)
    {
      if (i >= CANDOR_MAX_ID)
        return FALSE;

      if (!g_ascii_isalnum (token[i]) && token[i] != '-' && token[i] != '_' && token[i] != '.')
        return FALSE;
    }

  return TRUE;
}

gboolean
candor_validator_check_token (CandorValidator *validator,
                              JsonNode        *node)
{
  if (is_string_node (node) && candor_json_token_is_valid (json_node_get_string (node)))
    return TRUE;

  return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                _("expected an id: 1 to 64 letters, digits, “-”, “_” or “.”"));
}

gboolean
candor_validator_check_string (CandorValidator *validator,
                               JsonNode        *node,
                               gint64           min,
                               gint64           max)
{
  const char *text;
  glong length;

  if (!is_string_node (node))
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID, _("expected a string"));

  text = json_node_get_string (node);

  /* The bytes were checked before parsing, but a document can also come
   * from code, and escapes can spell out broken surrogates. */
  if (!g_utf8_validate (text, -1, NULL))
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_ENCODING,
                                  _("the text is not valid UTF-8"));

  /* Counting characters is only needed near the limit. */
  length = strlen (text) > (gsize) max ? g_utf8_strlen (text, -1) : (glong) strlen (text);
  if (length > max)
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_TOO_LARGE,
                                  _("the text is longer than %d characters"), (int) max);

  if (min > 0 && text[0] == '\0')
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                  _("the text must not be empty"));

  return TRUE;
}

gboolean
candor_validator_check_person (CandorValidator *validator,
                               JsonNode        *node)
{
  gpointer kind;

  if (!candor_validator_check_token (validator, node))
    return FALSE;

  /* A year segment is read without its profile: the journal repairs
   * references to people who are gone when it applies the segment. */
  if (!validator->check_people)
    return TRUE;

  kind = g_hash_table_lookup (validator->ids, json_node_get_string (node));
  if (GPOINTER_TO_INT (kind) == CANDOR_KIND_PERSON + 1)
    return TRUE;

  return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                _("no person in the document has the id “%s”"),
                                json_node_get_string (node));
}

gboolean
candor_validator_check_object (CandorValidator *validator,
                               JsonNode        *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;

  return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID, _("expected an object"));
}

/* Formats */

/* "#rrggbb" */
gboolean
candor_json_color_is_valid (const char *text)
{
  if (text[0] != '#' || strlen (text) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;

  return TRUE;
}

/* "HH:MM", 00:00 to 23:59 */
gboolean
candor_json_time_is_valid (const char *text)
{
  return strlen (text) == 5 &&
         g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && text[2] == ':' &&
         g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]) &&
         (text[0] - '0') * 10 + (text[1] - '0') < 24 &&
         (text[3] - '0') < 6;
}

/* Dates */

static gboolean
read_digits (const char *text,
             guint       n,
             int        *value)
{
  *value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;

      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

static gboolean
read_day (const char *text,
          int        *year,
          int        *month,
          int        *day)
{
  return read_digits (text, 4, year) && text[4] == '-' &&
         read_digits (text + 5, 2, month) && text[7] == '-' &&
         read_digits (text + 8, 2, day) &&
         *year >= 1900 && g_date_valid_dmy (*day, *month, *year);
}

/* "YYYY-MM-DD", a real day from 1900 on. */
gboolean
candor_json_day_is_valid (const char *text)
{
  int year, month, day;

  return strlen (text) == 10 && read_day (text, &year, &month, &day);
}

/*
 * candor_json_parse_day:
 *
 * Reads exactly "YYYY-MM-DD", a real day from 1900 on.
 *
 * Returns: (transfer full) (nullable): the day at 00:00 UTC
 */
GDateTime *
candor_json_parse_day (const char *text)
{
  int year, month, day;

  if (strlen (text) != 10 || !read_day (text, &year, &month, &day))
    return NULL;

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

typedef struct
{
  int year, month, day, hour, minute, second, usec;
} Timestamp;

/* Exactly "YYYY-MM-DDTHH:MM:SS", an optional fraction of up to six digits, "Z". */
static gboolean
read_timestamp (const char *text,
                Timestamp  *out)
{
  gsize length = strlen (text);
  gsize i = 19;

  out->usec = 0;

  if (length < 20 || !read_day (text, &out->year, &out->month, &out->day) || text[10] != 'T' ||
      !read_digits (text + 11, 2, &out->hour) || text[13] != ':' ||
      !read_digits (text + 14, 2, &out->minute) || text[16] != ':' ||
      !read_digits (text + 17, 2, &out->second) ||
      out->hour > 23 || out->minute > 59 || out->second > 59)
    return FALSE;

  if (text[i] == '.')
    {
      guint digits = 0;

      for (i++; g_ascii_isdigit (text[i]) && digits < 6; i++, digits++)
        out->usec = out->usec * 10 + (text[i] - '0');

      if (digits == 0)
        return FALSE;

      for (; digits < 6; digits++)
        out->usec *= 10;
    }

  return text[i] == 'Z' && text[i + 1] == '\0';
}

/* What candor_json_parse_timestamp() reads, checked without building it. */
gboolean
candor_json_timestamp_is_valid (const char *text)
{
  Timestamp timestamp;

  return read_timestamp (text, &timestamp);
}

/*
 * candor_json_parse_timestamp:
 *
 * Reads exactly "YYYY-MM-DDTHH:MM:SS" with an optional fraction of up to six
 * digits, then "Z". The document only ever holds UTC.
 *
 * Returns: (transfer full) (nullable): the moment
 */
GDateTime *
candor_json_parse_timestamp (const char *text)
{
  g_autoptr(GDateTime) seconds = NULL;
  Timestamp t;

  if (!read_timestamp (text, &t))
    return NULL;

  seconds = g_date_time_new_utc (t.year, t.month, t.day, t.hour, t.minute, t.second);
  if (seconds == NULL || t.usec == 0)
    return g_steal_pointer (&seconds);

  /* Added as an integer: a fraction passed as a double can round away a microsecond. */
  return g_date_time_add (seconds, t.usec);
}

char *
candor_json_format_timestamp (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date_time);
  int year, month, day;
  int usec;

  g_date_time_get_ymd (utc, &year, &month, &day);
  usec = g_date_time_get_microsecond (utc);

  if (usec == 0)
    return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                            g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                            g_date_time_get_second (utc));

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", year, month, day,
                          g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                          g_date_time_get_second (utc), usec);
}

char *
candor_json_format_day (GDateTime *date)
{
  int year, month, day;

  g_date_time_get_ymd (date, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Migration */

/* A deep copy, so migrating never changes the caller's document. Depth is
 * bounded: the document may come from code that never went through the scan. */
static JsonNode *
deep_copy (JsonNode *node,
           guint     depth)
{
  JsonNode *copy;

  if (depth > CANDOR_JSON_MAX_DEPTH)
    return NULL;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_object_new ();
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        copy = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &member, &child))
          {
            JsonNode *child_copy = deep_copy (child, depth + 1);

            if (child_copy == NULL)
              {
                json_node_unref (copy);
                return NULL;
              }

            json_object_set_member (object, member, child_copy);
          }
      }
      return copy;

    case JSON_NODE_ARRAY:
      {
        JsonArray *source = json_node_get_array (node);
        JsonArray *array = json_array_sized_new (json_array_get_length (source));

        copy = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);

        for (guint i = 0; i < json_array_get_length (source); i++)
          {
            JsonNode *child_copy = deep_copy (json_array_get_element (source, i), depth + 1);

            if (child_copy == NULL)
              {
                json_node_unref (copy);
                return NULL;
              }

            json_array_add_element (array, child_copy);
          }
      }
      return copy;

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

/*
 * Version 0 (the development format) said "private": true on a check-in;
 * version 1 says "shared": false, so that the default (shared) needs no
 * member and the choice reads the same way as in the app.
 */
static void
migrate_v0_to_v1 (JsonObject *document)
{
  JsonArray *checkins;

  if (!json_object_has_member (document, "checkins") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (document, "checkins")))
    return;

  checkins = json_object_get_array_member (document, "checkins");
  for (guint i = 0; i < json_array_get_length (checkins); i++)
    {
      JsonNode *element = json_array_get_element (checkins, i);
      JsonObject *checkin;
      JsonNode *private;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      checkin = json_node_get_object (element);
      private = json_object_get_member (checkin, "private");

      /* Anything else is left for validation to point at. */
      if (private == NULL || !JSON_NODE_HOLDS_VALUE (private) ||
          json_node_get_value_type (private) != G_TYPE_BOOLEAN)
        continue;

      json_object_set_boolean_member (checkin, "shared", !json_node_get_boolean (private));
      json_object_remove_member (checkin, "private");
    }
}

/* migrations[n] turns version n into version n + 1. */
static void (* const migrations[]) (JsonObject *document) = {
  migrate_v0_to_v1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CANDOR_JSON_VERSION);

/**
 * candor_json_migrate:
 * @document: a parsed document (or segment) of any version
 *
 * Brings @document to %CANDOR_JSON_VERSION, one version step at a time.
 * @document itself is never changed.
 *
 * Returns: (transfer full) (nullable): the current-version document (a new
 *   reference to @document if it is current), or %NULL with
 *   %CANDOR_JSON_ERROR_NEWER_VERSION if a newer Candor wrote it
 */
JsonNode *
candor_json_migrate (JsonNode  *document,
                     GError   **error)
{
  JsonNode *version_node;
  JsonNode *copy;
  gint64 version;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (document))
    {
      g_set_error_literal (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID,
                           _("$: expected an object"));
      return NULL;
    }

  version_node = json_object_get_member (json_node_get_object (document), "version");
  if (version_node == NULL)
    {
      g_set_error_literal (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID,
                           _("$.version: required member is missing"));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (version_node) ||
      json_node_get_value_type (version_node) != G_TYPE_INT64 ||
      json_node_get_int (version_node) < 0)
    {
      g_set_error_literal (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID,
                           _("$.version: expected a whole number"));
      return NULL;
    }

  version = json_node_get_int (version_node);
  if (version > CANDOR_JSON_VERSION)
    {
      g_set_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_NEWER_VERSION,
                   _("$.version: the document is version %lld, from a newer Candor; this "
                     "one reads up to version %d"),
                   (long long) version, CANDOR_JSON_VERSION);
      return NULL;
    }

  if (version == CANDOR_JSON_VERSION)
    return json_node_ref (document);

  copy = deep_copy (document, 0);
  if (copy == NULL)
    {
      g_set_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_TOO_DEEP,
                   _("$: nested deeper than %d levels"), CANDOR_JSON_MAX_DEPTH);
      return NULL;
    }

  for (; version < CANDOR_JSON_VERSION; version++)
    migrations[version] (json_node_get_object (copy));

  json_object_set_int_member (json_node_get_object (copy), "version", CANDOR_JSON_VERSION);

  return copy;
}

/* Validation and loading */

static gboolean
kind_is_profile (CandorKind kind)
{
  return kind == CANDOR_KIND_SETTINGS || candor_entry_schema_for_kind (kind)->date_pspec == NULL;
}

static gboolean
kind_in_segment (CandorKind  kind,
                 const char *segment)
{
  if (segment == NULL)
    return TRUE;

  if (strcmp (segment, CANDOR_SEGMENT_PROFILE) == 0)
    return kind_is_profile (kind);

  return !kind_is_profile (kind);
}

static CandorKind
kind_for_member (const char *member)
{
  for (CandorKind kind = 0; kind < CANDOR_N_KINDS; kind++)
    if (strcmp (candor_entry_schema_for_kind (kind)->member, member) == 0)
      return kind;

  return CANDOR_N_KINDS;
}

/* Settings last: they refer to people. */
static const CandorKind validation_order[] = {
  CANDOR_KIND_PERSON,
  CANDOR_KIND_REASSESSMENT,
  CANDOR_KIND_CHECK,
  CANDOR_KIND_CHECKIN,
  CANDOR_KIND_INTERACTION,
  CANDOR_KIND_COMMITMENT,
  CANDOR_KIND_EXERCISE,
  CANDOR_KIND_FEELING_NOTE,
  CANDOR_KIND_BOUNDARY,
  CANDOR_KIND_GROWTH_ENTRY,
  CANDOR_KIND_SETTINGS,
};

G_STATIC_ASSERT (G_N_ELEMENTS (validation_order) == CANDOR_N_KINDS);

/* @data: (nullable): where to build the entries, as each is validated */
static gboolean
validate_root (CandorValidator   *validator,
               JsonNode          *root,
               const char        *segment,
               CandorSegmentData *data)
{
  JsonObject *document;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  gsize mark;

  if (!candor_validator_check_object (validator, root))
    return FALSE;

  document = json_node_get_object (root);

  if (segment != NULL)
    {
      mark = candor_validator_push_member (validator, "segment");
      value = json_object_get_member (document, "segment");

      if (value == NULL)
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("required member is missing"));

      if (!is_string_node (value) || strcmp (json_node_get_string (value), segment) != 0)
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected “%s”"), segment);

      candor_validator_pop (validator, mark);
    }

  for (guint k = 0; k < G_N_ELEMENTS (validation_order); k++)
    {
      CandorKind kind = validation_order[k];
      const char *key = candor_entry_schema_for_kind (kind)->member;
      JsonArray *array;

      value = json_object_get_member (document, key);
      if (value == NULL || !kind_in_segment (kind, segment))
        continue;

      mark = candor_validator_push_member (validator, key);

      if (kind == CANDOR_KIND_SETTINGS)
        {
          if (!candor_entry_validate_json (kind, validator, value,
                                           data != NULL ? (CandorEntry **) &data->settings
                                                        : NULL))
            return FALSE;

          candor_validator_pop (validator, mark);
          continue;
        }

      if (!JSON_NODE_HOLDS_ARRAY (value))
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected an array"));

      array = json_node_get_array (value);
      /* Entries taken while parsing (see take_entry_cb()) are there already. */
      if (data != NULL && data->items[kind] == NULL)
        data->items[kind] = g_ptr_array_new_full (json_array_get_length (array),
                                                  g_object_unref);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize item_mark = candor_validator_push_index (validator, i);
          CandorEntry *entry = NULL;

          if (!candor_entry_validate_json (kind, validator, json_array_get_element (array, i),
                                           data != NULL ? &entry : NULL))
            return FALSE;

          if (entry != NULL)
            g_ptr_array_add (data->items[kind], entry);

          candor_validator_pop (validator, item_mark);
        }

      candor_validator_pop (validator, mark);
    }

  json_object_iter_init (&iter, document);
  while (json_object_iter_next (&iter, &member, &value))
    {
      CandorKind kind;

      if (strcmp (member, "version") == 0 || (segment != NULL && strcmp (member, "segment") == 0))
        continue;

      kind = kind_for_member (member);
      if (kind != CANDOR_N_KINDS && kind_in_segment (kind, segment))
        continue;

      candor_validator_push_member (validator, member);

      if (kind != CANDOR_N_KINDS)
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("does not belong in segment “%s”"), segment);

      return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID, _("unknown member"));
    }

  return TRUE;
}

static void
validator_init (CandorValidator *validator,
                const char      *segment)
{
  validator->path = g_string_new ("$");
  validator->ids = g_hash_table_new (g_str_hash, g_str_equal);
  validator->error = NULL;
  validator->year = 0;
  validator->check_people = TRUE;

  if (segment != NULL && strcmp (segment, CANDOR_SEGMENT_PROFILE) != 0)
    {
      validator->year = atoi (segment);
      validator->check_people = FALSE;
    }
}

static void
validator_clear (CandorValidator *validator)
{
  g_string_free (validator->path, TRUE);
  g_hash_table_unref (validator->ids);
  g_clear_error (&validator->error);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return candor_entry_compare (*(CandorEntry **) a, *(CandorEntry **) b);
}

/* A segment we wrote is sorted already: checking that takes n - 1 comparisons. */
static void
sort_entries (GPtrArray *items)
{
  for (guint i = 1; i < items->len; i++)
    {
      if (candor_entry_compare (g_ptr_array_index (items, i - 1),
                                g_ptr_array_index (items, i)) > 0)
        {
          g_ptr_array_sort (items, compare_entries);
          return;
        }
    }
}

/* Every kind has its array, sorted. */
static void
finish_segment_data (CandorSegmentData *data)
{
  for (CandorKind kind = CANDOR_FIRST_LIST_KIND; kind < CANDOR_N_KINDS; kind++)
    {
      if (data->items[kind] == NULL)
        data->items[kind] = g_ptr_array_new_with_free_func (g_object_unref);

      sort_entries (data->items[kind]);
    }
}

/*
 * candor_segment_data_load:
 * @segment: (nullable): the segment @document must be, or %NULL for a whole document
 *
 * Migrates, validates and builds. Touches no journal, so it may run in a
 * worker thread. Each entry is built as soon as it is valid; a document
 * that turns out bad later only costs the entries built so far.
 */
CandorSegmentData *
candor_segment_data_load (JsonNode    *document,
                          const char  *segment,
                          GError     **error)
{
  g_autoptr(CandorSegmentData) data = NULL;
  g_autoptr(JsonNode) current = NULL;
  CandorValidator validator;

  current = candor_json_migrate (document, error);
  if (current == NULL)
    return NULL;

  data = g_new0 (CandorSegmentData, 1);
  data->segment = g_strdup (segment);

  validator_init (&validator, segment);
  if (!validate_root (&validator, current, segment, data))
    {
      g_propagate_error (error, g_steal_pointer (&validator.error));
      validator_clear (&validator);
      return NULL;
    }
  validator_clear (&validator);
  finish_segment_data (data);

  return g_steal_pointer (&data);
}

/**
 * candor_json_validate_document:
 * @document: a parsed document
 *
 * Checks a whole document as an import would, without building anything.
 *
 * Returns: %TRUE if @document can be imported
 */
gboolean
candor_json_validate_document (JsonNode  *document,
                               GError   **error)
{
  g_autoptr(JsonNode) current = NULL;
  CandorValidator validator;
  gboolean ok;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  current = candor_json_migrate (document, error);
  if (current == NULL)
    return FALSE;

  validator_init (&validator, NULL);
  ok = validate_root (&validator, current, NULL, NULL);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&validator.error));
  validator_clear (&validator);

  return ok;
}

typedef struct
{
  CandorValidator    validator;
  CandorSegmentData *data;
} TakeEntries;

/* Builds each entry of a year while the year is parsed, from a document of this
 * version only (an older one is migrated as a tree first). Anything wrong stops
 * the fast parse: the whole document is then read again the usual way, which
 * names the problem as it always has. */
static CandorJsonTake
take_entry_cb (const char *member,
               JsonObject *root,
               JsonNode   *element,
               gpointer    user_data)
{
  TakeEntries *take = user_data;
  JsonNode *version = json_object_get_member (root, "version");
  CandorKind kind = kind_for_member (member);
  CandorEntry *entry = NULL;
  gsize mark;

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) != CANDOR_JSON_VERSION ||
      kind == CANDOR_N_KINDS || kind == CANDOR_KIND_SETTINGS ||
      !kind_in_segment (kind, take->data->segment))
    return CANDOR_JSON_KEEP;

  mark = candor_validator_push_member (&take->validator, member);
  candor_validator_push_index (&take->validator,
                               take->data->items[kind] != NULL ? take->data->items[kind]->len
                                                               : 0);
  if (!candor_entry_validate_json (kind, &take->validator, element, &entry))
    return CANDOR_JSON_STOP;
  candor_validator_pop (&take->validator, mark);

  if (take->data->items[kind] == NULL)
    take->data->items[kind] = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (take->data->items[kind], entry);

  /* The id the validator keeps is the element's, about to be freed: the entry's
   * own copy takes its place. */
  g_hash_table_steal (take->validator.ids, candor_entry_get_id (entry));
  g_hash_table_insert (take->validator.ids, (char *) candor_entry_get_id (entry),
                       GINT_TO_POINTER (kind + 1));

  return CANDOR_JSON_TAKEN;
}

/* A year segment built while it is parsed, or %NULL when it has to be read the
 * usual way (not clean, an older version, anything invalid). */
static CandorSegmentData *
parse_year_taking (const char *segment,
                   const char *text,
                   gsize       length)
{
  TakeEntries take;
  g_autoptr(JsonNode) root = NULL;
  gboolean ok;

  take.data = g_new0 (CandorSegmentData, 1);
  take.data->segment = g_strdup (segment);
  validator_init (&take.validator, segment);

  root = candor_json_parse_document_taking (text, length, take_entry_cb, &take);
  ok = root != NULL && validate_root (&take.validator, root, segment, take.data);
  validator_clear (&take.validator);

  if (!ok)
    {
      candor_segment_data_free (take.data);
      return NULL;
    }

  finish_segment_data (take.data);
  return take.data;
}

/**
 * candor_segment_data_parse:
 * @segment: "profile" or a year such as "2025"
 * @json: the segment's JSON, as candor_journal_serialize_segment() wrote it
 *
 * Parses, validates and builds the entries of one segment. Thread-safe: it
 * touches no journal, so a vault can load years in a worker thread and hand
 * the result to candor_journal_apply_segment() on the main thread.
 *
 * Returns: (transfer full) (nullable): the segment's data
 */
CandorSegmentData *
candor_segment_data_parse (const char  *segment,
                           GBytes      *json,
                           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (candor_segment_name_is_valid (segment), NULL);
  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (json, &length);

  if (strcmp (segment, CANDOR_SEGMENT_PROFILE) != 0)
    {
      CandorSegmentData *taken = parse_year_taking (segment, data, length);

      if (taken != NULL)
        return taken;
    }

  root = candor_json_parse_document (data, length, error);
  if (root == NULL)
    return NULL;

  return candor_segment_data_load (root, segment, error);
}

const char *
candor_segment_data_get_segment (CandorSegmentData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->segment;
}

void
candor_segment_data_free (CandorSegmentData *data)
{
  if (data == NULL)
    return;

  g_free (data->segment);
  g_clear_object (&data->settings);
  for (guint i = 0; i < CANDOR_N_KINDS; i++)
    g_clear_pointer (&data->items[i], g_ptr_array_unref);
  g_free (data);
}

/**
 * candor_json_to_data:
 * @pretty: indent for people to read; compact otherwise
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): @document as JSON text
 */
char *
candor_json_to_data (JsonNode *document,
                     gboolean  pretty,
                     gsize    *length)
{
  g_autoptr(JsonGenerator) generator = NULL;

  g_return_val_if_fail (document != NULL, NULL);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, document);

  return json_generator_to_data (generator, length);
}
