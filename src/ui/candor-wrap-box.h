/* candor-wrap-box.h — children in a row that wraps onto new lines, for chips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_WRAP_BOX (candor_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (CandorWrapBox, candor_wrap_box, CANDOR, WRAP_BOX, GtkWidget)

GtkWidget *candor_wrap_box_new        (void);
void       candor_wrap_box_append     (CandorWrapBox *self,
                                       GtkWidget     *child);
void       candor_wrap_box_remove     (CandorWrapBox *self,
                                       GtkWidget     *child);
void       candor_wrap_box_remove_all (CandorWrapBox *self);
int        candor_wrap_box_get_spacing (CandorWrapBox *self);
void       candor_wrap_box_set_spacing (CandorWrapBox *self,
                                        int            spacing);

G_END_DECLS
