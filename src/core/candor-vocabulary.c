/* candor-vocabulary.c — the feeling words: lookup, browsing, search, recent and frequent
 *
 * The words live in data/candor-feelings.xml, compiled into the core resources. The file
 * is parsed once, on first use, and every label and definition is translated then, through
 * gettext, with the same context the ITS rules give xgettext (msgctxt "feeling" for labels).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "candor-vocabulary.h"

#define FEELINGS_RESOURCE "/io/github/candorapp/Candor/core/candor-feelings.xml"

typedef struct
{
  CandorFeeling *feeling;
  /* Filled on the first search: normalized for matching, and a collation key for sorting. */
  char          *label_key;
  char          *definition_key;
  char          *collate_key;
} Word;

struct _CandorVocabulary
{
  GObject     parent_instance;

  GArray     *words;
  GHashTable *by_id;
  gboolean    has_search_keys;

  GListStore *all;
  GListStore *families[CANDOR_N_FEELING_FAMILIES];
  GListStore *quadrants[CANDOR_N_MOOD_QUADRANTS];
};

G_DEFINE_FINAL_TYPE (CandorVocabulary, candor_vocabulary, G_TYPE_OBJECT)

G_DEFINE_QUARK (candor-vocabulary-error-quark, candor_vocabulary_error)

typedef enum
{
  TEXT_NONE,
  TEXT_LABEL,
  TEXT_DEFINITION,
} TextTarget;

typedef struct
{
  CandorVocabulary    *self;
  gboolean             in_root;
  gboolean             in_feeling;
  char                *id;
  CandorFeelingFamily  family;
  double               pleasantness;
  double               energy;
  TextTarget           target;
  GString             *text;
  char                *label;
  char                *definition;
} ParseState;

static void
word_clear (gpointer data)
{
  Word *word = data;

  g_clear_object (&word->feeling);
  g_clear_pointer (&word->label_key, g_free);
  g_clear_pointer (&word->definition_key, g_free);
  g_clear_pointer (&word->collate_key, g_free);
}

static Word *
word_at (CandorVocabulary *self,
         guint             i)
{
  return &g_array_index (self->words, Word, i);
}

static void
set_parse_error (GMarkupParseContext  *context,
                 GError              **error,
                 const char           *format,
                 ...) G_GNUC_PRINTF (3, 4);

