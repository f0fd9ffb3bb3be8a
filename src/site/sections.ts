// bnwiki's appendix sections as data: references, notes, bibliography, further reading, external links
// and "see also" — their lines are sources and pointers, not the article's prose:
// `== তথ্যসূত্র ==`, `== বহিঃসংযোগ ==`, `== External links ==`.

/** Appendix section titles (Bengali with their common spellings, and English), compared trimmed and lower-case. */
export const APPENDIX_SECTIONS: ReadonlySet<string> = new Set(
  [
    'তথ্যসূত্র', 'তথ্যসূত্রসমূহ', 'তথ্যসুত্র', 'তথ্যসূত্রাবলী', 'সূত্র', 'উৎস', 'উৎসসমূহ', 'উৎস তালিকা', 'পাদটীকা', 'পাদটীকাসমূহ', 'টীকা',
    'টীকাসমূহ', 'গ্রন্থপঞ্জি', 'গ্রন্থপঞ্জী', 'গ্রন্থতালিকা', 'সহায়ক গ্রন্থ', 'সহায়ক গ্রন্থাবলি', 'গ্রন্থসূত্র', 'বহিঃসংযোগ', 'বহিসংযোগ',
    'বাহ্যিক সংযোগ', 'বহিঃস্থ সংযোগ', 'আরও দেখুন', 'আরো দেখুন', 'আরও দেখুনঃ', 'আরও পড়ুন', 'আরো পড়ুন', 'অতিরিক্ত পঠন', 'অধিক পাঠ',
    'references', 'notes', 'footnotes', 'sources', 'bibliography', 'further reading', 'external links', 'see also',
  ].map((t) => t.normalize('NFC')),
);

/** Whether a section title names an appendix: `তথ্যসূত্র`, ` বহিঃসংযোগ `, `External links`. */
export function isAppendixSection(title: string): boolean {
  return APPENDIX_SECTIONS.has(title.trim().replace(/[:ঃ]$/, '').toLowerCase().normalize('NFC'));
}
