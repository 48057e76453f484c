/* candor-entry.c — what every journal entry has: a stable id, created and modified
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <string.h>

#include "candor-journal-private.h"

typedef struct
{
  char          *id;
  GDateTime     *created;
  GDateTime     *modified;

  /* Unowned: the journal clears it when the entry leaves it or the journal dies. */
  CandorJournal *journal;
  /* The year the journal filed the entry under, to find the old segment when
   * the date moves to another year. */
  int            cached_year;
  /* Set while a whole entry is copied in, so "modified" comes from the copy. */
  guint          keep_modified : 1;
  /* Set while a new entry's fields are read from a document: see candor_entry_begin_load(). */
  guint          loading : 1;
  /* The entry as JSON text, kept from one save to the next and dropped by any change:
   * a save rewrites a whole year, and a year should not be rebuilt for one new entry. */
  char          *json_text;
  gsize          json_text_len;
} CandorEntryPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CandorEntry, candor_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CandorEntrySchema *
schema_for_type (GType type)
{
  CandorEntryClass *klass = g_type_class_peek (type);

  /* The reference is never dropped: entry classes live as long as the process. */
  if (klass == NULL)
    klass = g_type_class_ref (type);

  g_assert (klass->schema != NULL);

  return klass->schema;
}

static void
candor_entry_dispatch_properties_changed (GObject     *object,
                                          guint        n_pspecs,
                                          GParamSpec **pspecs)
{
  CandorEntry *self = CANDOR_ENTRY (object);
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);
  CandorEntrySchema *schema = CANDOR_ENTRY_GET_CLASS (self)->schema;
  gboolean has_modified = FALSE;
  gboolean date_changed = FALSE;

  if (priv->loading)
    return;

  g_clear_pointer (&priv->json_text, g_free);

  for (guint i = 0; i < n_pspecs; i++)
    {
      if (pspecs[i] == properties[PROP_MODIFIED])
        has_modified = TRUE;
      else if (schema != NULL && pspecs[i] == schema->date_pspec)
        date_changed = TRUE;
    }

  /* Any change bumps "modified", which is what a merge compares. A batch that
   * sets "modified" itself (construction, an import, a copy) keeps its value. */
  if (!has_modified && !priv->keep_modified)
    {
      g_autofree GParamSpec **with_modified = g_new (GParamSpec *, n_pspecs + 1);

      g_clear_pointer (&priv->modified, g_date_time_unref);
      priv->modified = g_date_time_new_now_utc ();

      memcpy (with_modified, pspecs, n_pspecs * sizeof (GParamSpec *));
      with_modified[n_pspecs] = properties[PROP_MODIFIED];

      G_OBJECT_CLASS (candor_entry_parent_class)->dispatch_properties_changed (object,
                                                                             n_pspecs + 1,
                                                                             with_modified);
    }
  else
    {
      G_OBJECT_CLASS (candor_entry_parent_class)->dispatch_properties_changed (object,
                                                                             n_pspecs,
                                                                             pspecs);
    }

  if (priv->journal != NULL)
    candor_journal_entry_changed (priv->journal, self, date_changed);
}

static void
candor_entry_constructed (GObject *object)
{
  CandorEntry *self = CANDOR_ENTRY (object);
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  G_OBJECT_CLASS (candor_entry_parent_class)->constructed (object);

  if (priv->id == NULL)
    priv->id = g_uuid_string_random ();

  if (priv->created == NULL)
    priv->created = g_date_time_new_now_utc ();

  if (priv->modified == NULL)
    priv->modified = g_date_time_ref (priv->created);
}

static void
candor_entry_finalize (GObject *object)
{
  CandorEntry *self = CANDOR_ENTRY (object);
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->created, g_date_time_unref);
  g_clear_pointer (&priv->modified, g_date_time_unref);
  g_clear_pointer (&priv->json_text, g_free);

  G_OBJECT_CLASS (candor_entry_parent_class)->finalize (object);
}

