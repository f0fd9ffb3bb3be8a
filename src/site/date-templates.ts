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
}

const BIRTH: DateTemplate = { kind: 'birth', date: [1, 2, 3] };
const DEATH: DateTemplate = { kind: 'death', date: [1, 2, 3] };
const DEATH_AND_AGE: DateTemplate = { kind: 'death', date: [1, 2, 3], birth: [4, 5, 6] };
const DATE: DateTemplate = { kind: 'date', date: [1, 2, 3] };

/**
 * `{{জন্ম তারিখ|১৮৬১|৫|৭}}`, `{{Birth date and age|1940|10|9}}`, `{{মৃত্যু তারিখ ও বয়স|১৯৪১|৮|৭|১৮৬১|৫|৭}}`.
 * `df=`/`mf=` are named and ignored.
 */
export const DATE_TEMPLATES: Record<string, DateTemplate> = {
  'জন্ম তারিখ': BIRTH, 'জন্ম তারিখ ও বয়স': BIRTH, 'জন্ম তারিখ এবং বয়স': BIRTH, 'জন্মতারিখ ও বয়স': BIRTH,
  'Birth date': BIRTH, 'Birth date and age': BIRTH, 'Bda': BIRTH, 'Dob': BIRTH, 'Birth-date': BIRTH,
  'Birth date and age2': BIRTH, 'মৃত্যু তারিখ': DEATH, 'Death date': DEATH, 'মৃত্যুর তারিখ': DEATH,
  'মৃত্যু তারিখ ও বয়স': DEATH_AND_AGE, 'মৃত্যুর তারিখ ও বয়স': DEATH_AND_AGE, 'মৃত্যু তারিখ এবং বয়স': DEATH_AND_AGE,
  'Death date and age': DEATH_AND_AGE, 'Dda': DEATH_AND_AGE,
  'শুরুর তারিখ': DATE, 'শুরুর তারিখ ও বয়স': DATE, 'শুরুর তারিখ এবং বয়স': DATE, 'Start date': DATE,
  'Start date and age': DATE, 'Start date and years ago': DATE, 'শেষের তারিখ': DATE, 'সমাপ্তির তারিখ': DATE,
  'End date': DATE, 'End date and age': DATE, 'Film date': DATE,
};

/** The same names, lower-cased, for stages that compare lower-cased names: `birth date and age`. */
export const DATE_TEMPLATE_NAMES: ReadonlySet<string> = new Set(Object.keys(DATE_TEMPLATES).map((n) => n.toLowerCase()));
