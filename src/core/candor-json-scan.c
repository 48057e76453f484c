/* candor-json-scan.c — the raw bytes of a document, checked and parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's parser recurses once per nesting level without a limit, takes
 * invalid UTF-8 and NUL characters, and keeps the last of two members with
 * the same name. One pass over the bytes catches all of that first, and
 * says where, with the JSON path of the place.
 *
 * json-glib is also slow, and loading a vault parses every year of it: a
 * clean document (every segment we write) is parsed by our own one-pass
 * parser, which makes the same checks; the scan and json-glib are kept for
 * the rest, to report the problem exactly as they always have.
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

/* The one-pass parser */

/*
 * Vault segments are strict JSON, written by candor_journal_serialize_segment(). This
 * parser reads that subset in one pass and checks, on the way, everything the scan
 * above checks. It builds the tree only for a clean document: on anything else
 * (an error, or JSON it does not read, such as fractions or comments) it gives up,
 * and the scan and json-glib read the document again to find and name the problem.
 * So every error, and every document json-glib reads, comes out as before.
 */
typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  GString    *text;                          /* the string being read, unescaped */
  GString    *keys[CANDOR_JSON_MAX_DEPTH];   /* each level's current member name */
  /* When the document is an object: it, as far as it is read, and who takes the
   * elements of its arrays (see candor_json_parse_document_taking()). */
  JsonObject *root;
  CandorJsonElementFunc take_element;
  gpointer    take_data;
} FastParser;

static JsonNode *fast_parse_value (FastParser *parser,
                                   guint       depth);

static inline void
fast_skip_space (FastParser *parser)
{
  while (parser->pos < parser->length)
    {
      char c = parser->data[parser->pos];

      if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
        break;
      parser->pos++;
    }
}

static int
fast_hex4 (const char *p)
{
  int value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* An escape after the backslash at parser->pos; FALSE for one the scan would refuse
 * (NUL) or json-glib would (malformed), or a surrogate that is not a pair. */
static gboolean
fast_read_escape (FastParser *parser,
                  GString    *text)
{
  const char *p = parser->data + parser->pos;
  gsize left = parser->length - parser->pos;
  char utf8[6];
  gunichar ch;
  int unit;

  if (left < 2)
    return FALSE;

  switch (p[1])
    {
    case '"': g_string_append_c (text, '"'); break;
    case '\\': g_string_append_c (text, '\\'); break;
    case '/': g_string_append_c (text, '/'); break;
    case 'b': g_string_append_c (text, '\b'); break;
    case 'f': g_string_append_c (text, '\f'); break;
    case 'n': g_string_append_c (text, '\n'); break;
    case 'r': g_string_append_c (text, '\r'); break;
    case 't': g_string_append_c (text, '\t'); break;
    case 'u':
      if (left < 6 || (unit = fast_hex4 (p + 2)) <= 0)
        return FALSE;
      ch = unit;
      if (unit >= 0xdc00 && unit <= 0xdfff)
        return FALSE;
      if (unit >= 0xd800 && unit <= 0xdbff)
        {
          int low;

          if (left < 12 || p[6] != '\\' || p[7] != 'u' ||
              (low = fast_hex4 (p + 8)) < 0xdc00 || low > 0xdfff)
            return FALSE;
          ch = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
          parser->pos += 6;
        }
      g_string_append_len (text, utf8, g_unichar_to_utf8 (ch, utf8));
      parser->pos += 4;
      break;
    default:
      return FALSE;
    }

  parser->pos += 2;
  return TRUE;
}

/* Bytes that end a run of plain ASCII in a string: the quote, the backslash,
 * control characters (refused) and the start of a multi-byte character. */
static const guchar string_stops[256] = {
  [0x00 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x80 ... 0xff] = 1,
};

/* The string at parser->pos into @text, unescaped: FALSE if it is not clean. */
static gboolean
fast_read_string (FastParser *parser,
                  GString    *text)
{
  const char *end = parser->data + parser->length;
  gboolean ascii = TRUE;

  g_string_truncate (text, 0);
  parser->pos++;

  while (parser->pos < parser->length)
    {
      const char *start = parser->data + parser->pos;
      const char *p = start;

      /* The common case, a run of plain characters, in one copy. */
      for (;;)
        {
          while (p < end && !string_stops[(guchar) *p])
            p++;
          if (p == end || (guchar) *p < 0x80)
            break;
          ascii = FALSE;
          p++;
        }
      g_string_append_len (text, start, p - start);
      parser->pos = p - parser->data;

      if (p == end || (guchar) *p < 0x20)
        return FALSE;

      if (*p == '"')
        {
          parser->pos++;
          return ascii || g_utf8_validate_len (text->str, text->len, NULL);
        }

      if (!fast_read_escape (parser, text))
        return FALSE;
    }

  return FALSE;
}

/* -?(0|[1-9][0-9]*), up to 18 digits, which json-glib reads as the same gint64. */
static JsonNode *
fast_parse_integer (FastParser *parser)
{
  const char *p = parser->data + parser->pos;
  const char *end = parser->data + parser->length;
  gboolean negative = FALSE;
  gint64 value = 0;
  guint digits = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; p < end && g_ascii_isdigit (*p); p++, digits++)
    value = value * 10 + (*p - '0');

  if (digits == 0 || digits > 18 || (digits > 1 && *(p - digits) == '0') ||
      (p < end && (*p == '.' || *p == 'e' || *p == 'E')))
    return NULL;

  parser->pos = p - parser->data;

  return json_node_init_int (json_node_alloc (), negative ? -value : value);
}

