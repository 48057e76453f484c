/* candor-json-scan.c — the raw bytes of a document, checked before json-glib parses them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's parser recurses once per nesting level without a limit, takes
 * invalid UTF-8 and NUL characters, and keeps the last of two members with
 * the same name. One pass over the bytes catches all of that first, and
 * says where, with the JSON path of the place.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "candor-journal-private.h"

/* The byte scan */

typedef struct
{
  gboolean    is_object;
  guint       index;      /* arrays: the current element */
  gboolean    expect_key; /* objects: the next string is a member name */
  const char *key;        /* objects: the current member name, raw */
  gsize       key_length;
  GArray     *keys;       /* objects: (offset, length) of each member name seen */
  GHashTable *key_set;    /* objects with many members: the names, for speed */
} ScanFrame;

typedef struct
{
  gsize offset;
  gsize length;
} KeySpan;

/* Linear search is faster for the dozen members an entry has; a big map
 * (or an attack) switches to a hash table. */
#define SCAN_LINEAR_KEYS 32

static void
scan_path (ScanFrame *frames,
           guint      depth,
           GString   *path)
{
  g_string_assign (path, "$");

  for (guint i = 0; i < depth; i++)
    {
      if (frames[i].is_object)
        {
          if (frames[i].key != NULL && !frames[i].expect_key)
            candor_json_append_member (path, frames[i].key, frames[i].key_length);
        }
      else
        {
          g_string_append_printf (path, "[%u]", frames[i].index);
        }
    }
}

static gboolean
scan_fail (ScanFrame   *frames,
           guint        depth,
           GError     **error,
           int          code,
           const char  *message)
{
  g_autoptr(GString) path = g_string_new (NULL);

  scan_path (frames, depth, path);
  g_set_error (error, CANDOR_JSON_ERROR, code, "%s: %s", path->str, message);

  return FALSE;
}

static gboolean
scan_note_key (ScanFrame  *frame,
               const char *data,
               gsize       offset,
               gsize       length)
{
  KeySpan span = { offset, length };

  if (frame->key_set != NULL)
    {
      char *key = g_strndup (data + offset, length);

      if (g_hash_table_contains (frame->key_set, key))
        {
          g_free (key);
          return FALSE;
        }

      g_hash_table_add (frame->key_set, key);
      return TRUE;
    }

  for (guint i = 0; i < frame->keys->len; i++)
    {
      KeySpan *seen = &g_array_index (frame->keys, KeySpan, i);

      if (seen->length == length && memcmp (data + seen->offset, data + offset, length) == 0)
        return FALSE;
    }

  g_array_append_val (frame->keys, span);

  if (frame->keys->len > SCAN_LINEAR_KEYS)
    {
      frame->key_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < frame->keys->len; i++)
        {
          KeySpan *seen = &g_array_index (frame->keys, KeySpan, i);

          g_hash_table_add (frame->key_set, g_strndup (data + seen->offset, seen->length));
        }
    }

  return TRUE;
}

/**
 * candor_json_check_bytes:
 * @data: (array length=length): the document
 *
 * Checks what json-glib does not before it parses: the size, the depth of
 * nesting, UTF-8, NUL and control characters in strings, and duplicate
 * member names. It does not check the grammar: the parser does that.
 *
 * Returns: %TRUE if the bytes can be handed to the parser
 */
