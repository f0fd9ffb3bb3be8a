// isAuthorYearList: author–year citations inside a parenthesis (`আলম, ২০১৪`), read left to right; the same answers
// as the single regular expression it replaced, which backtracked for seconds on a long bibliography line.
import { describe, expect, it } from 'vitest';
import { isAuthorYearList } from '../../src/events/author-year.js';
import { seededRandom } from '../helpers.js';

/** The rule as it was written before (exponential on some inputs: only ever run here on short strings). */
const OLD_RULE =
  /^(?:\s*(?:[^()\d০-৯]*\p{L}[^()\d০-৯]*?[,\-–]|[^()\d০-৯]*[A-Za-z][A-Za-z.'-]*\s)\s*[০-৯0-9]{3,4}(?::\s*[০-৯0-9\-–]+)?\s*[;,]?)+\s*$/u;

describe('isAuthorYearList', () => {
  it.each([
    'আলম, ২০১৪',
    'ব্লিজ-১৯৯৩',
    'জেমস, এস. গার্ডনার, ১৯৭৭',
    'Zarubavel ১৯৯৪',
    'Rao ১৯৯৪, Pollock ১৯৯৬',
    'Jones ১৯৯৮:৩',
    'লুকা, ব্লেজ, এবং রালে, ২০০৬',
    'Smith 2001: 12–14; Doe, 1999 ',
  ])('reads %j as citations', (inner) => {
    expect(isAuthorYearList(inner)).toBe(true);
  });

  it.each([
    '১৯৭১ সালে',
    '১৯৭১',
    'জন্ম ১৯৪১',
    'আলম, ২০১৪ সালে',
    'আলম, ২০',
    'আলম, ২০১৪৫',
    'আলম ২০১৪',
    'Smith) Jones 1990',
    '',
    'Carl Ritter, 1779-1859 আর',
  ])('does not read %j as citations', (inner) => {
    expect(isAuthorYearList(inner)).toBe(false);
  });

  it('answers as the old rule did on 20,000 random short strings', () => {
    const alphabet = [
      'আ',
      'ল',
      'A',
      'b',
      'x',
      '.',
      "'",
      ',',
      '-',
      '–',
      '—',
      ';',
      ':',
      ' ',
      '\t',
      '১',
      '৯',
      '0',
      '2',
      '(',
      ')',
      'é',
    ];
    const next = seededRandom(7);
    const differ: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const n = next(16);
      for (let k = 0; k < n; k++) s += alphabet[next(alphabet.length)];
      // give the digits a chance to form years
      if (next(2)) s = s.replace(/[০-৯0-9]/g, (d) => d.repeat(3 + next(2)));
      if (isAuthorYearList(s) !== OLD_RULE.test(s)) differ.push(s);
    }
    expect(differ).toEqual([]);
  });

  it('reads a long bibliography line (bench:adversarial times it)', () => {
    // the Ukrainian article's line that held the old rule for ~12 s
    const line =
      '«Етимологія і фонетика в южноруській літературі», 1894; «Двоязичність і дволичність», 1905; ' +
      '«Причинки до української ономастики», 1906; «Літературна мова і діялекти», 1907 й ін.';
    expect(isAuthorYearList(line)).toBe(false);
    expect(isAuthorYearList(line.replace(' й ін.', ''))).toBe(true);
  });
});
