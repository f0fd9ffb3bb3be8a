// Tables. MediaWiki (Parser::handleTables), line by line (each line trimmed first): `{|` opens with
// attributes, `|+` caption, `|-` row (attributes), `!` header cells (`!!` or `||` separate more),
// `|` data cells (`||` separates, `!!` is text), `attrs | content` splits at the first single `|`
// unless the part before it holds `[[`; `|}` closes; a table may nest inside a cell and follow `:`.
import { describe, expect, test } from 'vitest';
import type { Table, TableCell, TableRow } from '../../src/index.js';
import { all, expectPositions, p, source } from '../helpers.js';

/** Rows as arrays of `!content` / `|content` (attributes in brackets), content trimmed. */
function rows(table: Table): string[][] {
  return table.children
    .filter((c): c is TableRow => c.type === 'tableRow')
    .map((r) =>
      r.children
        .filter((c): c is TableCell => c.type === 'tableCell')
        .map(
          (c) =>
            `${c.header ? '!' : '|'}${c.attributes !== undefined ? `[${c.attributes.trim()}]` : ''}${source(c.children).trim()}`,
        ),
    );
}

describe('table', () => {
  test.each([
    ['{|\n| ক\n|}', [['|ক']]],
    [
      '{| class="wikitable"\n! ক !! খ\n|-\n| গ || ঘ\n|}',
      [
        ['!ক', '!খ'],
        ['|গ', '|ঘ'],
      ],
    ],
    ['{|\n! ক\n| খ\n|}', [['!ক', '|খ']]],
    // in a data line `!!` is text; in a header line `||` separates header cells
    ['{|\n|ক!!খ\n|}', [['|ক!!খ']]],
    ['{|\n!ক||খ\n|}', [['!ক', '!খ']]],
    [
      '{|\n|ক||খ||গ\n|-\n!ক!!খ||গ\n|}',
      [
        ['|ক', '|খ', '|গ'],
        ['!ক', '!খ', '!গ'],
      ],
    ],
    // attributes before the first single `|`
    ['{|\n| style="x" | ক || খ\n|}', [['|[style="x"]ক', '|খ']]],
    ['{|\n| ক || style="a" | খ\n|}', [['|ক', '|[style="a"]খ']]],
    ['{|\n! colspan="3" | মোট\n| ১ || ২\n|}', [['![colspan="3"]মোট', '|১', '|২']]],
    ['{|\n| ক | খ | গ\n|}', [['|[ক]খ | গ']]],
    // links and templates in cells keep their own `|`
    ['{|\n| [[ক|খ]] || {{গ|ঘ}}\n|}', [['|[[ক|খ]]', '|{{গ|ঘ}}']]],
    // a cell runs over following lines until the next cell or row
    ['{|\n|ক\nখ\n|}', [['|ক\nখ']]],
    ['{|\n|-\n|}', [[]]],
  ] as const)('%j', (input, expected) => {
    const root = p(input);
    const [table] = all(root, 'table');
    expect(rows(table)).toEqual(expected);
    expect(table.close).toBe('|}');
    expectPositions(root, input);
  });

  test('open line, caption and row attributes are kept', () => {
    const input =
      '{| class="wikitable sortable" style="width:80%"\n|+ style="a" | বিভাগ\n|- style="background:#eef"\n| ঢাকা\n|}';
    const root = p(input);
    const [table] = all(root, 'table');
    expect(table.open).toBe('{| class="wikitable sortable" style="width:80%"');
    const [caption] = all(root, 'tableCaption');
    expect(caption.attributes).toBe(' style="a" ');
    expect(source(caption.children).trim()).toBe('বিভাগ');
    expect(all(root, 'tableRow').map((r) => r.attributes)).toEqual([' style="background:#eef"']);
    expectPositions(root, input);
  });

  test('a nested table inside a cell', () => {
    const input = '{|\n|-\n| সিলেট\n|\n{| class="wikitable"\n| মৌলভীবাজার || হবিগঞ্জ\n|}\n|-\n| ময়মনসিংহ\n|}';
    const root = p(input);
    const [outer, inner] = all(root, 'table');
    expect(rows(inner)).toEqual([['|মৌলভীবাজার', '|হবিগঞ্জ']]);
    expect(rows(outer)).toEqual([
      ['|সিলেট', '|' + input.slice(input.indexOf('{| class'), input.indexOf('|}\n|-') + 2)],
      ['|ময়মনসিংহ'],
    ]);
    expect(inner.position!.start).toMatchObject({ line: 5, column: 1 });
    expectPositions(root, input);
  });

  test('lists and headings inside a cell', () => {
    const root = p('{|\n|\n* ক\n* খ\n|-\n| গ\n== ঘ ==\n|}');
    expect(all(root, 'list')).toHaveLength(1);
    expect(all(root, 'heading')).toHaveLength(1);
  });

  test.each([
    // unclosed: the table runs to the end
    ['{|\n| ক', 'table'],
    // a stray close is text (bnwiki: tables closed by a template)
    ['|}', 'text'],
    ['ক\n|}\nখ', 'text'],
  ])('%j → %s', (input, type) => {
    const root = p(input);
    expect(root.children[0].type).toBe(type);
    expectPositions(root, input);
  });

  // MediaWiki trims each line before looking for table markup, so an indented `{|`, `|`, `|}`
  // still make a table (Parser::handleTables: `$line = trim( $outLine )`).
  test.each([['  {| class="x"\n| ক\n|}'], ['{|\n | ক\n |}']])('indented table markup: %j', (input) => {
    const [table] = all(p(input), 'table');
    expect(table).toBeDefined();
    expect(rows(table)).toEqual([['|ক']]);
    expect(table.close).toBe('|}');
  });

  // MediaWiki splits `attributes | content` at the first `|`, but not when the part before it holds
  // `[[`: then the whole cell is content (Parser::handleTables, `strpos( $cell_data[0], '[[' )`).
  test.each([
    ['{|\n|ক [[খ]] | গ\n|}', 'ক [[খ]] | গ'],
    ['{|\n| ক [[খ|গ]] | ঘ\n|}', 'ক [[খ|গ]] | ঘ'],
  ])('no attributes when a link precedes the first pipe: %j', (input, content) => {
    const [cell] = all(p(input), 'tableCell');
    expect(cell.attributes).toBeUndefined();
    expect(source(cell.children).trim()).toBe(content);
  });
});
