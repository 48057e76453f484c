/* candor-text-data.h — reading Candor's translatable text data files
 *
 * The question and prompt pools are small XML files: a root element holding
 * items, each with an id, a few attributes and its English text. The text is
 * the gettext msgid (extracted with ITS rules from data/its/), so it is read
 * exactly as it stands and translated here, when loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  const char          *id;
  /* The English text, exactly as in the file: the msgid. */
  const char          *text;
  /* @text in the current locale, from the gettext domain "candor". */
  const char          *translation;
  const char * const  *attribute_names;
  const char * const  *attribute_values;
} CandorTextItem;

/* Returns FALSE with @error set to reject an item (and stop reading). */
typedef gboolean (*CandorTextItemFunc) (const CandorTextItem  *item,
                                        gpointer               user_data,
                                        GError               **error);

gboolean    candor_text_data_parse            (GBytes                *bytes,
                                               const char            *root_element,
                                               const char            *item_element,
                                               CandorTextItemFunc     func,
                                               gpointer               user_data,
                                               GError               **error);
const char *candor_text_item_get_attribute    (const CandorTextItem  *item,
                                               const char            *name);
gboolean    candor_text_item_check_attributes (const CandorTextItem  *item,
                                               const char * const    *allowed,
                                               GError               **error);

/* Fisher–Yates shuffle of @array's items with @rand, for the pools' suggestions. */
void        candor_text_data_shuffle          (GPtrArray             *array,
                                               GRand                 *rand);

G_END_DECLS
