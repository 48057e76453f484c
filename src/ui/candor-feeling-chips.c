/* candor-feeling-chips.c — feeling words shown as small coloured chips
 *
 * The same look as the picker's chips (its CSS classes), for reading, not choosing:
 * the family colour, and the word's definition as a tooltip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-feeling-chips.h"
#include "candor-ui.h"
#include "candor-vocabulary.h"

/**
 * candor_feeling_chip_new:
 * @feeling_id: a word of the vocabulary (or an unknown id, shown as it is)
 *
 * Returns: (transfer floating): a label styled as a chip
 */
GtkWidget *
candor_feeling_chip_new (const char *feeling_id)
{
  CandorFeeling *feeling;
  GtkWidget *chip;

  g_return_val_if_fail (feeling_id != NULL, NULL);

  feeling = candor_vocabulary_lookup (candor_vocabulary_get_default (), feeling_id);
  chip = gtk_label_new (feeling != NULL ? candor_feeling_get_label (feeling) : feeling_id);
  gtk_widget_add_css_class (chip, "feeling-tag");

  if (feeling != NULL)
    {
      g_autofree char *family_class = NULL;

      family_class = g_strdup_printf ("family-%s",
                                      candor_feeling_family_to_string (candor_feeling_get_family (feeling)));
      gtk_widget_add_css_class (chip, family_class);
      candor_ui_set_tooltip (chip, candor_feeling_get_definition (feeling));
    }

  return chip;
}

/**
 * candor_feeling_chips_fill:
 * @box: a wrap box
 * @feeling_ids: (nullable) (array zero-terminated=1): the words to show
 *
 * Replaces what @box shows with a chip per word.
 */
void
candor_feeling_chips_fill (CandorWrapBox      *box,
                           const char * const *feeling_ids)
{
  g_return_if_fail (CANDOR_IS_WRAP_BOX (box));

  candor_wrap_box_remove_all (box);
  for (guint i = 0; feeling_ids != NULL && feeling_ids[i] != NULL; i++)
    candor_wrap_box_append (box, candor_feeling_chip_new (feeling_ids[i]));

  gtk_widget_set_visible (GTK_WIDGET (box), feeling_ids != NULL && feeling_ids[0] != NULL);
}

/**
 * candor_feeling_labels_for_ids:
 * @feeling_ids: (nullable) (array zero-terminated=1): feeling ids
 *
 * Returns: (transfer full): their labels in the UI language (unknown ids as they are)
 */
char **
candor_feeling_labels_for_ids (const char * const *feeling_ids)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; feeling_ids != NULL && feeling_ids[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, feeling_ids[i]);

      g_strv_builder_add (builder, feeling != NULL ? candor_feeling_get_label (feeling)
                                                   : feeling_ids[i]);
    }

  return g_strv_builder_end (builder);
}
