/* candor-settings-questions.c — the question pool's state kept in the settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The couple's own questions and, per person, the questions asked lately
 * (so the pool never repeats one of the last six checks) live in the
 * profile segment with the other settings. Both are GVariants on
 * #CandorSettings; this is their API and their JSON.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "candor-journal-private.h"
#include "candor-settings.h"

/* Questions asked per person, newest first: six checks of three. */
#define RECENT_QUESTIONS_KEPT (6 * 3)

static gboolean
custom_questions_validate (CandorValidator *validator,
                           JsonNode        *node)
{
  static const char * const members[] = { "id", "depth", "text" };
  GEnumClass *depths = g_type_class_peek (CANDOR_TYPE_QUESTION_DEPTH);
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID, _("expected an array"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > CANDOR_SETTINGS_MAX_CUSTOM_QUESTIONS)
    return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                  _("expected at most %u items"),
                                  CANDOR_SETTINGS_MAX_CUSTOM_QUESTIONS);

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

      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          gsize mark = candor_validator_push_member (validator, members[m]);
          gboolean ok;

          value = json_object_get_member (object, members[m]);
          if (value == NULL)
            return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                          _("required member is missing"));

          if (m == 0)
            ok = candor_validator_check_token (validator, value);
          else if (m == 2)
            ok = candor_validator_check_string (validator, value, 1, CANDOR_MAX_SHORT);
          else if (JSON_NODE_HOLDS_VALUE (value) &&
                   json_node_get_value_type (value) == G_TYPE_STRING &&
                   g_enum_get_value_by_nick (depths, json_node_get_string (value)) != NULL)
            ok = TRUE;
          else
            ok = candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                        _("expected one of: %s"), "light, medium, deep");

          if (!ok)
            return FALSE;

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
custom_questions_read (JsonNode *node,
                       GValue   *value)
{
  JsonArray *array = json_node_get_array (node);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sss)"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_variant_builder_add (&builder, "(sss)",
                             json_object_get_string_member (object, "id"),
                             json_object_get_string_member (object, "depth"),
                             json_object_get_string_member (object, "text"));
    }

  g_value_set_variant (value, g_variant_builder_end (&builder));
}

static JsonNode *
custom_questions_write (const GValue *value)
{
  GVariant *questions = g_value_get_variant (value);
  JsonArray *array = json_array_new ();
  const char *id, *depth, *text;
  GVariantIter iter;

  if (questions != NULL)
    {
      g_variant_iter_init (&iter, questions);
      while (g_variant_iter_next (&iter, "(&s&s&s)", &id, &depth, &text))
        {
          JsonObject *object = json_object_new ();

          json_object_set_string_member (object, "id", id);
          json_object_set_string_member (object, "depth", depth);
          json_object_set_string_member (object, "text", text);
          json_array_add_object_element (array, object);
        }
    }

  return candor_json_node_take_array (array);
}

const CandorFieldCustom candor_settings_custom_questions_field = {
  custom_questions_validate,
  custom_questions_read,
  custom_questions_write,
  NULL,
};

static gboolean
question_usage_validate (CandorValidator *validator,
                         JsonNode        *node)
{
  JsonObjectIter iter;
  const char *person_id;
  JsonNode *value;

  if (!candor_validator_check_object (validator, node))
    return FALSE;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &person_id, &value))
    {
      g_autoptr(JsonNode) key = json_node_init_string (json_node_alloc (), person_id);
      gsize mark = candor_validator_push_member (validator, person_id);
      JsonArray *array;

      if (!candor_validator_check_person (validator, key))
        return FALSE;

      if (!JSON_NODE_HOLDS_ARRAY (value))
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected an array"));

      array = json_node_get_array (value);
      if (json_array_get_length (array) > CANDOR_MAX_ITEMS)
        return candor_validator_fail (validator, CANDOR_JSON_ERROR_INVALID,
                                      _("expected at most %u items"), CANDOR_MAX_ITEMS);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize item_mark = candor_validator_push_index (validator, i);

          if (!candor_validator_check_token (validator, json_array_get_element (array, i)))
            return FALSE;

          candor_validator_pop (validator, item_mark);
        }

      candor_validator_pop (validator, mark);
    }

  return TRUE;
}

