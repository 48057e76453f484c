/* candor-strength-meter.c — a meter and a hint under a new passphrase
 *
 * The rating itself lives in src/core (candor-passphrase.c, unit-tested); this widget
 * only shows it: a four-step level bar coloured from the named palette and one line of
 * text, which screen readers hear as the bar's description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-strength-meter.h"

struct _CandorStrengthMeter
{
  GtkWidget                 parent_instance;

  GtkLevelBar              *bar;
  GtkLabel                 *label;
  CandorPassphraseStrength  strength;
  char                     *hint;
};

G_DEFINE_FINAL_TYPE (CandorStrengthMeter, candor_strength_meter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STRENGTH,
  PROP_HINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The style classes that colour the hint, one per strength. */
static const char *strength_classes[] = {
  [CANDOR_PASSPHRASE_EMPTY] = NULL,
  [CANDOR_PASSPHRASE_TOO_SHORT] = "dim-label",
  [CANDOR_PASSPHRASE_WEAK] = "error",
  [CANDOR_PASSPHRASE_FAIR] = "warning",
  [CANDOR_PASSPHRASE_STRONG] = "success",
};

static void
candor_strength_meter_dispose (GObject *object)
{
  CandorStrengthMeter *self = CANDOR_STRENGTH_METER (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->bar = NULL;
  self->label = NULL;

  G_OBJECT_CLASS (candor_strength_meter_parent_class)->dispose (object);
}

static void
candor_strength_meter_finalize (GObject *object)
{
  CandorStrengthMeter *self = CANDOR_STRENGTH_METER (object);

  g_free (self->hint);

  G_OBJECT_CLASS (candor_strength_meter_parent_class)->finalize (object);
}

static void
candor_strength_meter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CandorStrengthMeter *self = CANDOR_STRENGTH_METER (object);

  switch (prop_id)
    {
    case PROP_STRENGTH:
      g_value_set_int (value, self->strength);
      break;

    case PROP_HINT:
      g_value_set_string (value, self->hint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_strength_meter_class_init (CandorStrengthMeterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_strength_meter_dispose;
  object_class->finalize = candor_strength_meter_finalize;
  object_class->get_property = candor_strength_meter_get_property;

  properties[PROP_STRENGTH] =
    g_param_spec_int ("strength", NULL, NULL,
                      CANDOR_PASSPHRASE_EMPTY, CANDOR_PASSPHRASE_STRONG, CANDOR_PASSPHRASE_EMPTY,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HINT] =
    g_param_spec_string ("hint", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "strengthmeter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_strength_meter_init (CandorStrengthMeter *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  /* Steps: too short or weak fill one, fair three, strong all four. */
  self->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 4));
  gtk_level_bar_set_mode (self->bar, GTK_LEVEL_BAR_MODE_DISCRETE);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (self->bar, "weak", 1);
  gtk_level_bar_add_offset_value (self->bar, "fair", 3);
  gtk_level_bar_add_offset_value (self->bar, "strong", 4);
  gtk_widget_set_parent (GTK_WIDGET (self->bar), GTK_WIDGET (self));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->label, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Passphrase strength"),
                                  -1);

  candor_strength_meter_update (self, NULL);
}

GtkWidget *
candor_strength_meter_new (void)
{
  return g_object_new (CANDOR_TYPE_STRENGTH_METER, NULL);
}

void
candor_strength_meter_update (CandorStrengthMeter *self,
                              const char          *passphrase)
{
  CandorPassphraseStrength strength;
  static const double levels[] = {
    [CANDOR_PASSPHRASE_EMPTY] = 0,
    [CANDOR_PASSPHRASE_TOO_SHORT] = 1,
    [CANDOR_PASSPHRASE_WEAK] = 1,
    [CANDOR_PASSPHRASE_FAIR] = 3,
    [CANDOR_PASSPHRASE_STRONG] = 4,
  };

  g_return_if_fail (CANDOR_IS_STRENGTH_METER (self));

  strength = candor_passphrase_rate (passphrase);
  gtk_level_bar_set_value (self->bar, levels[strength]);
  /* Too short reads as “not yet”, not as a failure: the bar stays neutral. */
  if (strength == CANDOR_PASSPHRASE_TOO_SHORT)
    gtk_widget_add_css_class (GTK_WIDGET (self->bar), "too-short");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->bar), "too-short");

  if (strength == self->strength && self->hint != NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (strength_classes); i++)
    if (strength_classes[i] != NULL)
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), strength_classes[i]);
  if (strength_classes[strength] != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), strength_classes[strength]);

  g_free (self->hint);
  self->hint = candor_passphrase_dup_hint (strength);
  gtk_label_set_label (self->label, self->hint);
  gtk_widget_set_visible (GTK_WIDGET (self->label), self->hint != NULL);

  if (strength != self->strength)
    {
      self->strength = strength;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTH]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HINT]);
}

CandorPassphraseStrength
candor_strength_meter_get_strength (CandorStrengthMeter *self)
{
  g_return_val_if_fail (CANDOR_IS_STRENGTH_METER (self), CANDOR_PASSPHRASE_EMPTY);

  return self->strength;
}

const char *
candor_strength_meter_get_hint (CandorStrengthMeter *self)
{
  g_return_val_if_fail (CANDOR_IS_STRENGTH_METER (self), NULL);

  return self->hint;
}
