/* candor-wrap-box.c — children in a row that wraps onto new lines, for chips
 *
 * GtkFlowBox would do the wrapping, but it puts every child in a focusable row of its own
 * and owns the arrow keys; chips are buttons that need neither. This box only lays out:
 * children keep their natural width (up to the box's), start-aligned, and a child that
 * doesn't fit on a line starts the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-wrap-box.h"

struct _CandorWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
};

static void candor_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CandorWrapBox, candor_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      candor_wrap_box_buildable_init))

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

typedef struct
{
  GtkWidget *child;
  int        width;
} Item;

static void
allocate_line (CandorWrapBox *self,
               GArray        *line,
               int            box_width,
               int            y,
               int            height)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int x = 0;

  for (guint i = 0; i < line->len; i++)
    {
      Item *item = &g_array_index (line, Item, i);
      GtkAllocation allocation = {
        rtl ? box_width - x - item->width : x, y, item->width, height,
      };

      gtk_widget_size_allocate (item->child, &allocation, -1);
      x += item->width + self->spacing;
    }

  g_array_set_size (line, 0);
}

/* Lays the children out in @width and returns the height they need; with @allocate, also
 * gives each child its place. */
static int
run_layout (CandorWrapBox *self,
            int            width,
            gboolean       allocate)
{
  g_autoptr(GArray) line = g_array_new (FALSE, FALSE, sizeof (Item));
  int x = 0;
  int y = 0;
  int line_height = 0;
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Item item = { child, 0 };
      int min_width, nat_width, min_height, nat_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, &nat_width, NULL, NULL);
      item.width = MAX (MIN (nat_width, width), min_width);

      if (x > 0 && x + item.width > width)
        {
          if (allocate)
            allocate_line (self, line, width, y, line_height);
          y += line_height + self->spacing;
          x = 0;
          line_height = 0;
        }

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, item.width,
                          &min_height, &nat_height, NULL, NULL);
      line_height = MAX (line_height, nat_height);
      x += item.width + self->spacing;
      g_array_append_val (line, item);
      any = TRUE;
    }

  if (allocate && line->len > 0)
    allocate_line (self, line, width, y, line_height);

  return any ? y + line_height : 0;
}

static GtkSizeRequestMode
candor_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
candor_wrap_box_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  CandorWrapBox *self = CANDOR_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0, nat = 0, n = 0;

      /* At least the widest child; at best everything on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat;
          n++;
        }

      *minimum = min;
      *natural = nat + MAX (n - 1, 0) * self->spacing;
    }
  else
    {
      int width = for_size;

      if (width < 0)
        {
          int min_width;

          candor_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1,
                                   &min_width, &width, NULL, NULL);
        }

      *minimum = *natural = run_layout (self, width, FALSE);
    }
}

static void
candor_wrap_box_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  run_layout (CANDOR_WRAP_BOX (widget), width, TRUE);
}

static void
candor_wrap_box_dispose (GObject *object)
{
  candor_wrap_box_remove_all (CANDOR_WRAP_BOX (object));

  G_OBJECT_CLASS (candor_wrap_box_parent_class)->dispose (object);
}

static void
candor_wrap_box_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CandorWrapBox *self = CANDOR_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_wrap_box_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CandorWrapBox *self = CANDOR_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      candor_wrap_box_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                     GtkBuilder   *builder,
                                     GObject      *child,
                                     const char   *type)
{
  if (GTK_IS_WIDGET (child))
    candor_wrap_box_append (CANDOR_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
candor_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = candor_wrap_box_buildable_add_child;
}

static void
candor_wrap_box_class_init (CandorWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_wrap_box_dispose;
  object_class->get_property = candor_wrap_box_get_property;
  object_class->set_property = candor_wrap_box_set_property;

  widget_class->get_request_mode = candor_wrap_box_get_request_mode;
  widget_class->measure = candor_wrap_box_measure;
  widget_class->size_allocate = candor_wrap_box_size_allocate;

  /**
   * CandorWrapBox:spacing:
   *
   * Space between children, across and between lines.
   */
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_wrap_box_init (CandorWrapBox *self)
{
  self->spacing = 6;
}

GtkWidget *
candor_wrap_box_new (void)
{
  return g_object_new (CANDOR_TYPE_WRAP_BOX, NULL);
}

void
candor_wrap_box_append (CandorWrapBox *self,
                        GtkWidget     *child)
{
  g_return_if_fail (CANDOR_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
candor_wrap_box_remove (CandorWrapBox *self,
                        GtkWidget     *child)
{
  g_return_if_fail (CANDOR_IS_WRAP_BOX (self));
  g_return_if_fail (gtk_widget_get_parent (child) == GTK_WIDGET (self));

  gtk_widget_unparent (child);
}

void
candor_wrap_box_remove_all (CandorWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (CANDOR_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

int
candor_wrap_box_get_spacing (CandorWrapBox *self)
{
  g_return_val_if_fail (CANDOR_IS_WRAP_BOX (self), 0);

  return self->spacing;
}

void
candor_wrap_box_set_spacing (CandorWrapBox *self,
                             int            spacing)
{
  g_return_if_fail (CANDOR_IS_WRAP_BOX (self));

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}
