// Appendix sections of bnwiki articles as data: the headings after the prose that hold references,
// notes, reading lists and links (`==তথ্যসূত্র==`, `==বহিঃসংযোগ==`, `==আরও দেখুন==`), with the spellings
// the 300 shared articles use (counts there: তথ্যসূত্র 253, বহিঃসংযোগ 184, আরও দেখুন 119, পাদটীকা 26,
// আরও পড়ুন 24, গ্রন্থপঞ্জি 17, টীকা 14, আরো দেখুন 12, উৎস 8 …) and their English names.

/** Appendix headings, compared after `appendixKey` (spaces, `ঃ`/`:` and case folded). */
export const APPENDIX_SECTIONS: readonly string[] = [
  // references and notes
  'তথ্যসূত্র', 'তথসূত্র', 'তথ্যসুত্র', 'তথ্যসূত্রসমূহ', 'তথ্যসূত্রাবলী', 'অতিরিক্ত তথ্যসূত্র', 'তথ্যসূত্র ও মন্তব্য', 'সূত্র', 'উৎস',
  'উৎসসমূহ', 'উৎস তালিকা', 'সাধারণ উৎস', 'অন্যান্য উৎস', 'পাদটীকা', 'পাদটীকাসমূহ', 'টীকা', 'টীকাসমূহ', 'টীকা তালিকা',
  'গ্রন্থপঞ্জি', 'গ্রন্থপঞ্জী', 'গ্রন্থ-পঁজী', 'সহায়ক গ্রন্থপঞ্জি', 'সহায়ক গ্রন্থ', 'সহায়ক গ্রন্থাবলি', 'গ্রন্থতালিকা', 'গ্রন্থসূত্র',
  // reading and links
  'আরও দেখুন', 'আরো দেখুন', 'আরোও দেখুন', 'আর দেখুন', 'আরও পড়ুন', 'আরো পড়ুন', 'অতিরিক্ত পঠন', 'অধিক পাঠ', 'বহিঃসংযোগ',
  'বহিসংযোগ', 'বহিঃস্থ সংযোগ', 'বাহ্যিক সংযোগ',
  // English headings kept from translations
  'References', 'Notes', 'Footnotes', 'Citations', 'Sources', 'Bibliography', 'Further reading', 'See also', 'External links',
];

/** A heading as compared: `বহিঃ সংযোগ`, `বহি:সংযোগ`, `আর দেখুনঃ` → `বহিসংযোগ`, `বহিসংযোগ`, `আরদেখুন`. */
export function appendixKey(heading: string): string {
  return heading.normalize('NFC').replace(/[\sঃ:_]+/gu, '').toLowerCase();
}

const KEYS: ReadonlySet<string> = new Set(APPENDIX_SECTIONS.map(appendixKey));

/** Whether a section heading is an appendix: `তথ্যসূত্র`, `বহিঃ সংযোগ`, `See also` → true; `ইতিহাস`, `উৎসব` → false. */
export function isAppendixSection(heading: string): boolean {
  return KEYS.has(appendixKey(heading));
}
