// Wiki and language facts for Bengali dates, as data. Every list is backed by the catalogue
// (../shared/reference/bengali-dates.md §3); the extractor holds no words of its own.
// Strings are written as they appear in bnwiki (য় = য + nukta, as MediaWiki stores it) and are
// canonicalised once at load by the same function the normaliser uses, so either encoding works.

import { isDateMetadataTemplate } from '../site/citations.js';
import { DATE_TEMPLATES as SITE_DATE_TEMPLATES } from '../site/date-templates.js';
import { canon } from './canon.js';

/** Word → value map, keys canonicalised. */
function table(entries: ReadonlyArray<readonly [number, readonly string[]]>, endings: readonly string[] = ['']) {
  const map = new Map<string, number>();
  for (const [value, forms] of entries)
    for (const form of forms) for (const end of endings) map.set(canon(form + end), value);
  return map;
}

/** Case endings glued on month names: মার্চে, নভেম্বরের, জানুয়ারিতে, জুলাইয়ে (§3.3). */
const MONTH_ENDINGS = ['', 'ে', 'ের', 'র', 'তে', 'য়ে', 'য়ের', 'কে', 'ও', 'েও', 'ই', 'েই'];

// জানুয়ারি / জানুয়ারী / জানুযারি …, every spelling seen in §3.3 (ৰ is folded to র by the normaliser).
const GREGORIAN_MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['জানুয়ারি', 'জানুয়ারী', 'জানুযারি', 'জানুযারী', 'জানুআরি']],
  [2, ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুযারি', 'ফেব্রুআরি', 'ফেবরুয়ারি']],
  [3, ['মার্চ']],
  [4, ['এপ্রিল']],
  [6, ['জুন']],
  [7, ['জুলাই']],
  [8, ['আগস্ট', 'অগাস্ট', 'অগস্ট', 'আগষ্ট', 'অগষ্ট', 'অগাষ্ট', 'আগাস্ট']],
  [9, ['সেপ্টেম্বর', 'সেপ্টম্বর', 'সেপ্টেম্বার', 'সেপ্টেম্বের', 'সেপ্টেমবর']],
  [10, ['অক্টোবর', 'অক্টবর']],
  [11, ['নভেম্বর', 'নবেম্বর', 'নভেন্মর']],
  [12, ['ডিসেম্বর']],
];
/** Gregorian month names with case endings; `মে` takes none (মেতে, মের are other words). */
export const GREGORIAN_MONTHS: ReadonlyMap<string, number> = (() => {
  const m = table(GREGORIAN_MONTH_FORMS, MONTH_ENDINGS);
  m.set(canon('মে'), 5);
  return m;
})();
/** Month names without a case ending (`ডিসেম্বর` ends in র but is not a genitive). */
export const GREGORIAN_MONTH_BASES: ReadonlySet<string> = new Set([
  ...table(GREGORIAN_MONTH_FORMS).keys(),
  canon('মে'),
]);
/** Abbreviations, accepted only right next to a number: `ডিসে ১৯৩৪/জানু ১৯৩৫` (§3.3). */
export const GREGORIAN_MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = table([
  [1, ['জানু']],
  [2, ['ফেব্রু', 'ফেব']],
  [4, ['এপ্রি']],
  [7, ['জুল']],
  [8, ['আগ']],
  [9, ['সেপ্টে', 'সেপ্ট']],
  [10, ['অক্টো']],
  [11, ['নভে']],
  [12, ['ডিসে']],
  // English, in infobox footnotes and captions: `1 Jan 1999`, `July 2016`
  [1, ['january', 'jan']],
  [2, ['february', 'feb']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
]);

/** Bengali-calendar months (§3.6); `শাওন` is left out (a personal name in the corpus). */
export const BENGALI_MONTHS: ReadonlyMap<string, number> = table(
  [
    [1, ['বৈশাখ']],
    [2, ['জ্যৈষ্ঠ', 'জৈষ্ঠ্য', 'জ্যৈষ্ঠ্য', 'জৈষ্ঠ', 'জ্যেষ্ঠ']],
    [3, ['আষাঢ়', 'আষাঢ']],
    [4, ['শ্রাবণ', 'শ্রাবন']],
    [5, ['ভাদ্র']],
    [6, ['আশ্বিন']],
    [7, ['কার্তিক', 'কার্ত্তিক']],
    [8, ['অগ্রহায়ণ', 'অগ্রহায়ন', 'অঘ্রাণ', 'অঘ্রান']],
    [9, ['পৌষ']],
    [10, ['মাঘ']],
    [11, ['ফাল্গুন', 'ফাগুন']],
    [12, ['চৈত্র', 'চৈত্র্য']],
  ],
  ['', 'ে', 'ের', 'র', 'ও'],
);

/** Hijri months (one-word names; two-word names are joined by the extractor): `২৭ রমজান ১৩৬৬ হিজরী`. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = table([
  [1, ['মুহাররম', 'মহররম', 'মুহররম']],
  [2, ['সফর']],
  [3, ['রবিউল আউয়াল', 'রবিউল আওয়াল']],
  [4, ['রবিউস সানি', 'রবিউল আখির']],
  [5, ['জমাদিউল আউয়াল', 'জমাদিউল আওয়াল', 'জুমাদাল উলা']],
  [6, ['জমাদিউস সানি', 'জুমাদাল আখিরাহ']],
  [7, ['রজব']],
  [8, ['শাবান']],
  [9, ['রমজান', 'রমযান', 'রমাদান']],
  [10, ['শাওয়াল']],
  [11, ['জিলকদ', 'জিলক্বদ', 'জ্বিলকদ']],
  [12, ['জিলহজ', 'জিলহজ্জ', 'জ্বিলহজ্জ']],
]);

/** Day suffixes (§3.4): ১লা ২রা ৪ঠা ৫ই ২১শে, and the non-standard ২০ই. */
export const DAY_SUFFIXES: ReadonlySet<string> = new Set(['', 'ই', 'শে', 'রা', 'লা', 'ঠা'].map(canon));

/** Number words for days (§3.4): পহেলা বৈশাখ, সাতই মার্চ, একুশে ফেব্রুয়ারি. */
export const DAY_WORDS: ReadonlyMap<string, number> = table([
  [1, ['পহেলা', 'পয়লা']],
  [2, ['দোসরা']],
  [3, ['তেসরা']],
  [4, ['চৌঠা']],
  [5, ['পাঁচই']],
  [6, ['ছয়ই']],
  [7, ['সাতই']],
  [8, ['আটই']],
  [9, ['নয়ই']],
  [10, ['দশই']],
  [11, ['এগারোই']],
  [12, ['বারোই']],
  [13, ['তেরোই']],
  [14, ['চৌদ্দই']],
  [15, ['পনেরোই']],
  [16, ['ষোলোই']],
  [17, ['সতেরোই']],
  [18, ['আঠারোই']],
  [19, ['উনিশে']],
  [20, ['বিশে']],
  [21, ['একুশে']],
  [22, ['বাইশে']],
  [23, ['তেইশে']],
  [24, ['চব্বিশে']],
  [25, ['পঁচিশে']],
  [26, ['ছাব্বিশে']],
  [27, ['সাতাশে']],
  [28, ['আঠাশে']],
  [29, ['ঊনত্রিশে', 'উনত্রিশে']],
  [30, ['ত্রিশে']],
  [31, ['একত্রিশে']],
]);

/** Case endings fused to a bare year: ১৯৪৭-এ, ১৯৮১তে, ১৯৭৪-এর, ২০১৯এর, ৮০-র (§3.1, §3.7). */
export const YEAR_CASE_SUFFIXES: ReadonlySet<string> = new Set(
  ['এ', 'এর', 'তে', 'র', 'এও', 'এই', 'ের', 'ে', 'য়', 'এরও'].map(canon),
);

/** What a year marker says about the year before it. */
export interface YearMarker {
  era?: 'CE' | 'BCE';
  calendar?: 'gregorian' | 'bengali' | 'hijri';
  /** `সালের`, `খ্রিষ্টাব্দের`: a day/month may follow (`১৯৭১ খ্রিষ্টাব্দের ৬ই ডিসেম্বর`). */
  genitive: boolean;
}

const GEN = /(?:ের|র)$/u;
function marker(word: string, m: Omit<YearMarker, 'genitive'>): [string, YearMarker] {
  const c = canon(word);
  return [c, { ...m, genitive: GEN.test(c) }];
}
function family(stems: string[], endings: string[], m: Omit<YearMarker, 'genitive'>): Array<[string, YearMarker]> {
  return stems.flatMap((s) => endings.map((e) => marker(s + e, m)));
}
const ABDA_ENDINGS = ['', 'ে', 'ের', 'েই', 'েও', 'ও'];
// the spellings writers use, the র-ফলা dropped too (`খিস্টপূর্ব ৭০০ অব্দে`)
const CE_STEMS = ['খ্রিস্টাব্দ', 'খ্রিষ্টাব্দ', 'খ্রীস্টাব্দ', 'খ্রীষ্টাব্দ', 'খৃস্টাব্দ', 'খৃষ্টাব্দ', 'খ্রিষ্টব্দ', 'খিস্টাব্দ', 'খিষ্টাব্দ'];
const BCE_STEMS = [
  'খ্রিস্টপূর্বাব্দ',
  'খ্রিষ্টপূর্বাব্দ',
  'খ্রীস্টপূর্বাব্দ',
  'খ্রীষ্টপূর্বাব্দ',
  'খৃস্টপূর্বাব্দ',
  'খৃষ্টপূর্বাব্দ',
  'খৃস্টাপূর্বাব্দ',
  'খ্রিস্টপূর্ব',
  'খ্রিষ্টপূর্ব',
  'খ্রীস্টপূর্ব',
  'খ্রীষ্টপূর্ব',
  'খৃষ্টপূর্ব',
  'খৃস্টপূর্ব',
  'খিস্টপূর্বাব্দ',
  'খিষ্টপূর্বাব্দ',
  'খিস্টপূর্ব',
  'খিষ্টপূর্ব',
];

/** `খ্রিস্টপূর্ব` and its spellings without অব্দ: they also stand before a year (`খ্রিস্টপূর্ব ৪২৮`). */
export const BCE_BEFORE_YEAR: ReadonlySet<string> = new Set(BCE_STEMS.filter((w) => !w.endsWith('ব্দ')).map(canon));

/** Words after a year (§3.5): ১৯৭১ সালে, ১৬৬০ খ্রিষ্টাব্দে, ১৬৫৯খৃঃ, ৩৯৯ খ্রিস্টপূর্বাব্দে, ১৩০৭ বঙ্গাব্দের. */
export const YEAR_MARKERS: ReadonlyMap<string, YearMarker> = new Map<string, YearMarker>([
  ...family(['সাল', 'সন'], ['', 'ে', 'ের', 'েই', 'েও', 'কে', 'েরও'], {}),
  ...family(CE_STEMS, ABDA_ENDINGS, { era: 'CE', calendar: 'gregorian' }),
  ...family(BCE_STEMS, ABDA_ENDINGS, { era: 'BCE', calendar: 'gregorian' }),
  ...family(['অব্দ'], ABDA_ENDINGS, {}),
  ...family(['বঙ্গাব্দ', 'বঙ্গাব্দা'], ABDA_ENDINGS, { calendar: 'bengali' }),
  ...family(['হিজরি', 'হিজরী'], ['', 'তে', 'র', 'সনে', 'সালে'], { calendar: 'hijri' }),
  ...['খ্রিঃ', 'খ্রীঃ', 'খৃঃ', 'খ্রি', 'খ্রী', 'খৃ', 'ইং', 'খ্রিস্টাব্দঃ'].map((w) =>
    marker(w, { era: 'CE', calendar: 'gregorian' }),
  ),
  ...['বিসি', 'বিসিই', 'খ্রিঃপূঃ', 'খ্রীঃপূঃ', 'খৃঃপূঃ', 'bce', 'bc'].map((w) =>
    marker(w, { era: 'BCE', calendar: 'gregorian' }),
  ),
  ...['ce', 'ad'].map((w) => marker(w, { era: 'CE', calendar: 'gregorian' })),
]);

/** Words before a year (§3.5): খ্রিস্টপূর্ব ৩২৩, খ্রিষ্টীয় ৪০০ অব্দে. Two-word forms are joined with a space. */
export const ERA_PREFIXES: ReadonlyMap<string, 'CE' | 'BCE'> = new Map<string, 'CE' | 'BCE'>([
  ...BCE_STEMS.filter((s) => !s.endsWith('াব্দ')).map((s) => [canon(s), 'BCE'] as [string, 'BCE']),
  ...['খ্রিস্ট পূর্ব', 'খ্রিষ্ট পূর্ব', 'খ্রীঃ পূঃ', 'খ্রিঃ পূঃ', 'খৃঃ পূঃ', 'খ্রিঃপূঃ', 'খ্রীঃপূঃ', 'খ্রি পূ'].map(
    (s) => [canon(s), 'BCE'] as [string, 'BCE'],
  ),
  ...['খ্রিস্টীয়', 'খ্রিষ্টীয়', 'খ্রীস্টীয়', 'খ্রীষ্টীয়', 'খৃস্টীয়', 'খৃষ্টীয়'].map((s) => [canon(s), 'CE'] as [string, 'CE']),
]);

/** Calendar words before a Bengali date: `বাংলা ২৬ চৈত্র ১৩০০ সাল`, `বঙ্গাব্দ ১৩৩৭, ২৬শে বৈশাখ`. */
export const BENGALI_PREFIXES: ReadonlySet<string> = new Set(['বাংলা', 'বঙ্গাব্দ'].map(canon));

/** Old Style / New Style markers after a date: `১৬৮৫ পু. প.`, `১৭৫০ ন. প.` (§3.5). */
export const STYLE_MARKERS: ReadonlyMap<string, 'julian' | 'gregorian'> = new Map([
  [canon('পু প'), 'julian'],
  [canon('ন প'), 'gregorian'],
  ['o s', 'julian'],
  ['n s', 'gregorian'],
  [canon('ও এস'), 'julian'],
]);
/** `(পুরাতন রীতি)`, `(পুরনো পঞ্জিকা)` after a date: Old Style (Julian). */
export const OLD_STYLE_WORDS: ReadonlySet<string> = new Set(['পুরাতন', 'পুরনো', 'পুরানো'].map(canon));
export const STYLE_NOUN = new RegExp(
  '^' + canon('(?:রীতি|রীতিতে|রীতিতে|পঞ্জিকা|পঞ্জিকায়|পঞ্জিকা অনুযায়ী|বর্ষপঞ্জি|ক্যালেন্ডার)') + '$',
  'u',
);
/** Calendar named before the dates it governs: `জুলীয় বর্ষপঞ্জী অনুসারে … ১১ ফেব্রুয়ারি, ১৭৩১`. */
export const CALENDAR_WORDS: ReadonlyMap<string, 'julian' | 'gregorian'> = new Map([
  ...['জুলীয়', 'জুলিয়ান', 'জুলিয়', 'জুলীয়ান', 'পুরনো', 'পুরানো', 'পুরাতন'].map((w) => [canon(w), 'julian'] as [string, 'julian']),
  ...['গ্রেগরীয়', 'গ্রেগরিয়ান', 'গ্রেগরিয়'].map((w) => [canon(w), 'gregorian'] as [string, 'gregorian']),
]);
/** The noun that must follow a calendar word: বর্ষপঞ্জী, পঞ্জিকা, ক্যালেন্ডার. */
export const CALENDAR_NOUN = /^(?:বর্ষপঞ্জ|পঞ্জিক|ক্যালেন্ডার|দিনপঞ্জ)/u;

/** Century nouns with a case ending and an emphatic ই/ও: শতক, শতকে, শতাব্দীতে, শতাব্দীর, শতাব্দীতেও, শতাব্দে (§3.8). */
export const CENTURY_NOUN = new RegExp(
  '^(?:' + canon('(?:শতক|শতাব্দী|শতাব্দি|শতাব্দ)(?:ে|ের|র|তে|কে|জুড়ে|এর)?(?:ই|ও)?') + '|century)$',
  'u',
);
/** Decade noun with a case ending and an emphatic ই/ও: দশক, দশকে, দশকের, দশকেই (§3.7). */
export const DECADE_NOUN = new RegExp('^' + canon('দশক(?:ে|ের|টি|টিতে|জুড়ে)?(?:ই|ও)?') + '$', 'u');
/** Suffix on a digit century ordinal: ১৯শ, ৭ম, ২য়, ৪র্থ, ৬ষ্ঠ, ১৯তম (§3.8); English in infobox values: 7th, 21st. */
export const CENTURY_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set([
  ...['শ', 'ম', 'য়', 'র্থ', 'ষ্ঠ', 'তম', 'শতম'].map(canon),
  'st',
  'nd',
  'rd',
  'th',
]);
/** Ordinal and cardinal words for centuries: ঊনবিংশ শতাব্দী, উনিশ শতক (§3.8). */
export const CENTURY_WORDS: ReadonlyMap<string, number> = table([
  [1, ['প্রথম']],
  [2, ['দ্বিতীয়']],
  [3, ['তৃতীয়']],
  [4, ['চতুর্থ']],
  [5, ['পঞ্চম']],
  [6, ['ষষ্ঠ']],
  [7, ['সপ্তম']],
  [8, ['অষ্টম']],
  [9, ['নবম']],
  [10, ['দশম']],
  [11, ['একাদশ', 'এগারো']],
  [12, ['দ্বাদশ', 'বারো']],
  [13, ['ত্রয়োদশ', 'তেরো']],
  [14, ['চতুর্দশ', 'চৌদ্দ']],
  [15, ['পঞ্চদশ', 'পনেরো']],
  [16, ['ষোড়শ', 'ষোলো', 'ষোল']],
  [17, ['সপ্তদশ', 'সপ্তাদশ', 'সতেরো']],
  [18, ['অষ্টাদশ', 'আঠারো']],
  [19, ['ঊনবিংশ', 'উনবিংশ', 'ঊনবিংশতি', 'উনবিংশতি', 'উনিশ']],
  [20, ['বিংশ', 'বিশ']],
  [21, ['একবিংশ', 'একুশ']],
  [22, ['দ্বাবিংশ']],
]);
/** Words before a count, not a date: `প্রায় ৪ শতাব্দীর` is about four centuries (`সম্ভবত ১৫ শতকে` is a century). */
export const COUNT_APPROX: ReadonlySet<string> = new Set(['প্রায়', 'আনুমানিক', 'মোটামুটি', 'অন্তত', 'মাত্র'].map(canon));
/** The decade of a century by its ordinal: `একবিংশ শতকের প্রথম দশকে` → the 2000s; শেষ is the last. */
export const DECADE_OF_CENTURY: ReadonlyMap<string, number> = new Map([
  ...[...CENTURY_WORDS].filter(([, n]) => n <= 10), // প্রথম … দশম, the ordinals of CENTURY_WORDS
  [canon('শেষ'), 10],
]);
/** Word decades (§3.7): আশির দশক, নব্বইয়ের দশকে — the century comes from context. */
export const DECADE_WORDS: ReadonlyMap<string, number> = table([
  [10, ['দশের']],
  [20, ['বিশের']],
  [30, ['ত্রিশের', 'তিরিশের']],
  [40, ['চল্লিশের']],
  [50, ['পঞ্চাশের']],
  [60, ['ষাটের']],
  [70, ['সত্তরের', 'সত্তুরের']],
  [80, ['আশির', 'আশীর']],
  [90, ['নব্বইয়ের', 'নব্বইএর', 'নব্বুইয়ের', 'নব্বইর']],
]);
/** Linking word between a decade number and দশক: `১৯৮০ এর দশক`, `৮০'র দশক`. */
export const DECADE_LINKS: ReadonlySet<string> = new Set(['এর', 'র', 'ের'].map(canon));

/** Seasons (§3.11): গ্রীষ্মে, বসন্তকালের, শরৎ মাসে — six Bengali seasons. */
export const SEASONS: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ['গ্রীষ্ম', 'summer'],
    ['গ্রিষ্ম', 'summer'],
    ['বর্ষা', 'monsoon'],
    ['শরৎ', 'autumn'],
    ['শরত্', 'autumn'],
    ['শরত', 'autumn'],
    ['হেমন্ত', 'late-autumn'],
    ['শীত', 'winter'],
    ['বসন্ত', 'spring'],
  ] as const
).map(([w, s]) => [new RegExp('^' + canon(w) + canon('(?:কাল|কালীন)?(?:ে|ের|র|এ|েও)?') + '$', 'u'), s] as const);

