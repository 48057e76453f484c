/* candor-bar-chart.c — a small bar chart with a target band, drawn by us
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colours come from the style (the text colour and named colours such as
 * accent_color), so the dark style just works. The keyboard moves a highlighted
 * bar with the arrow keys; its sentence shows as a tooltip and becomes part of the
 * accessible name, so a screen reader says it.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-bar-chart.h"

#define AXIS_GAP     6.0
#define TOP_MARGIN   18.0
#define BAR_FILL     0.62
#define VALUE_MIN_SLOT 26.0
#define FEW_BARS     8
#define LABEL_GAP    8.0
#define ROUNDED_MIN_WIDTH 4.0
#define PAGE_BARS    10

typedef struct
{
  double    value;
  gboolean  has_value;
  char     *label;
  char     *description;
  char     *color_name;
} Bar;

struct _CandorBarChart
{
  GtkWidget  parent_instance;

  char      *title;
  GArray    *bars;          /* Bar */
  double     band_low;
  double     band_high;     /* < 0: no band */
  int        highlight;     /* the keyboard's bar, -1 for none */
  int        hover;         /* the pointer's bar, -1 for none */
  char      *description;
  guint      description_source;  /* the description waits for the last bar */
  guint      label_cycle;   /* bars in a year (12 months), 0 for none */
  int        label_width;   /* the widest axis label, -1 when unknown */
  guint      label_serial;  /* of the Pango context it was measured with */
};

G_DEFINE_FINAL_TYPE (CandorBarChart, candor_bar_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_clear_pointer (&bar->label, g_free);
  g_clear_pointer (&bar->description, g_free);
  g_clear_pointer (&bar->color_name, g_free);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (name == NULL || !gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static double
scale_max (CandorBarChart *self)
{
  double max = MAX (self->band_high, 1.0);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);

      if (bar->has_value)
        max = MAX (max, bar->value);
    }

  return max * 1.08;
}

static PangoLayout *
small_layout (GtkWidget  *widget,
              const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static double
axis_height (CandorBarChart *self)
{
  g_autoptr(PangoLayout) layout = small_layout (GTK_WIDGET (self), "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height + AXIS_GAP;
}

/* The plot area: everything but the axis labels below. */
static void
get_plot (CandorBarChart  *self,
          graphene_rect_t *plot)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  graphene_rect_init (plot, 0, TOP_MARGIN, width, MAX (height - TOP_MARGIN - axis_height (self), 1));
}

static int
bar_at (CandorBarChart *self,
        double          x)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  int index;

  if (self->bars->len == 0 || width <= 0)
    return -1;

  index = (int) (x / (width / self->bars->len));
  return CLAMP (index, 0, (int) self->bars->len - 1);
}

static void
update_accessible (CandorBarChart *self)
{
  g_autofree char *label = NULL;

  if (self->highlight >= 0 && self->highlight < (int) self->bars->len)
    {
      Bar *bar = &g_array_index (self->bars, Bar, self->highlight);

      /* Translators: a chart's accessible name while one bar is highlighted: the
       * chart's title, then the bar's sentence. */
      label = g_strdup_printf (_("%s: %s"), self->title ? self->title : "", bar->description);
    }
  else
    label = g_strdup (self->title ? self->title : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description ? self->description : "",
                                  -1);
}

static void
flush_description (CandorBarChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_clear_handle_id (&self->description_source, g_source_remove);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);

      if (i > 0)
        /* Translators: separates the values in a chart's spoken description. */
        g_string_append (text, _("; "));
      g_string_append (text, bar->description);
    }

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&text), FALSE);
  update_accessible (self);
}

static gboolean
flush_description_cb (gpointer data)
{
  CandorBarChart *self = data;

  self->description_source = 0;
  flush_description (self);
  return G_SOURCE_REMOVE;
}

/* Bars come one at a time, hundreds of them for years of weeks: the spoken
 * description is put together once they are all in. */
static void
update_description (CandorBarChart *self)
{
  self->label_width = -1;
  if (self->description_source == 0)
    self->description_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, flush_description_cb,
                                                self, NULL);
}

/* The widest axis label, measured again only when the bars or the font change. */
static int
get_label_width (CandorBarChart *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  guint serial = pango_context_get_serial (context);

  if (self->label_width >= 0 && serial == self->label_serial)
    return self->label_width;

  self->label_width = 0;
  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = small_layout (GTK_WIDGET (self), bar->label);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      self->label_width = MAX (self->label_width, w);
    }
  self->label_serial = serial;

  return self->label_width;
}

