/* candor-mood-meter.c — feeling words on a pleasantness × energy plane
 *
 * The mood meter puts each word at its pleasantness (across) and energy (up), over four
 * tinted quadrants. Words are dots in their family's colour; labels are drawn where they
 * fit, and always for the focused, hovered and chosen words. Arrow keys move to the
 * nearest word in that direction, Enter or Space chooses it, and so does a click.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "candor-mood-meter.h"

/* How close, in pixels, a pointer must be to a dot to hover or click it. */
#define HIT_RADIUS 14.0
#define DOT_RADIUS 4.0
#define CHOSEN_RADIUS 6.0
#define QUADRANT_GAP 4.0
/* Keeps dots (and their labels) off the quadrant edges. */
#define PLOT_MARGIN 16.0

struct _CandorMoodMeter
{
  GtkWidget      parent_instance;

  GListModel    *feelings;
  GHashTable    *selected;
  CandorFeeling *focused;
  CandorFeeling *hovered;
  GHashTable    *layouts;
};

G_DEFINE_FINAL_TYPE (CandorMoodMeter, candor_mood_meter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FEELINGS,
  PROP_FOCUSED_FEELING,
  PROP_HOVERED_FEELING,
  N_PROPS
};

enum {
  FEELING_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Named colours from style.css, with the palette values as a fallback for programs that
 * don't load it. Indexed by CandorFeelingFamily. */
static const struct {
  const char *name;
  const char *fallback;
} family_colors[CANDOR_N_FEELING_FAMILIES] = {
  { "candor_mad_color", "#e01b24" },
  { "candor_sad_color", "#3584e4" },
  { "candor_scared_color", "#9141ac" },
  { "candor_joyful_color", "#e5a50a" },
  { "candor_powerful_color", "#ff7800" },
  { "candor_peaceful_color", "#33d17a" },
};

/* Indexed by CandorMoodQuadrant: the mood meter's red, yellow, blue and green. */
static const struct {
  const char *name;
  const char *fallback;
} quadrant_colors[CANDOR_N_MOOD_QUADRANTS] = {
  { "candor_mood_high_unpleasant_color", "#e01b24" },
  { "candor_mood_high_pleasant_color", "#f6d32d" },
  { "candor_mood_low_unpleasant_color", "#3584e4" },
  { "candor_mood_low_pleasant_color", "#33d17a" },
};

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  /* GTK 4.8 has no other public way to read a named colour. */
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static guint
n_feelings (CandorMoodMeter *self)
{
  return self->feelings != NULL ? g_list_model_get_n_items (self->feelings) : 0;
}

static CandorFeeling *
feeling_at (CandorMoodMeter *self,
            guint            position)
{
  g_autoptr(CandorFeeling) feeling = g_list_model_get_item (self->feelings, position);

  /* The model holds a reference for as long as the item is in it. */
  return feeling;
}

static gboolean
model_contains (CandorMoodMeter *self,
                CandorFeeling   *feeling)
{
  for (guint i = 0; i < n_feelings (self); i++)
    {
      if (feeling_at (self, i) == feeling)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_selected (CandorMoodMeter *self,
             CandorFeeling   *feeling)
{
  return g_hash_table_contains (self->selected, candor_feeling_get_id (feeling));
}

static void
feeling_position (CandorMoodMeter  *self,
                  CandorFeeling    *feeling,
                  graphene_point_t *point)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double p = candor_feeling_get_pleasantness (feeling);
  double e = candor_feeling_get_energy (feeling);

  point->x = PLOT_MARGIN + (p + 1.0) / 2.0 * MAX (width - 2 * PLOT_MARGIN, 1);
  point->y = PLOT_MARGIN + (1.0 - e) / 2.0 * MAX (height - 2 * PLOT_MARGIN, 1);
}

static CandorFeeling *
feeling_at_point (CandorMoodMeter *self,
                  double           x,
                  double           y)
{
  CandorFeeling *best = NULL;
  double best_distance = HIT_RADIUS;

  for (guint i = 0; i < n_feelings (self); i++)
    {
      CandorFeeling *feeling = feeling_at (self, i);
      graphene_point_t point;
      double distance;

      feeling_position (self, feeling, &point);
      distance = hypot (point.x - x, point.y - y);
      if (distance <= best_distance)
        {
          best = feeling;
          best_distance = distance;
        }
    }

  return best;
}

static void
update_accessible (CandorMoodMeter *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  const char *help = _("Feeling words placed by how pleasant they are, from left to right, "
                       "and how much energy they carry, from bottom to top. Use the arrow "
                       "keys to move between words and Enter to choose one.");

  if (self->focused != NULL)
    {
      const char *word = candor_feeling_get_label (self->focused);

      if (is_selected (self, self->focused))
        /* Translators: the accessible name of the mood meter while a word has focus. */
        label = g_strdup_printf (_("Mood meter: %s, chosen"), word);
      else
        /* Translators: the accessible name of the mood meter while a word has focus. */
        label = g_strdup_printf (_("Mood meter: %s"), word);
      description = g_strdup_printf ("%s %s (%s) %s",
                                     candor_feeling_get_definition (self->focused),
                                     candor_feeling_family_get_label (candor_feeling_get_family (self->focused)),
                                     candor_mood_quadrant_get_label (candor_feeling_get_quadrant (self->focused)),
                                     help);
    }
  else
    {
      label = g_strdup (_("Mood meter"));
      description = g_strdup (help);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
set_hovered (CandorMoodMeter *self,
             CandorFeeling   *feeling)
{
  if (g_set_object (&self->hovered, feeling))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_FEELING]);
    }
}

static CandorFeeling *
starting_feeling (CandorMoodMeter *self)
{
  CandorFeeling *best = NULL;
  double best_distance = G_MAXDOUBLE;

  /* A chosen word first, else the word nearest the middle. */
  for (guint i = 0; i < n_feelings (self); i++)
    {
      CandorFeeling *feeling = feeling_at (self, i);
      double distance = hypot (candor_feeling_get_pleasantness (feeling),
                               candor_feeling_get_energy (feeling));

      if (is_selected (self, feeling))
        return feeling;
      if (distance < best_distance)
        {
          best = feeling;
          best_distance = distance;
        }
    }

  return best;
}

static void
activate_focused (CandorMoodMeter *self)
{
  g_autoptr(CandorFeeling) feeling = NULL;

  if (self->focused == NULL)
    return;

  /* Handlers may change the model or the focus. */
  feeling = g_object_ref (self->focused);
  g_signal_emit (self, signals[FEELING_ACTIVATED], 0, feeling);
}

static gboolean
move_binding (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  int dx, dy;

  g_variant_get (args, "(ii)", &dx, &dy);
  candor_mood_meter_move_focus (CANDOR_MOOD_METER (widget), dx, dy);

  /* At the edge, stay on the meter rather than jumping to another widget. */
  return n_feelings (CANDOR_MOOD_METER (widget)) > 0;
}

static gboolean
activate_binding (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  CandorMoodMeter *self = CANDOR_MOOD_METER (widget);

  if (self->focused == NULL)
    return FALSE;

  activate_focused (self);
  return TRUE;
}

static void
items_changed_cb (CandorMoodMeter *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  if (self->focused != NULL && !model_contains (self, self->focused))
    candor_mood_meter_set_focused_feeling (self, NULL);
  if (self->hovered != NULL && !model_contains (self, self->hovered))
    set_hovered (self, NULL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pressed_cb (CandorMoodMeter *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  CandorFeeling *feeling = feeling_at_point (self, x, y);

  if (feeling == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  candor_mood_meter_set_focused_feeling (self, feeling);
  activate_focused (self);
}

static void
motion_cb (CandorMoodMeter          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  set_hovered (self, feeling_at_point (self, x, y));
}

static void
leave_cb (CandorMoodMeter          *self,
          GtkEventControllerMotion *controller)
{
  set_hovered (self, NULL);
}

static void
focus_enter_cb (CandorMoodMeter         *self,
                GtkEventControllerFocus *controller)
{
  if (self->focused == NULL)
    candor_mood_meter_set_focused_feeling (self, starting_feeling (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_leave_cb (CandorMoodMeter         *self,
                GtkEventControllerFocus *controller)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static PangoLayout *
get_layout (CandorMoodMeter *self,
            CandorFeeling   *feeling)
{
  PangoLayout *layout = g_hash_table_lookup (self->layouts, feeling);

  if (layout == NULL)
    {
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                               candor_feeling_get_label (feeling));
      g_hash_table_insert (self->layouts, g_object_ref (feeling), layout);
    }

  return layout;
}

static PangoLayout *
create_small_layout (CandorMoodMeter *self,
                     const char      *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

typedef struct
{
  PangoLayout     *layout;
  gboolean         important;
  graphene_rect_t  rect;
} Label;

static gboolean
overlaps_any (GArray                *taken,
              const graphene_rect_t *rect)
{
  for (guint i = 0; i < taken->len; i++)
    {
      if (graphene_rect_intersection (&g_array_index (taken, graphene_rect_t, i), rect, NULL))
        return TRUE;
    }

  return FALSE;
}

static void
append_circle (GtkSnapshot            *snapshot,
               const graphene_point_t *center,
               double                  radius,
               const GdkRGBA          *color)
{
  GskRoundedRect circle;

  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT (center->x - radius, center->y - radius,
                                                        2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, color, &circle.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
append_ring (GtkSnapshot            *snapshot,
             const graphene_point_t *center,
             double                  radius,
             double                  width,
             const GdkRGBA          *color)
{
  GskRoundedRect circle;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT (center->x - radius, center->y - radius,
                                                        2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_append_border (snapshot, &circle, widths, colors);
}

static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  double         x,
                  double         y,
                  const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Finds a place for a word's label next to its dot: right, left, above or below, inside
 * the meter and clear of everything in @taken. Returns FALSE if there is none. */
static gboolean
place_label (CandorMoodMeter        *self,
             PangoLayout            *layout,
             const graphene_point_t *dot,
             GArray                 *taken,
             graphene_rect_t        *out)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  /* Clear of a chosen dot's ring and of the plate behind an important label. */
  double gap = CHOSEN_RADIUS + 8;
  int text_width, text_height;
  graphene_rect_t sides[4];

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  graphene_rect_init (&sides[0], dot->x + gap, dot->y - text_height / 2.0, text_width, text_height);
  graphene_rect_init (&sides[1], dot->x - gap - text_width, dot->y - text_height / 2.0,
                      text_width, text_height);
  graphene_rect_init (&sides[2], dot->x - text_width / 2.0, dot->y - gap - text_height,
                      text_width, text_height);
  graphene_rect_init (&sides[3], dot->x - text_width / 2.0, dot->y + gap, text_width, text_height);

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      const graphene_rect_t *side = &sides[i];

      if (side->origin.x < 2 || side->origin.x + side->size.width > width - 2 ||
          side->origin.y < 2 || side->origin.y + side->size.height > height - 2)
        continue;

      if (taken == NULL || !overlaps_any (taken, side))
        {
          *out = *side;
          return TRUE;
        }
    }

  return FALSE;
}

static void
snapshot_quadrants (CandorMoodMeter *self,
                    GtkSnapshot     *snapshot,
                    const GdkRGBA   *fg,
                    GArray          *taken)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double half_w = (width - QUADRANT_GAP) / 2;
  double half_h = (height - QUADRANT_GAP) / 2;
  /* Top-left, top-right, bottom-left, bottom-right, in CandorMoodQuadrant order. */
  const graphene_point_t origins[CANDOR_N_MOOD_QUADRANTS] = {
    GRAPHENE_POINT_INIT (0, 0),
    GRAPHENE_POINT_INIT (half_w + QUADRANT_GAP, 0),
    GRAPHENE_POINT_INIT (0, half_h + QUADRANT_GAP),
    GRAPHENE_POINT_INIT (half_w + QUADRANT_GAP, half_h + QUADRANT_GAP),
  };
  GdkRGBA caption_color = *fg;

  caption_color.alpha *= 0.6;

  for (guint q = 0; q < CANDOR_N_MOOD_QUADRANTS; q++)
    {
      g_autoptr(PangoLayout) caption = create_small_layout (self, candor_mood_quadrant_get_label (q));
      GskRoundedRect tile;
      GdkRGBA tint;
      int text_width, text_height;
      gboolean right = q == CANDOR_MOOD_QUADRANT_HIGH_PLEASANT || q == CANDOR_MOOD_QUADRANT_LOW_PLEASANT;
      gboolean bottom = q == CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT || q == CANDOR_MOOD_QUADRANT_LOW_PLEASANT;
      graphene_rect_t caption_rect;

      lookup_color (widget, quadrant_colors[q].name, quadrant_colors[q].fallback, &tint);
      tint.alpha = 0.14;
      gsk_rounded_rect_init_from_rect (&tile,
                                       &GRAPHENE_RECT_INIT (origins[q].x, origins[q].y,
                                                            half_w, half_h),
                                       12);
      gtk_snapshot_push_rounded_clip (snapshot, &tile);
      gtk_snapshot_append_color (snapshot, &tint, &tile.bounds);
      gtk_snapshot_pop (snapshot);

      /* The caption sits in the quadrant's outer corner, away from the axes. */
      pango_layout_get_pixel_size (caption, &text_width, &text_height);
      if (text_width > half_w - 16)
        {
          pango_layout_set_width (caption, MAX (half_w - 16, 1) * PANGO_SCALE);
          pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
          pango_layout_get_pixel_size (caption, &text_width, &text_height);
        }
      graphene_rect_init (&caption_rect,
                          right ? origins[q].x + half_w - 8 - text_width : origins[q].x + 8,
                          bottom ? origins[q].y + half_h - 6 - text_height : origins[q].y + 6,
                          text_width, text_height);
      append_layout_at (snapshot, caption, caption_rect.origin.x, caption_rect.origin.y,
                        &caption_color);
      g_array_append_val (taken, caption_rect);
    }

  /* Labels stay inside their own quadrant, off the axes. */
  g_array_append_val (taken, GRAPHENE_RECT_INIT (half_w - 2, 0, QUADRANT_GAP + 4, height));
  g_array_append_val (taken, GRAPHENE_RECT_INIT (0, half_h - 2, width, QUADRANT_GAP + 4));
}

static void
candor_mood_meter_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CandorMoodMeter *self = CANDOR_MOOD_METER (widget);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autoptr(GArray) important_taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GdkRGBA fg, label_color, accent, plate;
  GdkRGBA family[CANDOR_N_FEELING_FAMILIES];
  gboolean has_focus = gtk_widget_has_focus (widget);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  lookup_color (widget, "accent_color", "#1c71d8", &accent);
  lookup_color (widget, "view_bg_color", "#ffffff", &plate);
  for (guint f = 0; f < CANDOR_N_FEELING_FAMILIES; f++)
    lookup_color (widget, family_colors[f].name, family_colors[f].fallback, &family[f]);
  label_color = fg;
  label_color.alpha *= 0.8;

  snapshot_quadrants (self, snapshot, &fg, taken);

  /* The words that must be readable come first; the rest get a label where one fits. */
  if (self->focused != NULL)
    g_ptr_array_add (order, self->focused);
  if (self->hovered != NULL && self->hovered != self->focused)
    g_ptr_array_add (order, self->hovered);
  for (guint i = 0; i < n_feelings (self); i++)
    {
      CandorFeeling *feeling = feeling_at (self, i);

      if (feeling != self->focused && feeling != self->hovered && is_selected (self, feeling))
        g_ptr_array_add (order, feeling);
    }
  for (guint i = 0; i < n_feelings (self); i++)
    {
      CandorFeeling *feeling = feeling_at (self, i);

      if (feeling != self->focused && feeling != self->hovered && !is_selected (self, feeling))
        g_ptr_array_add (order, feeling);
    }

  /* Dots first, so that labels are never hidden under another word's dot. */
  for (guint i = 0; i < order->len; i++)
    {
      CandorFeeling *feeling = g_ptr_array_index (order, i);
      graphene_point_t dot;
      gboolean chosen = is_selected (self, feeling);
      double radius = chosen ? CHOSEN_RADIUS : DOT_RADIUS;

      feeling_position (self, feeling, &dot);
      if (feeling == self->focused)
        radius = CHOSEN_RADIUS + 6;
      if (chosen)
        append_ring (snapshot, &dot, CHOSEN_RADIUS + 2, 2, &fg);
      append_circle (snapshot, &dot, chosen ? CHOSEN_RADIUS : DOT_RADIUS,
                     &family[candor_feeling_get_family (feeling)]);
      g_array_append_val (taken, GRAPHENE_RECT_INIT (dot.x - radius, dot.y - radius,
                                                     2 * radius, 2 * radius));
      /* Even a crowded label must not cover the focus ring. */
      if (feeling == self->focused)
        g_array_append_val (important_taken, GRAPHENE_RECT_INIT (dot.x - radius, dot.y - radius,
                                                                 2 * radius, 2 * radius));
    }

  /* Labels: the focused, hovered and chosen words always get one, clear of each other if
   * at all possible; the others only where there is room. */
  for (guint i = 0; i < order->len; i++)
    {
      CandorFeeling *feeling = g_ptr_array_index (order, i);
      gboolean important = feeling == self->focused || feeling == self->hovered ||
                           is_selected (self, feeling);
      PangoLayout *layout = get_layout (self, feeling);
      Label label = { layout, important };
      graphene_point_t dot;

      feeling_position (self, feeling, &dot);
      if (!place_label (self, layout, &dot, taken, &label.rect) &&
          !(important && place_label (self, layout, &dot, important_taken, &label.rect)) &&
          !(important && place_label (self, layout, &dot, NULL, &label.rect)))
        continue;

      if (important)
        {
          /* Room for the plate drawn behind it. */
          graphene_rect_t plate_rect;

          graphene_rect_inset_r (&label.rect, -5, -2, &plate_rect);
          g_array_append_val (taken, plate_rect);
          g_array_append_val (important_taken, plate_rect);
        }
      else
        {
          g_array_append_val (taken, label.rect);
        }
      g_array_append_val (labels, label);
    }

  /* Drawn last to first, so the focused word's label ends up on top. */
  for (guint i = labels->len; i > 0; i--)
    {
      Label *label = &g_array_index (labels, Label, i - 1);

      if (label->important)
        {
          GskRoundedRect back;

          gsk_rounded_rect_init_from_rect (&back,
                                           &GRAPHENE_RECT_INIT (label->rect.origin.x - 4,
                                                                label->rect.origin.y - 1,
                                                                label->rect.size.width + 8,
                                                                label->rect.size.height + 2),
                                           6);
          gtk_snapshot_push_rounded_clip (snapshot, &back);
          gtk_snapshot_append_color (snapshot, &plate, &back.bounds);
          gtk_snapshot_pop (snapshot);
        }

      append_layout_at (snapshot, label->layout, label->rect.origin.x, label->rect.origin.y,
                        label->important ? &fg : &label_color);
    }

  if (self->focused != NULL && has_focus)
    {
      graphene_point_t dot;

      feeling_position (self, self->focused, &dot);
      append_ring (snapshot, &dot, CHOSEN_RADIUS + 5, 2, &accent);
    }
}

static void
candor_mood_meter_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* The meter fills the room it is given rather than asking for a square: a page that
   * scrolls would hide half of it. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 560;
    }
  else
    {
      *minimum = 220;
      *natural = 420;
    }
}

static gboolean
candor_mood_meter_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_tooltip,
                                 GtkTooltip *tooltip)
{
  CandorMoodMeter *self = CANDOR_MOOD_METER (widget);
  CandorFeeling *feeling;
  g_autofree char *markup = NULL;

  feeling = keyboard_tooltip ? self->focused : feeling_at_point (self, x, y);
  if (feeling == NULL)
    return FALSE;

  markup = g_markup_printf_escaped ("<b>%s</b>\n%s",
                                    candor_feeling_get_label (feeling),
                                    candor_feeling_get_definition (feeling));
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
candor_mood_meter_system_setting_changed (GtkWidget        *widget,
                                          GtkSystemSetting  setting)
{
  CandorMoodMeter *self = CANDOR_MOOD_METER (widget);

  /* Cached layouts would keep the old font. */
  g_hash_table_remove_all (self->layouts);
  gtk_widget_queue_resize (widget);

  GTK_WIDGET_CLASS (candor_mood_meter_parent_class)->system_setting_changed (widget, setting);
}

static void
candor_mood_meter_dispose (GObject *object)
{
  CandorMoodMeter *self = (CandorMoodMeter *)object;

  if (self->feelings != NULL)
    g_signal_handlers_disconnect_by_func (self->feelings, items_changed_cb, self);
  g_clear_object (&self->feelings);
  g_clear_object (&self->focused);
  g_clear_object (&self->hovered);
  g_hash_table_remove_all (self->layouts);

  G_OBJECT_CLASS (candor_mood_meter_parent_class)->dispose (object);
}

static void
candor_mood_meter_finalize (GObject *object)
{
  CandorMoodMeter *self = (CandorMoodMeter *)object;

  g_clear_pointer (&self->selected, g_hash_table_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);

  G_OBJECT_CLASS (candor_mood_meter_parent_class)->finalize (object);
}

static void
candor_mood_meter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CandorMoodMeter *self = CANDOR_MOOD_METER (object);

  switch (prop_id)
    {
    case PROP_FEELINGS:
      g_value_set_object (value, self->feelings);
      break;
    case PROP_FOCUSED_FEELING:
      g_value_set_object (value, self->focused);
      break;
    case PROP_HOVERED_FEELING:
      g_value_set_object (value, self->hovered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_mood_meter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CandorMoodMeter *self = CANDOR_MOOD_METER (object);

  switch (prop_id)
    {
    case PROP_FEELINGS:
      candor_mood_meter_set_feelings (self, g_value_get_object (value));
      break;
    case PROP_FOCUSED_FEELING:
      candor_mood_meter_set_focused_feeling (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_mood_meter_class_init (CandorMoodMeterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct {
    guint keyval;
    int   dx;
    int   dy;
  } arrows[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_KP_Left, -1, 0 },
    { GDK_KEY_Right, 1, 0 }, { GDK_KEY_KP_Right, 1, 0 },
    { GDK_KEY_Up, 0, 1 }, { GDK_KEY_KP_Up, 0, 1 },
    { GDK_KEY_Down, 0, -1 }, { GDK_KEY_KP_Down, 0, -1 },
  };
  const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };

  object_class->dispose = candor_mood_meter_dispose;
  object_class->finalize = candor_mood_meter_finalize;
  object_class->get_property = candor_mood_meter_get_property;
  object_class->set_property = candor_mood_meter_set_property;

  widget_class->snapshot = candor_mood_meter_snapshot;
  widget_class->measure = candor_mood_meter_measure;
  widget_class->query_tooltip = candor_mood_meter_query_tooltip;
  widget_class->system_setting_changed = candor_mood_meter_system_setting_changed;

  /**
   * CandorMoodMeter:feelings:
   *
   * The #CandorFeeling<!-- -->s to plot.
   */
  properties[PROP_FEELINGS] =
    g_param_spec_object ("feelings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CandorMoodMeter:focused-feeling:
   *
   * The word the keyboard is on: arrows move it, Enter chooses it.
   */
  properties[PROP_FOCUSED_FEELING] =
    g_param_spec_object ("focused-feeling", NULL, NULL, CANDOR_TYPE_FEELING,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CandorMoodMeter:hovered-feeling:
   *
   * The word under the pointer, if any.
   */
  properties[PROP_HOVERED_FEELING] =
    g_param_spec_object ("hovered-feeling", NULL, NULL, CANDOR_TYPE_FEELING,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CandorMoodMeter::feeling-activated:
   * @self: the mood meter
   * @feeling: the word
   *
   * A word was chosen with Enter, Space or a click.
   */
  signals[FEELING_ACTIVATED] =
    g_signal_new ("feeling-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CANDOR_TYPE_FEELING);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding (widget_class, arrows[i].keyval, 0, move_binding,
                                  "(ii)", arrows[i].dx, arrows[i].dy);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding (widget_class, activate_keys[i], 0, activate_binding, NULL);

  gtk_widget_class_set_css_name (widget_class, "moodmeter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_mood_meter_init (CandorMoodMeter *self)
{
  GtkGesture *click;
  GtkEventController *motion;
  GtkEventController *focus;

  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->layouts = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                         g_object_unref, g_object_unref);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  update_accessible (self);
}

/**
 * candor_mood_meter_new:
 *
 * Returns: (transfer floating): a new, empty mood meter
 */
GtkWidget *
candor_mood_meter_new (void)
{
  return g_object_new (CANDOR_TYPE_MOOD_METER, NULL);
}

/**
 * candor_mood_meter_get_feelings:
 * @self: a mood meter
 *
 * Returns: (transfer none) (nullable): the plotted words
 */
GListModel *
candor_mood_meter_get_feelings (CandorMoodMeter *self)
{
  g_return_val_if_fail (CANDOR_IS_MOOD_METER (self), NULL);

  return self->feelings;
}

/**
 * candor_mood_meter_set_feelings:
 * @self: a mood meter
 * @feelings: (nullable): a #GListModel of #CandorFeeling
 *
 * Sets the words to plot.
 */
void
candor_mood_meter_set_feelings (CandorMoodMeter *self,
                                GListModel      *feelings)
{
  g_return_if_fail (CANDOR_IS_MOOD_METER (self));
  g_return_if_fail (feelings == NULL || G_IS_LIST_MODEL (feelings));

  if (self->feelings == feelings)
    return;

  if (self->feelings != NULL)
    g_signal_handlers_disconnect_by_func (self->feelings, items_changed_cb, self);
  g_set_object (&self->feelings, feelings);
  if (self->feelings != NULL)
    g_signal_connect_object (self->feelings, "items-changed",
                             G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  items_changed_cb (self, 0, 0, 0, self->feelings);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEELINGS]);
}

/**
 * candor_mood_meter_set_selected:
 * @self: a mood meter
 * @ids: (nullable) (array zero-terminated=1): ids of the chosen words
 *
 * Marks the chosen words: bigger dots, always labelled.
 */
void
candor_mood_meter_set_selected (CandorMoodMeter    *self,
                                const char * const *ids)
{
  g_return_if_fail (CANDOR_IS_MOOD_METER (self));

  g_hash_table_remove_all (self->selected);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_hash_table_add (self->selected, g_strdup (ids[i]));

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * candor_mood_meter_get_focused_feeling:
 * @self: a mood meter
 *
 * Returns: (transfer none) (nullable): the word the keyboard is on
 */
CandorFeeling *
candor_mood_meter_get_focused_feeling (CandorMoodMeter *self)
{
  g_return_val_if_fail (CANDOR_IS_MOOD_METER (self), NULL);

  return self->focused;
}

/**
 * candor_mood_meter_set_focused_feeling:
 * @self: a mood meter
 * @feeling: (nullable): one of the plotted words
 *
 * Moves the keyboard to @feeling.
 */
void
candor_mood_meter_set_focused_feeling (CandorMoodMeter *self,
                                       CandorFeeling   *feeling)
{
  g_return_if_fail (CANDOR_IS_MOOD_METER (self));
  g_return_if_fail (feeling == NULL || CANDOR_IS_FEELING (feeling));

  if (!g_set_object (&self->focused, feeling))
    return;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_FEELING]);
}

/**
 * candor_mood_meter_get_hovered_feeling:
 * @self: a mood meter
 *
 * Returns: (transfer none) (nullable): the word under the pointer
 */
CandorFeeling *
candor_mood_meter_get_hovered_feeling (CandorMoodMeter *self)
{
  g_return_val_if_fail (CANDOR_IS_MOOD_METER (self), NULL);

  return self->hovered;
}

/**
 * candor_mood_meter_move_focus:
 * @self: a mood meter
 * @dx: -1 for less pleasant, 1 for more pleasant, 0 to keep
 * @dy: -1 for less energy, 1 for more energy, 0 to keep
 *
 * Moves the keyboard to the nearest word in that direction, favouring words in line with
 * it over words off to the side. With no word focused, starts at a chosen word or the word
 * nearest the middle.
 *
 * Returns: %TRUE if the focus moved
 */
gboolean
candor_mood_meter_move_focus (CandorMoodMeter *self,
                              int              dx,
                              int              dy)
{
  CandorFeeling *best = NULL;
  double best_cost = G_MAXDOUBLE;
  double from_p, from_e;

  g_return_val_if_fail (CANDOR_IS_MOOD_METER (self), FALSE);

  if (self->focused == NULL)
    {
      best = starting_feeling (self);
      candor_mood_meter_set_focused_feeling (self, best);
      return best != NULL;
    }

  from_p = candor_feeling_get_pleasantness (self->focused);
  from_e = candor_feeling_get_energy (self->focused);

  for (guint i = 0; i < n_feelings (self); i++)
    {
      CandorFeeling *feeling = feeling_at (self, i);
      double vp = candor_feeling_get_pleasantness (feeling) - from_p;
      double ve = candor_feeling_get_energy (feeling) - from_e;
      double along = vp * dx + ve * dy;
      double across = fabs (vp * dy - ve * dx);
      double cost;

      if (feeling == self->focused || along <= 0.001)
        continue;

      cost = along + 2.5 * across;
      if (cost < best_cost)
        {
          best = feeling;
          best_cost = cost;
        }
    }

  if (best == NULL)
    return FALSE;

  candor_mood_meter_set_focused_feeling (self, best);
  return TRUE;
}
