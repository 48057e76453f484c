/* candor-history.c — a date-sorted list, newest first, for day-grouped histories
 *
 * A view of the journal's list in reverse: nothing is copied, so ten years of
 * check-ins cost nothing on a change. Rows show a day header when their day differs
 * from the row above, so a change also reports the row just below it as changed:
 * that row's header may come or go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-history.h"

struct _CandorHistory
{
  GObject     parent_instance;

  GListModel *model;
  guint       n_items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CandorHistory, candor_history, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
candor_history_get_item_type (GListModel *model)
{
  CandorHistory *self = CANDOR_HISTORY (model);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
candor_history_get_n_items (GListModel *model)
{
  return CANDOR_HISTORY (model)->n_items;
}

static gpointer
candor_history_get_item (GListModel *model,
                         guint       position)
{
  CandorHistory *self = CANDOR_HISTORY (model);

  if (position >= self->n_items)
    return NULL;

  return g_list_model_get_item (self->model, self->n_items - 1 - position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = candor_history_get_item_type;
  iface->get_n_items = candor_history_get_n_items;
  iface->get_item = candor_history_get_item;
}

static void
model_items_changed_cb (CandorHistory *self,
                        guint          position,
                        guint          removed,
                        guint          added,
                        GListModel    *model)
{
  guint old_n = self->n_items;
  guint start = old_n - position - removed;

  self->n_items = g_list_model_get_n_items (model);

  /* The row below the change (older) may gain or lose its day header. */
  if (start + added < self->n_items)
    {
      removed++;
      added++;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), start, removed, added);
}

static void
candor_history_dispose (GObject *object)
{
  CandorHistory *self = (CandorHistory *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (candor_history_parent_class)->dispose (object);
}

static void
candor_history_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CandorHistory *self = CANDOR_HISTORY (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_history_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CandorHistory *self = CANDOR_HISTORY (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      candor_history_set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_history_class_init (CandorHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = candor_history_dispose;
  object_class->get_property = candor_history_get_property;
  object_class->set_property = candor_history_set_property;

  /**
   * CandorHistory:model:
   *
   * The list to show in reverse, sorted oldest first.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
candor_history_init (CandorHistory *self)
{
}

/**
 * candor_history_new:
 * @model: (nullable): a list sorted oldest first
 *
 * Returns: (transfer full): a view of @model, newest first
 */
CandorHistory *
candor_history_new (GListModel *model)
{
  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);

  return g_object_new (CANDOR_TYPE_HISTORY, "model", model, NULL);
}

GListModel *
candor_history_get_model (CandorHistory *self)
{
  g_return_val_if_fail (CANDOR_IS_HISTORY (self), NULL);

  return self->model;
}

void
candor_history_set_model (CandorHistory *self,
                          GListModel    *model)
{
  guint removed;

  g_return_if_fail (CANDOR_IS_HISTORY (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);

  removed = self->n_items;
  g_set_object (&self->model, model);
  self->n_items = model != NULL ? g_list_model_get_n_items (model) : 0;

  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);

  if (removed > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * candor_history_item_changed:
 * @self: a history
 * @item: an item of the model whose properties changed
 *
 * Lists only report items coming and going; this reports @item as changed, so its
 * row is bound again. The search starts at the newest item, where edits happen.
 */
void
candor_history_item_changed (CandorHistory *self,
                             gpointer       item)
{
  g_return_if_fail (CANDOR_IS_HISTORY (self));

  for (guint i = 0; i < self->n_items; i++)
    {
      g_autoptr(GObject) candidate = candor_history_get_item (G_LIST_MODEL (self), i);

      if (candidate == item)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
          return;
        }
    }
}
