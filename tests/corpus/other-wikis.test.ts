// The parser on 1,985 articles of three other Wikipedias (../shared/corpus/other-wikis: Greek, Marathi,
// Ukrainian, CC BY-SA, read at test time): with the default (bnwiki) site and with the facts built from
// each wiki's own <siteinfo>, every page parses without a throw or a grammar fallback, round-trips every
// byte and positions every node; with the wiki's facts its namespaces come out right.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Root, WikiLink } from '../../src/ast.js';
import { createSite, parse, siteFactsFromSiteinfo, type Site } from '../../src/index.js';
import { allNodes, checkTree } from '../invariants.js';

const dir = new URL('../../../shared/corpus/other-wikis/', import.meta.url);
const articles = (wiki: string): { title: string; text: string }[] =>
  gunzipSync(readFileSync(new URL(`${wiki}-articles.ndjson.gz`, dir)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** Each wiki, its article count, and the local names of its file and category namespaces (from its siteinfo). */
const WIKIS = [
  { wiki: 'elwiki', count: 524, file: 'Αρχείο', category: 'Κατηγορία' },
  { wiki: 'mrwiki', count: 949, file: 'चित्र', category: 'वर्ग' },
  { wiki: 'ukwiki', count: 512, file: 'Файл', category: 'Категорія' },
];

/** Invariant problems of one page (a throw, a grammar fallback, loss, a wrong position). */
function problems(text: string, site?: Site): { root?: Root; found: string[] } {
  let root: Root;
  try {
    root = parse(text, site ? { site } : {});
  } catch (e) {
    return { found: [`throws: ${String(e)}`] };
  }
  const found = checkTree(text, root, { maxProblems: 2 });
  if (root.data?.messages) found.push(...root.data.messages);
  return { root, found };
}

describe.each(WIKIS)('$wiki', ({ wiki, count, file, category }) => {
  const pages = articles(wiki);
  const facts = siteFactsFromSiteinfo(readFileSync(new URL(`${wiki}-siteinfo.xml`, dir), 'utf8'));
  const site = createSite(facts);

  test(`all ${count} articles are there`, () => {
    expect(pages).toHaveLength(count);
  });

  test('the siteinfo gives the local namespace names', () => {
    expect(facts.namespaces?.['6']?.name).toBe(file);
    expect(facts.namespaces?.['14']?.name).toBe(category);
    expect(facts.lang).toBe(wiki.replace(/wiki$/, ''));
  });

  test.each([
    ['the default site', undefined],
    ["the wiki's own facts", site],
  ] as const)('with %s: no throw, no fallback, lossless, positions right', (_, s) => {
    const bad: string[] = [];
    for (const a of pages) for (const p of problems(a.text, s).found) bad.push(`${a.title}: ${p}`);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  test("with the wiki's facts, its own category and file prefixes give category and file links", () => {
    const local: WikiLink[] = [];
    for (const a of pages) {
      const { root } = problems(a.text, site);
      for (const n of allNodes(root!))
        if (n.type === 'wikiLink' && !n.rawTarget.trimStart().startsWith(':')) local.push(n);
    }
    const prefixed = (name: string) =>
      local.filter((l) =>
        l.rawTarget
          .trim()
          .toLowerCase()
          .startsWith(name.toLowerCase() + ':'),
      );
    const categories = prefixed(category);
    const files = prefixed(file);
    expect(categories.length).toBeGreaterThan(100);
    expect(categories.filter((l) => l.linkType !== 'category')).toEqual([]);
    expect(files.filter((l) => l.linkType !== 'file')).toEqual([]);
    expect(categories.every((l) => l.namespace === 14 && l.target.startsWith(`${category}:`))).toBe(true);
    // with bnwiki's facts the same links are plain pages
    const { root } = problems(pages.find((p) => p.text.includes(`[[${category}:`))!.text);
    expect(allNodes(root!).filter((n) => n.type === 'wikiLink' && n.linkType === 'category')).toEqual([]);
  });
});
