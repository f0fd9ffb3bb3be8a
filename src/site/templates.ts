// bnwiki template facts as data: which templates hold dates of birth and death, which are infoboxes
// and citations (what every template shows in prose: template-rules.ts). Names are as `template.name` gives them (trimmed, `_`→space,
// first Latin letter upper-cased, no টেমপ্লেট:/Template: prefix).

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
  'জন্ম তারিখ': BIRTH, 'জন্ম তারিখ ও বয়স': BIRTH, 'জন্ম তারিখ এবং বয়স': BIRTH, 'জন্মতারিখ ও বয়স': BIRTH,
  'Birth date': BIRTH, 'Birth date and age': BIRTH, 'Bda': BIRTH, 'Dob': BIRTH, 'Birth-date': BIRTH,
  'Birth date and age2': BIRTH, 'মৃত্যু তারিখ': DEATH, 'Death date': DEATH, 'মৃত্যুর তারিখ': DEATH,
  'মৃত্যু তারিখ ও বয়স': DEATH_AND_AGE, 'মৃত্যুর তারিখ ও বয়স': DEATH_AND_AGE, 'মৃত্যু তারিখ এবং বয়স': DEATH_AND_AGE,
  'Death date and age': DEATH_AND_AGE, 'Dda': DEATH_AND_AGE,
  'শুরুর তারিখ': DATE, 'শুরুর তারিখ ও বয়স': DATE, 'শুরুর তারিখ এবং বয়স': DATE, 'Start date': DATE,
  'Start date and age': DATE, 'Start date and years ago': DATE, 'শেষের তারিখ': DATE, 'সমাপ্তির তারিখ': DATE,
  'End date': DATE, 'End date and age': DATE, 'Film date': DATE,
  'জন্ম তারিখ ও বয়স২': BIRTH, 'জন্মের তারিখ': BIRTH, 'জন্মের তারিখ ও বয়স': BIRTH, 'B-da': BIRTH, 'BirthDeathAge': BIRTH,
  'Birth date text': BIRTH, 'মৃত্যুর তারিখ এবং বয়স': DEATH_AND_AGE, 'মৃত্যু তারিখ ও বয়স২': DEATH_AND_AGE, 'D-da': DEATH_AND_AGE,
  'Death date and given age': DEATH, 'Death-date': DEATH, 'Death date text': DEATH, 'Death-date and age': DEATH_AND_AGE,
  'Birth year and age': BIRTH_YEAR, 'জন্ম সাল ও বয়স': BIRTH_YEAR, 'Birth year': BIRTH_YEAR, 'Death year and age': DEATH_YEAR,
  'মৃত্যু সাল ও বয়স': DEATH_YEAR, 'Start-date': DATE, 'শুরু তারিখ': DATE, 'শুরুর তারিখ ও সময়': DATE, 'End-date': DATE,
  'শেষ তারিখ': DATE, 'সমাপ্তি তারিখ': DATE, 'Date': DATE, 'তারিখ': DATE, 'Dts': DATE, 'Opening date': DATE,
  Marriage: MARRIAGE, 'বিবাহ': MARRIAGE, Circa: CIRCA, 'C.': CIRCA, 'আনুমানিক': CIRCA, 'আনু.': CIRCA, Ca: CIRCA, Floruit: CIRCA, 'Fl.': CIRCA,
};

/**
 * Templates with arguments a reader sees as captions or dated labels (names lower-case): the argument names
 * (positional ones as their number) and whether a bare number there is a year —
 * `{{bar box|title=…}}`, `{{multiple image|caption1=…}}`, `{{succession box|years=২০০০–২০০৫}}`,
 * `{{Historical populations|১৯৫০|1,452,000|১৯৬০|…}}` (odd arguments are years).
 */
export const VISIBLE_TEMPLATE_ARGS: ReadonlyMap<string, { args: RegExp; years: boolean }> = new Map<string, { args: RegExp; years: boolean }>([
  ...['bar box', 'pie chart', 'graph:chart', 'multiple image', 'double image', 'triple image', 'image frame', 'photomontage',
    'wide image', 'panorama', 'css image crop', 'quote box', 'বহু চিত্র', 'একাধিক চিত্র'].map((n) => [n, { args: /^(?:title|caption\d*|footer|header|শিরোনাম)$/i, years: false }] as const),
  ...['succession box', 's-ttl', 's-bef', 's-aft', 'উত্তরাধিকার বাক্স'].map((n) => [n, { args: /^years?$/i, years: true }] as const),
  ...['historical populations', 'ঐতিহাসিক জনসংখ্যা', 'historical population'].map((n) => [n, { args: /^\d*[13579]$/, years: true }] as const),
]);

/** `তথ্যছক ব্যক্তি`, `Infobox officeholder`, `Infobox`: the infoboxes. */
export function isInfobox(name: string): boolean {
  return /^(?:তথ্যছক|তথ্যবক্স|Infobox)(?:[\s\-_]|$)|^(?:Speciesbox|Subspeciesbox|Taxobox|Automatic taxobox|Geobox|Chembox|Drugbox)$/i.test(name);
}

/** Infobox fields named for a date, whose bare years are years: `জন্ম_তারিখ`, `established_date1`, `term_start`, `সাল`. */
export function isInfoboxDateField(field: string): boolean {
  return /তারিখ|সাল|বছর|সময়|কাল|প্রতিষ্ঠ|জন্ম|মৃত্যু|শুরু|শেষ|স্থাপি|উদ্বোধন|মেয়াদ|date|year|founded|established|period|term|start|end|birth|death|born|died|opened|built|released|formation|dissolved|inaugurat|active|reign|succession|since|until|from|to$|^to\d|^from/i.test(field);
}

/**
 * Infobox fields whose dates are not events: statistics "as of" fields (`population_census_year`,
 * `GDP_PPP_year`, `percent_water`), images, maps, signatures, coordinates, web sites and citation metadata.
 */
export function isInfoboxSkippedField(field: string): boolean {
  return /^current|postal|post_?code|zip|area_code|calling_code|_code$|phone|iso_?3166|population|census|gdp|gini|hdi|fsi|ethnic|religion|percent|water|members|density|area|_rank|currency|calling|cctld|pop_|জনসংখ্যা|আদমশুমারি|জিডিপি|ঘনত্ব|আয়তন|image|img|map|logo|flag|seal|coat|emblem|symbol|signature|alt$|_alt|ছবি|চিত্র|মানচিত্র|পতাকা|প্রতীক|স্বাক্ষর|coord|latd|longd|lat_|long_|website|url|ওয়েবসাইট|ref$|ratio|isbn|issn|oclc|lccn/i.test(field) || isCitationDateField(field);
}

/** `ওয়েব উদ্ধৃতি`, `বই উদ্ধৃতি`, `Cite web`, `Citation`: citation templates (their dates are metadata). */
export function isCitation(name: string): boolean {
  return /উদ্ধৃতি$|^(?:Cite|Citation|Vcite|Harvnb|Harv|Sfn|Sfnp|Cite[ _]?\w*)(?:\s|$)/i.test(name);
}

/** Field names of citation metadata that are never events: `সংগ্রহের-তারিখ`, `access-date` … */
export function isCitationDateField(field: string): boolean {
  return /সংগ্রহ|আর্কাইভ|access[-_ ]?date|accessed|archive|retrieved/i.test(field);
}
