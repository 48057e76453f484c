/* candor-entry-json.c — entries to and from JSON, driven by each class's field table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per class (see CandorField) says which properties are members of
 * the document, of which type, with which limits. Validation walks it and
 * names the first problem by its JSON path; reading sets each field straight
 * through the class (candor_entry_begin_load()); writing leaves out what is unset.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "candor-journal-private.h"

static gboolean
is_string_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
validate_date_string (CandorValidator *validator,
                      JsonNode        *node,
                      gboolean         day)
{
  if (is_string_node (node))
    {
      const char *text = json_node_get_string (node);

      if (day ? candor_json_day_is_valid (text) : candor_json_timestamp_is_valid (text))
        return TRUE;
    }

  if (day)
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                  _("expected a date such as 2025-03-04"));

  return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                _("expected a UTC date and time such as 2025-03-04T18:30:00Z"));
}

static gboolean
validate_array (CandorValidator   *validator,
                JsonNode          *node,
                const CandorField *field)
{
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID, _("expected an array"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > field->max)
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                  _("expected at most %u items"), (guint) field->max);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize mark = candor_validator_push_index (validator, i);
      gboolean ok;

      if (field->type == CANDOR_FIELD_TOKENS)
        ok = candor_validator_check_token (validator, item);
      else
        ok = candor_validator_check_string (validator, item, 0, field->item_max);

      if (!ok)
        return FALSE;

      candor_validator_pop (validator, mark);
    }

  return TRUE;
}

static gboolean
validate_field (CandorValidator   *validator,
                const CandorField *field,
                GParamSpec        *pspec,
                JsonNode          *node)
{
  switch (field->type)
    {
    case CANDOR_FIELD_PERSON:
      return candor_validator_check_person (validator, node);

    case CANDOR_FIELD_TOKEN:
      return candor_validator_check_token (validator, node);

    case CANDOR_FIELD_STRING:
      return candor_validator_check_string (validator, node, field->min, field->max);

    case CANDOR_FIELD_BOOLEAN:
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        return TRUE;
      return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                    _("expected true or false"));

    case CANDOR_FIELD_UINT:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected a whole number"));
      if (json_node_get_int (node) < field->min || json_node_get_int (node) > field->max)
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected a number from %d to %d"),
                                      (int) field->min, (int) field->max);
      return TRUE;

    case CANDOR_FIELD_ENUM:
      {
        GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        g_autoptr(GString) expected = NULL;

        if (is_string_node (node) &&
            g_enum_get_value_by_nick (enum_class, json_node_get_string (node)) != NULL)
          return TRUE;

        expected = g_string_new (NULL);
        for (guint i = 0; i < enum_class->n_values; i++)
          g_string_append_printf (expected, "%s%s", i ? ", " : "",
                                  enum_class->values[i].value_nick);

        if (is_string_node (node))
          return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                        _("unknown value “%s”; expected one of: %s"),
                                        json_node_get_string (node), expected->str);

        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected one of: %s"), expected->str);
      }

    case CANDOR_FIELD_TIMESTAMP:
      return validate_date_string (validator, node, FALSE);

    case CANDOR_FIELD_DATE:
      return validate_date_string (validator, node, TRUE);

    case CANDOR_FIELD_TOKENS:
    case CANDOR_FIELD_STRINGS:
      return validate_array (validator, node, field);

    case CANDOR_FIELD_COLOR:
      if (is_string_node (node) && candor_json_color_is_valid (json_node_get_string (node)))
        return TRUE;
      return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                    _("expected a colour such as #3584e4"));

    case CANDOR_FIELD_TIME:
      if (is_string_node (node) && candor_json_time_is_valid (json_node_get_string (node)))
        return TRUE;
      return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                    _("expected a time of day such as 20:30"));

    case CANDOR_FIELD_CUSTOM:
      return field->custom->validate (validator, node);

    default:
      g_assert_not_reached ();
    }
}

/* @created, @created_text: the entry's "created", shared by a timestamp that
 * names the same moment (most entries are dated when they are written): a
 * journal of ten years holds tens of thousands of them. */