static void
append_layout (GtkSnapshot   *snapshot,
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

static void
append_line (GtkSnapshot   *snapshot,
             double         x,
             double         y,
             double         width,
             const GdkRGBA *color)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, 1));
}

/* Callbacks */

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           CandorBarChart           *self)
{
  int hover = bar_at (self, x);

  if (hover != self->hover)
    {
      self->hover = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          CandorBarChart           *self)
{
  self->hover = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CandorBarChart        *self)
{
  int last = (int) self->bars->len - 1;
  int highlight = self->highlight < 0 ? last : self->highlight;

  if (last < 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      highlight = self->highlight < 0 ? last : MAX (highlight - 1, 0);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      highlight = self->highlight < 0 ? last : MIN (highlight + 1, last);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      highlight = MAX (highlight - PAGE_BARS, 0);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      highlight = MIN (highlight + PAGE_BARS, last);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      highlight = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      highlight = last;
      break;
    default:
      return FALSE;
    }

  candor_bar_chart_set_highlight (self, highlight);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  return TRUE;
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                CandorBarChart          *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Overrides */

static gboolean
candor_bar_chart_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  CandorBarChart *self = CANDOR_BAR_CHART (widget);
  double slot;
  int index;
  Bar *bar;

  index = keyboard_mode ? self->highlight : bar_at (self, x);
  if (index < 0 || index >= (int) self->bars->len)
    return FALSE;

  bar = &g_array_index (self->bars, Bar, index);
  slot = (double) gtk_widget_get_width (widget) / self->bars->len;
  gtk_tooltip_set_text (tooltip, bar->description);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) (index * slot), 0,
                              MAX ((int) slot, 1), gtk_widget_get_height (widget) });
  return TRUE;
}

