// The word filter only saves lookups: it must never refuse a word of its list (else a date starter or
// a calendar word would be missed), and it should refuse most other words.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STARTERS } from '../../src/dates/precheck.js';
import { CALENDAR_WORDS } from '../../src/dates/lexicon.js';
import { WordFilter } from '../../src/dates/word-filter.js';
import { labelText, type LabelSentence } from '../../scripts/corpus-sentences.js';

/** Every letter run of the labelled sentences of fixtures/dates-labels (real bnwiki prose; reads ../shared). */
function realWords(): string[] {
  const dir = new URL('../../fixtures/dates-labels/', import.meta.url);
  const words: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n'))
      if (line.trim())
        words.push(
          ...(labelText(JSON.parse(line) as LabelSentence).match(/[\u0980-\u09e5\u09f0-\u09ffa-zA-Z]+/g) ?? []),
        );
  return words;
}

describe('WordFilter', () => {
  const lists: [string, string[]][] = [
    ['STARTERS', [...STARTERS]],
    ['CALENDAR_WORDS', [...CALENDAR_WORDS.keys()]],
  ];
  it.each(lists)('never refuses a word of %s, alone or inside a text', (_, words) => {
    const filter = new WordFilter(words);
    for (const w of words) {
      expect(filter.mayHold(w, 0, w.length), w).toBe(true);
      const text = `তিনি ${w}, `;
      expect(filter.mayHold(text, 5, 5 + w.length), w).toBe(true);
    }
  });
  it('refuses most words of real sentences that are not starters', () => {
    const filter = new WordFilter(STARTERS);
    const others = realWords().filter((w) => !STARTERS.has(w));
    expect(others.length).toBeGreaterThan(1000);
    const passed = others.filter((w) => filter.mayHold(w, 0, w.length)).length;
    expect(passed / others.length).toBeLessThan(0.25);
    for (const w of ['দ্বারা', 'ও', 'the']) expect(filter.mayHold(w, 0, w.length), w).toBe(false);
  });
});
