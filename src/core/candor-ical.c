/* candor-ical.c — Connection Checks as an iCalendar (RFC 5545) document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "candor-ical.h"

#define FOLD_OCTETS 75
#define UID_DOMAIN  "candorapp.github.io"

char *
candor_ical_uid_for_check (CandorCheck *check)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (check), NULL);

  return g_strdup_printf ("%s@" UID_DOMAIN, candor_entry_get_id (CANDOR_ENTRY (check)));
}

char *
candor_ical_escape_text (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* Length of the UTF-8 sequence that starts with @c (1 for anything unexpected). */
static gsize
utf8_sequence_length (guchar c)
{
  if (c >= 0xf0 && c < 0xf8)
    return 4;
  if (c >= 0xe0)
    return c < 0xf0 ? 3 : 1;
  if (c >= 0xc0)
    return 2;
  return 1;
}

static void
append_folded (GString    *out,
               const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gsize limit = FOLD_OCTETS;

  while (len - pos > limit)
    {
      gsize cut = pos;

      /* Take whole characters while they fit in the line's octets. */
      while (cut < len)
        {
          gsize n = utf8_sequence_length ((guchar) line[cut]);

          if (cut + n - pos > limit)
            break;
          cut += n;
        }
      if (cut == pos)
        cut = pos + 1;

      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      /* A continuation line's leading space counts towards its 75 octets. */
      limit = FOLD_OCTETS - 1;
    }

  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

char *
candor_ical_fold_line (const char *line)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (line != NULL, NULL);

  append_folded (out, line);
  return g_string_free (out, FALSE);
}

static void
add_line (GString    *out,
          const char *name,
          const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  append_folded (out, line);
}

static void
add_text (GString    *out,
          const char *name,
          const char *text)
{
  g_autofree char *escaped = candor_ical_escape_text (text);

  add_line (out, name, escaped);
}

static char *
format_utc (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date_time);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

static const char *
status_for (CandorCheck *check)
{
  switch (candor_check_get_status (check))
    {
    case CANDOR_CHECK_STATUS_SKIPPED:
      return "CANCELLED";
    case CANDOR_CHECK_STATUS_HELD:
    case CANDOR_CHECK_STATUS_SCHEDULED:
    default:
      return "CONFIRMED";
    }
}

static char *
description_for (CandorCheck *check)
{
  const char * const *texts = candor_check_get_question_texts (check);
  GString *out;

  if (candor_check_get_private (check))
    return g_strdup (_("This check stays between the two of you."));

  out = g_string_new (NULL);
  if (texts != NULL && texts[0] != NULL)
    {
      g_string_append (out, _("Questions:"));
      for (guint i = 0; texts[i] != NULL; i++)
        {
          g_string_append_c (out, '\n');
          /* Translators: a numbered question in a calendar event, e.g. "1. What are you quietly proud of?" */
          g_string_append_printf (out, _("%u. %s"), i + 1, texts[i]);
        }
    }

  return g_string_free (out, FALSE);
}

static void
add_event (GString       *out,
           CandorJournal *journal,
           CandorCheck   *check,
           const char    *dtstamp)
{
  CandorPerson *person = candor_journal_get_person_by_id (journal,
                                                          candor_check_get_person_id (check));
  GDateTime *start = candor_check_get_start (check);
  GDateTime *modified = candor_entry_get_modified (CANDOR_ENTRY (check));
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *uid = candor_ical_uid_for_check (check);
  g_autofree char *dtstart = NULL;
  g_autofree char *dtend = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  const char *name;

  if (start == NULL)
    return;

  end = g_date_time_add_minutes (start, candor_check_get_duration (check));
  dtstart = format_utc (start);
  dtend = format_utc (end);
  name = person != NULL ? candor_person_get_name (person) : NULL;
  if (name == NULL || *name == '\0')
    /* Translators: stands in for the name of a person who is no longer in the journal */
    name = _("someone");
  /* Translators: the title of a calendar event; %s is a person's name */
  summary = g_strdup_printf (_("Connection Check with %s"), name);
  description = description_for (check);

  add_line (out, "BEGIN", "VEVENT");
  add_line (out, "UID", uid);
  add_line (out, "DTSTAMP", dtstamp);
  add_line (out, "DTSTART", dtstart);
  add_line (out, "DTEND", dtend);
  if (modified != NULL)
    {
      g_autofree char *last_modified = format_utc (modified);
      add_line (out, "LAST-MODIFIED", last_modified);
    }
  add_text (out, "SUMMARY", summary);
  if (description[0] != '\0')
    add_text (out, "DESCRIPTION", description);
  add_line (out, "STATUS", status_for (check));
  add_line (out, "CLASS", candor_check_get_private (check) ? "PRIVATE" : "PUBLIC");
  add_line (out, "TRANSP", "OPAQUE");
  if (candor_check_get_status (check) == CANDOR_CHECK_STATUS_SCHEDULED)
    {
      add_line (out, "BEGIN", "VALARM");
      add_line (out, "ACTION", "DISPLAY");
      add_text (out, "DESCRIPTION", summary);
      add_line (out, "TRIGGER", "-PT" G_STRINGIFY (CANDOR_ICAL_ALARM_MINUTES) "M");
      add_line (out, "END", "VALARM");
    }
  add_line (out, "END", "VEVENT");
}

char *
candor_ical_export (CandorJournal *journal,
                    GDateTime     *now,
                    gsize         *length)
{
  GListModel *checks;
  g_autofree char *dtstamp = NULL;
  GString *out;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  checks = candor_journal_get_checks (journal);
  dtstamp = format_utc (now);
  out = g_string_new (NULL);

  add_line (out, "BEGIN", "VCALENDAR");
  add_line (out, "VERSION", "2.0");
  add_line (out, "PRODID", "-//Candor//Connection Checks " PACKAGE_VERSION "//EN");
  add_line (out, "CALSCALE", "GREGORIAN");
  add_line (out, "METHOD", "PUBLISH");
  /* Translators: the name of the exported calendar */
  add_text (out, "X-WR-CALNAME", _("Connection Checks"));

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      add_event (out, journal, check, dtstamp);
    }

  add_line (out, "END", "VCALENDAR");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
candor_ical_write_file (CandorJournal  *journal,
                        GDateTime      *now,
                        const char     *path,
                        GError        **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  data = candor_ical_export (journal, now, &length);
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}