static void
set_parse_error (GMarkupParseContext  *context,
                 GError              **error,
                 const char           *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_markup_parse_context_get_position (context, &line, &column);
  g_set_error (error, CANDOR_VOCABULARY_ERROR, CANDOR_VOCABULARY_ERROR_INVALID,
               "Feelings data, line %d: %s", line, message);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_coordinate (const char *text,
                  double     *out)
{
  char *end = NULL;
  double value;

  if (text == NULL || *text == '\0')
    return FALSE;

  value = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !isfinite (value) || value < -1.0 || value > 1.0)
    return FALSE;

  *out = value;
  return TRUE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;

  if (!state->in_root)
    {
      const char *version = NULL;

      if (g_strcmp0 (element_name, "feelings") != 0)
        {
          set_parse_error (context, error, "expected <feelings>, found <%s>", element_name);
          return;
        }

      if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                        G_MARKUP_COLLECT_STRING, "version", &version,
                                        G_MARKUP_COLLECT_INVALID))
        return;

      if (g_strcmp0 (version, "1") != 0)
        {
          set_parse_error (context, error, "unknown version %s", version);
          return;
        }

      state->in_root = TRUE;
    }
  else if (!state->in_feeling)
    {
      const char *id = NULL;
      const char *family = NULL;
      const char *pleasantness = NULL;
      const char *energy = NULL;

      if (g_strcmp0 (element_name, "feeling") != 0)
        {
          set_parse_error (context, error, "expected <feeling>, found <%s>", element_name);
          return;
        }

      if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING, "family", &family,
                                        G_MARKUP_COLLECT_STRING, "pleasantness", &pleasantness,
                                        G_MARKUP_COLLECT_STRING, "energy", &energy,
                                        G_MARKUP_COLLECT_INVALID))
        return;

      if (!is_valid_id (id))
        {
          set_parse_error (context, error, "id “%s” is not lower-case ASCII", id);
          return;
        }
      if (g_hash_table_contains (state->self->by_id, id))
        {
          set_parse_error (context, error, "id “%s” is used twice", id);
          return;
        }
      if (!candor_feeling_family_from_string (family, &state->family))
        {
          set_parse_error (context, error, "unknown family “%s”", family);
          return;
        }
      if (!parse_coordinate (pleasantness, &state->pleasantness) ||
          !parse_coordinate (energy, &state->energy))
        {
          set_parse_error (context, error, "coordinates of “%s” are not numbers from -1 to 1", id);
          return;
        }

      state->id = g_strdup (id);
      state->in_feeling = TRUE;
    }
  else if (state->target == TEXT_NONE &&
           (g_strcmp0 (element_name, "label") == 0 ||
            g_strcmp0 (element_name, "definition") == 0))
    {
      state->target = element_name[0] == 'l' ? TEXT_LABEL : TEXT_DEFINITION;
      g_string_truncate (state->text, 0);
    }
  else
    {
      set_parse_error (context, error, "unexpected <%s>", element_name);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;

  if (state->target != TEXT_NONE)
    {
      /* xgettext trims the text (gt:preserveSpaceRule "trim"), so the msgids do too. */
      char **slot = state->target == TEXT_LABEL ? &state->label : &state->definition;

      g_free (*slot);
      *slot = g_strstrip (g_strdup (state->text->str));
      state->target = TEXT_NONE;
    }
  else if (state->in_feeling)
    {
      CandorFeeling *feeling;
      Word word = { 0 };

      if (state->label == NULL || *state->label == '\0' ||
          state->definition == NULL || *state->definition == '\0')
        {
          set_parse_error (context, error, "“%s” needs a label and a definition", state->id);
          return;
        }

      feeling = candor_feeling_new (state->id,
                                    g_dpgettext2 (GETTEXT_PACKAGE, "feeling", state->label),
                                    g_dgettext (GETTEXT_PACKAGE, state->definition),
                                    state->family,
                                    state->pleasantness,
                                    state->energy);
      word.feeling = feeling;
      g_array_append_val (state->self->words, word);
      g_hash_table_insert (state->self->by_id,
                           (gpointer)candor_feeling_get_id (feeling), feeling);

      g_clear_pointer (&state->id, g_free);
      g_clear_pointer (&state->label, g_free);
      g_clear_pointer (&state->definition, g_free);
      state->in_feeling = FALSE;
    }
  else
    {
      state->in_root = FALSE;
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  ParseState *state = user_data;

  if (state->target != TEXT_NONE)
    g_string_append_len (state->text, text, text_len);
}

static const GMarkupParser parser = {
  start_element,
  end_element,
  text,
  NULL,
  NULL,
};

static gboolean
candor_vocabulary_load (CandorVocabulary  *self,
                        GBytes            *bytes,
                        GError           **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseState state = { 0 };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  state.self = self;
  state.text = g_string_new (NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  ok = g_markup_parse_context_parse (context, data, size, error) &&
       g_markup_parse_context_end_parse (context, error);

  g_string_free (state.text, TRUE);
  g_free (state.id);
  g_free (state.label);
  g_free (state.definition);

  return ok;
}

static void
candor_vocabulary_finalize (GObject *object)
{
  CandorVocabulary *self = (CandorVocabulary *)object;

  g_clear_object (&self->all);
  for (guint i = 0; i < CANDOR_N_FEELING_FAMILIES; i++)
    g_clear_object (&self->families[i]);
  for (guint i = 0; i < CANDOR_N_MOOD_QUADRANTS; i++)
    g_clear_object (&self->quadrants[i]);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->words, g_array_unref);

  G_OBJECT_CLASS (candor_vocabulary_parent_class)->finalize (object);
}

static void
candor_vocabulary_class_init (CandorVocabularyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = candor_vocabulary_finalize;
}

static void
candor_vocabulary_init (CandorVocabulary *self)
{
  self->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (self->words, word_clear);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * candor_vocabulary_new_from_bytes:
 * @bytes: the XML of a feelings file (see data/candor-feelings.xml)
 * @error: return location for an error
 *
 * Loads a vocabulary from @bytes. The app uses candor_vocabulary_get_default(); this is
 * for tests and tools that bring their own words.
 *
 * Returns: (transfer full) (nullable): the vocabulary, or %NULL with @error set
 */
CandorVocabulary *
candor_vocabulary_new_from_bytes (GBytes  *bytes,
                                  GError **error)
{
  g_autoptr(CandorVocabulary) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CANDOR_TYPE_VOCABULARY, NULL);
  if (!candor_vocabulary_load (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * candor_vocabulary_get_default:
 *
 * The app's own vocabulary, loaded from the resources on first use and translated into
 * the UI language of that moment (so call it after setlocale() and textdomain()).
 *
 * Returns: (transfer none): the shared vocabulary
 */
CandorVocabulary *
candor_vocabulary_get_default (void)
{
  static CandorVocabulary *vocabulary;

  if (g_once_init_enter (&vocabulary))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      CandorVocabulary *loaded = NULL;

      bytes = g_resources_lookup_data (FEELINGS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        loaded = candor_vocabulary_new_from_bytes (bytes, &error);

      if (loaded == NULL)
        {
          /* The data is built in and checked by the tests; an empty vocabulary keeps the
           * app usable if it ever breaks. */
          g_critical ("Could not load the feelings: %s", error->message);
          loaded = g_object_new (CANDOR_TYPE_VOCABULARY, NULL);
        }

      g_once_init_leave (&vocabulary, loaded);
    }

  return vocabulary;
}

/**
 * candor_vocabulary_get_n_feelings:
 * @self: a vocabulary
 *
 * Returns: how many words the vocabulary has
 */
guint
candor_vocabulary_get_n_feelings (CandorVocabulary *self)
{
  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), 0);

  return self->words->len;
}

/**
 * candor_vocabulary_lookup:
 * @self: a vocabulary
 * @id: a feeling id, such as "grateful"
 *
 * Returns: (transfer none) (nullable): the feeling, or %NULL if there is no such word
 */
CandorFeeling *
candor_vocabulary_lookup (CandorVocabulary *self,
                          const char       *id)
{
  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * candor_vocabulary_get_all:
 * @self: a vocabulary
 *
 * Returns: (transfer none): every #CandorFeeling, family by family, in the data's order
 */
GListModel *
candor_vocabulary_get_all (CandorVocabulary *self)
{
  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);

  if (self->all == NULL)
    {
      self->all = g_list_store_new (CANDOR_TYPE_FEELING);
      for (guint i = 0; i < self->words->len; i++)
        g_list_store_append (self->all, word_at (self, i)->feeling);
    }

  return G_LIST_MODEL (self->all);
}

/**
 * candor_vocabulary_get_family:
 * @self: a vocabulary
 * @family: a family
 *
 * Returns: (transfer none): the #CandorFeeling<!-- -->s of @family
 */
GListModel *
candor_vocabulary_get_family (CandorVocabulary    *self,
                              CandorFeelingFamily  family)
{
  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (family < CANDOR_N_FEELING_FAMILIES, NULL);

  if (self->families[family] == NULL)
    {
      self->families[family] = g_list_store_new (CANDOR_TYPE_FEELING);
      for (guint i = 0; i < self->words->len; i++)
        {
          CandorFeeling *feeling = word_at (self, i)->feeling;

          if (candor_feeling_get_family (feeling) == family)
            g_list_store_append (self->families[family], feeling);
        }
    }

  return G_LIST_MODEL (self->families[family]);
}

/**
 * candor_vocabulary_get_quadrant:
 * @self: a vocabulary
 * @quadrant: a quadrant of the mood meter
 *
 * Returns: (transfer none): the #CandorFeeling<!-- -->s in @quadrant
 */
GListModel *
candor_vocabulary_get_quadrant (CandorVocabulary   *self,
                                CandorMoodQuadrant  quadrant)
{
  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);
  g_return_val_if_fail (quadrant < CANDOR_N_MOOD_QUADRANTS, NULL);

  if (self->quadrants[quadrant] == NULL)
    {
      self->quadrants[quadrant] = g_list_store_new (CANDOR_TYPE_FEELING);
      for (guint i = 0; i < self->words->len; i++)
        {
          CandorFeeling *feeling = word_at (self, i)->feeling;

          if (candor_feeling_get_quadrant (feeling) == quadrant)
            g_list_store_append (self->quadrants[quadrant], feeling);
        }
    }

  return G_LIST_MODEL (self->quadrants[quadrant]);
}

/**
 * candor_vocabulary_normalize:
 * @text: UTF-8 text
 *
 * Folds @text for matching that ignores case and accents: compatibility decomposition,
 * non-spacing and enclosing marks dropped, then case folding. "Éner" and "ener" fold to
 * the same string, as do "ЁЖ" and "еж". Spacing marks stay, since in scripts such as
 * Devanagari they are vowels, not accents. Scripts without case, such as CJK, come back
 * unchanged apart from width variants.
 *
 * Returns: (transfer full): the folded text
 */
char *
candor_vocabulary_normalize (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_ENCLOSING_MARK)
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, bare->len);
}

