/* candor-checkin.c — one honest statement of the day: a worry, a regret, an appreciation, a need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-checkin.h"

struct _CandorCheckin
{
  CandorEntry parent_instance;

  char               *author_id;
  GDateTime          *date;
  CandorCheckinKind   kind;
  char              **feelings;
  char               *when;
  char               *need;
  char               *text;
  gboolean            shared;
  gboolean            revealed;
};

G_DEFINE_FINAL_TYPE (CandorCheckin, candor_checkin, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorCheckinKind, candor_checkin_kind,
  G_DEFINE_ENUM_VALUE (CANDOR_CHECKIN_KIND_WORRY, "worry"),
  G_DEFINE_ENUM_VALUE (CANDOR_CHECKIN_KIND_REGRET, "regret"),
  G_DEFINE_ENUM_VALUE (CANDOR_CHECKIN_KIND_APPRECIATION, "appreciation"),
  G_DEFINE_ENUM_VALUE (CANDOR_CHECKIN_KIND_NEED, "need"),
  G_DEFINE_ENUM_VALUE (CANDOR_CHECKIN_KIND_OTHER, "other"))

enum {
  PROP_0,
  PROP_AUTHOR_ID,
  PROP_DATE,
  PROP_KIND,
  PROP_FEELINGS,
  PROP_WHEN,
  PROP_NEED,
  PROP_TEXT,
  PROP_SHARED,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "author-id", CANDOR_FIELD_PERSON, TRUE },
  { "date", CANDOR_FIELD_DATE, TRUE },
  { "kind", CANDOR_FIELD_ENUM, TRUE },
  { "feelings", CANDOR_FIELD_TOKENS, FALSE, 0, CANDOR_MAX_ITEMS },
  { "when", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_SHORT },
  { "need", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_SHORT },
  { "text", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
  { "shared", CANDOR_FIELD_BOOLEAN },
  { "revealed", CANDOR_FIELD_BOOLEAN },
};

static GDateTime *
candor_checkin_entry_get_date (CandorEntry *entry)
{
  return CANDOR_CHECKIN (entry)->date;
}

static void
candor_checkin_finalize (GObject *object)
{
  CandorCheckin *self = CANDOR_CHECKIN (object);

  g_clear_pointer (&self->author_id, g_ref_string_release);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->feelings, g_strfreev);
  g_clear_pointer (&self->when, g_free);
  g_clear_pointer (&self->need, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (candor_checkin_parent_class)->finalize (object);
}

static void
candor_checkin_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CandorCheckin *self = CANDOR_CHECKIN (object);

  switch (prop_id)
    {
    case PROP_AUTHOR_ID:
      g_value_set_string (value, self->author_id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_FEELINGS:
      g_value_set_boxed (value, self->feelings);
      break;

    case PROP_WHEN:
      g_value_set_string (value, self->when);
      break;

    case PROP_NEED:
      g_value_set_string (value, self->need);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SHARED:
      g_value_set_boolean (value, self->shared);
      break;

    case PROP_REVEALED:
      g_value_set_boolean (value, self->revealed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_checkin_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CandorCheckin *self = CANDOR_CHECKIN (object);

  switch (prop_id)
    {
    case PROP_AUTHOR_ID:
      candor_checkin_set_author_id (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      candor_checkin_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_KIND:
      candor_checkin_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_FEELINGS:
      candor_checkin_set_feelings (self, g_value_get_boxed (value));
      break;

    case PROP_WHEN:
      candor_checkin_set_when (self, g_value_get_string (value));
      break;

    case PROP_NEED:
      candor_checkin_set_need (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      candor_checkin_set_text (self, g_value_get_string (value));
      break;

    case PROP_SHARED:
      candor_checkin_set_shared (self, g_value_get_boolean (value));
      break;

    case PROP_REVEALED:
      candor_checkin_set_revealed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_checkin_class_init (CandorCheckinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_checkin_finalize;
  object_class->get_property = candor_checkin_get_property;
  object_class->set_property = candor_checkin_set_property;

  entry_class->get_date = candor_checkin_entry_get_date;

  /**
   * CandorCheckin:author-id:
   *
   * The id of the person who wrote it.
   */
  properties[PROP_AUTHOR_ID] =
    g_param_spec_string ("author-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:date:
   *
   * The day the check-in is about, as 00:00 UTC of that day.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CANDOR_TYPE_CHECKIN_KIND,
                       CANDOR_CHECKIN_KIND_WORRY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:feelings:
   *
   * Ids of the feelings named, from the feelings vocabulary.
   */
  properties[PROP_FEELINGS] =
    g_param_spec_boxed ("feelings", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:when:
   *
   * The "when ___" part of "I feel ___ when ___ and I need ___".
   */
  properties[PROP_WHEN] =
    g_param_spec_string ("when", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:need:
   *
   * The "I need ___" part of the sentence.
   */
  properties[PROP_NEED] =
    g_param_spec_string ("need", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:text:
   *
   * Anything else, in the person's own words.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:shared:
   *
   * FALSE keeps the check-in private to its author.
   */
  properties[PROP_SHARED] =
    g_param_spec_boolean ("shared", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheckin:revealed:
   *
   * "Answer, then reveal": TRUE once both partners answered and the answers
   * were shown.
   */
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_CHECKIN, "checkins",
                                     fields, G_N_ELEMENTS (fields), "date");
}

static void
candor_checkin_init (CandorCheckin *self)
{
  self->shared = TRUE;
}

CandorCheckin *
candor_checkin_new (const char        *author_id,
                    GDateTime         *date,
                    CandorCheckinKind  kind)
{
  g_return_val_if_fail (author_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  return g_object_new (CANDOR_TYPE_CHECKIN,
                       "author-id", author_id,
                       "date", date,
                       "kind", kind,
                       NULL);
}

const char *
candor_checkin_get_author_id (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), NULL);

  return self->author_id;
}

void
candor_checkin_set_author_id (CandorCheckin *self,
                              const char    *author_id)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));
  g_return_if_fail (author_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->author_id, author_id,
                                 properties[PROP_AUTHOR_ID]);
}