static void
candor_entry_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CandorEntry *self = CANDOR_ENTRY (object);
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, priv->created);
      break;

    case PROP_MODIFIED:
      g_value_set_boxed (value, priv->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_entry_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CandorEntry *self = CANDOR_ENTRY (object);
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_CREATED:
      priv->created = g_value_dup_boxed (value);
      break;

    case PROP_MODIFIED:
      /* A construct property, so that a value given to g_object_new() is set
       * in the same notification batch as the rest and is not bumped. */
      if (g_value_get_boxed (value) != NULL)
        candor_entry_set_modified (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_entry_class_init (CandorEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = candor_entry_constructed;
  object_class->finalize = candor_entry_finalize;
  object_class->get_property = candor_entry_get_property;
  object_class->set_property = candor_entry_set_property;
  object_class->dispatch_properties_changed = candor_entry_dispatch_properties_changed;

  /**
   * CandorEntry:id:
   *
   * A random UUID given at creation that never changes; references between
   * entries and merges use it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorEntry:modified:
   *
   * When the entry last changed, in UTC. Any property change bumps it.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
candor_entry_init (CandorEntry *self)
{
}

/* Internal API (candor-journal-private.h) */

void
candor_entry_class_install_schema (CandorEntryClass  *klass,
                                   CandorKind         kind,
                                   const char        *member,
                                   const CandorField *fields,
                                   guint              n_fields,
                                   const char        *date_property)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntrySchema *schema;

  g_assert (klass->schema == NULL);

  schema = g_new0 (CandorEntrySchema, 1);
  schema->kind = kind;
  schema->member = member;
  schema->fields = fields;
  schema->n_fields = n_fields;
  schema->pspecs = g_new0 (GParamSpec *, n_fields);
  schema->keys = g_new0 (const char *, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *key = g_strdup (fields[i].property);

      schema->pspecs[i] = g_object_class_find_property (object_class, fields[i].property);
      g_assert (schema->pspecs[i] != NULL);
      g_assert (fields[i].type != CANDOR_FIELD_ENUM ||
                G_IS_PARAM_SPEC_ENUM (schema->pspecs[i]));

      g_strdelimit (key, "-", '_');
      schema->keys[i] = g_intern_string (key);
    }

  if (date_property != NULL)
    {
      schema->date_pspec = g_object_class_find_property (object_class, date_property);
      g_assert (schema->date_pspec != NULL);
    }

  klass->schema = schema;
}

GType
candor_kind_get_type (CandorKind kind)
{
  switch (kind)
    {
    case CANDOR_KIND_SETTINGS: return CANDOR_TYPE_SETTINGS;
    case CANDOR_KIND_PERSON: return CANDOR_TYPE_PERSON;
    case CANDOR_KIND_REASSESSMENT: return CANDOR_TYPE_REASSESSMENT;
    case CANDOR_KIND_CHECK: return CANDOR_TYPE_CHECK;
    case CANDOR_KIND_CHECKIN: return CANDOR_TYPE_CHECKIN;
    case CANDOR_KIND_INTERACTION: return CANDOR_TYPE_INTERACTION;
    case CANDOR_KIND_COMMITMENT: return CANDOR_TYPE_COMMITMENT;
    case CANDOR_KIND_EXERCISE: return CANDOR_TYPE_EXERCISE;
    case CANDOR_KIND_FEELING_NOTE: return CANDOR_TYPE_FEELING_NOTE;
    case CANDOR_KIND_BOUNDARY: return CANDOR_TYPE_BOUNDARY;
    case CANDOR_KIND_GROWTH_ENTRY: return CANDOR_TYPE_GROWTH_ENTRY;
    case CANDOR_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

CandorEntrySchema *
candor_entry_schema_for_kind (CandorKind kind)
{
  return schema_for_type (candor_kind_get_type (kind));
}

CandorEntrySchema *
candor_entry_get_schema (CandorEntry *self)
{
  return CANDOR_ENTRY_GET_CLASS (self)->schema;
}

/*
 * candor_entry_begin_load:
 * @created: (transfer none):
 * @modified: (transfer none):
 *
 * Starts a new entry read from a document. Its other fields are set with
 * candor_entry_load_field() until candor_entry_end_load(), straight through
 * the class's set_property, and notify nobody: no one can hold the entry
 * yet, and "modified" stays the document's. A vault holds tens of thousands
 * of entries, and a GValue lookup and notification per field is most of
 * what building them costs.
 */
CandorEntry *
candor_entry_begin_load (GType       type,
                         const char *id,
                         GDateTime  *created,
                         GDateTime  *modified)
{
  static const char *names[] = { "id", "created" };
  GValue values[G_N_ELEMENTS (names)] = { G_VALUE_INIT, G_VALUE_INIT };
  CandorEntry *self;
  CandorEntryPrivate *priv;

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_static_string (&values[0], id);
  g_value_init (&values[1], G_TYPE_DATE_TIME);
  g_value_set_static_boxed (&values[1], created);

  self = (CandorEntry *) g_object_new_with_properties (type, G_N_ELEMENTS (names), names, values);
  priv = candor_entry_get_instance_private (self);
  priv->loading = TRUE;

  /* "modified" as a third property would be set, compared and notified; it is
   * in UTC already, and nothing has seen the entry. */
  g_clear_pointer (&priv->modified, g_date_time_unref);
  priv->modified = g_date_time_ref (modified);

  return self;
}

void
candor_entry_load_field (CandorEntry  *self,
                         GParamSpec   *pspec,
                         const GValue *value)
{
  GObjectClass *owner = g_type_class_peek (pspec->owner_type);

  g_assert (((CandorEntryPrivate *) candor_entry_get_instance_private (self))->loading);

  owner->set_property (G_OBJECT (self), pspec->param_id, value, pspec);
}

void
candor_entry_end_load (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  priv->loading = FALSE;
}

/*
 * candor_entry_update_from:
 *
 * Takes every field and "modified" from @newer, an entry with the same id,
 * so that views bound to @self see the new values without losing the object.
 */
void
candor_entry_update_from (CandorEntry *self,
                          CandorEntry *newer)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);
  CandorEntryPrivate *newer_priv = candor_entry_get_instance_private (newer);
  CandorEntrySchema *schema = CANDOR_ENTRY_GET_CLASS (self)->schema;

  g_assert (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (newer));

  g_object_freeze_notify (G_OBJECT (self));
  priv->keep_modified = TRUE;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, schema->pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (newer), schema->pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (self), schema->pspecs[i]->name, &value);
    }

  candor_entry_set_modified (self, newer_priv->modified);

  g_object_thaw_notify (G_OBJECT (self));
  priv->keep_modified = FALSE;
}

