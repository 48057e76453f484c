/* candor-commitment.c — a micro-commitment made at a Connection Check, due within a week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-commitment.h"

struct _CandorCommitment
{
  CandorEntry parent_instance;

  char       *person_id;
  char       *check_id;
  char       *text;
  GDateTime  *due;
  GDateTime  *done;
};

G_DEFINE_FINAL_TYPE (CandorCommitment, candor_commitment, CANDOR_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_CHECK_ID,
  PROP_TEXT,
  PROP_DUE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "person-id", CANDOR_FIELD_PERSON, TRUE },
  { "check-id", CANDOR_FIELD_TOKEN },
  { "text", CANDOR_FIELD_STRING, TRUE, 1, CANDOR_MAX_SHORT },
  { "due", CANDOR_FIELD_DATE, TRUE },
  { "done", CANDOR_FIELD_DATE },
};

static GDateTime *
candor_commitment_entry_get_date (CandorEntry *entry)
{
  return CANDOR_COMMITMENT (entry)->due;
}

static void
candor_commitment_constructed (GObject *object)
{
  CandorCommitment *self = CANDOR_COMMITMENT (object);

  G_OBJECT_CLASS (candor_commitment_parent_class)->constructed (object);

  /* Small and soon: a commitment is due within a week unless told otherwise.
   * Set quietly: this is the initial value, not a change. */
  if (self->due == NULL)
    {
      GDateTime *created = candor_entry_get_created (CANDOR_ENTRY (self));
      g_autoptr(GDateTime) day = candor_day_from_date_time (created);

      self->due = g_date_time_add_days (day, CANDOR_COMMITMENT_DEFAULT_DAYS);
    }
}

static void
candor_commitment_finalize (GObject *object)
{
  CandorCommitment *self = CANDOR_COMMITMENT (object);

  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->check_id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->done, g_date_time_unref);

  G_OBJECT_CLASS (candor_commitment_parent_class)->finalize (object);
}

static void
candor_commitment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CandorCommitment *self = CANDOR_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_CHECK_ID:
      g_value_set_string (value, self->check_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_DONE:
      g_value_set_boxed (value, self->done);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_commitment_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CandorCommitment *self = CANDOR_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      candor_commitment_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_CHECK_ID:
      candor_commitment_set_check_id (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      candor_commitment_set_text (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      candor_commitment_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_DONE:
      candor_commitment_set_done (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_commitment_class_init (CandorCommitmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->constructed = candor_commitment_constructed;
  object_class->finalize = candor_commitment_finalize;
  object_class->get_property = candor_commitment_get_property;
  object_class->set_property = candor_commitment_set_property;

  entry_class->get_date = candor_commitment_entry_get_date;

  /**
   * CandorCommitment:person-id:
   *
   * Who made the commitment.
   */
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCommitment:check-id:
   *
   * The Connection Check it came from, if any.
   */
  properties[PROP_CHECK_ID] =
    g_param_spec_string ("check-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCommitment:due:
   *
   * The day it is due; CANDOR_COMMITMENT_DEFAULT_DAYS after creation unless
   * set.
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCommitment:done:
   *
   * The day it was done, or NULL while open.
   */
  properties[PROP_DONE] =
    g_param_spec_boxed ("done", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_COMMITMENT, "commitments",
                                     fields, G_N_ELEMENTS (fields), "due");
}

static void
candor_commitment_init (CandorCommitment *self)
{
}

CandorCommitment *
candor_commitment_new (const char *person_id,
                       const char *check_id,
                       const char *text)
{
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (CANDOR_TYPE_COMMITMENT,
                       "person-id", person_id,
                       "check-id", check_id,
                       "text", text,
                       NULL);
}

const char *
candor_commitment_get_person_id (CandorCommitment *self)
{
  g_return_val_if_fail (CANDOR_IS_COMMITMENT (self), NULL);

  return self->person_id;
}

void
candor_commitment_set_person_id (CandorCommitment *self,
                                 const char       *person_id)
{
  g_return_if_fail (CANDOR_IS_COMMITMENT (self));
  g_return_if_fail (person_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

const char *
candor_commitment_get_check_id (CandorCommitment *self)
{
  g_return_val_if_fail (CANDOR_IS_COMMITMENT (self), NULL);

  return self->check_id;
}

void
candor_commitment_set_check_id (CandorCommitment *self,
                                const char       *check_id)
{
  g_return_if_fail (CANDOR_IS_COMMITMENT (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->check_id, check_id,
                                 properties[PROP_CHECK_ID]);
}

const char *
candor_commitment_get_text (CandorCommitment *self)
{
  g_return_val_if_fail (CANDOR_IS_COMMITMENT (self), NULL);

  return self->text;
}

void
candor_commitment_set_text (CandorCommitment *self,
                            const char       *text)
{
  g_return_if_fail (CANDOR_IS_COMMITMENT (self));
  g_return_if_fail (text != NULL);

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->text, text, properties[PROP_TEXT]);
}

GDateTime *
candor_commitment_get_due (CandorCommitment *self)
{
  g_return_val_if_fail (CANDOR_IS_COMMITMENT (self), NULL);

  return self->due;
}

void
candor_commitment_set_due (CandorCommitment *self,
                           GDateTime        *due)
{
  g_return_if_fail (CANDOR_IS_COMMITMENT (self));
  g_return_if_fail (due != NULL);

  candor_entry_set_day_field (CANDOR_ENTRY (self), &self->due, due, properties[PROP_DUE]);
}

GDateTime *
candor_commitment_get_done (CandorCommitment *self)
{
  g_return_val_if_fail (CANDOR_IS_COMMITMENT (self), NULL);

  return self->done;
}

void
candor_commitment_set_done (CandorCommitment *self,
                            GDateTime        *done)
{
  g_return_if_fail (CANDOR_IS_COMMITMENT (self));

  candor_entry_set_day_field (CANDOR_ENTRY (self), &self->done, done, properties[PROP_DONE]);
}
