// The grammar's raw output types, in a leaf module (it imports node types only), so that the builders
// and the passes both depend on it and not on each other: `'''` → QuoteToken, `**` → ListMarkerToken,
// `| ঢাকা` → TableCellToken; RawNode is a node or a token in source order.
import type { Heading, HorizontalRule, PhrasingContent, Redirect } from '../ast.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}
/** A position whose points carry line, column and offset (what `pos` makes). */
export interface Pos {
  start: Point;
  end: Point;
}

/** Tokens the grammar emits for line-level markup; the passes turn them into nodes. */
export interface QuoteToken {
  type: 'quote';
  value: string;
  position: Pos;
}
export interface ListMarkerToken {
  type: 'listMarker';
  value: string;
  position: Pos;
}
export interface TableOpenToken {
  type: 'tableOpen';
  value: string;
  position: Pos;
}
export interface TableCloseToken {
  type: 'tableClose';
  value: string;
  position: Pos;
}
export interface TableRowToken {
  type: 'tableRowToken';
  marker: string;
  attributes: string;
  position: Pos;
}
export interface TableCellToken {
  type: 'tableCellToken';
  caption: boolean;
  header: boolean;
  marker: string;
  attributes?: string;
  children: PhrasingContent[];
  position: Pos;
}
export type Token = QuoteToken | ListMarkerToken | TableOpenToken | TableCloseToken | TableRowToken | TableCellToken;
/** What the grammar returns: nodes and tokens in source order. */
export type RawNode = PhrasingContent | Heading | HorizontalRule | Redirect | Token;
