// The pre-scan's per-character tables are kept from parse to parse (pairs.ts: a page's tables are as long as the
// page, and freeing big typed arrays fragments malloc's heap). A kept set must never leak one page's pairs into
// the next: `{{ক}}` then `{{ক` → the second is text, however the pages' lengths and nesting fall.
import { expect, test } from 'vitest';
import { parse } from '../../src/parse.js';
import { stringify } from '../../src/stringify.js';
import { bnwiki, type Site } from '../../src/site/bnwiki.js';

const types = (s: string): string[] => {
  const out: string[] = [];
  const walk = (n: { type: string; children?: unknown[] }): void => {
    out.push(n.type);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(parse(s));
  return out;
};

const paired = '{{ক|১}} [[খ]] <ref>গ</ref> {{{ঘ}}}';
const unpaired = '{{ক|১ [[খ <ref>গ {{{ঘ';

test("a page's pairs do not outlive it: the same openers unclosed on the next page stay text", () => {
  expect(types(paired)).toEqual(expect.arrayContaining(['template', 'wikiLink', 'extensionTag', 'parameter']));
  expect(types(unpaired)).toEqual(['root', 'text']);
  // a long page first (its set is then larger than the next page needs), then the short ones again
  const long = `${paired}\n`.repeat(5000);
  expect(stringify(parse(long))).toBe(long);
  expect(types(unpaired)).toEqual(['root', 'text']);
  expect(types(`${unpaired}\n`.repeat(3000)).every((t) => t === 'root' || t === 'text')).toBe(true);
});

test("a link after a page whose link held another at the same offset is still a link (no stale 'holds a link')", () => {
  expect(types('[[ক|[[খ]]]]').filter((t) => t === 'wikiLink')).toHaveLength(1); // the inner one
  expect(types('[[ক|খ]]')).toEqual(['root', 'wikiLink', 'linkPart', 'text']);
});

test('a parse inside a parse (a site hook) has tables of its own, and a parse that throws leaves none behind', () => {
  let inner: string[] = [];
  const site: Site = {
    ...bnwiki,
    namespaceOf(prefix) {
      if (inner.length === 0) inner = types(unpaired);
      return bnwiki.namespaceOf(prefix);
    },
  };
  const outer = parse(`${paired} [[বিষয়শ্রেণী:ক]] ${paired}`, { site });
  expect(inner).toEqual(['root', 'text']);
  expect(outer.children.filter((c) => c.type === 'template')).toHaveLength(2);
  const broken: Site = Object.assign(Object.create(bnwiki) as Site, {
    functionName: () => {
      throw new Error('ভাঙা');
    },
  });
  expect(stringify(parse(`{{#if:ক|খ}} ${paired}`, { site: broken }))).toBe(`{{#if:ক|খ}} ${paired}`);
  expect(types(unpaired)).toEqual(['root', 'text']);
});
