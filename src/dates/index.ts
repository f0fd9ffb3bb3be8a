// Bengali date extraction (issue 3): the public pieces.
export { extractDates } from './extract-dates.js';
export type { DateMention, DateValue, DateOptions } from './types.js';
export { toBengaliDigits, toAsciiDigits } from './digits.js';
export { bengaliToGregorian, gregorianToBengali } from './calendars.js';
