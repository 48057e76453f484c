/* candor-journal-private.h — what the model classes, the journal and the JSON code share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every entry class describes its JSON members once, as a table of
 * CandorField. The same table drives validation (with the JSON path of the
 * problem), reading, writing and copying, so a property added to a class is
 * added to the document by adding one line.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "candor-entry.h"
#include "candor-journal.h"
#include "candor-json.h"
#include "candor-settings.h"

G_BEGIN_DECLS

/* The order is the order of the document and of validation: people come
 * before anything that refers to them. */
typedef enum
{
  CANDOR_KIND_SETTINGS,
  CANDOR_KIND_PERSON,
  CANDOR_KIND_REASSESSMENT,
  CANDOR_KIND_CHECK,
  CANDOR_KIND_CHECKIN,
  CANDOR_KIND_INTERACTION,
  CANDOR_KIND_COMMITMENT,
  CANDOR_KIND_EXERCISE,
  CANDOR_KIND_FEELING_NOTE,
  CANDOR_KIND_BOUNDARY,
  CANDOR_KIND_GROWTH_ENTRY,
  CANDOR_N_KINDS
} CandorKind;

/* Kinds kept in a list (all but the single settings object). */
#define CANDOR_FIRST_LIST_KIND CANDOR_KIND_PERSON

typedef enum
{
  CANDOR_FIELD_PERSON,    /* id of a person of the same document */
  CANDOR_FIELD_TOKEN,     /* an id not checked here: a check, a question */
  CANDOR_FIELD_STRING,    /* max = characters */
  CANDOR_FIELD_BOOLEAN,
  CANDOR_FIELD_UINT,      /* min … max */
  CANDOR_FIELD_ENUM,      /* the nick of the property's enum */
  CANDOR_FIELD_TIMESTAMP, /* "2025-03-04T18:30:00Z", optional .ffffff */
  CANDOR_FIELD_DATE,      /* "2025-03-04" */
  CANDOR_FIELD_TOKENS,    /* array of ids (feelings, questions); max = items */
  CANDOR_FIELD_STRINGS,   /* array of strings; max = items, item_max = characters */
  CANDOR_FIELD_COLOR,     /* "#rrggbb" */
  CANDOR_FIELD_TIME,      /* "HH:MM" */
  CANDOR_FIELD_CUSTOM,
} CandorFieldType;

typedef struct _CandorValidator CandorValidator;

typedef struct
{
  gboolean   (*validate) (CandorValidator *validator,
                          JsonNode        *node);
  void       (*read)     (JsonNode        *node,
                          GValue          *value);
  /* Returns NULL to leave the member out. */
  JsonNode  *(*write)    (const GValue    *value);
  /* Drops what refers to a person that is gone; returns TRUE if it changed. */
  gboolean   (*forget)   (GValue          *value,
                          const char      *person_id);
} CandorFieldCustom;

typedef struct
{
  const char              *property;
  CandorFieldType          type;
  gboolean                 required;
  gint64                   min;
  gint64                   max;
  gint64                   item_max;
  const CandorFieldCustom *custom;
} CandorField;

typedef struct _CandorEntrySchema
{
  CandorKind         kind;
  const char        *member;        /* the document's array, e.g. "checkins" */
  const CandorField *fields;
  guint              n_fields;
  GParamSpec       **pspecs;        /* one per field */
  const char       **keys;          /* JSON member names, interned */
  GParamSpec        *date_pspec;    /* NULL for the profile segment */
} CandorEntrySchema;

/* candor-settings-questions.c: the settings' GVariant members. */
extern const CandorFieldCustom candor_settings_custom_questions_field;
extern const CandorFieldCustom candor_settings_question_usage_field;

/* Limits, in characters (what JSON Schema's maxLength counts). */
#define CANDOR_MAX_NAME   200
#define CANDOR_MAX_SHORT  2000
#define CANDOR_MAX_TEXT   65536
#define CANDOR_MAX_ITEMS  64
#define CANDOR_MAX_ID     64

/* The most fields a schema has, for tables on the stack. */
#define CANDOR_MAX_FIELDS 48

/* json-glib's json_node_init_array() and _object() take a reference of their
 * own; these take the caller's, for containers built to be handed over. */
static inline JsonNode *
candor_json_node_take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);

  return node;
}

