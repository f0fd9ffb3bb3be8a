// The state one parse carries through the grammar (`{{ক|[[খ]]}}`: is `{{` paired? does `|` end text
// here?), declared in one place: the page, the pre-scanned pairs, the stack of stop frames, the table
// state and the context the builders hand to the passes. The code that reads it lives by concern:
//   stops.ts      the frames: push on entering a construct, pop on success or failure (Parsoid's
//                 technique), and whether inline text stops here
//   lines.ts      where lines start and end (line markup: headings, lists, tables)
//   text-run.ts   how far a plain text run goes (the build's fast path for the `Text` rule)
//   links.ts, templates.ts, tags.ts, headings.ts, tables.ts   the lookahead of each construct
//   flattened.ts  the flattened page shape (`parse` decides it)
import { Cell, type Frame, frame } from './frame.js';
import { findPairs, releasePairs, type Pairs } from './pairs.js';
import type { PassContext } from '../passes/context.js';
import type { Positions } from '../passes/positions.js';
import type { Site } from '../site/bnwiki.js';

/** What `parse` hands the grammar: its pass context (site, positions) and the resolved page shape. */
export interface SessionOptions {
  cx: PassContext;
  flattened: boolean;
}

/** The state one parse carries through the grammar; one per `parse`, never shared. */
export class Session {
  /** The page being parsed. */
  readonly input: string;
  /** What the builders hand the passes: the site and this parse's positions (made by `parse`). */
  readonly cx: PassContext;
  /** Wiki facts: namespaces (a file link's caption may hold links), redirect words, image options. */
  readonly site: Site;
  /** The page's positions (line table, recent points): `s.positions.pos(start, end)`. */
  readonly positions: Positions;
  /** The pre-scan's pairs (pairs.ts): where each `{{`, `{{{`, `[[` and extension tag closes, if at all. */
  pairs: Pairs;
  /** The page has the flattened shape (flattened.ts): headings may stand mid-line. */
  readonly flattened: boolean;
  /** The stop frames, the page's own first and the innermost construct's last (stops.ts). */
  frames: Frame[];
  /** Openers that turned out to be text (`[[ক|]]`, `{{ |ক}}`): never tried again. */
  failed: Set<number> = new Set<number>();
  /** Tables open at this point (`{|` … `|}`), at most MAX_DEPTH. */
  tableDepth = 0;
  /** Whether the current table-cell line started with `!` (its cells are headers; `!!` separates). */
  headerLine = false;

  constructor(input: string, options: SessionOptions) {
    this.input = input;
    this.cx = options.cx;
    this.site = options.cx.site;
    this.positions = options.cx.positions;
    this.pairs = findPairs(input);
    this.flattened = options.flattened;
    this.frames = [frame(0, input.length, false, Cell.None)];
  }

  /** The innermost frame. */
  get top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  /** Lets go of the per-page tables once the page is parsed (the generated parser keeps its rules alive). */
  release(): void {
    releasePairs(this.pairs);
    this.pairs = NO_PAIRS;
    this.failed = new Set<number>();
    this.frames = [frame(0, 0, false, Cell.None)];
  }
}

const NO_PAIRS: Pairs = {
  end: new Int32Array(1),
  kind: new Uint8Array(1),
  holdsLink: new Uint8Array(1),
  tags: new Map(),
  commentOpens: [],
  commentCloses: [],
};
