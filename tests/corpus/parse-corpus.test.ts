// The parser over all 300 real bnwiki articles of ../shared/corpus: it never throws nor fails, round-trips
// every byte, needs no grammar fallback, and positions every node inside its parent, in order, with
// line/column matching the offset and the source slice equal to the node's own stringify.
// Then counts of templates / links / files / categories for a few articles checked by hand.
import { describe, expect, test } from 'vitest';
import type { Root } from '../../src/ast.js';
import { parse, stringify } from '../../src/index.js';
import { allNodes, checkTree, firstDifference } from '../invariants.js';
import { corpusArticles } from './corpus.js';

interface Article {
  title: string;
  text: string;
}

const articles: Article[] = corpusArticles();

// Parse once, keep the trees (or the error) for every check below.
const parsed = new Map<string, { root?: Root; error?: unknown }>();
for (const a of articles) {
  try {
    parsed.set(a.title, { root: parse(a.text) });
  } catch (error) {
    parsed.set(a.title, { error });
  }
}

describe('the 300 bnwiki articles', () => {
  test('all 300 are there', () => {
    expect(articles).toHaveLength(300);
    expect(new Set(articles.map((a) => a.title)).size).toBe(300);
  });

  // `parse` turns a grammar failure into one text node with `data.messages` instead of throwing, so
  // "never throws" is checked together with "never fell back".
  test('parse never throws and the grammar never fails (no fallback text node)', () => {
    const thrown = articles
      .filter((a) => parsed.get(a.title)!.error !== undefined)
      .map((a) => `${a.title}: ${String(parsed.get(a.title)!.error)}`);
    const fellBack = articles
      .filter((a) => parsed.get(a.title)!.root?.data?.messages !== undefined)
      .map((a) => `${a.title}: ${parsed.get(a.title)!.root!.data!.messages!.join('; ')}`);
    expect([...thrown, ...fellBack]).toEqual([]);
  });

  test('stringify(parse(t)) === t for every article', () => {
    const lossy: string[] = [];
    for (const a of articles) {
      const root = parsed.get(a.title)!.root;
      if (!root) continue;
      const out = stringify(root);
      if (out !== a.text) lossy.push(`${a.title}: ${firstDifference(out, a.text)}`);
    }
    expect(lossy).toEqual([]);
  });

  test('positions: in bounds, nested, ordered, line/column = offset, slice === stringify(node)', () => {
    const problems: string[] = [];
    for (const a of articles) {
      const root = parsed.get(a.title)!.root;
      if (!root) continue;
      for (const p of checkTree(a.text, root, { maxProblems: 3 })) problems.push(`${a.title}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

// Counts checked by hand: each article was opened (raw wikitext printed from the corpus), every
// `{{…}}` and `[[…]]` read and tallied on paper, then cross-checked with `grep -o '\[\['` and, for
// the list in দার্শনিক, `grep -c '^\* \[\['` (30 list links = 29 philosophers + দার্শনিকদের তালিকা).
//   templates  = `template` nodes (not parser functions / magic words), nested ones included
//                (বেবুন: {{MSW3 Groves}} inside a <ref> inside {{Taxobox}});
//   links      = wikiLinks with namespace 0 and linkType 'page' (links inside file captions and
//                template arguments included; `| image = x.jpg` in an infobox is not a link);
//   files      = namespace 6 (চিত্র:/File:), categories = namespace 14 (বিষয়শ্রেণী:).
const handCounts: {
  title: string;
  templates: number;
  links: number;
  files: number;
  categories: number;
  note: string;
}[] = [
  // 1 file, [[গ্রিক বর্ণমালা|…]], [[এথেন্স]], 1 category.
  { title: 'পেরিক্লিস', templates: 0, links: 2, files: 1, categories: 1, note: 'short article' },
  // {{lang-fr}}, {{অসম্পূর্ণ}}; ডিসেম্বর ৮, অক্টোবর ১৭, ফ্রান্স, মৌলিক সংখ্যা উপপাদ্য; the
  // [[উইকিপিডিয়া:…]] link inside the <ref> is namespace 4 (not counted); 4 categories.
  { title: 'জাক আদামার', templates: 2, links: 4, files: 1, categories: 4, note: 'link inside a ref, ns 4 link' },
  // {{সূত্র তালিকা}}; 13 festival links in two sentences; 2 file links; 1 category.
  { title: 'উৎসব', templates: 1, links: 13, files: 2, categories: 1, note: 'file options with a space: "| 220px"' },
  // {{Taxobox}}, {{MSW3 Groves}} (in a <ref> in Taxobox), {{সূত্র তালিকা}}, {{অসম্পূর্ণ}};
  // 11 links in Taxobox arguments ([[Animal]]ia … [[Species]]) + 6 italic species links.
  { title: 'বেবুন', templates: 4, links: 17, files: 1, categories: 2, note: 'links inside template arguments' },
  // [[সিন্ডারেলা এফেক্ট]] and one external link (not counted here); 1 category.
  { title: 'মার্টিন ডেইলি', templates: 0, links: 1, files: 0, categories: 1, note: 'lists, external link' },
  // {{উৎসহীন|date=…}}, {{দেশের|চিলির}}, {{দক্ষিণ আমেরিকার ইতিহাস}}; [[File:…]] (English prefix).
  { title: 'চিলির ইতিহাস', templates: 3, links: 0, files: 1, categories: 2, note: 'English File: prefix' },
  // {{অসম্পূর্ণ}}, {{সূত্র তালিকা}}, {{প্রবেশদ্বার|দর্শন}}, {{Wikiquote|…}}, {{কমন্স বিষয়শ্রেণী}};
  // 3 links in file captions + 10 in the prose ([[ব্যক্তি]]র with a trail) + 30 list links.
  { title: 'দার্শনিক', templates: 5, links: 43, files: 3, categories: 1, note: 'links in captions, link trail, list' },
];

describe('counts checked by hand', () => {
  test.each(handCounts)('$title ($note)', ({ title, templates, links, files, categories }) => {
    const root = parsed.get(title)?.root;
    expect(root, `article ${title} is in the corpus`).toBeDefined();
    const nodes = allNodes(root!);
    const wikiLinks = nodes.filter((n) => n.type === 'wikiLink');
    expect({
      templates: nodes.filter((n) => n.type === 'template').length,
      links: wikiLinks.filter((n) => n.namespace === 0 && n.linkType === 'page').length,
      files: wikiLinks.filter((n) => n.namespace === 6).length,
      categories: wikiLinks.filter((n) => n.namespace === 14).length,
    }).toEqual({ templates, links, files, categories });
  });
});
