// Hostile input as correctness tests (issue 6): the inputs of `npm run bench:adversarial` at ~20 KB —
// runs of `[[`, `{{`, `{{a|`, `'''''`, `<ref>`, `<!--`, `{|`, `==`, `{{a|`×2k + `}}`×2k, `[[a|`×5k … —
// parse without throwing (no stack overflow), round-trip, and satisfy every tree invariant; the text
// and event extractors and convertArticle do not throw on them either. Not timed: speed is measured by
// the benchmark, against prose, in one process.
import { describe, expect, test } from 'vitest';
import { hostileInputs } from '../bench/adversarial-inputs.js';
import { convertArticle, extractEvents, parse, stringify, toPlainText } from '../src/index.js';
import { checkTree } from './invariants.js';

const inputs = hostileInputs(20_000);

describe('hostile input (~20 KB)', () => {
  test.each(inputs.map((x) => [x.name, x.text] as const))('%s: parses, round-trips, tree invariants hold', (_name, text) => {
    const root = parse(text);
    expect(stringify(root) === text).toBe(true);
    expect(checkTree(text, root)).toEqual([]);
  });

  test.each(inputs.map((x) => [x.name, x.text] as const))('%s: flattened, parses and round-trips', (_name, text) => {
    const root = parse(text, { flattened: true });
    expect(checkTree(text, root)).toEqual([]);
  });

  test.each(inputs.map((x) => [x.name, x.text] as const))('%s: toPlainText, extractEvents, convertArticle do not throw', (_name, text) => {
    expect(typeof toPlainText(text)).toBe('string');
    const events = extractEvents(text);
    for (const e of events) {
      expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
    }
    expect(convertArticle(text)).toBeTruthy();
  });
});
