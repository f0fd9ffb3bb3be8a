// Table structure from the grammar's line tokens: `{|` … `|-` … `! ক !! খ` … `| গ || ঘ` … `|}`
// → table > tableRow > tableCell. Lines after a cell belong to it until the next table token;
// a `{|` inside a cell nests a table there; a table left open ends with the page (close '').
import type { Table, TableCaption, TableCell, TableRow } from '../ast.js';
import type { RawNode, TableCellToken } from '../grammar-support/tokens.js';
import type { PassContext } from './context.js';
import type { Positions } from './positions.js';
import { endOf, startOf } from './walk.js';

interface Open {
  table: Table;
  row: TableRow | null;
  cell: TableCell | TableCaption | null;
}

type Item = RawNode | Table | TableRow | TableCell | TableCaption;

/** Builds tables in a top-level item list; items outside tables pass through unchanged. */
export function buildTables(items: RawNode[], cx: PassContext): RawNode[] {
  if (!items.some((i) => i.type === 'tableOpen')) return items;
  const out: Item[] = [];
  const stack: Open[] = [];
  const add = (n: Item) => {
    const top = stack[stack.length - 1];
    if (!top) return void out.push(n);
    const container = (top.cell ?? top.row ?? top.table) as { children: Item[] };
    container.children.push(n);
  };
  for (const item of items) {
    switch (item.type) {
      case 'tableOpen': {
        const table: Table = { type: 'table', open: item.value, close: '', children: [], position: item.position };
        add(table);
        stack.push({ table, row: null, cell: null });
        break;
      }
      case 'tableClose': {
        const top = stack.pop();
        if (!top) add({ type: 'text', value: item.value, position: item.position });
        else top.table.close = item.value;
        break;
      }
      case 'tableRowToken': {
        const top = stack[stack.length - 1];
        const row: TableRow = {
          type: 'tableRow',
          marker: item.marker,
          attributes: item.attributes,
          children: [],
          position: item.position,
        };
        top.table.children.push(row);
        top.row = row;
        top.cell = null;
        break;
      }
      case 'tableCellToken': {
        const top = stack[stack.length - 1];
        const cell = toCell(item);
        if (cell.type === 'tableCaption') {
          top.table.children.push(cell);
          top.row = null;
        } else {
          if (!top.row) {
            top.row = {
              type: 'tableRow',
              marker: '',
              attributes: '',
              children: [],
              position: cx.positions.pos(startOf(item), startOf(item)),
            };
            top.table.children.push(top.row);
          }
          top.row.children.push(cell);
        }
        top.cell = cell;
        break;
      }
      default:
        add(item);
    }
  }
  for (const n of out) if (n.type === 'table') fixEnds(n, cx.positions);
  return out as RawNode[];
}

/** A cell token as a cell (or caption) node, fields in a fixed order: `| style="…" | ক`. */
function toCell(t: TableCellToken): TableCell | TableCaption {
  const children = t.children as TableCell['children'];
  const cell: TableCell | TableCaption = t.caption
    ? { type: 'tableCaption', marker: t.marker, children, position: t.position }
    : { type: 'tableCell', header: t.header, marker: t.marker, children, position: t.position };
  if (t.attributes !== undefined) cell.attributes = t.attributes;
  return cell;
}

const PARTS = new Set(['table', 'tableRow', 'tableCell', 'tableCaption']);

/** Ends every table, row and cell at the end of its last child (or its own marker). */
function fixEnds(
  n: { type: string; children?: unknown[]; position?: Table['position']; close?: string },
  positions: Positions,
): number {
  const kids = (n.children ?? []) as (typeof n)[];
  let end = endOf(n);
  for (const k of kids) end = Math.max(end, PARTS.has(k.type) ? fixEnds(k, positions) : endOf(k));
  if (n.type === 'table' && n.close) end += n.close.length;
  if (end !== endOf(n)) n.position = positions.pos(startOf(n), end);
  return end;
}
