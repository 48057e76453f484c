/* candor-feeling-browser.h — search and browse the feeling words, and choose some
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_FEELING_BROWSER (candor_feeling_browser_get_type ())

G_DECLARE_FINAL_TYPE (CandorFeelingBrowser, candor_feeling_browser, CANDOR, FEELING_BROWSER, GtkWidget)

GtkWidget  *candor_feeling_browser_new          (void);
char      **candor_feeling_browser_get_selected (CandorFeelingBrowser *self);
void        candor_feeling_browser_set_selected (CandorFeelingBrowser *self,
                                                 const char * const   *ids);
gboolean    candor_feeling_browser_has_selected (CandorFeelingBrowser *self);
void        candor_feeling_browser_set_usage    (CandorFeelingBrowser *self,
                                                 const char * const   *ids_by_time);
void        candor_feeling_browser_clear        (CandorFeelingBrowser *self);

G_END_DECLS
