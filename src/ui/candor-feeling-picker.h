/* candor-feeling-picker.h — a dialog to name one or more feelings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_FEELING_PICKER (candor_feeling_picker_get_type ())

G_DECLARE_FINAL_TYPE (CandorFeelingPicker, candor_feeling_picker, CANDOR, FEELING_PICKER, AdwWindow)

CandorFeelingPicker  *candor_feeling_picker_new          (GtkWindow           *parent);
char                **candor_feeling_picker_get_selected (CandorFeelingPicker *self);
void                  candor_feeling_picker_set_selected (CandorFeelingPicker *self,
                                                          const char * const  *ids);
void                  candor_feeling_picker_set_usage    (CandorFeelingPicker *self,
                                                          const char * const  *ids_by_time);

G_END_DECLS