static void
ensure_search_keys (CandorVocabulary *self)
{
  if (self->has_search_keys)
    return;

  for (guint i = 0; i < self->words->len; i++)
    {
      Word *word = word_at (self, i);
      const char *label = candor_feeling_get_label (word->feeling);

      word->label_key = candor_vocabulary_normalize (label);
      word->definition_key = candor_vocabulary_normalize (candor_feeling_get_definition (word->feeling));
      word->collate_key = g_utf8_collate_key (label, -1);
    }

  self->has_search_keys = TRUE;
}

typedef struct
{
  Word *word;
  guint rank;
} Match;

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;

  if (ma->rank != mb->rank)
    return ma->rank < mb->rank ? -1 : 1;

  return strcmp (ma->word->collate_key, mb->word->collate_key);
}

/**
 * candor_vocabulary_search:
 * @self: a vocabulary
 * @query: what the person typed, in the UI language
 *
 * Finds words whose label or definition contains @query, ignoring case and accents (see
 * candor_vocabulary_normalize()). Labels that start with @query come first, then labels
 * that contain it, then definitions that contain it; alphabetical within each group.
 * An empty @query matches every word, in the data's order.
 *
 * Returns: (transfer full): the matching #CandorFeeling<!-- -->s, best first
 */
GListModel *
candor_vocabulary_search (CandorVocabulary *self,
                          const char       *query)
{
  g_autofree char *key = NULL;
  g_autoptr(GArray) matches = NULL;
  GListStore *store;

  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);

  store = g_list_store_new (CANDOR_TYPE_FEELING);

  key = candor_vocabulary_normalize (query != NULL ? query : "");
  g_strstrip (key);
  if (*key == '\0')
    {
      for (guint i = 0; i < self->words->len; i++)
        g_list_store_append (store, word_at (self, i)->feeling);
      return G_LIST_MODEL (store);
    }

  ensure_search_keys (self);

  matches = g_array_new (FALSE, FALSE, sizeof (Match));
  for (guint i = 0; i < self->words->len; i++)
    {
      Word *word = word_at (self, i);
      Match match = { word, 0 };

      if (g_str_has_prefix (word->label_key, key))
        match.rank = 0;
      else if (strstr (word->label_key, key) != NULL)
        match.rank = 1;
      else if (strstr (word->definition_key, key) != NULL)
        match.rank = 2;
      else
        continue;

      g_array_append_val (matches, match);
    }

  g_array_sort (matches, compare_matches);
  for (guint i = 0; i < matches->len; i++)
    g_list_store_append (store, g_array_index (matches, Match, i).word->feeling);

  return G_LIST_MODEL (store);
}

