/* candor-boundary.c — one person's limit, in their own words, shared when they choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A boundary belongs to the profile segment: it is not an event of a year
 * but something that stays true until its author revises it. It is private
 * to its author until "shared" is set; the other person can then
 * acknowledge it, and a revision asks for a new acknowledgment.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "candor-journal-private.h"
#include "candor-boundary.h"

struct _CandorBoundary
{
  CandorEntry parent_instance;

  char       *person_id;
  char       *text;
  GDateTime  *revised;
  GDateTime  *shared;
  char       *acknowledged_by;
  GDateTime  *acknowledged;
  GDateTime  *revisited;
  GVariant   *history;
};

G_DEFINE_FINAL_TYPE (CandorBoundary, candor_boundary, CANDOR_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_TEXT,
  PROP_REVISED,
  PROP_SHARED,
  PROP_ACKNOWLEDGED_BY,
  PROP_ACKNOWLEDGED,
  PROP_REVISITED,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define HISTORY_TYPE G_VARIANT_TYPE ("a(ss)")

static gboolean
history_validate (CandorValidator *validator,
                  JsonNode        *node)
{
  static const char * const members[] = { "text", "date", NULL };
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID, _("expected an array"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > CANDOR_BOUNDARY_MAX_REVISIONS)
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                  _("expected at most %u items"), CANDOR_BOUNDARY_MAX_REVISIONS);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize item_mark = candor_validator_push_index (validator, i);
      JsonObject *object;
      JsonObjectIter iter;
      const char *member;
      JsonNode *value;

      if (!candor_validator_check_object (validator, item))
        return FALSE;

      object = json_node_get_object (item);

      for (guint m = 0; members[m] != NULL; m++)
        {
          gsize mark = candor_validator_push_member (validator, members[m]);

          value = json_object_get_member (object, members[m]);
          if (value == NULL)
            return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                          _("required member is missing"));

          if (m == 0)
            {
              if (!candor_validator_check_string (validator, value, 1, CANDOR_MAX_SHORT))
                return FALSE;
            }
          else
            {
              g_autoptr(GDateTime) date = NULL;

              if (JSON_NODE_HOLDS_VALUE (value) &&
                  json_node_get_value_type (value) == G_TYPE_STRING)
                date = candor_json_parse_timestamp (json_node_get_string (value));

              if (date == NULL)
                return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                              _("expected a time such as 2025-03-04T18:30:00Z"));
            }

          candor_validator_pop (validator, mark);
        }

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &member, &value))
        {
          if (!g_strv_contains (members, member))
            {
              candor_validator_push_member (validator, member);
              return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                            _("unknown member"));
            }
        }

      candor_validator_pop (validator, item_mark);
    }

  return TRUE;
}

static void
history_read (JsonNode *node,
              GValue   *value)
{
  JsonArray *array = json_node_get_array (node);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, HISTORY_TYPE);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(GDateTime) date =
        candor_json_parse_timestamp (json_object_get_string_member (object, "date"));
      g_autofree char *normalized = candor_json_format_timestamp (date);

      g_variant_builder_add (&builder, "(ss)",
                             json_object_get_string_member (object, "text"), normalized);
    }

  g_value_set_variant (value, g_variant_builder_end (&builder));
}

static JsonNode *
history_write (const GValue *value)
{
  GVariant *history = g_value_get_variant (value);
  const char *text, *date;
  GVariantIter iter;
  JsonArray *array;

  if (history == NULL || g_variant_n_children (history) == 0)
    return NULL;

  array = json_array_new ();
  g_variant_iter_init (&iter, history);
  while (g_variant_iter_next (&iter, "(&s&s)", &text, &date))
    {
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "text", text);
      json_object_set_string_member (object, "date", date);
      json_array_add_object_element (array, object);
    }

  return candor_json_node_take_array (array);
}

static const CandorFieldCustom history_field = {
  history_validate,
  history_read,
  history_write,
  NULL,
};

static const CandorField fields[] = {
  { "person-id", CANDOR_FIELD_PERSON, TRUE },
  { "text", CANDOR_FIELD_STRING, TRUE, 1, CANDOR_MAX_SHORT },
  { "revised", CANDOR_FIELD_TIMESTAMP, TRUE },
  { "shared", CANDOR_FIELD_TIMESTAMP, FALSE },
  { "acknowledged-by", CANDOR_FIELD_PERSON, FALSE },
  { "acknowledged", CANDOR_FIELD_TIMESTAMP, FALSE },
  { "revisited", CANDOR_FIELD_TIMESTAMP, FALSE },
  { "history", CANDOR_FIELD_CUSTOM, FALSE, 0, 0, 0, &history_field },
};

static void
candor_boundary_finalize (GObject *object)
{
  CandorBoundary *self = CANDOR_BOUNDARY (object);

  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->revised, g_date_time_unref);
  g_clear_pointer (&self->shared, g_date_time_unref);
  g_clear_pointer (&self->acknowledged_by, g_ref_string_release);
  g_clear_pointer (&self->acknowledged, g_date_time_unref);
  g_clear_pointer (&self->revisited, g_date_time_unref);
  g_clear_pointer (&self->history, g_variant_unref);

  G_OBJECT_CLASS (candor_boundary_parent_class)->finalize (object);
}

static void
candor_boundary_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CandorBoundary *self = CANDOR_BOUNDARY (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_REVISED:
      g_value_set_boxed (value, self->revised);
      break;

    case PROP_SHARED:
      g_value_set_boxed (value, self->shared);
      break;

    case PROP_ACKNOWLEDGED_BY:
      g_value_set_string (value, self->acknowledged_by);
      break;

    case PROP_ACKNOWLEDGED:
      g_value_set_boxed (value, self->acknowledged);
      break;

    case PROP_REVISITED:
      g_value_set_boxed (value, self->revisited);
      break;

    case PROP_HISTORY:
      g_value_set_variant (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_boundary_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CandorBoundary *self = CANDOR_BOUNDARY (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      candor_boundary_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      candor_boundary_set_text (self, g_value_get_string (value));
      break;

    case PROP_REVISED:
      candor_boundary_set_revised (self, g_value_get_boxed (value));
      break;

    case PROP_SHARED:
      candor_boundary_set_shared (self, g_value_get_boxed (value));
      break;

    case PROP_ACKNOWLEDGED_BY:
      candor_entry_set_person_field (CANDOR_ENTRY (self), &self->acknowledged_by,
                                     g_value_get_string (value), pspec);
      break;

    case PROP_ACKNOWLEDGED:
      candor_entry_set_date_field (CANDOR_ENTRY (self), &self->acknowledged,
                                   g_value_get_boxed (value), pspec);
      break;

    case PROP_REVISITED:
      candor_boundary_set_revisited (self, g_value_get_boxed (value));
      break;

    case PROP_HISTORY:
      candor_boundary_set_history (self, g_value_get_variant (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_boundary_class_init (CandorBoundaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_boundary_finalize;
  object_class->get_property = candor_boundary_get_property;
  object_class->set_property = candor_boundary_set_property;

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVISED] =
    g_param_spec_boxed ("revised", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHARED] =
    g_param_spec_boxed ("shared", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACKNOWLEDGED_BY] =
    g_param_spec_string ("acknowledged-by", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACKNOWLEDGED] =
    g_param_spec_boxed ("acknowledged", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVISITED] =
    g_param_spec_boxed ("revisited", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HISTORY] =
    g_param_spec_variant ("history", NULL, NULL,
                          HISTORY_TYPE, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_BOUNDARY, "boundaries",
                                     fields, G_N_ELEMENTS (fields), NULL);
}

static void
candor_boundary_init (CandorBoundary *self)
{
}

CandorBoundary *
candor_boundary_new (const char *person_id,
                     const char *text,
                     GDateTime  *revised)
{
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (revised != NULL, NULL);

  return g_object_new (CANDOR_TYPE_BOUNDARY,
                       "person-id", person_id,
                       "text", text,
                       "revised", revised,
                       NULL);
}

const char *
candor_boundary_get_person_id (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->person_id;
}

void
candor_boundary_set_person_id (CandorBoundary *self,
                               const char     *person_id)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));
  g_return_if_fail (person_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

const char *
candor_boundary_get_text (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->text;
}

void
candor_boundary_set_text (CandorBoundary *self,
                          const char     *text)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));
  g_return_if_fail (text != NULL);

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->text, text, properties[PROP_TEXT]);
}

GDateTime *
candor_boundary_get_revised (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->revised;
}

void
candor_boundary_set_revised (CandorBoundary *self,
                             GDateTime      *revised)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));
  g_return_if_fail (revised != NULL);

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->revised, revised,
                               properties[PROP_REVISED]);
}

/**
 * candor_boundary_get_shared:
 *
 * Returns: (nullable): when its author shared it; %NULL while it is private
 */
