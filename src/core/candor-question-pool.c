/* candor-question-pool.c — the Connection Check questions: built-in and custom
 *
 * The built-in questions are data/candor-questions.xml, compiled into the core
 * resources and translated as they are loaded. The couple's own questions
 * join them; they are kept in the settings, so the pool only holds them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-question-pool.h"
#include "candor-text-data.h"

#define QUESTIONS_RESOURCE "/io/github/candorapp/Candor/core/candor-questions.xml"

struct _CandorQuestionPool
{
  GObject     parent_instance;

  /* Built-in questions in file order, then custom ones in the order added. */
  GPtrArray  *questions;
  /* id → CandorQuestion, borrowed from @questions */
  GHashTable *by_id;
};

static void candor_question_pool_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CandorQuestionPool, candor_question_pool, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      candor_question_pool_list_model_init))

static void
add_question (CandorQuestionPool *self,
              CandorQuestion     *question)
{
  g_assert (!g_hash_table_contains (self->by_id, candor_question_get_id (question)));

  g_ptr_array_add (self->questions, question);
  g_hash_table_insert (self->by_id, (char *) candor_question_get_id (question), question);
}

static gboolean
parse_depth (const char          *nick,
             CandorQuestionDepth *depth)
{
  GEnumClass *depths;
  GEnumValue *value;

  if (nick == NULL)
    return FALSE;

  /* The nicks of the settings' enum, so the file and the vault say the same. */
  depths = g_type_class_ref (CANDOR_TYPE_QUESTION_DEPTH);
  value = g_enum_get_value_by_nick (depths, nick);
  if (value != NULL)
    *depth = value->value;
  g_type_class_unref (depths);

  return value != NULL;
}

static gboolean
question_item_cb (const CandorTextItem  *item,
                  gpointer               user_data,
                  GError               **error)
{
  static const char * const allowed[] = { "depth", "default", "comments", NULL };
  CandorQuestionPool *self = user_data;
  const char *depth_nick = candor_text_item_get_attribute (item, "depth");
  const char *is_default = candor_text_item_get_attribute (item, "default");
  CandorQuestionDepth depth;

  if (!candor_text_item_check_attributes (item, allowed, error))
    return FALSE;

  if (!parse_depth (depth_nick, &depth))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "question “%s” has no known depth", item->id);
      return FALSE;
    }

  if (is_default != NULL && g_strcmp0 (is_default, "yes") != 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "question “%s”: default is “yes” or left out", item->id);
      return FALSE;
    }

  add_question (self, candor_question_new (item->id,
                                           item->translation,
                                           depth,
                                           is_default != NULL,
                                           FALSE));

  return TRUE;
}

static GType
candor_question_pool_get_item_type (GListModel *model)
{
  return CANDOR_TYPE_QUESTION;
}

static guint
candor_question_pool_get_n_items (GListModel *model)
{
  CandorQuestionPool *self = CANDOR_QUESTION_POOL (model);

  return self->questions->len;
}

static gpointer
candor_question_pool_get_item (GListModel *model,
                               guint       position)
{
  CandorQuestionPool *self = CANDOR_QUESTION_POOL (model);

  if (position >= self->questions->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->questions, position));
}

static void
candor_question_pool_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = candor_question_pool_get_item_type;
  iface->get_n_items = candor_question_pool_get_n_items;
  iface->get_item = candor_question_pool_get_item;
}

static void
candor_question_pool_finalize (GObject *object)
{
  CandorQuestionPool *self = (CandorQuestionPool *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);

  G_OBJECT_CLASS (candor_question_pool_parent_class)->finalize (object);
}

static void
candor_question_pool_class_init (CandorQuestionPoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = candor_question_pool_finalize;
}

