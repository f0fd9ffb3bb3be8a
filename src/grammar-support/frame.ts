// One stop frame: the construct the grammar is inside and where its inline content must stop.
// `{{ক|[[খ]]}}` at the `খ`: frames [page, template (pipe stops), link (pipe stops)], the innermost last.
// A leaf module: the session holds the frames, stops.ts pushes and pops them.

/** Maximum nesting of framed constructs; deeper openers are text (`{{ক|{{ক|…` 20k deep stays text). */
export const MAX_DEPTH = 100;

/** The table cell a frame is (none outside cells): which of `|`, `||`, `!!`, newline end it. */
export enum Cell {
  None = 0,
  Data = 1,
  Header = 2,
  Caption = 3,
}

export interface Frame {
  /** Offset of the construct's opener (`abandon` pops only the frame opened there). */
  start: number;
  /** Offset where the inline content of this construct must stop. */
  end: number;
  /** `|` ends inline content (template arguments, link parts). */
  pipe: boolean;
  cell: Cell;
  /** In a table cell: a single `|` still splits attributes from content. */
  attrs: boolean;
  /** Cache for unclosed `[http…`: from this offset to `extFailTo`, no `]` closes it. */
  extFailFrom: number;
  extFailTo: number;
}

/** A frame for `[start, end)`: `frame(0, page.length, false, Cell.None)` is the page's own. */
export function frame(start: number, end: number, pipe: boolean, cell: Cell): Frame {
  return { start, end, pipe, cell, attrs: false, extFailFrom: -1, extFailTo: -1 };
}