static void
question_usage_read (JsonNode *node,
                     GValue   *value)
{
  GVariantBuilder builder;
  JsonObjectIter iter;
  const char *person_id;
  JsonNode *ids;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &person_id, &ids))
    {
      JsonArray *array = json_node_get_array (ids);

      g_variant_builder_open (&builder, G_VARIANT_TYPE ("{sas}"));
      g_variant_builder_add (&builder, "s", person_id);
      g_variant_builder_open (&builder, G_VARIANT_TYPE ("as"));
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_variant_builder_add (&builder, "s", json_array_get_string_element (array, i));
      g_variant_builder_close (&builder);
      g_variant_builder_close (&builder);
    }

  g_value_set_variant (value, g_variant_builder_end (&builder));
}

static JsonNode *
question_usage_write (const GValue *value)
{
  GVariant *usage = g_value_get_variant (value);
  JsonObject *object = json_object_new ();
  const char *person_id;
  GVariantIter iter;
  GVariantIter *ids;

  if (usage != NULL)
    {
      g_variant_iter_init (&iter, usage);
      while (g_variant_iter_next (&iter, "{&sas}", &person_id, &ids))
        {
          JsonArray *array = json_array_new ();
          const char *id;

          while (g_variant_iter_next (ids, "&s", &id))
            json_array_add_string_element (array, id);

          json_object_set_array_member (object, person_id, array);
          g_variant_iter_free (ids);
        }
    }

  return candor_json_node_take_object (object);
}

/* Rebuilds @usage without @person_id; NULL when the person had no entry. */
static GVariant *
question_usage_without (GVariant   *usage,
                        const char *person_id)
{
  g_autoptr(GVariant) child = NULL;
  GVariantBuilder builder;
  gboolean found = FALSE;
  GVariantIter iter;

  if (usage == NULL)
    return NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));

  g_variant_iter_init (&iter, usage);
  while ((child = g_variant_iter_next_value (&iter)) != NULL)
    {
      const char *key;

      g_variant_get_child (child, 0, "&s", &key);
      if (strcmp (key, person_id) == 0)
        found = TRUE;
      else
        g_variant_builder_add_value (&builder, child);

      g_clear_pointer (&child, g_variant_unref);
    }

  if (!found)
    {
      g_variant_builder_clear (&builder);
      return NULL;
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static gboolean
question_usage_forget (GValue     *value,
                       const char *person_id)
{
  GVariant *without = question_usage_without (g_value_get_variant (value), person_id);

  if (without == NULL)
    return FALSE;

  g_value_take_variant (value, without);

  return TRUE;
}

const CandorFieldCustom candor_settings_question_usage_field = {
  question_usage_validate,
  question_usage_read,
  question_usage_write,
  question_usage_forget,
};

/**
 * candor_settings_dup_recent_questions:
 * @person_id: the id of a person
 *
 * Returns: (transfer full): the ids of the questions asked lately in checks
 *   with @person_id, newest first; never %NULL
 */
char **
candor_settings_dup_recent_questions (CandorSettings *self,
                                      const char     *person_id)
{
  g_autoptr(GVariant) ids = NULL;

  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  ids = g_variant_lookup_value (candor_settings_get_question_usage (self), person_id,
                               G_VARIANT_TYPE ("as"));
  if (ids == NULL)
    return g_new0 (char *, 1);

  return g_variant_dup_strv (ids, NULL);
}

/**
 * candor_settings_note_questions_used:
 * @question_ids: the questions of a check, in order
 *
 * Remembers that @question_ids were asked with @person_id. Only the last six
 * checks' worth is kept: that is all "never repeat a recent one" needs.
 */
void
candor_settings_note_questions_used (CandorSettings     *self,
                                     const char         *person_id,
                                     const char * const *question_ids)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GVariant) without = NULL;
  g_autoptr(GStrvBuilder) ids = NULL;
  g_auto(GStrv) new_ids = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  GVariant *child;
  guint n = 0;

  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (candor_json_token_is_valid (person_id));
  g_return_if_fail (question_ids != NULL);
  for (guint i = 0; question_ids[i] != NULL; i++)
    g_return_if_fail (candor_json_token_is_valid (question_ids[i]));

  recent = candor_settings_dup_recent_questions (self, person_id);

  ids = g_strv_builder_new ();
  for (guint i = 0; question_ids[i] != NULL && n < RECENT_QUESTIONS_KEPT; i++, n++)
    g_strv_builder_add (ids, question_ids[i]);
  for (guint i = 0; recent[i] != NULL && n < RECENT_QUESTIONS_KEPT; i++)
    {
      if (g_strv_contains (question_ids, recent[i]))
        continue;
      g_strv_builder_add (ids, recent[i]);
      n++;
    }
  new_ids = g_strv_builder_end (ids);

  /* The person's list moves to the end: keys stay unique, order is kept otherwise. */
  without = question_usage_without (candor_settings_get_question_usage (self), person_id);
  if (without == NULL)
    without = g_variant_ref (candor_settings_get_question_usage (self));

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));
  g_variant_iter_init (&iter, without);
  while ((child = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_variant_builder_add_value (&builder, child);
      g_variant_unref (child);
    }
  g_variant_builder_add (&builder, "{s^as}", person_id, new_ids);

  candor_settings_set_question_usage (self, g_variant_builder_end (&builder));
}