static void
candor_question_pool_init (CandorQuestionPool *self)
{
  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * candor_question_pool_new_from_bytes:
 * @bytes: a questions file, as data/candor-questions.xml
 *
 * Returns: (transfer full) (nullable): a pool of the questions in @bytes
 */
CandorQuestionPool *
candor_question_pool_new_from_bytes (GBytes  *bytes,
                                     GError **error)
{
  g_autoptr(CandorQuestionPool) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CANDOR_TYPE_QUESTION_POOL, NULL);
  if (!candor_text_data_parse (bytes, "questions", "question", question_item_cb, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * candor_question_pool_new:
 *
 * The built-in questions, translated into the current locale.
 *
 * Returns: (transfer full): a new pool
 */
CandorQuestionPool *
candor_question_pool_new (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CandorQuestionPool *self;

  bytes = g_resources_lookup_data (QUESTIONS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    self = candor_question_pool_new_from_bytes (bytes, &error);
  else
    self = NULL;

  /* The file is checked by the tests at build time: failing here is a broken build. */
  if (self == NULL)
    {
      g_critical ("Cannot load the built-in questions: %s", error->message);
      self = g_object_new (CANDOR_TYPE_QUESTION_POOL, NULL);
    }

  return self;
}

/**
 * candor_question_pool_lookup:
 *
 * Returns: (transfer none) (nullable): the question with that id
 */
CandorQuestion *
candor_question_pool_lookup (CandorQuestionPool *self,
                             const char         *id)
{
  g_return_val_if_fail (CANDOR_IS_QUESTION_POOL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * candor_question_pool_dup_shown_text:
 * @id: (nullable): a check's question id
 * @stored_text: (nullable): the words the check keeps for it
 *
 * A check keeps its questions' words as they were chosen, so nothing changes under a
 * couple's feet. A built-in question is shown in today's UI language all the same (the
 * pair may have switched languages since); a custom or unknown one as it was written.
 *
 * Returns: (transfer full) (nullable): the words to show
 */
char *
candor_question_pool_dup_shown_text (CandorQuestionPool *self,
                                     const char         *id,
                                     const char         *stored_text)
{
  CandorQuestion *question;

  g_return_val_if_fail (CANDOR_IS_QUESTION_POOL (self), NULL);

  question = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  if (question != NULL && !candor_question_get_is_custom (question))
    return g_strdup (candor_question_get_text (question));

  return g_strdup (stored_text);
}

/**
 * candor_question_pool_defaults:
 *
 * The questions from the brief that every check starts with: “What recent
 * moment affected you most?”, “What are you quietly proud of?” and “Where
 * would a little help make the biggest difference?”, in that order.
 *
 * Returns: (transfer full) (element-type CandorQuestion): the default questions
 */
GPtrArray *
candor_question_pool_defaults (CandorQuestionPool *self)
{
  GPtrArray *defaults;

  g_return_val_if_fail (CANDOR_IS_QUESTION_POOL (self), NULL);

  defaults = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->questions->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (self->questions, i);

      if (candor_question_get_is_default (question))
        g_ptr_array_add (defaults, g_object_ref (question));
    }

  return defaults;
}

/**
 * candor_question_pool_add_custom:
 * @id: (nullable): the question's id, as kept in the settings, or %NULL for a new one
 * @depth: how deep the question goes
 * @text: the question, as the couple wrote it
 *
 * Adds a question of the couple's own. A new one gets an id "custom-" and a
 * UUID, the form the settings use.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when @text is
 *   blank or @id is taken
 */
CandorQuestion *
candor_question_pool_add_custom (CandorQuestionPool  *self,
                                 const char          *id,
                                 CandorQuestionDepth  depth,
                                 const char          *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *new_id = NULL;
  CandorQuestion *question;

  g_return_val_if_fail (CANDOR_IS_QUESTION_POOL (self), NULL);
  g_return_val_if_fail (id == NULL || id[0] != '\0', NULL);
  g_return_val_if_fail (depth <= CANDOR_QUESTION_DEPTH_DEEP, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return NULL;

  if (id == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      id = new_id = g_strconcat ("custom-", uuid, NULL);
    }

  if (g_hash_table_contains (self->by_id, id))
    return NULL;

  question = candor_question_new (id, stripped, depth, FALSE, TRUE);
  add_question (self, question);
  g_list_model_items_changed (G_LIST_MODEL (self), self->questions->len - 1, 0, 1);

  return question;
}

/**
 * candor_question_pool_remove_custom:
 *
 * Built-in questions stay: only the couple's own can be removed.
 *
 * Returns: %TRUE if a custom question with @id was removed
 */
gboolean
candor_question_pool_remove_custom (CandorQuestionPool *self,
                                    const char         *id)
{
  CandorQuestion *question;
  guint position;

  g_return_val_if_fail (CANDOR_IS_QUESTION_POOL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  question = g_hash_table_lookup (self->by_id, id);
  if (question == NULL || !candor_question_get_is_custom (question))
    return FALSE;

  if (!g_ptr_array_find (self->questions, question, &position))
    g_assert_not_reached ();

  g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->questions, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return TRUE;
}

/**
 * candor_question_pool_set_custom_questions:
 * @questions: an `a(sss)` of id, depth nick and text, as
 *   #CandorSettings:custom-questions holds them
 *
 * Replaces the custom questions with @questions, keeping the built-in
 * ones. Entries with an unknown depth, a blank text or a taken id are left out.
 */
void
candor_question_pool_set_custom_questions (CandorQuestionPool *self,
                                           GVariant           *questions)
{
  guint n_builtin = 0;
  guint removed;
  GVariantIter iter;
  const char *id, *depth_nick, *text;

  g_return_if_fail (CANDOR_IS_QUESTION_POOL (self));
  g_return_if_fail (questions != NULL);
  g_return_if_fail (g_variant_is_of_type (questions, G_VARIANT_TYPE ("a(sss)")));

  /* Custom questions always come after the built-in ones. */
  while (n_builtin < self->questions->len &&
         !candor_question_get_is_custom (g_ptr_array_index (self->questions, n_builtin)))
    n_builtin++;

  removed = self->questions->len - n_builtin;
  for (guint i = n_builtin; i < self->questions->len; i++)
    g_hash_table_remove (self->by_id,
                         candor_question_get_id (g_ptr_array_index (self->questions, i)));
  g_ptr_array_set_size (self->questions, n_builtin);

  g_variant_iter_init (&iter, questions);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &id, &depth_nick, &text))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      CandorQuestionDepth depth;

      if (id[0] == '\0' || stripped[0] == '\0' || g_hash_table_contains (self->by_id, id) ||
          !parse_depth (depth_nick, &depth))
        continue;

      add_question (self, candor_question_new (id, stripped, depth, FALSE, TRUE));
    }

  if (removed > 0 || self->questions->len > n_builtin)
    g_list_model_items_changed (G_LIST_MODEL (self), n_builtin, removed,
                                self->questions->len - n_builtin);
}

/**
 * candor_question_pool_suggest:
 * @depth: the depth wanted
 * @recent_ids: (nullable): the ids of the questions of the last
 *   %CANDOR_QUESTION_POOL_RECENT_CHECKS checks with the person, most recent
 *   first (as candor_settings_dup_recent_questions() gives them); put the
 *   questions already on the check in front to get others
 * @n: how many questions are wanted
 * @rand: (nullable): the source of randomness, for repeatable suggestions
 *
 * Suggests @n different questions, none of @recent_ids. Questions of
 * @depth come first, then those of the nearest other depth. Only when the
 * pool has nothing else left (a pool of custom questions, say) do recently
 * used ones come back, the least recently used first. A pool with fewer than
 * @n questions gives all it has.
 *
 * Returns: (transfer full) (element-type CandorQuestion): the suggestions
 */
GPtrArray *
candor_question_pool_suggest (CandorQuestionPool  *self,
                              CandorQuestionDepth  depth,
                              const char * const  *recent_ids,
                              guint                n,
                              GRand               *rand)
{
  g_autoptr(GRand) own_rand = NULL;
  g_autoptr(GHashTable) recent = NULL;
  g_autoptr(GPtrArray) recent_questions = NULL;
  GPtrArray *tiers[CANDOR_QUESTION_DEPTH_DEEP + 1];
  GPtrArray *suggestions;

  g_return_val_if_fail (CANDOR_IS_QUESTION_POOL (self), NULL);
  g_return_val_if_fail (depth <= CANDOR_QUESTION_DEPTH_DEEP, NULL);

  if (rand == NULL)
    rand = own_rand = g_rand_new ();

  recent = g_hash_table_new (g_str_hash, g_str_equal);
  recent_questions = g_ptr_array_new ();
  for (guint i = 0; recent_ids != NULL && recent_ids[i] != NULL; i++)
    {
      CandorQuestion *question;

      if (g_hash_table_contains (recent, recent_ids[i]))
        continue;

      g_hash_table_add (recent, (char *) recent_ids[i]);
      question = g_hash_table_lookup (self->by_id, recent_ids[i]);
      if (question != NULL)
        g_ptr_array_add (recent_questions, question);
    }

  /* Tier by distance from the wanted depth: the same, one step, two steps. */
  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    tiers[i] = g_ptr_array_new ();
  for (guint i = 0; i < self->questions->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (self->questions, i);
      int distance = ABS ((int) candor_question_get_depth (question) - (int) depth);

      if (!g_hash_table_contains (recent, candor_question_get_id (question)))
        g_ptr_array_add (tiers[distance], question);
    }

  suggestions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (tiers) && suggestions->len < n; i++)
    {
      candor_text_data_shuffle (tiers[i], rand);
      for (guint j = 0; j < tiers[i]->len && suggestions->len < n; j++)
        g_ptr_array_add (suggestions, g_object_ref (g_ptr_array_index (tiers[i], j)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    g_ptr_array_unref (tiers[i]);

  /* Exhausted: recently used questions, least recently used first. Each is
   * listed once, at its most recent use, so the walk back is in order. */
  for (guint i = recent_questions->len; i > 0 && suggestions->len < n; i--)
    g_ptr_array_add (suggestions, g_object_ref (g_ptr_array_index (recent_questions, i - 1)));

  return suggestions;
}