/**
 * candor_vocabulary_get_recent:
 * @self: a vocabulary
 * @ids_by_time: (nullable) (array zero-terminated=1): feeling ids in the order they were
 *   used, oldest first, one per use (the journal's check-ins and feeling notes)
 * @max_items: the most words to return
 *
 * Returns: (transfer full): the most recently used #CandorFeeling<!-- -->s, newest first,
 *   each once; ids the vocabulary does not know are skipped
 */
GListModel *
candor_vocabulary_get_recent (CandorVocabulary   *self,
                              const char * const *ids_by_time,
                              guint               max_items)
{
  g_autoptr(GHashTable) seen = NULL;
  GListStore *store;
  guint n;

  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);

  store = g_list_store_new (CANDOR_TYPE_FEELING);
  if (ids_by_time == NULL)
    return G_LIST_MODEL (store);

  seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  n = g_strv_length ((char **)ids_by_time);
  for (guint i = n; i > 0 && g_list_model_get_n_items (G_LIST_MODEL (store)) < max_items; i--)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (self, ids_by_time[i - 1]);

      if (feeling != NULL && g_hash_table_add (seen, feeling))
        g_list_store_append (store, feeling);
    }

  return G_LIST_MODEL (store);
}

typedef struct
{
  CandorFeeling *feeling;
  guint          uses;
  guint          last_use;
} Usage;