GDateTime *
candor_checkin_get_date (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), NULL);

  return self->date;
}

void
candor_checkin_set_date (CandorCheckin *self,
                         GDateTime     *date)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));
  g_return_if_fail (date != NULL);

  candor_entry_set_day_field (CANDOR_ENTRY (self), &self->date, date, properties[PROP_DATE]);
}

CandorCheckinKind
candor_checkin_get_kind (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), CANDOR_CHECKIN_KIND_WORRY);

  return self->kind;
}

void
candor_checkin_set_kind (CandorCheckin     *self,
                         CandorCheckinKind  kind)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));
  g_return_if_fail (kind <= CANDOR_CHECKIN_KIND_OTHER);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char * const *
candor_checkin_get_feelings (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), NULL);

  return (const char * const *) self->feelings;
}

void
candor_checkin_set_feelings (CandorCheckin      *self,
                             const char * const *feelings)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->feelings, feelings,
                               properties[PROP_FEELINGS]);
}

const char *
candor_checkin_get_when (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), NULL);

  return self->when;
}

void
candor_checkin_set_when (CandorCheckin *self,
                         const char    *when)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->when, when, properties[PROP_WHEN]);
}

const char *
candor_checkin_get_need (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), NULL);

  return self->need;
}

void
candor_checkin_set_need (CandorCheckin *self,
                         const char    *need)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->need, need, properties[PROP_NEED]);
}

const char *
candor_checkin_get_text (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), NULL);

  return self->text;
}

void
candor_checkin_set_text (CandorCheckin *self,
                         const char    *text)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->text, text, properties[PROP_TEXT]);
}

gboolean
candor_checkin_get_shared (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), FALSE);

  return self->shared;
}

void
candor_checkin_set_shared (CandorCheckin *self,
                           gboolean       shared)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->shared, shared,
                                  properties[PROP_SHARED]);
}

gboolean
candor_checkin_get_revealed (CandorCheckin *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN (self), FALSE);

  return self->revealed;
}

void
candor_checkin_set_revealed (CandorCheckin *self,
                             gboolean       revealed)
{
  g_return_if_fail (CANDOR_IS_CHECKIN (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->revealed, revealed,
                                  properties[PROP_REVEALED]);
}
