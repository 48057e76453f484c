/* candor-prompt-pool.c — the writing prompts: weekly reflection, growth journal, boundaries
 *
 * The prompts are data/candor-prompts.xml, compiled into the core resources
 * and translated as they are loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-prompt-pool.h"
#include "candor-text-data.h"

#define PROMPTS_RESOURCE "/io/github/candorapp/Candor/core/candor-prompts.xml"

struct _CandorPromptPool
{
  GObject     parent_instance;

  /* In file order. */
  GPtrArray  *prompts;
  /* id → CandorPrompt, borrowed from @prompts */
  GHashTable *by_id;
  /* The reflection prompts in the order the weeks go through them. */
  GPtrArray  *week_order;
};

static void candor_prompt_pool_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CandorPromptPool, candor_prompt_pool, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      candor_prompt_pool_list_model_init))

static gboolean
prompt_item_cb (const CandorTextItem  *item,
                gpointer               user_data,
                GError               **error)
{
  static const char * const allowed[] = { "kind", "comments", NULL };
  CandorPromptPool *self = user_data;
  const char *kind_nick = candor_text_item_get_attribute (item, "kind");
  CandorPrompt *prompt;
  GEnumClass *kinds;
  GEnumValue *kind;

  if (!candor_text_item_check_attributes (item, allowed, error))
    return FALSE;

  kinds = g_type_class_ref (CANDOR_TYPE_PROMPT_KIND);
  kind = kind_nick != NULL ? g_enum_get_value_by_nick (kinds, kind_nick) : NULL;
  g_type_class_unref (kinds);

  if (kind == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "prompt “%s” has no known kind", item->id);
      return FALSE;
    }

  prompt = candor_prompt_new (item->id, item->translation, kind->value);
  g_ptr_array_add (self->prompts, prompt);
  g_hash_table_insert (self->by_id, (char *) candor_prompt_get_id (prompt), prompt);

  return TRUE;
}

/* FNV-1a: a hash of our own, so the weeks' prompts never change with GLib. */
static guint32
hash_id (const char *id)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) id; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= 16777619u;
    }

  return hash;
}

static int
compare_week_order (gconstpointer a,
                    gconstpointer b)
{
  const char *id_a = candor_prompt_get_id (*(CandorPrompt **) a);
  const char *id_b = candor_prompt_get_id (*(CandorPrompt **) b);
  guint32 hash_a = hash_id (id_a);
  guint32 hash_b = hash_id (id_b);

  if (hash_a != hash_b)
    return hash_a < hash_b ? -1 : 1;

  return g_strcmp0 (id_a, id_b);
}

static GType
candor_prompt_pool_get_item_type (GListModel *model)
{
  return CANDOR_TYPE_PROMPT;
}

static guint
candor_prompt_pool_get_n_items (GListModel *model)
{
  CandorPromptPool *self = CANDOR_PROMPT_POOL (model);

  return self->prompts->len;
}

static gpointer
candor_prompt_pool_get_item (GListModel *model,
                             guint       position)
{
  CandorPromptPool *self = CANDOR_PROMPT_POOL (model);

  if (position >= self->prompts->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->prompts, position));
}

static void
candor_prompt_pool_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = candor_prompt_pool_get_item_type;
  iface->get_n_items = candor_prompt_pool_get_n_items;
  iface->get_item = candor_prompt_pool_get_item;
}

static void
candor_prompt_pool_finalize (GObject *object)
{
  CandorPromptPool *self = (CandorPromptPool *)object;

  g_clear_pointer (&self->week_order, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->prompts, g_ptr_array_unref);

  G_OBJECT_CLASS (candor_prompt_pool_parent_class)->finalize (object);
}

static void
candor_prompt_pool_class_init (CandorPromptPoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = candor_prompt_pool_finalize;
}

static void
candor_prompt_pool_init (CandorPromptPool *self)
{
  self->prompts = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * candor_prompt_pool_new_from_bytes:
 * @bytes: a prompts file, as data/candor-prompts.xml
 *
 * Returns: (transfer full) (nullable): a pool of the prompts in @bytes
 */
CandorPromptPool *
candor_prompt_pool_new_from_bytes (GBytes  *bytes,
                                   GError **error)
{
  g_autoptr(CandorPromptPool) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CANDOR_TYPE_PROMPT_POOL, NULL);
  if (!candor_text_data_parse (bytes, "prompts", "prompt", prompt_item_cb, self, error))
    return NULL;

  /* Ordered by a hash of the id, not by the file: the weeks look shuffled, and
   * a prompt added later slots in without reshuffling every week. */
  self->week_order = candor_prompt_pool_list (self, CANDOR_PROMPT_KIND_REFLECTION);
  g_ptr_array_sort (self->week_order, compare_week_order);

  return g_steal_pointer (&self);
}

/**
 * candor_prompt_pool_new:
 *
 * The built-in prompts, translated into the current locale.
 *
 * Returns: (transfer full): a new pool
 */
