/* candor-check-month.h — a month of days, each marked with its checks and check-ins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  CANDOR_DAY_MARK_NONE      = 0,
  CANDOR_DAY_MARK_SCHEDULED = 1 << 0,
  CANDOR_DAY_MARK_HELD      = 1 << 1,
  CANDOR_DAY_MARK_SKIPPED   = 1 << 2,
  CANDOR_DAY_MARK_OVERDUE   = 1 << 3,
  CANDOR_DAY_MARK_CHECKIN   = 1 << 4,
} CandorDayMarks;

#define CANDOR_TYPE_CHECK_MONTH (candor_check_month_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckMonth, candor_check_month, CANDOR, CHECK_MONTH, GtkWidget)

GtkWidget      *candor_check_month_new              (void);
void            candor_check_month_set_month        (CandorCheckMonth *self,
                                                     int               year,
                                                     int               month);
int             candor_check_month_get_year         (CandorCheckMonth *self);
int             candor_check_month_get_month        (CandorCheckMonth *self);
/* 1 = Monday … 7 = Sunday; 0 follows the locale. */
void            candor_check_month_set_first_weekday (CandorCheckMonth *self,
                                                     guint             weekday);
void            candor_check_month_clear_marks      (CandorCheckMonth *self);
void            candor_check_month_set_marks        (CandorCheckMonth *self,
                                                     int               day,
                                                     CandorDayMarks    marks);
CandorDayMarks  candor_check_month_get_marks        (CandorCheckMonth *self,
                                                     int               day);
int             candor_check_month_get_selected_day (CandorCheckMonth *self);
void            candor_check_month_select_day       (CandorCheckMonth *self,
                                                     int               day);
/* The button of @day (1-based), for tests and focus. */
GtkWidget      *candor_check_month_get_day_button   (CandorCheckMonth *self,
                                                     int               day);

G_END_DECLS