static int
compare_usage (gconstpointer a,
               gconstpointer b)
{
  const Usage *ua = a;
  const Usage *ub = b;

  if (ua->uses != ub->uses)
    return ua->uses > ub->uses ? -1 : 1;
  if (ua->last_use != ub->last_use)
    return ua->last_use > ub->last_use ? -1 : 1;
  return 0;
}

/**
 * candor_vocabulary_get_frequent:
 * @self: a vocabulary
 * @ids_by_time: (nullable) (array zero-terminated=1): feeling ids in the order they were
 *   used, oldest first, one per use
 * @min_uses: leave out words used fewer times than this
 * @max_items: the most words to return
 *
 * Returns: (transfer full): the most used #CandorFeeling<!-- -->s, most uses first; of two
 *   words used as often, the one used last comes first
 */
GListModel *
candor_vocabulary_get_frequent (CandorVocabulary   *self,
                                const char * const *ids_by_time,
                                guint               min_uses,
                                guint               max_items)
{
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GArray) usage = NULL;
  GListStore *store;

  g_return_val_if_fail (CANDOR_IS_VOCABULARY (self), NULL);

  store = g_list_store_new (CANDOR_TYPE_FEELING);
  if (ids_by_time == NULL)
    return G_LIST_MODEL (store);

  index = g_hash_table_new (g_direct_hash, g_direct_equal);
  usage = g_array_new (FALSE, FALSE, sizeof (Usage));
  for (guint i = 0; ids_by_time[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (self, ids_by_time[i]);
      gpointer slot;

      if (feeling == NULL)
        continue;

      if (g_hash_table_lookup_extended (index, feeling, NULL, &slot))
        {
          Usage *u = &g_array_index (usage, Usage, GPOINTER_TO_UINT (slot));

          u->uses++;
          u->last_use = i;
        }
      else
        {
          Usage u = { feeling, 1, i };

          g_hash_table_insert (index, feeling, GUINT_TO_POINTER (usage->len));
          g_array_append_val (usage, u);
        }
    }

  g_array_sort (usage, compare_usage);
  for (guint i = 0; i < usage->len && i < max_items; i++)
    {
      Usage *u = &g_array_index (usage, Usage, i);

      if (u->uses < MAX (min_uses, 1))
        break;
      g_list_store_append (store, u->feeling);
    }

  return G_LIST_MODEL (store);
}