/*
 * candor_entry_forget_person:
 * @drop: (out): set to %TRUE when the entry cannot exist without the person
 *
 * Clears optional references to @person_id. Returns %TRUE if anything changed.
 */
gboolean
candor_entry_forget_person (CandorEntry *self,
                            const char  *person_id,
                            gboolean    *drop)
{
  CandorEntrySchema *schema = CANDOR_ENTRY_GET_CLASS (self)->schema;
  gboolean changed = FALSE;

  *drop = FALSE;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const CandorField *field = &schema->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (field->type != CANDOR_FIELD_PERSON &&
          !(field->type == CANDOR_FIELD_CUSTOM && field->custom->forget != NULL))
        continue;

      g_value_init (&value, schema->pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), schema->pspecs[i]->name, &value);

      if (field->type == CANDOR_FIELD_CUSTOM)
        {
          if (field->custom->forget (&value, person_id))
            {
              g_object_set_property (G_OBJECT (self), schema->pspecs[i]->name, &value);
              changed = TRUE;
            }
        }
      else if (g_strcmp0 (g_value_get_string (&value), person_id) == 0)
        {
          if (field->required)
            {
              *drop = TRUE;
              return FALSE;
            }

          g_object_set (self, schema->pspecs[i]->name, NULL, NULL);
          changed = TRUE;
        }
    }

  return changed;
}