static inline JsonNode *
candor_json_node_take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);

  return node;
}

/* candor-entry.c */
void               candor_entry_class_install_schema (CandorEntryClass  *klass,
                                                      CandorKind         kind,
                                                      const char        *member,
                                                      const CandorField *fields,
                                                      guint              n_fields,
                                                      const char        *date_property);
CandorEntrySchema *candor_entry_get_schema           (CandorEntry       *self);
CandorEntrySchema *candor_entry_schema_for_kind      (CandorKind         kind);
GType              candor_kind_get_type              (CandorKind         kind);

gboolean     candor_entry_validate_json   (CandorKind         kind,
                                           CandorValidator   *validator,
                                           JsonNode          *node,
                                           CandorEntry      **entry);
CandorEntry *candor_entry_begin_load      (GType              type,
                                           const char        *id,
                                           GDateTime         *created,
                                           GDateTime         *modified);
void         candor_entry_load_field      (CandorEntry       *self,
                                           GParamSpec        *pspec,
                                           const GValue      *value);
void         candor_entry_end_load        (CandorEntry       *self);
JsonObject  *candor_entry_to_json         (CandorEntry       *self);
const char  *candor_entry_get_json_text   (CandorEntry       *self,
                                           gsize             *length);
void         candor_entry_update_from     (CandorEntry       *self,
                                           CandorEntry       *newer);
gboolean     candor_entry_forget_person   (CandorEntry       *self,
                                           const char        *person_id,
                                           gboolean          *drop);
gboolean     candor_entry_repair_people   (CandorEntry       *self,
                                           CandorJournal     *journal,
                                           gboolean          *drop);
int          candor_entry_compare         (CandorEntry       *a,
                                           CandorEntry       *b);
int          candor_entry_get_year        (CandorEntry       *self);

void         candor_entry_set_journal     (CandorEntry       *self,
                                           CandorJournal     *journal);
CandorJournal *candor_entry_get_journal   (CandorEntry       *self);
int          candor_entry_get_cached_year (CandorEntry       *self);
void         candor_entry_set_cached_year (CandorEntry       *self,
                                           int                year);

/* Shared setters: assign, and notify only when the value really changed. */
gboolean candor_entry_set_string_field  (CandorEntry  *self,
                                         char        **field,
                                         const char   *value,
                                         GParamSpec   *pspec);
/* A person's id, as one GRefString for every entry that names the person (a journal
 * has a few people and tens of thousands of entries): clear it with
 * g_ref_string_release. */
gboolean candor_entry_set_person_field  (CandorEntry  *self,
                                         char        **field,
                                         const char   *value,
                                         GParamSpec   *pspec);
gboolean candor_entry_set_date_field    (CandorEntry  *self,
                                         GDateTime   **field,
                                         GDateTime    *value,
                                         GParamSpec   *pspec);
gboolean candor_entry_set_day_field     (CandorEntry  *self,
                                         GDateTime   **field,
                                         GDateTime    *value,
                                         GParamSpec   *pspec);
gboolean candor_entry_set_strv_field    (CandorEntry  *self,
                                         char       ***field,
                                         const char * const *value,
                                         GParamSpec   *pspec);
gboolean candor_entry_set_boolean_field (CandorEntry  *self,
                                         gboolean     *field,
                                         gboolean      value,
                                         GParamSpec   *pspec);
gboolean candor_entry_set_uint_field    (CandorEntry  *self,
                                         guint        *field,
                                         guint         value,
                                         GParamSpec   *pspec);
gboolean candor_entry_set_variant_field (CandorEntry  *self,
                                         GVariant    **field,
                                         GVariant     *value,
                                         GParamSpec   *pspec);

/* Validation walk (candor-json.c). The path always names the node being looked at. */
struct _CandorValidator
{
  GString    *path;
  GHashTable *ids;          /* id → GINT_TO_POINTER (kind + 1) */
  GError     *error;
  int         year;         /* entries must fall in this year; 0: any */
  gboolean    check_people; /* FALSE for a year segment: people are elsewhere */
};

gboolean    candor_validator_fail        (CandorValidator *validator,
                                          int              code,
                                          const char      *format,
                                          ...) G_GNUC_PRINTF (3, 4);