static void
read_field (const CandorField *field,
            GParamSpec        *pspec,
            JsonNode          *node,
            GDateTime         *created,
            const char        *created_text,
            GValue            *value)
{
  g_value_init (value, pspec->value_type);

  switch (field->type)
    {
    case CANDOR_FIELD_PERSON:
    case CANDOR_FIELD_TOKEN:
    case CANDOR_FIELD_STRING:
    case CANDOR_FIELD_COLOR:
    case CANDOR_FIELD_TIME:
      /* The node outlives the value: the setter makes the entry's copy. */
      g_value_set_static_string (value, json_node_get_string (node));
      break;

    case CANDOR_FIELD_BOOLEAN:
      g_value_set_boolean (value, json_node_get_boolean (node));
      break;

    case CANDOR_FIELD_UINT:
      g_value_set_uint (value, (guint) json_node_get_int (node));
      break;

    case CANDOR_FIELD_ENUM:
      g_value_set_enum (value,
                        g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                                  json_node_get_string (node))->value);
      break;

    case CANDOR_FIELD_TIMESTAMP:
      if (strcmp (json_node_get_string (node), created_text) == 0)
        g_value_set_boxed (value, created);
      else
        g_value_take_boxed (value, candor_json_parse_timestamp (json_node_get_string (node)));
      break;

    case CANDOR_FIELD_DATE:
      g_value_take_boxed (value, candor_json_parse_day (json_node_get_string (node)));
      break;

    case CANDOR_FIELD_TOKENS:
    case CANDOR_FIELD_STRINGS:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        char **strv = g_new0 (char *, n + 1);

        for (guint i = 0; i < n; i++)
          strv[i] = g_strdup (json_array_get_string_element (array, i));

        g_value_take_boxed (value, strv);
      }
      break;

    case CANDOR_FIELD_CUSTOM:
      field->custom->read (node, value);
      break;

    default:
      g_assert_not_reached ();
    }
}

static JsonNode *
write_field (const CandorField *field,
             GParamSpec        *pspec,
             const GValue      *value)
{
  switch (field->type)
    {
    case CANDOR_FIELD_PERSON:
    case CANDOR_FIELD_TOKEN:
    case CANDOR_FIELD_STRING:
    case CANDOR_FIELD_COLOR:
    case CANDOR_FIELD_TIME:
      if (g_value_get_string (value) == NULL)
        return NULL;
      return json_node_init_string (json_node_alloc (), g_value_get_string (value));

    case CANDOR_FIELD_BOOLEAN:
      return json_node_init_boolean (json_node_alloc (), g_value_get_boolean (value));

    case CANDOR_FIELD_UINT:
      return json_node_init_int (json_node_alloc (), g_value_get_uint (value));

    case CANDOR_FIELD_ENUM:
      return json_node_init_string (json_node_alloc (),
                                    g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                                      g_value_get_enum (value))->value_nick);

    case CANDOR_FIELD_TIMESTAMP:
    case CANDOR_FIELD_DATE:
      {
        GDateTime *date = g_value_get_boxed (value);
        JsonNode *node;
        char *text;

        if (date == NULL)
          return NULL;

        if (field->type == CANDOR_FIELD_DATE)
          text = candor_json_format_day (date);
        else
          text = candor_json_format_timestamp (date);

        node = json_node_init_string (json_node_alloc (), text);
        g_free (text);
        return node;
      }

    case CANDOR_FIELD_TOKENS:
    case CANDOR_FIELD_STRINGS:
      {
        const char * const *strv = g_value_get_boxed (value);
        JsonArray *array;

        if (strv == NULL)
          return NULL;

        array = json_array_sized_new (g_strv_length ((char **) strv));
        for (guint i = 0; strv[i] != NULL; i++)
          json_array_add_string_element (array, strv[i]);

        return candor_json_node_take_array (array);
      }

    case CANDOR_FIELD_CUSTOM:
      return field->custom->write (value);

    default:
      g_assert_not_reached ();
    }
}

static int
find_field (CandorEntrySchema *schema,
            const char        *key)
{
  for (guint i = 0; i < schema->n_fields; i++)
    if (strcmp (schema->keys[i], key) == 0)
      return i;

  return -1;
}

/* @found: (out): the member's node, once it is valid */
static gboolean
validate_base_member (CandorValidator  *validator,
                      JsonObject       *object,
                      const char       *key,
                      CandorFieldType   type,
                      JsonNode        **found)
{
  JsonNode *node = json_object_get_member (object, key);
  gsize mark = candor_validator_push_member (validator, key);

  if (node == NULL)
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                  _("required member is missing"));

  if (type == CANDOR_FIELD_TOKEN)
    {
      if (!candor_validator_check_token (validator, node))
        return FALSE;
    }
  else if (!validate_date_string (validator, node, FALSE))
    {
      return FALSE;
    }

  candor_validator_pop (validator, mark);
  *found = node;

  return TRUE;
}

/* The year a "YYYY-…" string names; the string is already validated. */
static int
year_of (const char *text)
{
  return (int) g_ascii_strtoll (text, NULL, 10);
}

