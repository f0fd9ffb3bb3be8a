// A bug that makes the grammar throw (here a site hook that throws) never reaches the caller: the page comes back
// as one text node covering it all, lossless, with `data.messages` saying what failed; flattened mode is kept.
// e.g. parse('{{#if:ক|খ}}', { site: a site whose functionName throws 'ভাঙা' }) → root > text '{{#if:ক|খ}}'.
import { describe, it, expect } from 'vitest';
import { parse } from '../../src/parse.js';
import { stringify } from '../../src/stringify.js';
import { bnwiki, type Site } from '../../src/site/bnwiki.js';

/** bnwiki, except that naming a parser function throws. */
const broken: Site = Object.assign(Object.create(bnwiki) as Site, {
  functionName: () => {
    throw new Error('ভাঙা');
  },
});

describe('a grammar failure', () => {
  it('gives one text node with the whole page and a message, not an exception', () => {
    const text = 'ঢাকা\n{{#if:ক|খ}} শহর';
    const root = parse(text, { site: broken });
    expect(root.children).toEqual([
      {
        type: 'text',
        value: text,
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 16, offset: text.length } },
      },
    ]);
    expect(root.data).toEqual({ messages: ['bn-wikitext grammar failure (a bug): ভাঙা'] });
    expect(stringify(root)).toBe(text);
  });

  it('keeps the flattened flag beside the message', () => {
    const root = parse('{{#if:ক|খ}}', { site: broken, flattened: true });
    expect(root.data).toEqual({ flattened: true, messages: ['bn-wikitext grammar failure (a bug): ভাঙা'] });
  });

  it('a page that does not reach the hook parses as usual', () => {
    const root = parse("'''ঢাকা'''", { site: broken });
    expect(root.data).toBeUndefined();
    expect(root.children[0].type).toBe('bold');
  });

  it('flattened: "auto" (the default) detects, an explicit false does not', () => {
    const flat = 'ক ==ইতিহাস== খ ==ভূগোল== গ';
    expect(parse(flat).data).toEqual({ flattened: true });
    expect(parse(flat, { flattened: 'auto' }).data).toEqual({ flattened: true });
    expect(parse('ক\n==ইতিহাস== খ').data).toBeUndefined();
    expect(parse(flat, { flattened: false }).data).toBeUndefined();
    expect(parse('ক\nখ', { flattened: true }).data).toEqual({ flattened: true });
  });
});