static void
candor_bar_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CandorBarChart *self = CANDOR_BAR_CHART (widget);
  double width = gtk_widget_get_width (widget);
  graphene_rect_t plot;
  GdkRGBA fg, dim, grid, accent, band, focus;
  double max, slot, bar_width, baseline;
  guint label_every = 1;
  int label_width = 0;
  double label_left = G_MAXDOUBLE;

  if (self->bars->len == 0 || width <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.6;
  grid = fg;
  grid.alpha *= 0.12;
  lookup_color (widget, "accent_color", "#1c71d8", &accent);
  lookup_color (widget, "success_color", "#26a269", &band);
  band.alpha = 0.16;
  focus = accent;
  focus.alpha = 0.18;

  get_plot (self, &plot);
  max = scale_max (self);
  slot = width / self->bars->len;
  bar_width = MAX (slot * BAR_FILL, 1.0);
  baseline = plot.origin.y + plot.size.height;

  /* The target band, or a line for a single target. */
  if (self->band_high >= 0)
    {
      double top = baseline - self->band_high / max * plot.size.height;
      double bottom = baseline - self->band_low / max * plot.size.height;
      GdkRGBA edge = band;

      edge.alpha = 0.7;
      if (bottom - top >= 1)
        gtk_snapshot_append_color (snapshot, &band,
                                   &GRAPHENE_RECT_INIT (0, top, width, bottom - top));
      append_line (snapshot, 0, top, width, &edge);
      if (bottom - top >= 1)
        append_line (snapshot, 0, bottom, width, &edge);
    }

  append_line (snapshot, 0, baseline, width, &grid);

  /* Axis labels: as many as fit without touching. */
  label_width = get_label_width (self);
  /* Few bars are categories (feeling families): every one keeps its label, shortened
   * if it must be. Many bars are a time line: every other (third…) label will do. */
  if (self->bars->len > FEW_BARS)
    while (label_every < self->bars->len && slot * label_every < label_width + LABEL_GAP)
      label_every++;
  /* On a time line, a step that fits the year: every third month, every year, every
   * second year — not every seventh month. */
  if (self->label_cycle > 1 && label_every > 1)
    {
      guint cycle = self->label_cycle;

      if (label_every > cycle)
        label_every = (label_every + cycle - 1) / cycle * cycle;
      else
        while (cycle % label_every != 0)
          label_every++;
    }

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      double x = i * slot + (slot - bar_width) / 2;
      gboolean lit = (int) i == self->hover ||
                     ((int) i == self->highlight && gtk_widget_has_focus (widget));
      GdkRGBA color;

      if ((int) i == self->highlight && gtk_widget_has_focus (widget))
        gtk_snapshot_append_color (snapshot, &focus,
                                   &GRAPHENE_RECT_INIT (i * slot, plot.origin.y - TOP_MARGIN,
                                                        slot, plot.size.height + TOP_MARGIN));

      if (bar->color_name != NULL)
        lookup_color (widget, bar->color_name, "#1c71d8", &color);
      else
        color = accent;
      if (!lit && (self->hover >= 0 || (self->highlight >= 0 && gtk_widget_has_focus (widget))))
        color.alpha *= 0.7;

      if (bar->has_value && bar->value > 0 && bar_width < ROUNDED_MIN_WIDTH)
        {
          /* Years of weeks: hairline bars, too thin for round corners. */
          double height = MAX (bar->value / max * plot.size.height, 2.0);

          gtk_snapshot_append_color (snapshot, &color,
                                     &GRAPHENE_RECT_INIT (x, baseline - height, bar_width, height));
        }
      else if (bar->has_value && bar->value > 0)
        {
          double height = MAX (bar->value / max * plot.size.height, 2.0);
          double radius = MIN (4.0, bar_width / 2);
          GskRoundedRect rect;

          gsk_rounded_rect_init (&rect,
                                 &GRAPHENE_RECT_INIT (x, baseline - height, bar_width, height),
                                 &GRAPHENE_SIZE_INIT (radius, radius),
                                 &GRAPHENE_SIZE_INIT (radius, radius),
                                 &GRAPHENE_SIZE_INIT (0, 0),
                                 &GRAPHENE_SIZE_INIT (0, 0));
          gtk_snapshot_push_rounded_clip (snapshot, &rect);
          gtk_snapshot_append_color (snapshot, &color, &rect.bounds);
          gtk_snapshot_pop (snapshot);
        }
      else if (!bar->has_value)
        {
          /* No value: a small hollow ring on the baseline, never a tall bar. */
          double size = MIN (8.0, bar_width);
          GskRoundedRect ring;
          float widths[4] = { 1.5, 1.5, 1.5, 1.5 };
          GdkRGBA colors[4] = { dim, dim, dim, dim };

          gsk_rounded_rect_init_from_rect (&ring,
                                           &GRAPHENE_RECT_INIT (i * slot + (slot - size) / 2,
                                                                baseline - size - 2, size, size),
                                           size / 2);
          gtk_snapshot_append_border (snapshot, &ring, widths, colors);
        }

      /* The value above its bar, where there is room. */
      if (bar->has_value && slot >= VALUE_MIN_SLOT)
        {
          /* In the locale's numbers: "1,234", "4,5". */
          g_autofree char *text = g_strdup_printf ("%'.*f",
                                                   bar->value == (int) bar->value ? 0 : 1,
                                                   bar->value);
          g_autoptr(PangoLayout) layout = small_layout (widget, text);
          double height = bar->value / max * plot.size.height;
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          append_layout (snapshot, layout, i * slot + (slot - w) / 2,
                         baseline - height - h - 1, lit ? &fg : &dim);
        }
    }

  /* Axis labels from the newest back, so the latest period always has one; one
   * pushed inside the edge must still not touch its neighbour. */
  for (guint i = self->bars->len; i-- > 0;)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      gboolean lit = (int) i == self->hover ||
                     ((int) i == self->highlight && gtk_widget_has_focus (widget));
      g_autoptr(PangoLayout) layout = NULL;
      double x;
      int w;

      if ((self->bars->len - 1 - i) % label_every != 0)
        continue;

      layout = small_layout (widget, bar->label);
      if (self->bars->len <= FEW_BARS)
        {
          pango_layout_set_width (layout, (int) (MAX (slot - 2, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      pango_layout_get_pixel_size (layout, &w, NULL);
      x = CLAMP (i * slot + (slot - w) / 2, 0, MAX (width - w, 0));
      if (x + w > label_left - LABEL_GAP && self->bars->len > FEW_BARS)
        continue;

      append_layout (snapshot, layout, x, baseline + AXIS_GAP / 2, lit ? &fg : &dim);
      label_left = x;
    }
}

static void
candor_bar_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    {
      *minimum = 120;
      *natural = 160;
    }
}

static void
candor_bar_chart_finalize (GObject *object)
{
  CandorBarChart *self = CANDOR_BAR_CHART (object);

  g_clear_handle_id (&self->description_source, g_source_remove);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->bars, g_array_unref);

  G_OBJECT_CLASS (candor_bar_chart_parent_class)->finalize (object);
}