/* @members: what validation found, one node (or %NULL) per field of the schema. */
static CandorEntry *
new_from_members (CandorKind   kind,
                  JsonNode    *id,
                  JsonNode    *created_node,
                  JsonNode    *modified_node,
                  JsonNode   **members)
{
  CandorEntrySchema *schema = candor_entry_schema_for_kind (kind);
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  const char *created_text = json_node_get_string (created_node);
  const char *modified_text = json_node_get_string (modified_node);
  CandorEntry *entry;

  created = candor_json_parse_timestamp (created_text);
  if (strcmp (modified_text, created_text) == 0)
    modified = g_date_time_ref (created);
  else
    modified = candor_json_parse_timestamp (modified_text);
  entry = candor_entry_begin_load (candor_kind_get_type (kind), json_node_get_string (id),
                                   created, modified);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      GValue value = G_VALUE_INIT;

      if (members[i] == NULL)
        continue;

      read_field (&schema->fields[i], schema->pspecs[i], members[i], created, created_text,
                  &value);
      candor_entry_load_field (entry, schema->pspecs[i], &value);
      g_value_unset (&value);
    }

  candor_entry_end_load (entry);

  return entry;
}

/*
 * candor_entry_validate_json:
 * @entry: (out) (optional): the entry built from @node, once it is valid
 *
 * Building right after validating reuses the members validation looked up,
 * while they are still in the cache.
 */
gboolean
candor_entry_validate_json (CandorKind        kind,
                            CandorValidator  *validator,
                            JsonNode         *node,
                            CandorEntry     **entry)
{
  CandorEntrySchema *schema = candor_entry_schema_for_kind (kind);
  JsonNode *members[CANDOR_MAX_FIELDS];
  JsonNode *id_node, *created_node, *modified_node;
  JsonObjectIter iter;
  JsonObject *object;
  const char *member;
  const char *id;
  JsonNode *value;
  guint n_known = 3; /* id, created, modified */
  gsize mark;

  g_assert (schema->n_fields <= CANDOR_MAX_FIELDS);

  if (!candor_validator_check_object (validator, node))
    return FALSE;

  object = json_node_get_object (node);

  if (!validate_base_member (validator, object, "id", CANDOR_FIELD_TOKEN, &id_node) ||
      !validate_base_member (validator, object, "created", CANDOR_FIELD_TIMESTAMP,
                             &created_node) ||
      !validate_base_member (validator, object, "modified", CANDOR_FIELD_TIMESTAMP,
                             &modified_node))
    return FALSE;

  id = json_node_get_string (id_node);
  if (g_hash_table_contains (validator->ids, id))
    {
      mark = candor_validator_push_member (validator, "id");
      return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                    _("the id “%s” is used more than once"), id);
    }

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const CandorField *field = &schema->fields[i];

      value = members[i] = json_object_get_member (object, schema->keys[i]);
      mark = candor_validator_push_member (validator, schema->keys[i]);
      n_known += value != NULL;

      if (value == NULL)
        {
          if (field->required)
            return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                          _("required member is missing"));
        }
      else if (!validate_field (validator, field, schema->pspecs[i], value))
        {
          return FALSE;
        }
      else if (validator->year != 0 &&
               schema->pspecs[i] == schema->date_pspec &&
               year_of (json_node_get_string (value)) != validator->year)
        {
          return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                        _("the date is not in %d, the year of this segment"),
                                        validator->year);
        }

      candor_validator_pop (validator, mark);
    }

  /* Unknown members are refused, not skipped: a document that has them was
   * written by something else, and dropping data silently is worse. Member
   * names are unique, so when every member is known there is none to look for. */
  if (json_object_get_size (object) != n_known)
    {
      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &member, &value))
        {
          if (strcmp (member, "id") == 0 ||
              strcmp (member, "created") == 0 ||
              strcmp (member, "modified") == 0 ||
              find_field (schema, member) >= 0)
            continue;

          mark = candor_validator_push_member (validator, member);
          return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                        _("unknown member"));
        }
    }

  g_hash_table_insert (validator->ids, (char *) id, GINT_TO_POINTER (kind + 1));

  if (entry != NULL)
    *entry = new_from_members (kind, id_node, created_node, modified_node, members);

  return TRUE;
}

JsonObject *
candor_entry_to_json (CandorEntry *self)
{
  CandorEntrySchema *schema = CANDOR_ENTRY_GET_CLASS (self)->schema;
  JsonObject *object = json_object_new ();
  g_autofree char *created = candor_json_format_timestamp (candor_entry_get_created (self));
  g_autofree char *modified = candor_json_format_timestamp (candor_entry_get_modified (self));

  json_object_set_string_member (object, "id", candor_entry_get_id (self));
  json_object_set_string_member (object, "created", created);
  json_object_set_string_member (object, "modified", modified);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      JsonNode *node;

      g_value_init (&value, schema->pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), schema->pspecs[i]->name, &value);

      node = write_field (&schema->fields[i], schema->pspecs[i], &value);
      if (node != NULL)
        json_object_set_member (object, schema->keys[i], node);
    }

  return object;
}