/** Quarters of a year (§3.11): `২০০৮ সালের তৃতীয় ত্রৈমাসিকে` → July–September. */
export const QUARTER_ORDINALS: ReadonlyMap<string, number> = table([
  [1, ['প্রথম']],
  [2, ['দ্বিতীয়']],
  [3, ['তৃতীয়']],
  [4, ['চতুর্থ']],
]);
export const QUARTER_NOUN = new RegExp('^' + canon('(?:ত্রৈমাসিক|প্রান্তিক)(?:ে|ের)?') + '$', 'u');

/** Relative year phrases (§3.12): একই বছর, সেই বছরের, ঐ বছর, পরের বছর, আগের বছর → offset from the last year. */
export const RELATIVE_YEAR_WORDS: ReadonlyMap<string, number> = table([
  [0, ['একই', 'সেই', 'সে', 'ঐ', 'ওই', 'উক্ত']],
  [1, ['পরের', 'পরবর্তী', 'পরবর্তি', 'পরবর্ত্তী', 'পরবতী', 'পরবর্তীতে']],
  [-1, ['আগের', 'পূর্ববর্তী', 'পূর্বের']],
]);
export const YEAR_NOUN = new RegExp('^' + canon('(?:বছর|বৎসর|সাল)(?:ই|ে|ের|েই|েরই)?') + '$', 'u');

