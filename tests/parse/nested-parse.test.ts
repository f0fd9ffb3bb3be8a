// One state per parse: the page, its line table and the recent points belong to the parse that made
// them, so a parse started inside another (here from a `<ref>` body, by a site hook that `classifyLink`
// calls while the outer page is still being built) positions its own nodes by its own lines, and the
// outer parse goes on with the outer page's lines and text after it.
import { expect, test } from 'vitest';
import { parse, stringify, type Root } from '../../src/index.js';
import { bnwiki, type Site } from '../../src/site/bnwiki.js';
import { checkTree } from '../invariants.js';
import { all, lineColumn } from '../helpers.js';

const outer = [
  '==ইতিহাস==',
  "'''ঢাকা''' শহরের কথা।<ref>[[বিষয়শ্রেণী:শহর]] [[চিত্র:ক.jpg]]\n* প্রথম ''সূত্র''\n* দ্বিতীয় সূত্র</ref>",
  'শহরটি [[বুড়িগঙ্গা]]র তীরে।  দুই  ফাঁকা',
  '',
  '{| class="wikitable"',
  '| ক || খ',
  '|}',
  '[[ঢাকা বিভাগ]]ের অংশ।',
].join('\n');
const body = outer.slice(outer.indexOf('<ref>') + 5, outer.indexOf('</ref>'));

test('a parse inside a parse: both trees have their own positions and text', () => {
  const inner: Root[] = [];
  const site: Site = {
    ...bnwiki,
    namespaceOf(prefix) {
      // while the outer page is in the middle of its grammar, parse the ref body on its own
      if (inner.length === 0) inner.push(parse(body));
      return bnwiki.namespaceOf(prefix);
    },
  };
  const root = parse(outer, { site });
  expect(inner).toHaveLength(1);

  expect(stringify(root)).toBe(outer);
  expect(checkTree(outer, root)).toEqual([]);
  expect(stringify(inner[0]!)).toBe(body);
  expect(checkTree(body, inner[0]!)).toEqual([]);

  // the same tree as without the inner parse
  expect(JSON.parse(JSON.stringify(root))).toEqual(JSON.parse(JSON.stringify(parse(outer))));
  // nodes after the inner parse: the link with its trail on line 5 (the ref spans lines 2–4)
  const link = all(root, 'wikiLink').find((l) => l.target === 'বুড়িগঙ্গা')!;
  expect(link.position!.start).toEqual({ line: 5, column: 7, offset: outer.indexOf('[[বুড়িগঙ্গা') });
  expect(lineColumn(outer, outer.indexOf('[[বুড়িগঙ্গা'))).toEqual({ line: 5, column: 7 });
  expect(link.trail).toBe('র');
  const last = all(root, 'wikiLink').at(-1)!;
  expect(last.position!.start.line).toBe(10);
  // the inner tree's list sits on the body's lines 2–3, not the outer page's
  const [list] = all(inner[0]!, 'list');
  expect(list!.position!.start).toMatchObject({ line: 2, column: 1 });
});

// A site hook asked by a pass (magic links asks `behaviorSwitchName` for each `__…__`) that parses a
// page of its own every time: the inner parses run the same passes with the same shared switch regex.
test('a parse inside the passes of another: each switch is read once, both trees positioned', () => {
  const page = 'প্রথম লাইন\n__NOTOC__ মাঝে __NOEDITSECTION__\n[[ঢাকা]]র শেষ';
  const innerPage = 'ক\n__TOC__ খ __NOGALLERY__\n* গ';
  const inner: Root[] = [];
  const asked: string[] = [];
  const site: Site = {
    ...bnwiki,
    behaviorSwitchName(word) {
      asked.push(word);
      if (inner.length < 5) inner.push(parse(innerPage));
      return bnwiki.behaviorSwitchName(word);
    },
  };
  const root = parse(page, { site });
  expect(asked).toEqual(['__NOTOC__', '__NOEDITSECTION__']);
  expect(inner).toHaveLength(2);
  expect(JSON.parse(JSON.stringify(root))).toEqual(JSON.parse(JSON.stringify(parse(page))));
  expect(checkTree(page, root)).toEqual([]);
  const switches = all(root, 'behaviorSwitch');
  expect(switches.map((n) => [n.name, n.position!.start.line, n.position!.start.column])).toEqual([
    ['notoc', 2, 1],
    ['noeditsection', 2, 16],
  ]);
  expect(all(root, 'wikiLink')[0]!.position!.start).toEqual({ line: 3, column: 1, offset: page.indexOf('[[') });
  for (const t of inner) {
    expect(checkTree(innerPage, t)).toEqual([]);
    expect(all(t, 'behaviorSwitch').map((n) => n.position!.start.line)).toEqual([2, 2]);
    expect(all(t, 'list')[0]!.position!.start).toMatchObject({ line: 3, column: 1 });
  }
});

test('a parse after a longer one has its own lines: `x` after a three-line page is on line 1', () => {
  parse('ক\nখ\nগ');
  const root = parse('x');
  expect(root.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } });
});
