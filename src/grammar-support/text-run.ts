// How far a plain text run goes. The grammar's `Text` rule is the spec (`[^[\]{}|!<&'\n=]+`); the
// build replaces its generated function by `textEnd` (scripts/build-grammar.mjs), which matches the
// same class and also takes the markup characters that start nothing and stop nothing where they
// stand: `ক=খ` mid-line is one text node, not three.
import { MAX_DEPTH } from './frame.js';
import { URL_START } from './links.js';
import type { Session } from './session.js';
import { atStop } from './stops.js';
import { htmlTagLen } from './tags.js';

const LIST_MARKERS = new Set([...'*#:;'].map((c) => c.charCodeAt(0)));
/** The grammar's `Text` class (scripts/build-grammar.mjs checks they are the same). */
const TEXT_RUN = /[^[\]{}|!<&'\n=]+/y;
/** The grammar's `Entity` rule: `&nbsp;`, `&#2437;`, `&#x985;`. */
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+|רלמ|رلم);/y;

/**
 * End of the plain text starting at `p`: the grammar's `Text` run, extended over markup characters
 * that start nothing and stop nothing here — `=` mid-line (not a flattened heading), `]`, `}`, `|`,
 * `!` that end no construct, a newline inside a construct: `ক=খ|গ` in a link label is one text.
 * > | [[ক|খ=গ]] ঘ
 *         ^ p: `খ=গ` is one text, up to the `]]`
 */
export function textEnd(s: Session, p: number): number {
  const input = s.input;
  const top = s.frames.length === 1;
  let q = p;
  for (;;) {
    TEXT_RUN.lastIndex = q;
    if (TEXT_RUN.test(input)) q = TEXT_RUN.lastIndex;
    if (q >= input.length || atStop(s, q)) return q;
    const c = input.charCodeAt(q);
    if (c === 0x5d || c === 0x7d || c === 0x7c || c === 0x21) q++;
    else if (c === 0x3d && !(s.flattened && top)) q++;
    else if (c === 0x0a && (!top || joinsNextLine(s, q))) q++;
    else if (c === 0x0a && listGoesOn(s, q)) return q + 1;
    else if (startsNothing(s, c, q)) q++;
    else return q;
  }
}

/**
 * Whether the newline at `q` (top level) can stay inside a text run: the next line starts no line
 * markup (`lineMarkupAt`), and this line is no list line (its newline ends the item).
 * > | ক।
 *         ^ q: a next line `খ` joins this text
 */
function joinsNextLine(s: Session, q: number): boolean {
  const input = s.input;
  if (q + 1 >= input.length || lineMarkupAt(s, q + 1)) return false;
  const first = input.charCodeAt(input.lastIndexOf('\n', q - 1) + 1);
  return !LIST_MARKERS.has(first);
}

/**
 * Whether the newline at `q` (top level) ends a list item whose list goes on (`* ক\n* খ`). The text
 * run then takes the newline, which stays in the item (passes/nest-lists), instead of a node of its own.
 * > | * ক
 *        ^ q: the next line is `* খ`
 */
function listGoesOn(s: Session, q: number): boolean {
  const input = s.input;
  return (
    LIST_MARKERS.has(input.charCodeAt(q + 1)) && LIST_MARKERS.has(input.charCodeAt(input.lastIndexOf('\n', q - 1) + 1))
  );
}

/**
 * Whether the line at `p` may start line markup (the grammar's `LineItem`): `=`, `----`, a list
 * marker, `{|` while tables may still nest, `|`/`!` inside a table, the last two also indented.
 * `{|` past the nesting cap or `! ক` outside a table is text, so such lines join into one text run.
 * > | * তালিকা
 *     ^ p: a list line
 */
function lineMarkupAt(s: Session, p: number): boolean {
  const input = s.input;
  let q = p;
  while (input.charCodeAt(q) === 0x20 || input.charCodeAt(q) === 0x09) q++;
  const c = input.charCodeAt(q);
  if (q === p && (c === 0x3d || LIST_MARKERS.has(c) || (c === 0x2d && input.startsWith('----', q)))) return true;
  if (c === 0x7b) return input.charCodeAt(q + 1) === 0x7c && s.tableDepth < MAX_DEPTH;
  return s.tableDepth > 0 && (c === 0x7c || c === 0x21);
}

/**
 * A `{`, `[`, `<`, `&` or `'` that the grammar would take as a one-character text (its `Char`): a
 * `{`/`[` the pre-scan paired with nothing (and no URL after `[`), a `<` that opens no comment, tag
 * or HTML tag, an `&` that is no entity, a lone `'`. `{{ক|` runs stay one text, not 3 nodes per `{{ক|`.
 * > | ক {{খ|গ
 *       ^ q: an unpaired `{{` starts nothing
 */
function startsNothing(s: Session, c: number, q: number): boolean {
  const input = s.input;
  if (c === 0x7b) return s.pairs.kind[q] === 0;
  if (c === 0x5b) {
    if (s.pairs.kind[q] !== 0) return false;
    URL_START.lastIndex = q + 1;
    return !URL_START.test(input);
  }
  if (c === 0x27) return input.charCodeAt(q + 1) !== 0x27;
  if (c === 0x3c) return s.pairs.kind[q] === 0 && !input.startsWith('<!--', q) && htmlTagLen(s, q) === 0;
  if (c === 0x26) {
    ENTITY.lastIndex = q;
    return !ENTITY.test(input);
  }
  return false;
}