/** Qualifiers before a date that make it approximate (§3.10): প্রায়, আনুমানিক, সম্ভবত, c., circa. */
export const APPROX_BEFORE: ReadonlySet<string> = new Set([
  ...['প্রায়', 'আনুমানিক', 'সম্ভবত', 'আনু', 'আনুমানিকভাবে', 'মোটামুটি'].map(canon),
  'c',
  'ca',
  'circa',
]);
/**
 * Qualifiers after a date that make it approximate (§3.10). Circa words (`নাগাদ`, `দিকে`, `কাছাকাছি`)
 * apply to any date; part-of words (early/mid/late: `শুরুতে`, `শেষের দিকে`, `মাঝামাঝি`, `শেষভাগে`) only
 * to a month, season, year, decade or century, never to a day (`১০ ডিসেম্বর শেষ স্প্যান` = "the last span").
 */
export const CIRCA_AFTER: ReadonlySet<string> = new Set(['নাগাদ', 'দিকে', 'দিককার', 'কাছাকাছি', 'আশেপাশে'].map(canon));
export const PART_OF_AFTER: ReadonlySet<string> = new Set(
  [
    'শুরুতে',
    'শুরুর',
    'শেষে',
    'শেষ',
    'শেষের',
    'শেষভাগে',
    'শেষভাগ',
    'শেষার্ধে',
    'মাঝামাঝি',
    'মাঝামাঝিতে',
    'মধ্যভাগে',
    'মধ্যভাগ',
    'মধ্যভাগের',
    'প্রথমার্ধে',
    'দ্বিতীয়ার্ধে',
    'প্রথমভাগে',
    'প্রথমে',
    'গোড়ার',
    'গোড়াতে',
    'গোড়ায়',
    'মধ্যবর্তী সময়',
  ].map(canon),
);
/** Every qualifier after a date (circa and part-of). */
export const APPROX_AFTER: ReadonlySet<string> = new Set([...CIRCA_AFTER, ...PART_OF_AFTER]);
/** Part-of words that qualify with `দিকে` after them: `১৯৭১ সালের প্রথম দিকে` (21 in §3.10), `মাঝামাঝির দিকে`. */
export const PART_OF_BEFORE_DIKE: ReadonlySet<string> = new Set(
  ['প্রথম', 'মাঝের', 'মধ্য', 'শেষ', 'শেষের', 'শুরুর', 'গোড়ার', 'গোঁড়ার', 'মাঝামাঝির', 'মধ্যভাগের', 'শেষভাগের'].map(canon),
);
/**
 * Part-of words with a second, non-temporal reading. Nouns and adjectives ("end", "last", "of the
 * beginning") qualify a date only in the genitive (`১৯ শতকের শেষ পর্যন্ত`, `মার্চ মাসের শেষের`); after any other
 * form they start a new phrase (`১৯৭১ সালে শেষ পর্যন্ত` = "finally", `২০১০-এ শেষ হয়` = "ended in 2010").
 * The adverbs `শেষে` ("finally"), `প্রথমে` ("first") do not qualify a locative date (`১৯৭১ সালে প্রথমে তিনি`).
 * Every other part-of word (`শুরুতে`, `মাঝামাঝি`, `শেষভাগে`, `X দিকে`) qualifies a date in any case:
 * `১৯৯০-এর দশকে শেষের দিকে`, `২০০৯ সালে প্রথম দিকে`.
 */