/**
 * candor_settings_add_custom_question:
 * @text: the question
 *
 * Returns: (transfer full): the new question's id
 */
char *
candor_settings_add_custom_question (CandorSettings      *self,
                                     CandorQuestionDepth  depth,
                                     const char          *text)
{
  GEnumClass *depths = g_type_class_peek (CANDOR_TYPE_QUESTION_DEPTH);
  g_autofree char *uuid = NULL;
  g_autofree char *cut = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  GVariant *child;
  char *id;

  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);
  g_return_val_if_fail (text != NULL && text[0] != '\0', NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);
  g_return_val_if_fail (depth <= CANDOR_QUESTION_DEPTH_DEEP, NULL);
  g_return_val_if_fail (g_variant_n_children (candor_settings_get_custom_questions (self)) <
                        CANDOR_SETTINGS_MAX_CUSTOM_QUESTIONS, NULL);

  /* Within what the document allows, like every other text. */
  if (g_utf8_strlen (text, -1) > CANDOR_MAX_SHORT)
    text = cut = g_utf8_substring (text, 0, CANDOR_MAX_SHORT);

  uuid = g_uuid_string_random ();
  id = g_strconcat ("custom-", uuid, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sss)"));
  g_variant_iter_init (&iter, candor_settings_get_custom_questions (self));
  while ((child = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_variant_builder_add_value (&builder, child);
      g_variant_unref (child);
    }
  g_variant_builder_add (&builder, "(sss)", id, g_enum_get_value (depths, depth)->value_nick, text);

  candor_settings_set_custom_questions (self, g_variant_builder_end (&builder));

  return id;
}

/**
 * candor_settings_remove_custom_question:
 *
 * Returns: %TRUE if there was a custom question with that id
 */
gboolean
candor_settings_remove_custom_question (CandorSettings *self,
                                        const char     *id)
{
  GVariantBuilder builder;
  gboolean found = FALSE;
  GVariantIter iter;
  GVariant *child;

  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sss)"));
  g_variant_iter_init (&iter, candor_settings_get_custom_questions (self));
  while ((child = g_variant_iter_next_value (&iter)) != NULL)
    {
      const char *child_id;

      g_variant_get_child (child, 0, "&s", &child_id);
      if (strcmp (child_id, id) == 0)
        found = TRUE;
      else
        g_variant_builder_add_value (&builder, child);

      g_variant_unref (child);
    }

  if (found)
    candor_settings_set_custom_questions (self, g_variant_builder_end (&builder));
  else
    g_variant_builder_clear (&builder);

  return found;
}
