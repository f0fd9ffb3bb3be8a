import { expect, it } from 'vitest';
import * as dates from '../../src/dates/index.js';

it('src/dates exports exactly its public pieces', () => {
  expect(Object.keys(dates).sort()).toEqual([
    'bengaliToGregorian',
    'extractDates',
    'gregorianToBengali',
    'toAsciiDigits',
    'toBengaliDigits',
  ]);
});