/*
 * Finishes what removing a person started in years that were not loaded
 * then: an entry that needs a missing person goes, an optional reference to
 * one is cleared. Returns %TRUE if anything changed.
 */
gboolean
candor_entry_repair_people (CandorEntry   *self,
                            CandorJournal *journal,
                            gboolean      *drop)
{
  CandorEntrySchema *schema = CANDOR_ENTRY_GET_CLASS (self)->schema;
  gboolean changed = FALSE;

  *drop = FALSE;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      GParamSpec *pspec = schema->pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      const char *person_id;

      if (schema->fields[i].type != CANDOR_FIELD_PERSON)
        continue;

      /* Every entry of every year loaded passes here: no lookup of the property by name. */
      g_value_init (&value, G_TYPE_STRING);
      G_OBJECT_CLASS (g_type_class_peek (pspec->owner_type))->get_property (G_OBJECT (self),
                                                                          pspec->param_id,
                                                                          &value, pspec);
      person_id = g_value_get_string (&value);
      if (person_id == NULL || candor_journal_get_person_by_id (journal, person_id) != NULL)
        continue;

      if (schema->fields[i].required)
        {
          *drop = TRUE;
          return FALSE;
        }

      g_object_set (self, schema->pspecs[i]->name, NULL, NULL);
      changed = TRUE;
    }

  return changed;
}

int
candor_entry_compare (CandorEntry *a,
                      CandorEntry *b)
{
  CandorEntryPrivate *priv_a = candor_entry_get_instance_private (a);
  CandorEntryPrivate *priv_b = candor_entry_get_instance_private (b);
  GDateTime *date_a = candor_entry_get_date (a);
  GDateTime *date_b = candor_entry_get_date (b);
  int cmp;

  if (date_a != NULL && date_b != NULL && (cmp = g_date_time_compare (date_a, date_b)) != 0)
    return cmp;

  if ((cmp = g_date_time_compare (priv_a->created, priv_b->created)) != 0)
    return cmp;

  return strcmp (priv_a->id, priv_b->id);
}

int
candor_entry_get_year (CandorEntry *self)
{
  GDateTime *date = candor_entry_get_date (self);

  return date != NULL ? g_date_time_get_year (date) : 0;
}

void
candor_entry_set_journal (CandorEntry   *self,
                          CandorJournal *journal)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  priv->journal = journal;
  priv->cached_year = journal != NULL ? candor_entry_get_year (self) : 0;
}

CandorJournal *
candor_entry_get_journal (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  return priv->journal;
}

int
candor_entry_get_cached_year (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  return priv->cached_year;
}

void
candor_entry_set_cached_year (CandorEntry *self,
                              int          year)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  priv->cached_year = year;
}

/*
 * The shared setters keep every entry within what the document allows, so
 * that what is saved always loads again: text over its limit is cut (at a
 * character boundary), and malformed ids, colours, times, out-of-range
 * numbers and dates are refused like any other programming error.
 */
static const CandorField *
field_for_pspec (CandorEntry *self,
                 GParamSpec  *pspec)
{
  CandorEntrySchema *schema = CANDOR_ENTRY_GET_CLASS (self)->schema;

  for (guint i = 0; schema != NULL && i < schema->n_fields; i++)
    if (schema->pspecs[i] == pspec)
      return &schema->fields[i];

  return NULL;
}

/* While a new entry is read from a document (candor_entry_begin_load()), its
 * values have just passed the same table's checks (candor_entry_validate_json()),
 * and nobody can listen: checks and notifications would only cost. */
static gboolean
is_loading (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  return priv->loading;
}

