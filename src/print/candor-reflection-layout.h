/* candor-reflection-layout.h — inside the reflection renderer: the flow of blocks and rows
 *
 * The renderer (pagination, drawing) and its layout (the week turned into blocks) share
 * these types; nothing else includes this file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "candor-reflection-renderer-private.h"

G_BEGIN_DECLS

#define FONT_FAMILY "Cantarell, Noto Sans, WenQuanYi Micro Hei, sans-serif"

#define MARGIN          54.0
#define RUNNING_HEADER  30.0
#define FOOTER          28.0
#define WRITING_LINE    26.0
#define WRITING_LINES   5
#define TILE_HEIGHT     62.0
#define TILE_GAP        10.0

#define COLOR_TEXT    0x241f31
#define COLOR_DIM     0x5e5c64
#define COLOR_ACCENT  0x1a5fb4
#define COLOR_RULE    0xc0bfbc
#define COLOR_TILE    0xf0f0ee

typedef enum
{
  ROW_TEXT,
  ROW_SPACE,
  ROW_WRITING_LINE,
  ROW_DIVIDER,
  ROW_TILES,
} RowKind;

typedef struct
{
  RowKind      kind;
  double       height;
  double       x;          /* from the left margin */
  guint32      color;
  /* ROW_TEXT */
  PangoLayout *layout;
  int          line;
  double       baseline;   /* from the top of the row */
  gboolean     swatch;     /* a dot in the person's colour before the line */
  guint32      swatch_color;
} Row;

typedef struct
{
  GArray   *rows;          /* Row */
  double    space_before;  /* dropped at the top of a page */
  double    height;        /* the rows, without space_before */
  gboolean  keep_with_next;
  gboolean  entry;
  guint     first_page;
  guint     last_page;
} Block;

typedef struct
{
  guint  block;
  guint  row;
  double y;
} Placement;

struct _CandorReflectionRenderer
{
  GObject        parent_instance;

  CandorWeek    *week;
  PangoContext  *context;
  GPtrArray     *layouts;      /* every PangoLayout the rows point to */
  GPtrArray     *tiles;        /* ROW_TILES: pairs of layouts (number, label) */
  GArray        *blocks;       /* Block */
  GPtrArray     *pages;        /* GArray of Placement, per page */
  char          *week_label;
  double         page_width;
  double         page_height;
};

static inline double
candor_reflection_content_width (CandorReflectionRenderer *self)
{
  return self->page_width - 2 * MARGIN;
}

/* Turns the week into blocks of rows for the current page width. */
void  candor_reflection_layout_build      (CandorReflectionRenderer *self);
void  candor_reflection_layout_clear      (CandorReflectionRenderer *self);
char *candor_reflection_layout_week_label (CandorWeek               *week);

G_END_DECLS
