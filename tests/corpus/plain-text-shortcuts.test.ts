// The plain-text shortcuts give what rendering gives, on every link label and template argument of the 300
// shared articles and on edge cases: `[[ঢাকা|রাজধানী]]র` → `রাজধানীর` with or without the Collector.
import { describe, expect, test } from 'vitest';
import type { TemplateArgument, WikiLink } from '../../src/ast.js';
import { parse } from '../../src/index.js';
import { descendants, endOf } from '../../src/passes/walk.js';
import { linkLabel, plainTextOf, trimmedPlainTextOf } from '../../src/text/plain-text.js';
import { corpusArticles } from './corpus.js';

/** The label as the general path renders it (what linkLabel returned before its shortcut). */
const renderedLabel = (link: WikiLink): string => plainTextOf([link], endOf(link)).text;

describe('linkLabel and trimmedPlainTextOf agree with plainTextOf', () => {
  test('on every labelled link and template argument of the corpus', () => {
    let links = 0;
    let args = 0;
    for (const { text } of corpusArticles())
      for (const n of descendants(parse(text))) {
        if (n.type === 'wikiLink' && n.children.length && n.linkType !== 'category') {
          links++;
          expect(linkLabel(n), text.slice(endOf(n) - 80, endOf(n))).toBe(renderedLabel(n));
        } else if (n.type === 'templateArgument') {
          args++;
          const a = n as TemplateArgument;
          expect(trimmedPlainTextOf(a.children, endOf(a))).toBe(plainTextOf(a.children, endOf(a)).text.trim());
        }
      }
    expect(links).toBeGreaterThan(10000);
    expect(args).toBeGreaterThan(50000);
  });

  test.each([
    '[[ঢাকা| রাজধানী ]]',
    '[[ঢাকা|রাজধানী ]]র',
    '[[ঢাকা| ]]',
    '[[ঢাকা|রাজধানী\u00a0শহর]]',
    '[[ঢাকা|\u00a0রাজধানী]]',
    '[[ঢাকা|রাজধানী\u00a0]]র',
    '[[ঢাকা|রাজধানী  শহর]]',
    '[[ঢাকা|ক (খ)]]',
    "[[ঢাকা|'রাজধানী']]",
    '[[চিত্র:ঢাকা.jpg|ঢাকা]]',
    '[[en:Dhaka|Dhaka]]',
  ])('%j', (wiki) => {
    const link = descendants(parse(wiki)).find((n): n is WikiLink => n.type === 'wikiLink')!;
    expect(linkLabel(link)).toBe(renderedLabel(link));
  });
});