export const PART_OF_NOUNS: ReadonlySet<string> = new Set(
  ['শেষ', 'শেষের', 'শুরুর', 'শুরু', 'গোড়ার', 'মধ্যভাগ', 'শেষভাগ', 'মধ্যভাগের'].map(canon),
);
/** Circa abbreviations that count only with their dot: `(সি. ৭৮০-৮৫০)` (`ভিটামিন সি ১৯৩২ সালে` is no circa). */
export const APPROX_DOTTED: ReadonlySet<string> = new Set([...APPROX_BEFORE, canon('সি')]);
/** A part of the start before থেকে: `১৯৮০-এর দশকের মাঝামাঝি থেকে ১৯৯০-এর দশক`, `১৯৭০-এর শুরু থেকে`. */
export const PART_OF_BEFORE_RANGE: ReadonlySet<string> = new Set(
  ['শুরু', 'মাঝামাঝি', 'মধ্যভাগ', 'শেষ', 'শেষভাগ', 'গোড়া', 'প্রথমভাগ', 'প্রথমার্ধ', 'দ্বিতীয়ার্ধ', 'শেষার্ধ'].map(canon),
);
export const PART_OF_ADVERBS_NOT_LOCATIVE: ReadonlySet<string> = new Set(['শেষে', 'প্রথমে'].map(canon));
/** A genitive particle written apart from the date: `খ্রিস্টপূর্ব ৩৫০০ এর দিকে`. */
export const GENITIVE_PARTICLES: ReadonlySet<string> = new Set(['এর', 'র', 'ের'].map(canon));

