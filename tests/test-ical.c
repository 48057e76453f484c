/* test-ical.c — Connection Checks as iCalendar, field by field against RFC 5545
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "candor-ical.h"

static CandorJournal *
journal_with_check (CandorCheck **out_check,
                    const char   *name)
{
  CandorJournal *journal = candor_journal_new ();
  g_autoptr(CandorPerson) person = candor_person_new (name, CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 14, 18, 30, 0);
  CandorCheck *check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (person)), start);
  const char *texts[] = { "What recent moment affected you most?",
                          "What are you quietly proud of?",
                          "Where would a little help make the biggest difference?", NULL };

  candor_check_set_question_texts (check, texts);
  /* Checks are private by default; the privacy test turns it back on. */
  candor_check_set_private (check, FALSE);
  candor_journal_add_person (journal, person);
  candor_journal_add_check (journal, check);
  /* The journal holds the check; the caller borrows it. */
  *out_check = check;
  g_object_unref (check);
  return journal;
}

/* The document's content lines, unfolded, without their CRLF. */
static GPtrArray *
unfold (const char *document)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) raw = g_strsplit (document, "\r\n", -1);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      if (raw[i][0] == ' ')
        {
          char *last = g_ptr_array_index (lines, lines->len - 1);
          lines->pdata[lines->len - 1] = g_strconcat (last, raw[i] + 1, NULL);
          g_free (last);
        }
      else if (raw[i][0] != '\0')
        g_ptr_array_add (lines, g_strdup (raw[i]));
    }

  return lines;
}

static const char *
find_value (GPtrArray  *lines,
            const char *name)
{
  gsize len = strlen (name);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      if (strncmp (line, name, len) == 0 && line[len] == ':')
        return line + len + 1;
    }
  return NULL;
}

static void
test_escape (void)
{
  g_autofree char *a = candor_ical_escape_text ("a,b;c\\d\ne\r\nf\rg");

  g_assert_cmpstr (a, ==, "a\\,b\\;c\\\\d\\ne\\nf\\ng");
}

static void
test_fold (void)
{
  g_autoptr(GString) long_line = g_string_new ("DESCRIPTION:");
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);

  /* Mixed ASCII and multi-byte characters so that a fold could land inside one. */
  for (int i = 0; i < 40; i++)
    g_string_append (long_line, i % 3 == 0 ? "é" : (i % 3 == 1 ? "日本" : "ab"));

  folded = candor_ical_fold_line (long_line->str);
  g_assert_true (g_str_has_suffix (folded, "\r\n"));
  parts = g_strsplit (folded, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (parts), >, 2);

  for (guint i = 0; parts[i] != NULL && parts[i][0] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (parts[i]), <=, 75);
      g_assert_true (g_utf8_validate (parts[i], -1, NULL));
      if (i > 0)
        {
          g_assert_cmpint (parts[i][0], ==, ' ');
          g_string_append (joined, parts[i] + 1);
        }
      else
        g_string_append (joined, parts[i]);
    }
  g_assert_cmpstr (joined->str, ==, long_line->str);

  /* A short line is left alone. */
  g_free (folded);
  folded = candor_ical_fold_line ("VERSION:2.0");
  g_assert_cmpstr (folded, ==, "VERSION:2.0\r\n");

  /* Exactly 75 octets: no fold; 76: one. */
  {
    g_autofree char *s75 = g_strnfill (75, 'x');
    g_autofree char *s76 = g_strnfill (76, 'x');
    g_autofree char *f75 = candor_ical_fold_line (s75);
    g_autofree char *f76 = candor_ical_fold_line (s76);

    g_assert_cmpuint (strlen (f75), ==, 77);
    g_assert_null (strstr (f75, "\r\n "));
    g_assert_nonnull (strstr (f76, "\r\n x\r\n"));
  }
}

