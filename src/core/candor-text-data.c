/* candor-text-data.c — reading Candor's translatable text data files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <string.h>

#include "candor-text-data.h"

typedef struct
{
  const char          *root_element;
  const char          *item_element;
  CandorTextItemFunc   func;
  gpointer             user_data;

  guint                depth;
  gboolean             seen_root;
  GString             *text;
  char               **attribute_names;
  char               **attribute_values;
  GHashTable          *ids;
} ParseState;

static gboolean
is_blank (const char *text,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        return FALSE;
    }

  return TRUE;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;

  if (state->depth == 0)
    {
      if (state->seen_root || g_strcmp0 (element_name, state->root_element) != 0)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                       "expected <%s> as the document element, found <%s>",
                       state->root_element, element_name);
          return;
        }
      state->seen_root = TRUE;
    }
  else if (state->depth == 1)
    {
      if (g_strcmp0 (element_name, state->item_element) != 0)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                       "expected <%s>, found <%s>",
                       state->item_element, element_name);
          return;
        }
      g_string_truncate (state->text, 0);
      state->attribute_names = g_strdupv ((char **) attribute_names);
      state->attribute_values = g_strdupv ((char **) attribute_values);
    }
  else
    {
      /* Markup inside the text would not survive the trip through gettext. */
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "<%s> may hold only text, found <%s>",
                   state->item_element, element_name);
      return;
    }

  state->depth++;
}

static gboolean
end_item (ParseState  *state,
          GError     **error)
{
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) values = NULL;
  CandorTextItem item = { 0 };
  const char *text;

  names = g_steal_pointer (&state->attribute_names);
  values = g_steal_pointer (&state->attribute_values);
  text = state->text->str;

  item.attribute_names = (const char * const *) names;
  item.attribute_values = (const char * const *) values;
  item.text = text;
  item.id = candor_text_item_get_attribute (&item, "id");

  if (item.id == NULL || item.id[0] == '\0')
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                   "<%s> without an id", state->item_element);
      return FALSE;
    }

  if (g_hash_table_contains (state->ids, item.id))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "the id “%s” is used twice", item.id);
      return FALSE;
    }

  /* xgettext trims the text it extracts, and the lookup must find the very
   * same msgid: so no stray spaces, which nobody would see in review. */
  if (text[0] == '\0' || g_ascii_isspace (text[0]) || g_ascii_isspace (text[strlen (text) - 1]))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "the text of “%s” is empty or starts or ends with a space",
                   item.id);
      return FALSE;
    }

  /* The one place the data files' texts are translated: po/POTFILES.in lists
   * this file for the call, the data files for the strings. */
  item.translation = g_dgettext (GETTEXT_PACKAGE, text);

  if (!state->func (&item, state->user_data, error))
    return FALSE;

  g_hash_table_add (state->ids, g_strdup (item.id));

  return TRUE;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  GError *local_error = NULL;
  int line;

  state->depth--;
  if (state->depth != 1)
    return;

  /* GMarkup puts the position before errors from start_element only. */
  if (!end_item (state, &local_error))
    {
      g_markup_parse_context_get_position (context, &line, NULL);
      g_propagate_prefixed_error (error, local_error, "Error on line %d: ", line);
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;

  if (state->depth == 2)
    {
      g_string_append_len (state->text, text, text_len);
    }
  else if (!is_blank (text, text_len))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "text outside <%s>", state->item_element);
    }
}

static const GMarkupParser parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

/**
 * candor_text_data_parse:
 * @bytes: the file's contents
 * @root_element: the name of the document element
 * @item_element: the name of its children
 * @func: called for each item, in file order
 *
 * Reads a data file of the form `<root><item id="…" …>Text</item>…</root>`.
 * Errors carry the line and column where they were found.
 * Every item needs a unique, non-empty id and a non-empty text without
 * leading or trailing white space; items hold text only.
 *
 * Returns: %TRUE if the whole file was read and @func accepted every item
 */
gboolean
candor_text_data_parse (GBytes              *bytes,
                        const char          *root_element,
                        const char          *item_element,
                        CandorTextItemFunc   func,
                        gpointer             user_data,
                        GError             **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ParseState state = { 0 };
  gconstpointer data;
  gsize size;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (root_element != NULL, FALSE);
  g_return_val_if_fail (item_element != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  state.root_element = root_element;
  state.item_element = item_element;
  state.func = func;
  state.user_data = user_data;
  state.text = text;
  state.ids = ids;

  data = g_bytes_get_data (bytes, &size);
  /* Empty bytes may have no data at all, which GMarkup does not take. */
  if (data == NULL)
    data = "";
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  ok = g_markup_parse_context_parse (context, data, size, error) &&
       g_markup_parse_context_end_parse (context, error);

  g_clear_pointer (&state.attribute_names, g_strfreev);
  g_clear_pointer (&state.attribute_values, g_strfreev);

  if (ok && !state.seen_root)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY,
                   "no <%s> element", root_element);
      return FALSE;
    }

  return ok;
}

/**
 * candor_text_item_get_attribute:
 *
 * Returns: (nullable): the value of the attribute @name of @item
 */
const char *
candor_text_item_get_attribute (const CandorTextItem *item,
                                const char           *name)
{
  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; item->attribute_names[i] != NULL; i++)
    {
      if (strcmp (item->attribute_names[i], name) == 0)
        return item->attribute_values[i];
    }

  return NULL;
}

/**
 * candor_text_item_check_attributes:
 * @allowed: the attributes @item may have, besides its id
 *
 * A misspelt attribute (`dept="deep"`) would otherwise be silently ignored.
 *
 * Returns: %TRUE if @item has no other attributes
 */
gboolean
candor_text_item_check_attributes (const CandorTextItem  *item,
                                   const char * const   *allowed,
                                   GError              **error)
{
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (allowed != NULL, FALSE);

  for (guint i = 0; item->attribute_names[i] != NULL; i++)
    {
      const char *name = item->attribute_names[i];

      if (strcmp (name, "id") == 0 || g_strv_contains (allowed, name))
        continue;

      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE,
                   "unknown attribute “%s” on “%s”", name, item->id);
      return FALSE;
    }

  return TRUE;
}

void
candor_text_data_shuffle (GPtrArray *array,
                          GRand     *rand)
{
  g_return_if_fail (array != NULL);
  g_return_if_fail (rand != NULL);

  for (guint i = array->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer swap = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = swap;
    }
}