/** Words skipped when looking for a qualifier after a date: `১৯৮০ সালের মার্চ মাসের শেষে`. */
export const QUALIFIER_SKIP: ReadonlySet<string> = new Set(
  ['মাসে', 'মাসের', 'মাস', 'সময়', 'সময়ে', 'সময়ের', 'একেবারে', 'একদম', 'একেবারেই'].map(canon),
);
/** The skipped words that only intensify (`সালের একেবারে শেষে`, "at the very end"): the date keeps its own case. */
export const QUALIFIER_INTENSIFIERS: ReadonlySet<string> = new Set(['একেবারে', 'একদম', 'একেবারেই'].map(canon));

/**
 * Words before a year-less month that make it a recurring month, not a date (§5: generic recurring
 * month mentions are not labelled): `প্রতি জুনে`, `প্রতি বছর জানুয়ারিতে`, `সাধারণত সেপ্টেম্বরে শুরু হয়`.
 */
export const RECURRING_BEFORE: ReadonlySet<string> = new Set(
  ['প্রতি', 'প্রত্যেক', 'প্রতিবছর', 'প্রতিবছরই', 'সাধারণত', 'সাধারনত', 'প্রতিটি'].map(canon),
);
/** Gregorian month names with a locative ending glued on: `জুনে`, `জানুয়ারিতে`, `জুলাইয়ে`, `মার্চেই` (§3.3). */
export const GREGORIAN_MONTH_LOCATIVES: ReadonlySet<string> = new Set(
  table(GREGORIAN_MONTH_FORMS, ['ে', 'তে', 'য়ে', 'েই']).keys(),
);
/** Gregorian month names in the genitive: `এপ্রিলের শুরুতে`, `নভেম্বরের নির্বাচনে`, `জুলাইয়ের` — a month of the narrative's year. */
export const GREGORIAN_MONTH_GENITIVES: ReadonlySet<string> = new Set([
  ...table(GREGORIAN_MONTH_FORMS, ['ের', 'য়ের']).keys(),
  canon('মের'),
  canon('মে-র'),
]);

