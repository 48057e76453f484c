/* candor-bar-chart.h — a small bar chart with a target band, drawn by us
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_BAR_CHART (candor_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (CandorBarChart, candor_bar_chart, CANDOR, BAR_CHART, GtkWidget)

GtkWidget  *candor_bar_chart_new             (void);

const char *candor_bar_chart_get_title       (CandorBarChart *self);
void        candor_bar_chart_set_title       (CandorBarChart *self,
                                              const char     *title);

void        candor_bar_chart_clear           (CandorBarChart *self);
/* @label is the short axis label ("Mar"), @description the whole sentence for the
 * tooltip and the accessible description ("March 2024: 5 chats"). @color_name is a
 * named colour of the style (NULL: the accent colour). */
void        candor_bar_chart_append          (CandorBarChart *self,
                                              double          value,
                                              const char     *label,
                                              const char     *description,
                                              const char     *color_name);
/* A bar without a value (a week with no corrective moment): a small mark, not zero. */
void        candor_bar_chart_append_no_value (CandorBarChart *self,
                                              const char     *label,
                                              const char     *description);
/* The target: a band from @low to @high (equal for a line); a negative @high for none. */
void        candor_bar_chart_set_band        (CandorBarChart *self,
                                              double          low,
                                              double          high);
void        candor_bar_chart_set_label_cycle (CandorBarChart *self,
                                              guint           cycle);

guint       candor_bar_chart_get_n_bars      (CandorBarChart *self);
/* The bar the keyboard is on; -1 for none. */
int         candor_bar_chart_get_highlight   (CandorBarChart *self);
void        candor_bar_chart_set_highlight   (CandorBarChart *self,
                                              int             highlight);
const char *candor_bar_chart_get_description (CandorBarChart *self);
const char *candor_bar_chart_get_bar_label   (CandorBarChart *self,
                                              guint           index);
const char *candor_bar_chart_get_bar_description (CandorBarChart *self,
                                                  guint           index);

G_END_DECLS