gsize       candor_validator_push_member (CandorValidator *validator,
                                          const char      *member);
gsize       candor_validator_push_index  (CandorValidator *validator,
                                          guint            index);
void        candor_validator_pop         (CandorValidator *validator,
                                          gsize            mark);
gboolean    candor_validator_check_token (CandorValidator *validator,
                                          JsonNode        *node);
gboolean    candor_validator_check_string (CandorValidator *validator,
                                           JsonNode        *node,
                                           gint64           min,
                                           gint64           max);
gboolean    candor_validator_check_person (CandorValidator *validator,
                                           JsonNode        *node);
gboolean    candor_validator_check_object (CandorValidator *validator,
                                           JsonNode        *node);

void        candor_json_append_member    (GString    *path,
                                          const char *member,
                                          gssize      length);
gboolean    candor_json_token_is_valid   (const char *token);
gboolean    candor_json_color_is_valid   (const char *text);
gboolean    candor_json_time_is_valid    (const char *text);
char       *candor_json_format_timestamp (GDateTime  *date_time);
char       *candor_json_format_day       (GDateTime  *date);
GDateTime  *candor_json_parse_timestamp  (const char *text);
GDateTime  *candor_json_parse_day        (const char *text);
gboolean    candor_json_timestamp_is_valid (const char *text);
gboolean    candor_json_day_is_valid     (const char *text);

/* candor-json-scan.c */
typedef enum
{
  CANDOR_JSON_KEEP,   /* the element joins the tree */
  CANDOR_JSON_TAKEN,  /* the callback has what it needs: the element is freed */
  CANDOR_JSON_STOP,   /* give up on the fast parse */
} CandorJsonTake;

typedef CandorJsonTake (*CandorJsonElementFunc) (const char *member,
                                                 JsonObject *root,
                                                 JsonNode   *element,
                                                 gpointer    user_data);

JsonNode *candor_json_parse_document_taking (const char            *data,
                                             gsize                  length,
                                             CandorJsonElementFunc  take_element,
                                             gpointer               user_data);

/* A parsed, validated document or segment, as objects ready to splice in. */
struct _CandorSegmentData
{
  char           *segment;                    /* NULL for a whole document */
  CandorSettings *settings;                   /* NULL when the document has none */
  GPtrArray      *items[CANDOR_N_KINDS];      /* sorted; [CANDOR_KIND_SETTINGS] unused */
};

CandorSegmentData *candor_segment_data_load (JsonNode    *document,
                                             const char  *segment,
                                             GError     **error);

/* candor-journal.c, candor-journal-segments.c */
struct _CandorJournal
{
  GObject         parent_instance;

  CandorSettings *settings;
  GListStore     *stores[CANDOR_N_KINDS]; /* [CANDOR_KIND_SETTINGS] is NULL */
  GHashTable     *by_id;                  /* id (owned by the entry) → entry */
  GHashTable     *dirty;                  /* segment names */
  GHashTable     *loaded;                 /* segment names applied from storage */

  /* Inside a bulk change: no "changed" per entry, and lists are sorted once at the end. */
  guint           bulk;
  gboolean        loading;
  gboolean        needs_sort[CANDOR_N_KINDS];
};

void      candor_journal_entry_changed  (CandorJournal *self,
                                         CandorEntry   *entry,
                                         gboolean       date_changed);
gboolean  candor_journal_merge_data     (CandorJournal     *self,
                                         CandorSegmentData *data,
                                         CandorImportMode   mode,
                                         gboolean           loading,
                                         GError           **error);
GListStore *candor_journal_get_store    (CandorJournal *self,
                                         CandorKind     kind);
char     *candor_journal_segment_for_year (int          year);
void      candor_journal_mark_dirty     (CandorJournal *self,
                                         int            year);
void      candor_journal_notify_dirty   (CandorJournal *self);
void      candor_journal_begin_bulk     (CandorJournal *self);
void      candor_journal_end_bulk       (CandorJournal *self);
guint     candor_journal_upper_bound    (GListModel    *model,
                                         CandorEntry   *entry);
void      candor_journal_attach         (CandorJournal *self,
                                         CandorEntry   *entry);
void      candor_journal_detach         (CandorJournal *self,
                                         CandorEntry   *entry);

G_END_DECLS
