// Lists. MediaWiki: a line starting with `*#:;` is a list item; the marker prefix gives the nesting
// (`**` is an item of a list inside the `*` item; `*#` an ordered list inside a bullet item);
// consecutive lines share lists as far as their prefixes agree; `; term : definition` on one line
// is a term and a definition (split at the first colon outside tags, links, URLs, bold/italic and
// nowiki; the definition keeps the marker path: `*;ক :খ` → `*;`, `*:`); `:{|` indents a table.
import { describe, expect, test } from 'vitest';
import { stringify, type List, type ListItem, type Nodes } from '../../src/index.js';
import { all, expectPositions, p } from '../helpers.js';

/** A list as nested arrays of `marker:text` strings. */
function shape(list: List): unknown[] {
  return list.children.map((item: ListItem) => {
    const own = item.children.filter((c) => c.type !== 'list' && c.type !== 'table');
    const text = own
      .map((c) => ('value' in c ? c.value : c.type))
      .join('')
      .trim();
    const nested = item.children.filter((c): c is List => c.type === 'list');
    return nested.length
      ? [`${item.marker}${text}`, ...nested.map((l) => ({ ordered: l.ordered, items: shape(l) }))]
      : `${item.marker}${text}`;
  });
}

describe('list', () => {
  test.each([
    ['* ক\n* খ', false, ['*ক', '*খ']],
    ['# ক\n# খ', true, ['#ক', '#খ']],
    ['* ক\n** খ\n* গ', false, [['*ক', { ordered: false, items: ['**খ'] }], '*গ']],
    [
      '* ক\n** খ\n*** গ\n**** ঘ',
      false,
      [
        [
          '*ক',
          {
            ordered: false,
            items: [['**খ', { ordered: false, items: [['***গ', { ordered: false, items: ['****ঘ'] }]] }]],
          },
        ],
      ],
    ],
    ['* ক\n*# খ\n*# গ', false, [['*ক', { ordered: true, items: ['*#খ', '*#গ'] }]]],
    ['# ক\n#: টীকা\n# খ', true, [['#ক', { ordered: false, items: ['#:টীকা'] }], '#খ']],
    [';পদ\n:সংজ্ঞা', false, [';পদ', ':সংজ্ঞা']],
    // one line: term and definition
    ['; পদ : সংজ্ঞা', false, [';পদ', ':সংজ্ঞা']],
    // only the first colon splits
    ['; ক : খ : গ', false, [';ক', ':খ : গ']],
    [':: ক', false, ['::ক']],
    ['*', false, ['*']],
  ] as const)('%j', (input, ordered, expected) => {
    const root = p(input);
    const list = root.children.find((c) => c.type === 'list') as List;
    expect(list.ordered).toBe(ordered);
    expect(shape(list)).toEqual(expected);
    expectPositions(root, input);
  });

  // MediaWiki's findColonNoLinks: the term ends at the first `:` outside tags, links, URLs, bold/italic.
  test.each([
    [';ক [[খ:গ]] : ঘ', [';', ':'], 'ক [[খ:গ]] '],
    [";'''১০:৩০''':সময়", [';', ':'], "'''১০:৩০'''"],
    [';ক <b>খ : গ</b>:ঘ', [';', ':'], 'ক <b>খ : গ</b>'],
    [';ক http://x.org:৮০ খ: গ', [';', ':'], 'ক http://x.org:৮০ খ'],
    [';ক <nowiki>:</nowiki> খ', [';'], 'ক <nowiki>:</nowiki> খ'],
    ['*;ক :খ', ['*;', ':'], 'ক '],
  ])('%j splits into items %j, the term being %j', (input, markers, term) => {
    const root = p(input);
    const items = all(root, 'listItem');
    expect(items.map((i) => i.marker)).toEqual(markers);
    expect(stringify(items[0]).slice(items[0].marker.length)).toBe(term);
    expectPositions(root, input);
  });

  test('the definition of `*;ক :খ` keeps the whole marker path', () => {
    const items = all(p('*;ক :খ\n*;গ:ঘ'), 'listItem');
    expect(items.map((i) => i.path ?? i.marker)).toEqual(['*;', '*:', '*;', '*:']);
  });

  test('different first markers start a new list; text between lists is not a list', () => {
    const root = p('*ক\n#খ\nগ * ঘ');
    expect(root.children.filter((c) => c.type === 'list').map((l) => (l as List).ordered)).toEqual([false, true]);
    expect(all(root, 'listItem')).toHaveLength(2);
  });

  test(':{| is a table inside a list item', () => {
    const input = ':{| class="wikitable"\n| ক || খ\n|}\nগ';
    const root = p(input);
    const [item] = all(root, 'listItem');
    expect(item.marker).toBe(':');
    expect(item.children.map((c) => c.type)).toContain('table');
    expectPositions(root, input);
  });

  test('items keep inline markup and a multi-line comment; line/column of each item', () => {
    const input = "* ক [[খ|গ]] ''ঘ\n* তালিকা <!-- মাঝে\nএকাধিক লাইন --> শেষ\n* ঙ";
    const root = p(input);
    const items = all(root, 'listItem');
    expect(items.map((i) => i.position!.start.line)).toEqual([1, 2, 4]);
    expect(all(items[0] as Nodes, 'italic')).toHaveLength(1);
    expect(all(items[1] as Nodes, 'comment')).toHaveLength(1);
    expectPositions(root, input);
  });
});