/** `মাস` after a month name: `এপ্রিল মাসে`, `মার্চ মাসের ১০ থেকে ১৩ তারিখ`. */
export const MONTH_NOUN = new RegExp('^' + canon('মাস(?:ে|ের|েই|েও)?') + '$', 'u');
/** `তারিখ` after a day: `ফেব্রুয়ারি ২১ তারিখে`. */
export const DATE_NOUN = new RegExp('^' + canon('তারিখ(?:ে|ের)?') + '$', 'u');

/** Range connectives (§3.9): `থেকে … পর্যন্ত`, `হতে`, dashes. */
export const RANGE_WORDS: ReadonlySet<string> = new Set([...['থেকে', 'হতে', 'হইতে', 'থেকেই'].map(canon), 'to']);
/** `পর্যন্ত` and its common misspelling `পরযন্ত`, `অবধি`. */
export const RANGE_END_WORDS: ReadonlySet<string> = new Set(['পর্যন্ত', 'পরযন্ত', 'অবধি'].map(canon));
/** Coordination: `১৯৮০ ও ১৯৯০-এর দশকে`, `ফাল্গুন ও চৈত্র্য`, `সেপ্টেম্বর বা অক্টোবর` (disjunction → approx). */
export const AND_WORDS: ReadonlySet<string> = new Set(['ও', 'এবং', 'আর'].map(canon));
export const OR_WORDS: ReadonlySet<string> = new Set(['বা', 'অথবা', 'কিংবা', 'মতান্তরে'].map(canon));
/** `মধ্যবর্তী`, `মধ্যে` after coordinated units make them one span: `খ্রিস্টপূর্ব ৫ম ও ২য় শতকের মধ্যবর্তী`. */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set(['মধ্যবর্তী', 'মধ্যে', 'মাঝে', 'মাঝামাঝি'].map(canon));
/**
 * A case ending written apart from a year (`১৯৬৯ এ`, `১৯০৭ এর`, `২০০৫ এর অক্টোবরে`); `এর` is genitive.
 * Not before a comparison (`৫০০০ এর বেশি` is a count): see COUNT_AFTER_PARTICLE.
 */
