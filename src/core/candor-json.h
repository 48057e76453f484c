/* candor-json.h — the journal's JSON document: parsing with limits, validation, migration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document (data/candor-journal.schema.json describes it exactly):
 *
 *   { "version": 1,
 *     "settings": {…}, "people": […], "reassessments": […],          profile
 *     "checks": […], "checkins": […], "interactions": […],            dated
 *     "commitments": […], "exercises": […], "feeling_notes": […],     dated
 *     "boundaries": […],                                               profile
 *     "growth_entries": […] }                                          dated
 *
 * Every entry has "id", "created" and "modified"; members are the entry's
 * properties with "_" for "-"; unset optional members are left out. Times
 * are UTC ("2025-03-04T18:30:00Z"), days are "2025-03-04". A vault segment
 * has the same shape plus "segment": "profile" or "2025", and only the
 * profile's or that year's members. Unknown members are refused, at every
 * level, and so are references to people the document does not contain.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The document version this build writes. Older versions are migrated on
 * import; newer ones are refused with CANDOR_JSON_ERROR_NEWER_VERSION. */
#define CANDOR_JSON_VERSION 1

#define CANDOR_JSON_MAX_SIZE  (256 * 1024 * 1024)
/* The schema nests four levels at most; anything much deeper is not ours,
 * and json-glib's parser recurses without a limit. */
#define CANDOR_JSON_MAX_DEPTH 32

#define CANDOR_JSON_ERROR (candor_json_error_quark ())

typedef enum
{
  CANDOR_JSON_ERROR_SYNTAX,        /* not JSON at all */
  CANDOR_JSON_ERROR_ENCODING,      /* not UTF-8, or a NUL character in a string */
  CANDOR_JSON_ERROR_TOO_LARGE,     /* the document is over CANDOR_JSON_MAX_SIZE */
  CANDOR_JSON_ERROR_TOO_DEEP,      /* nesting over CANDOR_JSON_MAX_DEPTH */
  CANDOR_JSON_ERROR_INVALID,       /* JSON, but not a journal: the message has the path */
  CANDOR_JSON_ERROR_NEWER_VERSION, /* written by a newer Candor */
} CandorJsonError;

typedef struct _CandorSegmentData CandorSegmentData;

GQuark             candor_json_error_quark     (void);

JsonNode          *candor_json_parse_document  (const char  *data,
                                                gssize       length,
                                                GError     **error);
gboolean           candor_json_check_bytes     (const char  *data,
                                                gsize        length,
                                                GError     **error);
JsonNode          *candor_json_migrate         (JsonNode    *document,
                                                GError     **error);
gboolean           candor_json_validate_document (JsonNode  *document,
                                                  GError   **error);
char              *candor_json_to_data         (JsonNode    *document,
                                                gboolean     pretty,
                                                gsize       *length);

CandorSegmentData *candor_segment_data_parse   (const char  *segment,
                                                GBytes      *json,
                                                GError     **error);
const char        *candor_segment_data_get_segment (CandorSegmentData *data);
void               candor_segment_data_free    (CandorSegmentData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorSegmentData, candor_segment_data_free)

G_END_DECLS