static void
candor_bar_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CandorBarChart *self = CANDOR_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HIGHLIGHT:
      g_value_set_int (value, self->highlight);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_bar_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CandorBarChart *self = CANDOR_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      candor_bar_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_HIGHLIGHT:
      candor_bar_chart_set_highlight (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_bar_chart_class_init (CandorBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = candor_bar_chart_finalize;
  object_class->get_property = candor_bar_chart_get_property;
  object_class->set_property = candor_bar_chart_set_property;

  widget_class->snapshot = candor_bar_chart_snapshot;
  widget_class->measure = candor_bar_chart_measure;
  widget_class->query_tooltip = candor_bar_chart_query_tooltip;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT] =
    g_param_spec_int ("highlight", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
candor_bar_chart_init (CandorBarChart *self)
{
  GtkEventController *controller;

  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
  self->band_high = -1;
  self->highlight = -1;
  self->hover = -1;
  self->label_width = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (focus_leave_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
candor_bar_chart_new (void)
{
  return g_object_new (CANDOR_TYPE_BAR_CHART, NULL);
}

const char *
candor_bar_chart_get_title (CandorBarChart *self)
{
  g_return_val_if_fail (CANDOR_IS_BAR_CHART (self), NULL);

  return self->title;
}

void
candor_bar_chart_set_title (CandorBarChart *self,
                            const char     *title)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      update_accessible (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

/**
 * candor_bar_chart_clear:
 *
 * Removes every bar (and the highlight), keeping the title and the band.
 */
void
candor_bar_chart_clear (CandorBarChart *self)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  self->hover = -1;
  candor_bar_chart_set_highlight (self, -1);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
append_bar (CandorBarChart *self,
            double          value,
            gboolean        has_value,
            const char     *label,
            const char     *description,
            const char     *color_name)
{
  Bar bar = {
    .value = MAX (value, 0.0),
    .has_value = has_value,
    .label = g_strdup (label ? label : ""),
    .description = g_strdup (description ? description : ""),
    .color_name = g_strdup (color_name),
  };

  g_array_append_val (self->bars, bar);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
candor_bar_chart_append (CandorBarChart *self,
                         double          value,
                         const char     *label,
                         const char     *description,
                         const char     *color_name)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  append_bar (self, value, TRUE, label, description, color_name);
}

void
candor_bar_chart_append_no_value (CandorBarChart *self,
                                  const char     *label,
                                  const char     *description)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  append_bar (self, 0, FALSE, label, description, NULL);
}

void
candor_bar_chart_set_band (CandorBarChart *self,
                           double          low,
                           double          high)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  self->band_low = MIN (low, high);
  self->band_high = high;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * candor_bar_chart_set_label_cycle:
 * @cycle: the bars in a year (12 for months, 4 for quarters), 0 for none
 *
 * When not every bar can have an axis label, labels go at steps that fit the cycle.
 */
void
candor_bar_chart_set_label_cycle (CandorBarChart *self,
                                  guint           cycle)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  self->label_cycle = cycle;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
candor_bar_chart_get_n_bars (CandorBarChart *self)
{
  g_return_val_if_fail (CANDOR_IS_BAR_CHART (self), 0);

  return self->bars->len;
}

int
candor_bar_chart_get_highlight (CandorBarChart *self)
{
  g_return_val_if_fail (CANDOR_IS_BAR_CHART (self), -1);

  return self->highlight;
}

void
candor_bar_chart_set_highlight (CandorBarChart *self,
                                int             highlight)
{
  g_return_if_fail (CANDOR_IS_BAR_CHART (self));

  if (highlight >= (int) self->bars->len)
    highlight = (int) self->bars->len - 1;
  highlight = MAX (highlight, -1);

  if (highlight == self->highlight)
    return;

  self->highlight = highlight;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/**
 * candor_bar_chart_get_description:
 *
 * Returns: every bar's sentence, in order: the chart's accessible description
 */
const char *
candor_bar_chart_get_description (CandorBarChart *self)
{
  g_return_val_if_fail (CANDOR_IS_BAR_CHART (self), NULL);

  if (self->description_source != 0)
    flush_description (self);

  return self->description ? self->description : "";
}

/**
 * candor_bar_chart_get_bar_label:
 *
 * Returns: the short axis label of bar @index ("Mar")
 */
const char *
candor_bar_chart_get_bar_label (CandorBarChart *self,
                                guint           index)
{
  g_return_val_if_fail (CANDOR_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return g_array_index (self->bars, Bar, index).label;
}

/**
 * candor_bar_chart_get_bar_description:
 *
 * Returns: the whole sentence of bar @index ("March 2024: 5 meaningful chats")
 */
const char *
candor_bar_chart_get_bar_description (CandorBarChart *self,
                                      guint           index)
{
  g_return_val_if_fail (CANDOR_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return g_array_index (self->bars, Bar, index).description;
}