export const SPACED_CASE: ReadonlyMap<string, boolean> = new Map([
  ...['এ', 'এতে', 'এও', 'এই'].map((w) => [canon(w), false] as [string, boolean]),
  ...['এর', 'এরও', 'র'].map((w) => [canon(w), true] as [string, boolean]),
]);
/** Words after `N এর` that make N a count: `১৫০০ এর বেশি`, `২০০০ এর মতো`, `১০০০ এর কম`. */
export const COUNT_AFTER_PARTICLE: ReadonlySet<string> = new Set(
  [
    'বেশি',
    'বেশী',
    'অধিক',
    'কম',
    'মতো',
    'মত',
    'চেয়ে',
    'চাইতে',
    'উপর',
    'উপরে',
    'ওপর',
    'ওপরে',
    'কাছাকাছি',
    'নিচে',
    'নীচে',
    'অর্ধেক',
    'বেশিরভাগ',
  ].map(canon),
);
/**
 * Words after a bare year that show it is a date (`অস্ট্রিয়া ১৯৫৫ থেকে …`, `১৮৩৫ পর্যন্ত`): a bare number
 * followed by any other word is a name or a count (`২০১১ ক্রিকেট বিশ্বকাপ`, `১৯৯৮ সংস্করণ`).
 */
export const BARE_YEAR_AFTER: ReadonlySet<string> = new Set(
  [
    'থেকে',
    'থেকেই',
    'হতে',
    'পর্যন্ত',
    'পরযন্ত',
    'অবধি',
    'নাগাদ',
    'সাল',
    'পরে',
    'পরেই',
    'আগে',
    'আগেই',
    'পূর্বে',
    'ও',
    'এবং',
    'বা',
    'অথবা',
    'কিংবা',
    'অনুসারে',
    'অনুযায়ী',
    'হিসেবে',
    'হিসাবে',
    'মধ্যে',
  ].map(canon),
);
/** Words before a bare year that make it a count, a page or a code: `মোট ১৯৯৮`, `প্রায় ১৫০০`, `পৃষ্ঠা ১৮৩০`. */
export const BARE_YEAR_NOT_AFTER: ReadonlySet<string> = new Set([
  ...[
    'মোট',
    'প্রায়',
    'সর্বমোট',
    'সংখ্যা',
    'জনসংখ্যা',
    'উচ্চতা',
    'দৈর্ঘ্য',
    'আয়তন',
    'রান',
    'গোল',
    'ভোট',
    'আসন',
    'মূল্য',
    'দাম',
    'কোড',
    'নম্বর',
    'নং',
    'পৃষ্ঠা',
    'পৃ',
    'খণ্ড',
    'সংখ্যক',
    // a law's name ends in its year: `কানাডা অ্যাক্ট ১৯৮২`, `শ্রম আইন ২০০৬`
    'অ্যাক্ট',
    'আইন',
    'অধ্যাদেশ',
  ].map(canon),
  'x', // `৮ x ১০৬৩` (a power of ten whose exponent joined the base)
]);
/** Words after a day-month that make it a recurring day (`২৬ জানুয়ারি … জাতীয় দিবস হিসেবে পালিত হয়`). */
/** Weather words around a year-less month make it every year's month (`গড় তাপমাত্রা এপ্রিল মাসে সর্বোচ্চ`): no date. */
export const CLIMATE_WORDS = new RegExp(
  canon('(?:তাপমাত্রা|বৃষ্টিপাত|বৃষ্টি|শীতকাল|গ্রীষ্মকাল|বর্ষাকাল|ঋতু|মৌসুম|আবহাওয়া|জলবায়ু|তুষারপাত|আর্দ্রতা|উষ্ণতম|শীতলতম)'),
  'u',
);
export const RECURRING_AFTER = new RegExp(canon('(?:দিবস|পালিত|পালন|উদযাপ|উদ্‌যাপ|বার্ষিকী|জন্মদিন|জন্মবার্ষিকী|ছুটির দিন)'), 'u');

/** Open range end: `২৫ জুন ২০২০ - বর্তমান` (§3.9). */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['বর্তমান', 'বর্তমানে', 'আজ', 'present'].map(canon));

/**
 * Words after a number that make it a count, measure, age or duration, never a date (§3.17):
 * ১৫ টি, ১৯৭১ জন, ১৩০০ বছর, ৩০০–৩৪০০ হার্জ, ১৮০ টাকা, ১২৭ নং.
 */