static void
notify_field (CandorEntry *self,
              GParamSpec  *pspec)
{
  if (!is_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Returns @value, or a copy cut to @max characters in @cut. */
static const char *
within_limit (const char  *value,
              gint64       max,
              char       **cut)
{
  if (value == NULL || strlen (value) <= (gsize) max || g_utf8_strlen (value, -1) <= max)
    return value;

  *cut = g_utf8_substring (value, 0, max);

  return *cut;
}

static gboolean
set_string_field (CandorEntry  *self,
                  char        **field,
                  const char   *value,
                  GParamSpec   *pspec,
                  gboolean      shared)
{
  gboolean loading = is_loading (self);
  const CandorField *spec = loading ? NULL : field_for_pspec (self, pspec);
  g_autofree char *cut = NULL;

  g_return_val_if_fail (value == NULL || loading || g_utf8_validate (value, -1, NULL), FALSE);

  if (spec != NULL && value != NULL)
    {
      switch (spec->type)
        {
        case CANDOR_FIELD_PERSON:
        case CANDOR_FIELD_TOKEN:
          g_return_val_if_fail (candor_json_token_is_valid (value), FALSE);
          break;

        case CANDOR_FIELD_COLOR:
          g_return_val_if_fail (candor_json_color_is_valid (value), FALSE);
          break;

        case CANDOR_FIELD_TIME:
          g_return_val_if_fail (candor_json_time_is_valid (value), FALSE);
          break;

        case CANDOR_FIELD_STRING:
          g_return_val_if_fail (spec->min == 0 || value[0] != '\0', FALSE);
          value = within_limit (value, spec->max, &cut);
          break;

        default:
          break;
        }
    }

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  if (shared)
    {
      g_clear_pointer (field, g_ref_string_release);
      *field = value != NULL ? g_ref_string_new_intern (value) : NULL;
    }
  else
    {
      g_free (*field);
      *field = g_strdup (value);
    }
  notify_field (self, pspec);

  return TRUE;
}

gboolean
candor_entry_set_string_field (CandorEntry  *self,
                               char        **field,
                               const char   *value,
                               GParamSpec   *pspec)
{
  return set_string_field (self, field, value, pspec, FALSE);
}

gboolean
candor_entry_set_person_field (CandorEntry  *self,
                               char        **field,
                               const char   *value,
                               GParamSpec   *pspec)
{
  return set_string_field (self, field, value, pspec, TRUE);
}

/* @date_time in UTC: itself when it is already (GDateTime is immutable, and
 * entries loaded together share their dates), or a copy. */
static GDateTime *
candor_date_time_ref_utc (GDateTime *date_time)
{
  if (g_date_time_get_utc_offset (date_time) == 0 &&
      g_strcmp0 (g_time_zone_get_identifier (g_date_time_get_timezone (date_time)), "UTC") == 0)
    return g_date_time_ref (date_time);

  return g_date_time_to_utc (date_time);
}

static gboolean
date_time_equal0 (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

gboolean
candor_entry_set_date_field (CandorEntry  *self,
                             GDateTime   **field,
                             GDateTime    *value,
                             GParamSpec   *pspec)
{
  g_autoptr(GDateTime) utc = value != NULL ? candor_date_time_ref_utc (value) : NULL;

  /* Years are four digits in the document, and segments are named by them. */
  g_return_val_if_fail (utc == NULL ||
                        (g_date_time_get_year (utc) >= 1900 && g_date_time_get_year (utc) <= 9999),
                        FALSE);

  if (date_time_equal0 (*field, utc))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = g_steal_pointer (&utc);
  notify_field (self, pspec);

  return TRUE;
}

gboolean
candor_entry_set_day_field (CandorEntry  *self,
                            GDateTime   **field,
                            GDateTime    *value,
                            GParamSpec   *pspec)
{
  g_autoptr(GDateTime) day = value != NULL ? candor_day_from_date_time (value) : NULL;

  return candor_entry_set_date_field (self, field, day, pspec);
}

gboolean
candor_entry_set_strv_field (CandorEntry         *self,
                             char              ***field,
                             const char * const  *value,
                             GParamSpec          *pspec)
{
  const CandorField *spec = is_loading (self) ? NULL : field_for_pspec (self, pspec);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) cut = NULL;

  if (spec != NULL && value != NULL)
    {
      g_return_val_if_fail (g_strv_length ((char **) value) <= spec->max, FALSE);

      builder = g_strv_builder_new ();
      for (guint i = 0; value[i] != NULL; i++)
        {
          g_autofree char *item_cut = NULL;

          g_return_val_if_fail (g_utf8_validate (value[i], -1, NULL), FALSE);
          if (spec->type == CANDOR_FIELD_TOKENS)
            g_return_val_if_fail (candor_json_token_is_valid (value[i]), FALSE);

          g_strv_builder_add (builder, spec->type == CANDOR_FIELD_STRINGS
                                         ? within_limit (value[i], spec->item_max, &item_cut)
                                         : value[i]);
        }

      cut = g_strv_builder_end (builder);
      value = (const char * const *) cut;
    }

  if (*field == NULL || value == NULL)
    {
      if ((gpointer) *field == (gpointer) value)
        return FALSE;
    }
  else if (g_strv_equal ((const char * const *) *field, value))
    {
      return FALSE;
    }

  g_strfreev (*field);
  *field = cut != NULL ? g_steal_pointer (&cut) : g_strdupv ((char **) value);
  notify_field (self, pspec);

  return TRUE;
}

gboolean
candor_entry_set_boolean_field (CandorEntry *self,
                                gboolean    *field,
                                gboolean     value,
                                GParamSpec  *pspec)
{
  value = !!value;
  if (*field == value)
    return FALSE;

  *field = value;
  notify_field (self, pspec);

  return TRUE;
}

gboolean
candor_entry_set_uint_field (CandorEntry *self,
                             guint       *field,
                             guint        value,
                             GParamSpec  *pspec)
{
  g_return_val_if_fail (!G_IS_PARAM_SPEC_UINT (pspec) ||
                        (value >= G_PARAM_SPEC_UINT (pspec)->minimum &&
                         value <= G_PARAM_SPEC_UINT (pspec)->maximum),
                        FALSE);

  if (*field == value)
    return FALSE;

  *field = value;
  notify_field (self, pspec);

  return TRUE;
}

gboolean
candor_entry_set_variant_field (CandorEntry  *self,
                                GVariant    **field,
                                GVariant     *value,
                                GParamSpec   *pspec)
{
  g_autoptr(GVariant) sunk = value != NULL ? g_variant_ref_sink (value) : NULL;

  if (*field == NULL || sunk == NULL)
    {
      if (*field == sunk)
        return FALSE;
    }
  else if (g_variant_equal (*field, sunk))
    {
      return FALSE;
    }

  g_clear_pointer (field, g_variant_unref);
  *field = g_steal_pointer (&sunk);
  notify_field (self, pspec);

  return TRUE;
}

/* Public API */

/**
 * candor_entry_get_id:
 *
 * Returns: the entry's id, a UUID string that never changes
 */
const char *
candor_entry_get_id (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  g_return_val_if_fail (CANDOR_IS_ENTRY (self), NULL);

  return priv->id;
}

GDateTime *
candor_entry_get_created (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  g_return_val_if_fail (CANDOR_IS_ENTRY (self), NULL);

  return priv->created;
}

GDateTime *
candor_entry_get_modified (CandorEntry *self)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  g_return_val_if_fail (CANDOR_IS_ENTRY (self), NULL);

  return priv->modified;
}

/**
 * candor_entry_set_modified:
 *
 * Sets the modification time explicitly. Only imports and tools need this:
 * every other change sets it to now by itself.
 */
void
candor_entry_set_modified (CandorEntry *self,
                           GDateTime   *modified)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  g_return_if_fail (CANDOR_IS_ENTRY (self));
  g_return_if_fail (modified != NULL);

  candor_entry_set_date_field (self, &priv->modified, modified, properties[PROP_MODIFIED]);
}

