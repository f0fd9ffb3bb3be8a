// bnwiki's date templates as data, for every stage (the date extractor's copy, plain text, events,
// article records): `{{জন্ম তারিখ|১৮৬১|৫|৭}}` → a birth on 1861-05-07, `{{শুরুর তারিখ|২০১৪|১২|৭}}` → a date.
// Names are as `template.name` gives them (trimmed, `_`→space, first Latin letter upper-cased).

/** Where a birth/death template keeps its dates: positional argument numbers of [year, month, day]. */
export interface DateTemplate {
  /** `date`: a start/end date (`{{শুরুর তারিখ|২০১৪|১২|৭}}`), an event of where it stands. */
  kind: 'birth' | 'death' | 'date';
  /** The event's own date. */
  date: [number, number, number];
  /** A death template's second triple is the birth date. */
  birth?: [number, number, number];
  /** `{{circa|খ্রিস্টপূর্ব ৪৮৪}}`: the date is written as text in the first positional argument, approximately. */
  approx?: true;
  /** `{{Marriage|মৃণালিনী দেবী|১৮৮৩|১৯০২}}`: where the end of the stretch is (the marriage's end). */
  end?: [number, number, number];
}

const BIRTH: DateTemplate = { kind: 'birth', date: [1, 2, 3] };
const DEATH: DateTemplate = { kind: 'death', date: [1, 2, 3] };
const DEATH_AND_AGE: DateTemplate = { kind: 'death', date: [1, 2, 3], birth: [4, 5, 6] };
const DATE: DateTemplate = { kind: 'date', date: [1, 2, 3] };
/** `{{Death year and age|1950|1880}}`: a year, no month or day (argument 99 is never given). */
const DEATH_YEAR: DateTemplate = { kind: 'death', date: [1, 99, 99], birth: [2, 99, 99] };
const BIRTH_YEAR: DateTemplate = { kind: 'birth', date: [1, 99, 99] };
const CIRCA: DateTemplate = { kind: 'date', date: [1, 99, 99], approx: true };
const MARRIAGE: DateTemplate = { kind: 'date', date: [2, 99, 99], end: [3, 99, 99] };

/**
 * `{{জন্ম তারিখ|১৮৬১|৫|৭}}`, `{{Birth date and age|1940|10|9}}`, `{{মৃত্যু তারিখ ও বয়স|১৯৪১|৮|৭|১৮৬১|৫|৭}}`.
 * `df=`/`mf=` are named and ignored.
 */
export const DATE_TEMPLATES: Record<string, DateTemplate> = {
  'জন্ম তারিখ': BIRTH,
  'জন্ম তারিখ ও বয়স': BIRTH,
  'জন্ম তারিখ এবং বয়স': BIRTH,
  'জন্মতারিখ ও বয়স': BIRTH,
  'Birth date': BIRTH,
  'Birth date and age': BIRTH,
  Bda: BIRTH,
  Dob: BIRTH,
  'Birth-date': BIRTH,
  'Birth date and age2': BIRTH,
  'মৃত্যু তারিখ': DEATH,
  'Death date': DEATH,
  'মৃত্যুর তারিখ': DEATH,
  'মৃত্যু তারিখ ও বয়স': DEATH_AND_AGE,
  'মৃত্যুর তারিখ ও বয়স': DEATH_AND_AGE,
  'মৃত্যু তারিখ এবং বয়স': DEATH_AND_AGE,
  'Death date and age': DEATH_AND_AGE,
  Dda: DEATH_AND_AGE,
  'শুরুর তারিখ': DATE,
  'শুরুর তারিখ ও বয়স': DATE,
  'শুরুর তারিখ এবং বয়স': DATE,
  'Start date': DATE,
  'Start date and age': DATE,
  'Start date and years ago': DATE,
  'শেষের তারিখ': DATE,
  'সমাপ্তির তারিখ': DATE,
  'End date': DATE,
  'End date and age': DATE,
  'Film date': DATE,
  'জন্ম তারিখ ও বয়স২': BIRTH,
  'জন্মের তারিখ': BIRTH,
  'জন্মের তারিখ ও বয়স': BIRTH,
  'B-da': BIRTH,
  'Birth date text': BIRTH,
  'মৃত্যুর তারিখ এবং বয়স': DEATH_AND_AGE,
  'মৃত্যু তারিখ ও বয়স২': DEATH_AND_AGE,
  'D-da': DEATH_AND_AGE,
  'Death date and given age': DEATH,
  'Death-date': DEATH,
  'Death date text': DEATH,
  'Death-date and age': DEATH_AND_AGE,
  'Birth year and age': BIRTH_YEAR,
  'জন্ম সাল ও বয়স': BIRTH_YEAR,
  'Birth year': BIRTH_YEAR,
  'Death year and age': DEATH_YEAR,
  'মৃত্যু সাল ও বয়স': DEATH_YEAR,
  'Start-date': DATE,
  'শুরু তারিখ': DATE,
  'শুরুর তারিখ ও সময়': DATE,
  'End-date': DATE,
  'শেষ তারিখ': DATE,
  'সমাপ্তি তারিখ': DATE,
  Date: DATE,
  তারিখ: DATE,
  Dts: DATE,
  'Opening date': DATE,
  Marriage: MARRIAGE,
  বিবাহ: MARRIAGE,
  Circa: CIRCA,
  'C.': CIRCA,
  আনুমানিক: CIRCA,
  'আনু.': CIRCA,
  Ca: CIRCA,
  Floruit: CIRCA,
  'Fl.': CIRCA,
};

/** The same names, lower-cased, for stages that compare lower-cased names: `birth date and age`. */
export const DATE_TEMPLATE_NAMES: ReadonlySet<string> = new Set(
  Object.keys(DATE_TEMPLATES).map((n) => n.toLowerCase()),
);