export const NOT_DATE_AFTER = new RegExp(
  '^' +
    canon(
      '(?:টি|টা|টির|টিতে|জন|জনের|জনে|বছর|বছরের|বছরে|বৎসর|মাস|দিন|দিনের|দিনে|ঘণ্টা|মিনিট|সেকেন্ড|বয়স|বয়সে|বয়সী|নং|নম্বর|নম্বরে|' +
        'লক্ষ|লাখ|কোটি|হাজার|শত|মিলিয়ন|বিলিয়ন|শতাংশ|ভাগ|টাকা|টাকায়|ডলার|রুপি|পাউন্ড|মিটার|কিমি|কিলোমিটার|সেমি|মিমি|' +
        'ফুট|ইঞ্চি|মাইল|কেজি|কিলোগ্রাম|গ্রাম|টন|লিটার|হার্জ|হার্জের|হার্টজ|মেগাহার্জ|ডিগ্রি|গোলে|গোল|রানে|রান|উইকেট|পৃষ্ঠা|খণ্ড|সংখ্যা|বিট|পিন|তলা|আসন|আসনে|ভোট|ভোটে|টিকে)' +
        '.*',
    ) +
    '$',
  'u',
);
/** Multipliers after a number: `খ্রিষ্টপূর্ব ২ হাজার ৪০০ বছর আগে` counts years, the ২ is no year. */
export const MULTIPLIERS: ReadonlySet<string> = new Set(
  ['হাজার', 'হাজারের', 'লক্ষ', 'লাখ', 'কোটি', 'মিলিয়ন', 'বিলিয়ন'].map(canon),
);
/**
 * Nouns counted after a number range (`১৫০০ থেকে ২০০০ প্রজাতির`, `১২০০ থেকে ১৫০০ লোক`): such a pair is no span of
 * years, though nothing in NOT_DATE_AFTER follows it.
 */
export const COUNT_NOUNS = new RegExp(
  '^' +
    canon(
      '(?:প্রজাতি|লোক|মানুষ|ব্যক্তি|সদস্য|শিক্ষার্থী|ছাত্র|সৈন্য|সেনা|পরিবার|গ্রাম|বাড়ি|প্রকার|ধরন|কপি|শব্দ|বার|গুণ|একর|হেক্টর|বর্গ|ঘন|' +
        'পর্ব|অধ্যায়|খেলা|ম্যাচ|চলচ্চিত্র|গান|বই|পদ|ক্যালরি|কিলো|মেগা|গিগা|ওয়াট|ভোল্ট|ক্রোশ|গজ|হাত)' +
        '.*',
    ) +
    '$',
  'u',
);
/** Words before a number that make it a page, issue or code, never a date: `পৃষ্ঠা ১৮৯০–১৮৯৫`, `ISBN`. */
export const NOT_DATE_BEFORE: ReadonlySet<string> = new Set([
  ...['পৃষ্ঠা', 'পৃ', 'খণ্ড', 'নং', 'নম্বর'].map(canon),
  'p',
  'pp',
  'isbn',
  'issn',
  'vol',
  'no',
]);

/** Templates that render a date from `y|m|d` parameters (§3.14), lower-case: the numeric ones of the site's date templates. */
export const DATE_TEMPLATES: ReadonlySet<string> = new Set(
  Object.entries(SITE_DATE_TEMPLATES)
    .filter(([, t]) => t.date[0] === 1 && t.date[1] === 2 && !t.approx && !t.end)
    .map(([name]) => canon(name.toLowerCase())),
);
/** Circa wrappers (§3.10, §3.14): `{{circa|খ্রিস্টপূর্ব ৪৮৪}}`, `{{c.|lk=no|২০৭০&nbsp;বিসিই}}`. */
export const CIRCA_TEMPLATES: ReadonlySet<string> = new Set([
  'circa',
  'c.',
  'c',
  'ca.',
  'ca',
  canon('আনুমানিক'),
  canon('আনু.'),
]);
/** Dash templates between two dates: `{{mdash}}`. */
export const DASH_TEMPLATES: ReadonlySet<string> = new Set([
  'mdash',
  'ndash',
  'snd',
  'spaced ndash',
  'spnd',
  'dash',
  'en dash',
  'em dash',
]);
/** Citation templates: their dates are metadata (সংগ্রহের-তারিখ), never events (§3.14); the site's list. */
export const isCitationTemplate = isDateMetadataTemplate;

/** Gregorian month names as bnwiki writes them in dmy dates: `৭ মে ১৮৬১` (January first). */
export const MONTH_NAMES: readonly string[] = [
  'জানুয়ারি',
  'ফেব্রুয়ারি',
  'মার্চ',
  'এপ্রিল',
  'মে',
  'জুন',
  'জুলাই',
  'আগস্ট',
  'সেপ্টেম্বর',
  'অক্টোবর',
  'নভেম্বর',
  'ডিসেম্বর',
];
/** The same, canonical, for a date template rendered into the matching copy. */
export const CANONICAL_MONTH_NAMES: readonly string[] = MONTH_NAMES.map(canon);
