// Dates in tables, cell by cell, read by their column: under a heading like সাল/বছর/মেয়াদ/Year a bare
// `১৯৬৬` is a year; under জনসংখ্যা/মোট/রান a number never is:
// `! সাল !! জনসংখ্যা |- | ১৯৯৮ || ২০০০` → 1998 (the 2000 below জনসংখ্যা is a count).
import type { Nodes, Parent, Table, TableCell, TableRow } from '../ast.js';
import { extractDates, type DateMention } from '../dates/index.js';
import { endOf } from '../passes/walk.js';
import { isCountColumn, isYearColumn } from '../site/tables.js';
import { plainTextOf, type PlainText } from '../text/plain-text.js';

export interface CellDate {
  mention: DateMention;
  /** The cell's plain text, which the mention's offsets index. */
  cell: PlainText;
  /** The row as plain text, cells joined by a tab. */
  row: string;
  rowStart: number;
  rowEnd: number;
}

type ColumnKind = 'year' | 'count' | 'other';

/** Column span of a cell: `colspan="2"`. */
function span(cell: TableCell): number {
  const m = /colspan\s*=\s*["']?(\d+)/i.exec(cell.attributes ?? '');
  return m ? Math.max(1, Number(m[1])) : 1;
}

const cellsOf = (row: TableRow) => row.children.filter((c): c is TableCell => c.type === 'tableCell');
const BARE_NUMBER = /^[০-৯0-9]+$/;

/** Where in a section's plain text the next cell is looked for: cells and tables come in document order. */
export interface Cursor {
  at: number;
}

/**
 * A cell's (or caption's) plain text: its stretch of `body`, the rendering of the section it stands in, when the
 * cell is there (`| ১৯৯৮ || ২০০০` in a section's text: `১৯৯৮\t২০০০`, not rendered twice), else its own
 * (a table inside a ref or a hidden element, a table nested in a cell).
 */
function cellText(node: Nodes, body: PlainText | undefined, from: Cursor): PlainText {
  const start = node.position!.start.offset!;
  const end = endOf(node);
  if (body) {
    const map = body.map;
    const n = body.text.length;
    let a = from.at;
    while (a < n && map[a] < start) a++;
    let b = a;
    while (b < n && map[b] < end) b++;
    if (b > a) {
      from.at = b;
      return { text: body.text.slice(a, b), map: map.subarray(a, b + 1) };
    }
  }
  return plainTextOf((node as Parent).children, end);
}

/**
 * Every date in a table's cells, with the kind of column each cell stands in; the cells' text is read from `body`,
 * the plain text of the section the table stands in, from `from` on (moved past each cell found there).
 */
export function tableDates(table: Table, body?: PlainText, from: Cursor = { at: 0 }): CellDate[] {
  const rows = table.children.filter((c): c is TableRow => c.type === 'tableRow');
  let kinds: ColumnKind[] = [];
  const out: CellDate[] = [];
  // `|+ বাংলাদেশের বিভাগ (২০২২ সালের জনশুমারি অনুযায়ী)`
  for (const c of table.children) {
    if (c.type !== 'tableCaption') continue;
    const pt = cellText(c, body, from);
    for (const m of extractDates(pt.text))
      out.push({ mention: m, cell: pt, row: pt.text.trim(), rowStart: c.position!.start.offset!, rowEnd: endOf(c) });
  }
  for (const row of rows) {
    const cells = cellsOf(row);
    if (!cells.length) continue;
    const texts = cells.map((c) => cellText(c, body, from));
    const header = cells.every((c) => c.header);
    if (header) {
      kinds = [];
      cells.forEach((c, k) => {
        const kind: ColumnKind = isYearColumn(texts[k].text)
          ? 'year'
          : isCountColumn(texts[k].text)
            ? 'count'
            : 'other';
        for (let n = span(c); n > 0; n--) kinds.push(kind);
      });
    }
    const rowText = texts.map((t) => t.text.trim()).join('\t');
    let column = 0;
    cells.forEach((c, k) => {
      const kind = header ? 'other' : (kinds[column] ?? 'other');
      column += span(c);
      for (const m of extractDates(texts[k].text, { bareYears: kind === 'year' })) {
        if (
          kind === 'count' &&
          m.value.precision === 'year' &&
          BARE_NUMBER.test(m.text.trim()) &&
          texts[k].text[m.start - 1] !== '('
        )
          continue;
        // a day without a year in a table (a holidays table: `| ১ মে | আন্তর্জাতিক শ্রমিক দিবস`) is a day of every year
        if (m.value.year === null && m.value.precision === 'day') m.recurring = true;
        out.push({
          mention: m,
          cell: texts[k],
          row: rowText,
          rowStart: row.position!.start.offset!,
          rowEnd: endOf(row),
        });
      }
    });
  }
  return out;
}