static void
test_document (void)
{
  CandorCheck *check = NULL;
  g_autoptr(CandorJournal) journal = journal_with_check (&check, "Sam, \"the\"; best\\");
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  g_autofree char *doc = candor_ical_export (journal, now, NULL);
  g_autoptr(GPtrArray) lines = unfold (doc);
  g_autofree char *uid = candor_ical_uid_for_check (check);
  const char *description;

  /* Every line ends in CRLF and no bare LF is left. */
  g_assert_true (g_str_has_suffix (doc, "END:VCALENDAR\r\n"));
  for (const char *p = doc; *p != '\0'; p++)
    if (*p == '\n')
      g_assert_cmpint (p[-1], ==, '\r');
  {
    g_auto(GStrv) physical = g_strsplit (doc, "\r\n", -1);
    for (guint i = 0; physical[i] != NULL; i++)
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
  }

  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (find_value (lines, "VERSION"), ==, "2.0");
  g_assert_nonnull (find_value (lines, "PRODID"));
  g_assert_cmpstr (find_value (lines, "UID"), ==, uid);
  g_assert_true (g_str_has_prefix (uid, candor_entry_get_id (CANDOR_ENTRY (check))));
  g_assert_cmpstr (find_value (lines, "DTSTAMP"), ==, "20260301T090000Z");
  g_assert_cmpstr (find_value (lines, "DTSTART"), ==, "20260314T183000Z");
  g_assert_cmpstr (find_value (lines, "DTEND"), ==, "20260314T190000Z");
  g_assert_cmpstr (find_value (lines, "SUMMARY"), ==,
                   "Connection Check with Sam\\, \"the\"\\; best\\\\");
  g_assert_cmpstr (find_value (lines, "STATUS"), ==, "CONFIRMED");
  g_assert_cmpstr (find_value (lines, "TRIGGER"), ==, "-PT15M");
  description = find_value (lines, "DESCRIPTION");
  g_assert_nonnull (strstr (description, "What recent moment affected you most?"));
  g_assert_nonnull (strstr (description, "\\n2. What are you quietly proud of?"));
  g_assert_nonnull (strstr (description, "biggest difference?"));
  g_assert_null (strchr (description, '\n'));

  /* The UID is the same on the next export. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 4, 1, 9, 0, 0);
    g_autofree char *doc2 = candor_ical_export (journal, later, NULL);
    g_autoptr(GPtrArray) lines2 = unfold (doc2);

    g_assert_cmpstr (find_value (lines2, "UID"), ==, uid);
    g_assert_cmpstr (find_value (lines2, "DTSTAMP"), ==, "20260401T090000Z");
  }
}

static void
test_time_zone_to_utc (void)
{
  CandorCheck *check = NULL;
  g_autoptr(CandorJournal) journal = journal_with_check (&check, "Alex");
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+05:30");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2026, 1, 1, 2, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  g_autofree char *doc = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  candor_check_set_start (check, start);
  candor_check_set_duration (check, 45);
  doc = candor_ical_export (journal, now, NULL);
  lines = unfold (doc);
  g_assert_cmpstr (find_value (lines, "DTSTART"), ==, "20251231T203000Z");
  g_assert_cmpstr (find_value (lines, "DTEND"), ==, "20251231T211500Z");
}

static void
test_private_and_status (void)
{
  CandorCheck *check = NULL;
  g_autoptr(CandorJournal) journal = journal_with_check (&check, "Robin");
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  g_autofree char *doc = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  candor_check_set_private (check, TRUE);
  candor_check_set_status (check, CANDOR_CHECK_STATUS_SKIPPED);
  doc = candor_ical_export (journal, now, NULL);
  lines = unfold (doc);

  g_assert_null (strstr (doc, "quietly proud"));
  g_assert_null (strstr (doc, "recent moment"));
  g_assert_cmpstr (find_value (lines, "CLASS"), ==, "PRIVATE");
  g_assert_cmpstr (find_value (lines, "STATUS"), ==, "CANCELLED");
  /* No reminder for a check that is not ahead. */
  g_assert_null (find_value (lines, "TRIGGER"));

  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  g_free (doc);
  doc = candor_ical_export (journal, now, NULL);
  g_assert_nonnull (strstr (doc, "STATUS:CONFIRMED\r\n"));
}

static void
test_empty (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  g_autofree char *doc = candor_ical_export (journal, now, NULL);

  g_assert_true (g_str_has_prefix (doc, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_null (strstr (doc, "VEVENT"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/ical/escape", test_escape);
  g_test_add_func ("/ical/fold", test_fold);
  g_test_add_func ("/ical/document", test_document);
  g_test_add_func ("/ical/time-zone", test_time_zone_to_utc);
  g_test_add_func ("/ical/private-and-status", test_private_and_status);
  g_test_add_func ("/ical/empty", test_empty);
  return g_test_run ();
}