static gboolean
fast_read_word (FastParser *parser,
                const char *word,
                gsize       length)
{
  if (parser->length - parser->pos < length ||
      memcmp (parser->data + parser->pos, word, length) != 0)
    return FALSE;

  parser->pos += length;
  return TRUE;
}

/* What follows a member or an element: the end of its container, a comma, or
 * anything else (which the slow path reads and names). */
typedef enum
{
  FAST_NEXT,
  FAST_CLOSED,
  FAST_BAD,
} FastAfter;

static FastAfter
fast_after_item (FastParser *parser,
                 char        close)
{
  fast_skip_space (parser);
  if (parser->pos >= parser->length)
    return FAST_BAD;

  if (parser->data[parser->pos] == close)
    {
      parser->pos++;
      return FAST_CLOSED;
    }

  if (parser->data[parser->pos] != ',')
    return FAST_BAD;
  parser->pos++;
  return FAST_NEXT;
}

static JsonNode *
fast_parse_object (FastParser *parser,
                   guint       depth)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_init_object (json_node_alloc (), object);
  GString *key;

  json_object_unref (object);
  if (depth == 0)
    parser->root = object;

  if (parser->keys[depth] == NULL)
    parser->keys[depth] = g_string_sized_new (32);
  key = parser->keys[depth];

  parser->pos++;
  fast_skip_space (parser);
  if (parser->pos < parser->length && parser->data[parser->pos] == '}')
    {
      parser->pos++;
      return node;
    }

  while (parser->pos < parser->length)
    {
      JsonNode *value;
      FastAfter after;
      guint size;

      if (parser->data[parser->pos] != '"' || !fast_read_string (parser, key))
        break;

      fast_skip_space (parser);
      if (parser->pos >= parser->length || parser->data[parser->pos] != ':')
        break;
      parser->pos++;

      value = fast_parse_value (parser, depth + 1);
      if (value == NULL)
        break;

      /* A member that does not add one is a duplicate, which the scan refuses. */
      size = json_object_get_size (object);
      json_object_set_member (object, key->str, value);
      if (json_object_get_size (object) == size)
        break;

      after = fast_after_item (parser, '}');
      if (after == FAST_CLOSED)
        return node;
      if (after == FAST_BAD)
        break;
      fast_skip_space (parser);
    }

  json_node_unref (node);
  return NULL;
}