gboolean
candor_json_check_bytes (const char  *data,
                         gsize        length,
                         GError     **error)
{
  ScanFrame frames[CANDOR_JSON_MAX_DEPTH] = { { 0, }, };
  gboolean root_closed = FALSE;
  gboolean ok = TRUE;
  guint depth = 0;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length > CANDOR_JSON_MAX_SIZE)
    {
      g_set_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_TOO_LARGE,
                   _("$: the document is larger than %d MiB"), CANDOR_JSON_MAX_SIZE >> 20);
      return FALSE;
    }

  for (gsize i = 0; ok && i < length; i++)
    {
      guchar c = data[i];
      ScanFrame *top = depth > 0 ? &frames[depth - 1] : NULL;

      /* Outside the root only whitespace may appear. A document is an
       * object (an array gets the same message later); and json-glib leaks
       * the first value when a second one follows it. */
      if (depth == 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r')
        {
          if (root_closed)
            ok = scan_fail (frames, 0, error, CANDOR_JSON_ERROR_SYNTAX,
                            _("unexpected text after the end of the document"));
          else if (c != '{' && c != '[')
            ok = scan_fail (frames, 0, error, CANDOR_JSON_ERROR_INVALID, _("expected an object"));

          if (!ok)
            break;
        }

      switch (c)
        {
        case '{':
        case '[':
          if (depth == CANDOR_JSON_MAX_DEPTH)
            {
              g_autofree char *message =
                g_strdup_printf (_("nested deeper than %d levels"), CANDOR_JSON_MAX_DEPTH);

              ok = scan_fail (frames, depth, error, CANDOR_JSON_ERROR_TOO_DEEP, message);
              break;
            }

          top = &frames[depth++];
          top->is_object = c == '{';
          top->index = 0;
          top->expect_key = top->is_object;
          top->key = NULL;
          if (top->keys == NULL)
            top->keys = g_array_new (FALSE, FALSE, sizeof (KeySpan));
          g_array_set_size (top->keys, 0);
          g_clear_pointer (&top->key_set, g_hash_table_unref);
          break;

        case '}':
        case ']':
          if (depth > 0 && --depth == 0)
            root_closed = TRUE;
          break;

        case ',':
          if (top != NULL && top->is_object)
            top->expect_key = TRUE;
          else if (top != NULL)
            top->index++;
          break;

        case ':':
          if (top != NULL && top->is_object)
            top->expect_key = FALSE;
          break;

        case '"':
          {
            gsize start = i + 1;
            gsize end = start;

            while (ok && end < length && data[end] != '"')
              {
                if (data[end] == '\\')
                  {
                    if (end + 5 < length && memcmp (data + end + 1, "u0000", 5) == 0)
                      ok = scan_fail (frames, depth, error, CANDOR_JSON_ERROR_ENCODING,
                                      _("a string contains a NUL character"));
                    end += 2;
                  }
                else if ((guchar) data[end] < 0x20)
                  {
                    ok = scan_fail (frames, depth, error, CANDOR_JSON_ERROR_ENCODING,
                                    _("a string contains a control character"));
                  }
                else
                  {
                    end++;
                  }
              }

            if (!ok)
              break;

            if (end > length)
              end = length;

            if (!g_utf8_validate_len (data + start, end - start, NULL))
              {
                ok = scan_fail (frames, depth, error, CANDOR_JSON_ERROR_ENCODING,
                                _("the text is not valid UTF-8"));
                break;
              }

            if (top != NULL && top->is_object && top->expect_key)
              {
                top->key = data + start;
                top->key_length = end - start;
                top->expect_key = FALSE;

                if (!scan_note_key (top, data, start, end - start))
                  {
                    ok = scan_fail (frames, depth, error, CANDOR_JSON_ERROR_INVALID,
                                    _("the member appears more than once"));
                    break;
                  }

                /* Until the ':' the path is the object's; after it, the member's. */
                top->expect_key = FALSE;
              }

            i = end;
          }
          break;

        case ' ':
        case '\t':
        case '\n':
        case '\r':
          break;

        default:
          if (c >= 0x80 || c < 0x20)
            ok = scan_fail (frames, depth, error, CANDOR_JSON_ERROR_SYNTAX,
                            _("unexpected character outside a string"));
          break;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (frames); i++)
    {
      if (frames[i].keys != NULL)
        g_array_unref (frames[i].keys);
      g_clear_pointer (&frames[i].key_set, g_hash_table_unref);
    }

  return ok;
}

/**
 * candor_json_parse_document:
 * @data: (array length=length): JSON text
 * @length: the length of @data, or -1 if it is NUL-terminated
 *
 * Parses a document after candor_json_check_bytes(). The result is not yet
 * validated: candor_journal_import_document() does that.
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
candor_json_parse_document (const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (!candor_json_check_bytes (data, length, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_SYNTAX,
                   _("$: not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_SYNTAX,
                           _("$: the document is empty"));
      return NULL;
    }

  return root;
}