CandorPromptPool *
candor_prompt_pool_new (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CandorPromptPool *self;

  bytes = g_resources_lookup_data (PROMPTS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    self = candor_prompt_pool_new_from_bytes (bytes, &error);
  else
    self = NULL;

  /* The file is checked by the tests at build time: failing here is a broken build. */
  if (self == NULL)
    {
      g_critical ("Cannot load the built-in prompts: %s", error->message);
      self = g_object_new (CANDOR_TYPE_PROMPT_POOL, NULL);
      self->week_order = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return self;
}

/**
 * candor_prompt_pool_lookup:
 *
 * Returns: (transfer none) (nullable): the prompt with that id
 */
CandorPrompt *
candor_prompt_pool_lookup (CandorPromptPool *self,
                           const char       *id)
{
  g_return_val_if_fail (CANDOR_IS_PROMPT_POOL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * candor_prompt_pool_list:
 *
 * Returns: (transfer full) (element-type CandorPrompt): the prompts of @kind,
 *   in file order
 */
GPtrArray *
candor_prompt_pool_list (CandorPromptPool *self,
                         CandorPromptKind  kind)
{
  GPtrArray *prompts;

  g_return_val_if_fail (CANDOR_IS_PROMPT_POOL (self), NULL);
  g_return_val_if_fail (kind < CANDOR_PROMPT_N_KINDS, NULL);

  prompts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->prompts->len; i++)
    {
      CandorPrompt *prompt = g_ptr_array_index (self->prompts, i);

      if (candor_prompt_get_kind (prompt) == kind)
        g_ptr_array_add (prompts, g_object_ref (prompt));
    }

  return prompts;
}

/**
 * candor_prompt_pool_pick:
 * @n: how many prompts are wanted
 * @rand: (nullable): the source of randomness, for repeatable picks
 * @avoid: (nullable): ids to leave out, such as the prompts shown lately
 *
 * Picks @n different prompts of @kind at random, none of @avoid while others
 * are left; fewer when there are fewer than @n of @kind.
 *
 * Returns: (transfer full) (element-type CandorPrompt): the prompts
 */
GPtrArray *
candor_prompt_pool_pick (CandorPromptPool   *self,
                         CandorPromptKind    kind,
                         guint               n,
                         GRand              *rand,
                         const char * const *avoid)
{
  g_autoptr(GRand) own_rand = NULL;
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) avoided = NULL;
  GPtrArray *picked;

  g_return_val_if_fail (CANDOR_IS_PROMPT_POOL (self), NULL);
  g_return_val_if_fail (kind < CANDOR_PROMPT_N_KINDS, NULL);

  if (rand == NULL)
    rand = own_rand = g_rand_new ();

  fresh = g_ptr_array_new ();
  avoided = g_ptr_array_new ();
  for (guint i = 0; i < self->prompts->len; i++)
    {
      CandorPrompt *prompt = g_ptr_array_index (self->prompts, i);

      if (candor_prompt_get_kind (prompt) != kind)
        continue;

      if (avoid != NULL && g_strv_contains (avoid, candor_prompt_get_id (prompt)))
        g_ptr_array_add (avoided, prompt);
      else
        g_ptr_array_add (fresh, prompt);
    }

  candor_text_data_shuffle (fresh, rand);
  candor_text_data_shuffle (avoided, rand);

  picked = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < fresh->len && picked->len < n; i++)
    g_ptr_array_add (picked, g_object_ref (g_ptr_array_index (fresh, i)));
  for (guint i = 0; i < avoided->len && picked->len < n; i++)
    g_ptr_array_add (picked, g_object_ref (g_ptr_array_index (avoided, i)));

  return picked;
}

/**
 * candor_prompt_pool_for_week:
 * @week_start: the first day of the week, in the time zone the week is in
 *
 * The weekly reflection's prompts: %CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK
 * reflection prompts that depend only on the date of @week_start (not on the
 * time of day, the locale or a random source), so a week printed twice reads
 * the same. The following week gets the next ones: every prompt comes round
 * before any comes back, so with six or more consecutive weeks share none.
 *
 * Returns: (transfer full) (element-type CandorPrompt): the week's prompts
 */
GPtrArray *
candor_prompt_pool_for_week (CandorPromptPool *self,
                             GDateTime        *week_start)
{
  GPtrArray *prompts;
  GDate date;
  int year, month, day;
  guint n, week;

  g_return_val_if_fail (CANDOR_IS_PROMPT_POOL (self), NULL);
  g_return_val_if_fail (week_start != NULL, NULL);

  g_date_time_get_ymd (week_start, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  /* Weeks counted from year 1: one more each 7 days, whatever the first weekday. */
  week = g_date_get_julian (&date) / 7;

  prompts = g_ptr_array_new_with_free_func (g_object_unref);
  n = self->week_order->len;
  for (guint i = 0; i < MIN (n, CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK); i++)
    {
      guint position = (guint) (((guint64) week * CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK + i) % n);

      g_ptr_array_add (prompts, g_object_ref (g_ptr_array_index (self->week_order, position)));
    }

  return prompts;
}