/**
 * candor_entry_get_date:
 *
 * Returns: (nullable): the date the entry is sorted and filed by, or %NULL
 *   for entries of the profile segment
 */
GDateTime *
candor_entry_get_date (CandorEntry *self)
{
  CandorEntryClass *klass;

  g_return_val_if_fail (CANDOR_IS_ENTRY (self), NULL);

  klass = CANDOR_ENTRY_GET_CLASS (self);
  if (klass->get_date == NULL)
    return NULL;

  return klass->get_date (self);
}

/**
 * candor_entry_dup_segment:
 *
 * Returns: (transfer full): the segment the entry is stored in: "profile"
 *   or its year, such as "2025"
 */
char *
candor_entry_dup_segment (CandorEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_ENTRY (self), NULL);

  return candor_segment_for_date (candor_entry_get_date (self));
}

/**
 * candor_day_new:
 *
 * Returns: (transfer full) (nullable): the day as a #GDateTime at 00:00
 *   UTC, or %NULL if there is no such day
 */
GDateTime *
candor_day_new (int year,
                int month,
                int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/**
 * candor_day_from_date_time:
 * @date_time: a moment, in any time zone
 *
 * Returns: (transfer full): the calendar day @date_time falls on in its own
 *   time zone, as a #GDateTime at 00:00 UTC
 */
GDateTime *
candor_day_from_date_time (GDateTime *date_time)
{
  int year, month, day;

  g_return_val_if_fail (date_time != NULL, NULL);

  g_date_time_get_ymd (date_time, &year, &month, &day);

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/**
 * candor_segment_for_date:
 * @date: (nullable): a date in UTC
 *
 * Returns: (transfer full): "profile" for %NULL, else the year as four digits
 */
char *
candor_segment_for_date (GDateTime *date)
{
  if (date == NULL)
    return g_strdup (CANDOR_SEGMENT_PROFILE);

  return g_strdup_printf ("%04d", g_date_time_get_year (date));
}

/**
 * candor_segment_name_is_valid:
 *
 * Returns: %TRUE for "profile" and for years from 1900 to 9999
 */
gboolean
candor_segment_name_is_valid (const char *segment)
{
  if (segment == NULL)
    return FALSE;

  if (strcmp (segment, CANDOR_SEGMENT_PROFILE) == 0)
    return TRUE;

  if (strlen (segment) != 4 ||
      !g_ascii_isdigit (segment[0]) || !g_ascii_isdigit (segment[1]) ||
      !g_ascii_isdigit (segment[2]) || !g_ascii_isdigit (segment[3]))
    return FALSE;

  return g_ascii_strtoll (segment, NULL, 10) >= 1900;
}

/*
 * candor_entry_get_json_text:
 * @length: (out): the length of the text
 *
 * The entry as compact JSON text, the same as candor_entry_to_json() generates. It is
 * kept until the entry changes (any notification), so saving a year again costs only
 * the entries that changed. Main thread only, like every change to a journal's entries.
 *
 * Returns: (transfer none): the text, valid until the entry changes
 */
const char *
candor_entry_get_json_text (CandorEntry *self,
                            gsize       *length)
{
  CandorEntryPrivate *priv = candor_entry_get_instance_private (self);

  g_return_val_if_fail (CANDOR_IS_ENTRY (self), NULL);

  if (priv->json_text == NULL)
    {
      g_autoptr(JsonNode) node = candor_json_node_take_object (candor_entry_to_json (self));

      priv->json_text = candor_json_to_data (node, FALSE, &priv->json_text_len);
    }

  *length = priv->json_text_len;
  return priv->json_text;
}
