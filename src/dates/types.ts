// Public shapes of the date extractor (see ../shared/design/ARCHITECTURE.md).

export type Calendar = 'gregorian' | 'bengali' | 'hijri' | 'julian';
export type Era = 'CE' | 'BCE';
export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/**
 * A date as written. Decades use their first year (১৯৮০-এর দশক → 1980); centuries the first year of the
 * popular span (ঊনবিংশ শতাব্দী → 1800; খ্রিস্টপূর্ব ৩য় শতক → 300 BCE). `bengali`/`hijri` years are native
 * (BS/AH); `era` is `'CE'` for every forward-counting year.
 */
export interface DateValue {
  year: number | null;
  month?: number;
  day?: number;
  era: Era;
  calendar: Calendar;
  precision: Precision;
  /** summer | monsoon | autumn | late-autumn | winter | spring, for `precision: 'season'`. */
  season?: string;
  /** On a `gregorian` conversion: the rule is only an estimate (pre-1987 Bengali, Hijri, Old Style year). */
  approx?: true;
  /** The value is impossible as written (`৩১ ফেব্রুয়ারি`); it is reported unchanged. */
  invalid?: true;
}

export interface DateMention {
  /** `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets in the searched string. */
  start: number;
  end: number;
  value: DateValue;
  /** End of a range (`১৯৪৭–১৯৫৬`), or `{ present: true }` for `– বর্তমান` / `(১৯৫০-)`. */
  rangeEnd?: DateValue | { present: true };
  /** Circa words and part-of qualifiers: প্রায়, আনুমানিক, নাগাদ, শুরুতে, মাঝামাঝি, `বা` alternatives. */
  approx: boolean;
  /** Some field came from the discourse, not the span (`একই বছর ১২ ডিসেম্বর`, `৮০-র দশক`). */
  relative: boolean;
  /** Gregorian equivalent of a `bengali`, `hijri` or `julian` value (start of the range). */
  gregorian?: DateValue;
  /** Something is impossible as written: a day past the month's end, or a range ending before it starts. */
  invalid?: true;
  /** A day that comes back every year (`প্রতি বছর ১৬ ডিসেম্বর`, a national day): `value.year` is null. */
  recurring?: true;
}

export interface DateOptions {
  /**
   * Year used for relative phrases (`পরের বছর`, `১২ ডিসেম্বর`) when neither `previous` nor an earlier
   * date in the text gives one. Without it such years are `null` — never today's year.
   */
  referenceYear?: number;
  /**
   * Discourse carried in from earlier text. When you call `extractDates` sentence by sentence, pass the
   * `value` of the last mention of the previous sentences whose `year` is not null
   * (`previous: last?.value`); year-less dates, relative years and two-digit decades in this call then
   * resolve against it. A Bengali-calendar value feeds Bengali dates, any other feeds Gregorian ones.
   */
  previous?: DateValue | null;
  /**
   * Read a bare number as a year (`১১৫৬`, `২০০৯, ২০১৪`): for text known to hold dates, such as an
   * infobox field named for a date or a table column headed সাল. Off by default.
   */
  bareYears?: boolean;
}
