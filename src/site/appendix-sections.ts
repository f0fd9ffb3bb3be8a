// bnwiki's appendix sections as data: references, notes, bibliography, further reading, external links
// and "see also" — their lines are sources and pointers, not the article's prose:
// `== তথ্যসূত্র ==`, `== বহিঃসংযোগ ==`, `== বহি: সংযোগ ==`, `== তথ্যসূত্র ও টীকা ==`, `== External links ==`.

/** Appendix section titles (Bengali with their common spellings, and English), compared folded (see `fold`). */
const TITLES = [
  'তথ্যসূত্র',
  'তথ্যসূত্রসমূহ',
  'তথ্যসুত্র',
  'তথসূত্র',
  'তথ্যসূত্রাবলী',
  'সূত্র',
  'সূত্রসমূহ',
  'উৎস',
  'উত্স',
  'উৎসসমূহ',
  'উৎস তালিকা',
  'পাদটীকা',
  'পাদটীকাসমূহ',
  'টীকা',
  'টীকাসমূহ',
  'টীকা তালিকা',
  'গ্রন্থপঞ্জি',
  'গ্রন্থপঞ্জী',
  'গ্রন্থতালিকা',
  'সহায়ক গ্রন্থ',
  'সহায়ক গ্রন্থাবলি',
  'গ্রন্থসূত্র',
  'উৎসপঞ্জি',
  'উত্সপঞ্জি',
  'বহিঃসংযোগ',
  'বহিসংযোগ',
  'বহিঃসংযোগসমূহ',
  'বাহ্যিক সংযোগ',
  'বহিঃস্থ সংযোগ',
  'আরও দেখুন',
  'আর দেখুন',
  'আরও পড়ুন',
  'অতিরিক্ত পঠন',
  'অতিরিক্ত তথ্যসূত্র',
  'অধিক পাঠ',
  'references',
  'reference',
  'notes',
  'footnotes',
  'sources',
  'citations',
  'bibliography',
  'further reading',
  'external links',
  'external link',
  'see also',
  'notes and references',
  'references and notes',
  // also in the 300 shared articles (counts there: তথ্যসূত্র 253, বহিঃসংযোগ 184, আরও দেখুন 119, পাদটীকা 26, আরও পড়ুন 24,
  // গ্রন্থপঞ্জি 17, টীকা 14, আরো দেখুন 12, উৎস 8 …)
  'অতিরিক্ত তথ্যসূত্র',
  'তথ্যসূত্র ও মন্তব্য',
  'সাধারণ উৎস',
  'অন্যান্য উৎস',
  'গ্রন্থ-পঁজী',
  'সহায়ক গ্রন্থপঞ্জি',
  'বহিঃস্থ সংযোগ',
];

/** Words that make an appendix only beside one of the titles: `তথ্যসূত্র ও মন্তব্য`. */
const COMPANIONS = ['মন্তব্য'];

/**
 * Folds a title for comparison: NFC, lower case, no spaces, ZWJ/ZWNJ, visarga or colon, trailing
 * punctuation; `আরো`/`আরোও` → `আরও`. `বহি: সংযোগ` → `বহিসংযোগ`, `আরো দেখুনঃ` → `আরওদেখুন`.
 */
const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u200c|\u200d|[\s:ঃ\-–—.,;!?()]/g, '')
    .replace(/^আরো(?:ও)?/, 'আরও');

/** The appendix titles as written, and folded for comparison. */
export const APPENDIX_SECTIONS: readonly string[] = TITLES;
const KEYS: ReadonlySet<string> = new Set(TITLES.map(fold));
const COMPANION_KEYS = new Set(COMPANIONS.map(fold));

/** Whether a section title names an appendix: `তথ্যসূত্র`, ` বহিঃসংযোগ `, `তথ্যসূত্র ও টীকা`, `External links`. */
export function isAppendixSection(title: string): boolean {
  const parts = title
    .split(/\s+(?:ও|এবং|and|&)\s+|[,&/]/i)
    .map(fold)
    .filter(Boolean);
  return parts.some((p) => KEYS.has(p)) && parts.every((p) => KEYS.has(p) || COMPANION_KEYS.has(p));
}