GDateTime *
candor_boundary_get_shared (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->shared;
}

/* %NULL makes it private again; an acknowledgment of the shared words stays. */
void
candor_boundary_set_shared (CandorBoundary *self,
                            GDateTime      *shared)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->shared, shared,
                               properties[PROP_SHARED]);
}

gboolean
candor_boundary_is_shared (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), FALSE);

  return self->shared != NULL;
}

const char *
candor_boundary_get_acknowledged_by (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->acknowledged_by;
}

GDateTime *
candor_boundary_get_acknowledged (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->acknowledged;
}

/**
 * candor_boundary_acknowledge:
 * @person_id: who read it: anyone but its author
 * @when: when they did
 *
 * Only a shared boundary can be acknowledged.
 */
void
candor_boundary_acknowledge (CandorBoundary *self,
                             const char     *person_id,
                             GDateTime      *when)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));
  g_return_if_fail (person_id != NULL);
  g_return_if_fail (when != NULL);
  g_return_if_fail (self->shared != NULL);
  g_return_if_fail (g_strcmp0 (person_id, self->person_id) != 0);

  g_object_freeze_notify (G_OBJECT (self));
  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->acknowledged_by, person_id,
                                 properties[PROP_ACKNOWLEDGED_BY]);
  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->acknowledged, when,
                               properties[PROP_ACKNOWLEDGED]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
