// List nesting (passes/nest-lists.ts) on the shapes its mutants showed untested: a table in a definition
// item followed by a paragraph, text lines and blank lines between lists, definition items split at
// their first `:`, lists of another kind starting on the next line. Each row: the exact tree shape
// (lists, items with their markers, text values), and every position right.
import { expect, test } from 'vitest';
import type { Nodes } from '../../src/index.js';
import { expectPositions, p } from '../helpers.js';

const shape = (n: Nodes): string =>
  n.type === 'text'
    ? JSON.stringify(n.value)
    : n.type === 'list' || n.type === 'listItem'
      ? `${n.type}${n.type === 'listItem' ? `(${n.marker})` : ''}[${(n.children as Nodes[]).map(shape).join(' ')}]`
      : n.type;

test.each([
  [':{|\n|ক\n|}\nপরের অনুচ্ছেদ', 'list[listItem(:)[table]] "\\nপরের অনুচ্ছেদ"'],
  ['* ক\nখ\n* গ', 'list[listItem(*)[" ক"]] "\\nখ\\n" list[listItem(*)[" গ"]]'],
  ['* ক\n\n* খ', 'list[listItem(*)[" ক"]] "\\n\\n" list[listItem(*)[" খ"]]'],
  ['; পদ : সংজ্ঞা', 'list[listItem(;)[" পদ "] listItem(:)[" সংজ্ঞা"]]'],
  [';পদ:', 'list[listItem(;)["পদ"] listItem(:)[]]'],
  [';:খ', 'list[listItem(;:)["খ"]]'],
  [';:ক:খ', 'list[listItem(;:)["ক:খ"]]'], // only an item whose marker ends in ; splits at its colon
  ['; ক [[খ]] : গ', 'list[listItem(;)[" ক " wikiLink " "] listItem(:)[" গ"]]'],
  ['* ক\n# খ', 'list[listItem(*)[" ক\\n"]] list[listItem(#)[" খ"]]'],
  ['*ক\n**খ\n*গ', 'list[listItem(*)["ক\\n" list[listItem(**)["খ\\n"]]] listItem(*)["গ"]]'],
  ['; ক\n: খ\n* গ', 'list[listItem(;)[" ক\\n"] listItem(:)[" খ\\n"]] list[listItem(*)[" গ"]]'],
  ['*ক\n:খ', 'list[listItem(*)["ক\\n"]] list[listItem(:)["খ"]]'],
])('%j', (input, expected) => {
  const root = p(input);
  expect(root.children.map(shape).join(' ')).toBe(expected);
  expectPositions(root, input);
});
