// Dates in tables, cell by cell, read by their column: under a heading like সাল/বছর/মেয়াদ/Year a bare
// `১৯৬৬` is a year; under জনসংখ্যা/মোট/রান a number never is:
// `! সাল !! জনসংখ্যা |- | ১৯৯৮ || ২০০০` → 1998 (the 2000 below জনসংখ্যা is a count).
import type { Table, TableCaption, TableCell, TableRow } from '../ast.js';
import { extractDates, type DateMention } from '../dates/index.js';
import { endOf } from '../passes/walk.js';
import { isCountColumn, isYearColumn } from '../site/tables.js';
import { cellPlainText, plainTextOf, type PlainText } from '../text/plain-text.js';

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

/**
 * Where in a section's plain text the next cell is looked for: a section's tables, and the rows of each, come in
 * document order (`১৯৯৮\t২০০০\n১৯৯৯\t…`: the second row is looked for after the first).
 */
export interface Cursor {
  at: number;
}

/** Blanks and the tabs and line breaks between cells and rows: `\t২০০০ সালে\n` → `২০০০ সালে`. */
const isBreak = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a;

/**
 * A cell's (or caption's) plain text: its stretch of `body`, the rendering of the section it stands in, when it
 * shows there (`| ১৯৯৮ || ২০০০` in a section's text: `১৯৯৮\t২০০০`, not rendered twice), else its own rendering,
 * as a row shows a cell (a hidden table, `<div style="display:none">{|…`; a table nested in a cell). The cursor
 * moves past the cell either way: nothing before it can belong to a later cell.
 */
function cellText(node: TableCell | TableCaption, body: PlainText | undefined, cursor: Cursor): PlainText {
  const start = node.position!.start.offset!;
  const end = endOf(node);
  if (body) {
    const { text, map } = body;
    let a = cursor.at;
    while (a < text.length && map[a] < start) a++;
    let b = a;
    while (b < text.length && map[b] < end) b++;
    cursor.at = b;
    while (a < b && isBreak(text.charCodeAt(a))) a++;
    while (b > a && isBreak(text.charCodeAt(b - 1))) b--;
    if (b > a) return { text: text.slice(a, b), map: map.subarray(a, b + 1) };
  }
  return node.type === 'tableCell' ? cellPlainText(node) : plainTextOf(node.children, end);
}

/**
 * Every date in a table's cells, with the kind of column each cell stands in; the cells' text is read from `body`,
 * the plain text of the section the table stands in, from `cursor` on (moved past each cell).
 */
export function tableDates(table: Table, body?: PlainText, cursor: Cursor = { at: 0 }): CellDate[] {
  const rows = table.children.filter((c): c is TableRow => c.type === 'tableRow');
  let kinds: ColumnKind[] = [];
  const out: CellDate[] = [];
  // `|+ বাংলাদেশের বিভাগ (২০২২ সালের জনশুমারি অনুযায়ী)`
  for (const c of table.children) {
    if (c.type !== 'tableCaption') continue;
    const pt = cellText(c, body, { at: cursor.at }); // a caption may stand after rows: it moves no cursor
    for (const m of extractDates(pt.text))
      out.push({ mention: m, cell: pt, row: pt.text.trim(), rowStart: c.position!.start.offset!, rowEnd: endOf(c) });
  }
  for (const row of rows) {
    const cells = cellsOf(row);
    if (!cells.length) continue;
    const texts = cells.map((c) => cellText(c, body, cursor));
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