static JsonNode *
fast_parse_array (FastParser *parser,
                  guint       depth)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_init_array (json_node_alloc (), array);

  json_array_unref (array);

  parser->pos++;
  fast_skip_space (parser);
  if (parser->pos < parser->length && parser->data[parser->pos] == ']')
    {
      parser->pos++;
      return node;
    }

  while (parser->pos < parser->length)
    {
      JsonNode *value = fast_parse_value (parser, depth + 1);
      FastAfter after;

      if (value == NULL)
        break;

      if (depth == 1 && parser->root != NULL && parser->take_element != NULL)
        {
          CandorJsonTake take = parser->take_element (parser->keys[0]->str, parser->root,
                                                      value, parser->take_data);

          if (take != CANDOR_JSON_KEEP)
            json_node_unref (value);
          if (take == CANDOR_JSON_STOP)
            break;
          if (take == CANDOR_JSON_KEEP)
            json_array_add_element (array, value);
        }
      else
        {
          json_array_add_element (array, value);
        }

      after = fast_after_item (parser, ']');
      if (after == FAST_CLOSED)
        return node;
      if (after == FAST_BAD)
        break;
    }

  json_node_unref (node);
  return NULL;
}

/* @depth: the containers open around the value. */
static JsonNode *
fast_parse_value (FastParser *parser,
                  guint       depth)
{
  fast_skip_space (parser);
  if (parser->pos >= parser->length)
    return NULL;

  switch (parser->data[parser->pos])
    {
    case '{':
      return depth < CANDOR_JSON_MAX_DEPTH ? fast_parse_object (parser, depth) : NULL;

    case '[':
      return depth < CANDOR_JSON_MAX_DEPTH ? fast_parse_array (parser, depth) : NULL;

    case '"':
      if (!fast_read_string (parser, parser->text))
        return NULL;
      return json_node_init_string (json_node_alloc (), parser->text->str);

    case 't':
      return fast_read_word (parser, "true", 4)
        ? json_node_init_boolean (json_node_alloc (), TRUE) : NULL;

    case 'f':
      return fast_read_word (parser, "false", 5)
        ? json_node_init_boolean (json_node_alloc (), FALSE) : NULL;

    case 'n':
      return fast_read_word (parser, "null", 4) ? json_node_init_null (json_node_alloc ()) : NULL;

    default:
      return fast_parse_integer (parser);
    }
}

/* Returns: (transfer full) (nullable): the tree of a clean document, or %NULL */
static JsonNode *
fast_parse (const char            *data,
            gsize                  length,
            CandorJsonElementFunc  take_element,
            gpointer               take_data)
{
  FastParser parser = { data, length, 0, g_string_sized_new (256), { NULL, }, NULL,
                        take_element, take_data };
  JsonNode *root = NULL;

  fast_skip_space (&parser);
  if (parser.pos < length && (data[parser.pos] == '{' || data[parser.pos] == '['))
    root = fast_parse_value (&parser, 0);

  fast_skip_space (&parser);
  if (root != NULL && parser.pos != length)
    g_clear_pointer (&root, json_node_unref);

  g_string_free (parser.text, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (parser.keys); i++)
    if (parser.keys[i] != NULL)
      g_string_free (parser.keys[i], TRUE);

  return root;
}

/**
 * candor_json_parse_document:
 * @data: (array length=length): JSON text
 * @length: the length of @data, or -1 if it is NUL-terminated
 *
 * Parses a document with the checks of candor_json_check_bytes(): in one pass
 * when it is clean strict JSON, else with the scan and json-glib, which name
 * the problem. The result is not yet validated: candor_journal_import_document()
 * does that.
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

  if (length <= CANDOR_JSON_MAX_SIZE)
    {
      root = fast_parse (data, length, NULL, NULL);
      if (root != NULL)
        return root;
    }

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

/*
 * candor_json_parse_document_taking:
 * @take_element: called with each element of each array that is a member of the
 *   root object, as soon as it is read, with the root as far as it is read
 *
 * Parses a clean document (see candor_json_parse_document()) in one pass, and lets
 * @take_element take the elements it wants: those are freed at once instead of
 * joining the tree. A year of a journal is thousands of entries, and its tree
 * would be several megabytes that live only until the entries are built.
 *
 * Returns: (transfer full) (nullable): the rest of the tree; %NULL when the
 *   document is not clean, or @take_element returned %CANDOR_JSON_STOP, and
 *   candor_json_parse_document() has to read it again
 */
JsonNode *
candor_json_parse_document_taking (const char            *data,
                                   gsize                  length,
                                   CandorJsonElementFunc  take_element,
                                   gpointer               user_data)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (take_element != NULL, NULL);

  if (length > CANDOR_JSON_MAX_SIZE)
    return NULL;

  return fast_parse (data, length, take_element, user_data);
}
