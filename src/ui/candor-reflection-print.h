/* candor-reflection-print.h — print a week with GtkPrintOperation and the reflection renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "candor-week.h"

G_BEGIN_DECLS

GtkPrintOperation *candor_reflection_print_operation_new (CandorWeek *week);
void               candor_reflection_print_run           (CandorWeek *week,
                                                          GtkWindow  *parent);

G_END_DECLS
