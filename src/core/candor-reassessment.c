/* candor-reassessment.c — the answers of a 12-weekly reassessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-reassessment.h"

struct _CandorReassessment
{
  CandorEntry parent_instance;

  GDateTime            *date;
  char                 *person_id;
  guint                 rating;
  char                 *note;
  CandorCadenceChange   cadence_change;
  CandorDepthChange     depth_change;
};

G_DEFINE_FINAL_TYPE (CandorReassessment, candor_reassessment, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorCadenceChange, candor_cadence_change,
  G_DEFINE_ENUM_VALUE (CANDOR_CADENCE_CHANGE_SAME, "same"),
  G_DEFINE_ENUM_VALUE (CANDOR_CADENCE_CHANGE_MORE, "more"),
  G_DEFINE_ENUM_VALUE (CANDOR_CADENCE_CHANGE_FEWER, "fewer"))

G_DEFINE_ENUM_TYPE (CandorDepthChange, candor_depth_change,
  G_DEFINE_ENUM_VALUE (CANDOR_DEPTH_CHANGE_SAME, "same"),
  G_DEFINE_ENUM_VALUE (CANDOR_DEPTH_CHANGE_DEEPER, "deeper"),
  G_DEFINE_ENUM_VALUE (CANDOR_DEPTH_CHANGE_LIGHTER, "lighter"))

enum {
  PROP_0,
  PROP_DATE,
  PROP_PERSON_ID,
  PROP_RATING,
  PROP_NOTE,
  PROP_CADENCE_CHANGE,
  PROP_DEPTH_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "date", CANDOR_FIELD_DATE, TRUE },
  { "person-id", CANDOR_FIELD_PERSON },
  /* 0: not answered; 1 (hard) … 5 (great). */
  { "rating", CANDOR_FIELD_UINT, FALSE, 0, 5 },
  { "note", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
  { "cadence-change", CANDOR_FIELD_ENUM },
  { "depth-change", CANDOR_FIELD_ENUM },
};

static void
candor_reassessment_finalize (GObject *object)
{
  CandorReassessment *self = CANDOR_REASSESSMENT (object);

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (candor_reassessment_parent_class)->finalize (object);
}

static void
candor_reassessment_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CandorReassessment *self = CANDOR_REASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_RATING:
      g_value_set_uint (value, self->rating);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_CADENCE_CHANGE:
      g_value_set_enum (value, self->cadence_change);
      break;

    case PROP_DEPTH_CHANGE:
      g_value_set_enum (value, self->depth_change);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_reassessment_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CandorReassessment *self = CANDOR_REASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      candor_reassessment_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_PERSON_ID:
      candor_reassessment_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_RATING:
      candor_reassessment_set_rating (self, g_value_get_uint (value));
      break;

    case PROP_NOTE:
      candor_reassessment_set_note (self, g_value_get_string (value));
      break;

    case PROP_CADENCE_CHANGE:
      candor_reassessment_set_cadence_change (self, g_value_get_enum (value));
      break;

    case PROP_DEPTH_CHANGE:
      candor_reassessment_set_depth_change (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_reassessment_class_init (CandorReassessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_reassessment_finalize;
  object_class->get_property = candor_reassessment_get_property;
  object_class->set_property = candor_reassessment_set_property;

  /**
   * CandorReassessment:date:
   *
   * The day of the reassessment. Reassessments are in the profile segment,
   * not a year.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorReassessment:person-id:
   *
   * The person it is about, or NULL for the relationship as a whole.
   */
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorReassessment:rating:
   *
   * "How is it going?": 0 when not answered, else 1 (hard) to 5 (great).
   */
  properties[PROP_RATING] =
    g_param_spec_uint ("rating", NULL, NULL,
                       0, 5, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CADENCE_CHANGE] =
    g_param_spec_enum ("cadence-change", NULL, NULL,
                       CANDOR_TYPE_CADENCE_CHANGE,
                       CANDOR_CADENCE_CHANGE_SAME,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DEPTH_CHANGE] =
    g_param_spec_enum ("depth-change", NULL, NULL,
                       CANDOR_TYPE_DEPTH_CHANGE,
                       CANDOR_DEPTH_CHANGE_SAME,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_REASSESSMENT, "reassessments",
                                     fields, G_N_ELEMENTS (fields), NULL);
}

static void
candor_reassessment_init (CandorReassessment *self)
{
}

CandorReassessment *
candor_reassessment_new (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_object_new (CANDOR_TYPE_REASSESSMENT,
                       "date", date,
                       NULL);
}

GDateTime *
candor_reassessment_get_date (CandorReassessment *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT (self), NULL);

  return self->date;
}

void
candor_reassessment_set_date (CandorReassessment *self,
                              GDateTime          *date)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT (self));
  g_return_if_fail (date != NULL);

  candor_entry_set_day_field (CANDOR_ENTRY (self), &self->date, date, properties[PROP_DATE]);
}

const char *
candor_reassessment_get_person_id (CandorReassessment *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT (self), NULL);

  return self->person_id;
}

void
candor_reassessment_set_person_id (CandorReassessment *self,
                                   const char         *person_id)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT (self));

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

guint
candor_reassessment_get_rating (CandorReassessment *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT (self), 0);

  return self->rating;
}

void
candor_reassessment_set_rating (CandorReassessment *self,
                                guint               rating)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT (self));
  g_return_if_fail (rating <= 5);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->rating, rating, properties[PROP_RATING]);
}

const char *
candor_reassessment_get_note (CandorReassessment *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT (self), NULL);

  return self->note;
}

void
candor_reassessment_set_note (CandorReassessment *self,
                              const char         *note)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->note, note, properties[PROP_NOTE]);
}

CandorCadenceChange
candor_reassessment_get_cadence_change (CandorReassessment *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT (self), CANDOR_CADENCE_CHANGE_SAME);

  return self->cadence_change;
}

void
candor_reassessment_set_cadence_change (CandorReassessment  *self,
                                        CandorCadenceChange  cadence_change)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT (self));
  g_return_if_fail (cadence_change <= CANDOR_CADENCE_CHANGE_FEWER);

  if (self->cadence_change == cadence_change)
    return;

  self->cadence_change = cadence_change;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE_CHANGE]);
}

CandorDepthChange
candor_reassessment_get_depth_change (CandorReassessment *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT (self), CANDOR_DEPTH_CHANGE_SAME);

  return self->depth_change;
}

void
candor_reassessment_set_depth_change (CandorReassessment *self,
                                      CandorDepthChange   depth_change)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT (self));
  g_return_if_fail (depth_change <= CANDOR_DEPTH_CHANGE_LIGHTER);

  if (self->depth_change == depth_change)
    return;

  self->depth_change = depth_change;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPTH_CHANGE]);
}