candor_boundary_clear_acknowledged (CandorBoundary *self)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));

  g_object_freeze_notify (G_OBJECT (self));
  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->acknowledged_by, NULL,
                                 properties[PROP_ACKNOWLEDGED_BY]);
  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->acknowledged, NULL,
                               properties[PROP_ACKNOWLEDGED]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * candor_boundary_get_history:
 *
 * Returns: (transfer none) (nullable): the earlier wordings as "a(ss)"
 *   (text, UTC timestamp as in the document), oldest first
 */
GVariant *
candor_boundary_get_history (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->history;
}

void
candor_boundary_set_history (CandorBoundary *self,
                             GVariant       *history)
{
  g_autoptr(GVariant) sunk = NULL;

  g_return_if_fail (CANDOR_IS_BOUNDARY (self));
  g_return_if_fail (history == NULL || g_variant_is_of_type (history, HISTORY_TYPE));

  if (history != NULL)
    sunk = g_variant_ref_sink (history);

  /* No earlier wording is written as no history at all. */
  candor_entry_set_variant_field (CANDOR_ENTRY (self), &self->history,
                                  sunk != NULL && g_variant_n_children (sunk) > 0 ? sunk : NULL,
                                  properties[PROP_HISTORY]);
}

guint
candor_boundary_get_n_revisions (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), 0);

  return self->history != NULL ? g_variant_n_children (self->history) : 0;
}

/**
 * candor_boundary_get_revision:
 * @index: 0 for the oldest wording
 * @date: (out) (optional) (transfer full): when that wording was written
 *
 * Returns: (transfer none): the earlier wording
 */
const char *
candor_boundary_get_revision (CandorBoundary  *self,
                              guint            index,
                              GDateTime      **date)
{
  const char *text, *when;

  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);
  g_return_val_if_fail (index < candor_boundary_get_n_revisions (self), NULL);

  g_variant_get_child (self->history, index, "(&s&s)", &text, &when);

  if (date != NULL)
    *date = candor_json_parse_timestamp (when);

  return text;
}

gboolean
candor_boundary_revise (CandorBoundary *self,
                        const char     *text,
                        GDateTime      *when)
{
  g_autofree char *revised = NULL;
  GVariantBuilder builder;
  guint n, first;

  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), FALSE);
  g_return_val_if_fail (text != NULL && *text != '\0', FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  if (g_strcmp0 (self->text, text) == 0)
    return FALSE;

  n = candor_boundary_get_n_revisions (self);
  /* The oldest wordings give way when the history is full. */
  first = n >= CANDOR_BOUNDARY_MAX_REVISIONS ? n - CANDOR_BOUNDARY_MAX_REVISIONS + 1 : 0;

  g_variant_builder_init (&builder, HISTORY_TYPE);
  for (guint i = first; i < n; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (self->history, i);

      g_variant_builder_add_value (&builder, child);
    }

  revised = candor_json_format_timestamp (self->revised);
  g_variant_builder_add (&builder, "(ss)", self->text, revised);

  g_object_freeze_notify (G_OBJECT (self));
  candor_boundary_set_history (self, g_variant_builder_end (&builder));
  candor_boundary_set_text (self, text);
  candor_boundary_set_revised (self, when);
  candor_boundary_clear_acknowledged (self);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/**
 * candor_boundary_get_revisited:
 *
 * Returns: (nullable): when its author last read it again and kept it as it is
 */
GDateTime *
candor_boundary_get_revisited (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return self->revisited;
}

void
candor_boundary_set_revisited (CandorBoundary *self,
                               GDateTime      *revisited)
{
  g_return_if_fail (CANDOR_IS_BOUNDARY (self));

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->revisited, revisited,
                               properties[PROP_REVISITED]);
}

static GDateTime *
later (GDateTime *a,
       GDateTime *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;

  return g_date_time_compare (a, b) >= 0 ? a : b;
}

/**
 * candor_boundary_get_last_visited:
 *
 * Returns: (transfer none): when it was last written, acknowledged or revisited
 */
GDateTime *
candor_boundary_get_last_visited (CandorBoundary *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), NULL);

  return later (later (self->revised, self->acknowledged), self->revisited);
}

/**
 * candor_boundary_needs_revisit:
 * @now: the current time (a parameter, so tests can move the clock)
 *
 * Returns: whether three months or more passed since it was last visited
 */
gboolean
candor_boundary_needs_revisit (CandorBoundary *self,
                               GDateTime      *now)
{
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (CANDOR_IS_BOUNDARY (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  due = g_date_time_add_months (candor_boundary_get_last_visited (self),
                                CANDOR_BOUNDARY_REVISIT_MONTHS);

  return g_date_time_compare (now, due) >= 0;
}
