// The Bengali calendar's rules at their edges (calendars.ts): which rule is in force on each side of its first
// day (1394 BS for the 1987 rule, Ashwin 1426 for the 2019 rule), and Falgun's length in the Gregorian years
// the 400-year rule decides: 1306 BS (February 1900, no 29th) and 1406 BS (February 2000, a 29th).
import { describe, expect, test } from 'vitest';
import {
  bengaliMonthLengths,
  bengaliRuleFor,
  bengaliToGregorian,
  gregorianToBengali,
} from '../../src/dates/calendars.js';

describe('the rule in force', () => {
  test.each([
    [1393, 12, { rule: '2019', approx: true }], // before the 1987 rule: an estimate
    [1394, 1, { rule: '1987', approx: false }],
    [1426, 5, { rule: '1987', approx: false }],
    [1426, 6, { rule: '2019', approx: false }],
    [1427, 1, { rule: '2019', approx: false }],
  ])('%i BS, month %i', (bs, month, want) => {
    expect(bengaliRuleFor(bs, month)).toEqual(want);
  });

  test('its first days convert exactly, the day before is an estimate', () => {
    expect(bengaliToGregorian(1394, 1, 1)).toEqual({ year: 1987, month: 4, day: 14, approx: false });
    expect(bengaliToGregorian(1393, 12, 30)).toEqual({ year: 1987, month: 4, day: 13, approx: true });
    // 31 Ashwin exists only under the 2019 rule: in 1426 it is 16 October (under 1987 it would be 1 Kartik)
    expect(bengaliToGregorian(1426, 6, 31)).toEqual({ year: 2019, month: 10, day: 16, approx: false });
  });
});

describe('Falgun in century years', () => {
  test('1306 BS: February 1900 has no 29th, so Falgun has 29 days (2019 rule) or 30 (1987 rule)', () => {
    expect(bengaliMonthLengths(1306, '2019')).toEqual([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30]);
    expect(bengaliMonthLengths(1306, '1987')).toEqual([31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30, 30]);
    expect(bengaliToGregorian(1306, 12, 1)).toEqual({ year: 1900, month: 3, day: 15, approx: true });
    expect(gregorianToBengali(1900, 3, 14)).toEqual({ year: 1306, month: 11, day: 30 });
  });
  test('1406 BS: February 2000 has a 29th, so Falgun has 30 days (2019 rule) or 31 (1987 rule)', () => {
    expect(bengaliMonthLengths(1406, '2019')[10]).toBe(30);
    expect(bengaliMonthLengths(1406, '1987')[10]).toBe(31);
    expect(bengaliToGregorian(1406, 12, 1)).toEqual({ year: 2000, month: 3, day: 15, approx: false });
    expect(gregorianToBengali(2000, 3, 14)).toEqual({ year: 1406, month: 11, day: 31 });
  });
});
