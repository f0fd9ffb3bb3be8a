// The headings of appendix sections, as data: `== তথ্যসূত্র ==`, `== বহিঃসংযোগ ==`, `== আরও দেখুন ==`
// and their spellings (`বহি:সংযোগ`, `আরো দেখুন`) and English names (`References`, `External links`).
// A combined heading (`তথ্যসূত্র ও টীকা`) is an appendix when every part is.

const APPENDIX = [
  'তথ্যসূত্র', 'তথসূত্র', 'সূত্র', 'সূত্রসমূহ', 'তথ্যসূত্রসমূহ', 'পাদটীকা', 'পাদটীকাসমূহ', 'টীকা', 'টীকাসমূহ', 'টীকাতালিকা',
  'গ্রন্থপঞ্জি', 'গ্রন্থপঞ্জী', 'গ্রন্থসূত্র', 'গ্রন্থতালিকা', 'উৎসপঞ্জি', 'উত্সপঞ্জি', 'উৎস', 'উত্স', 'উৎসসমূহ',
  'বহিসংযোগ', 'বহিস্থসংযোগ', 'বাহ্যিকসংযোগ', 'বহিঃসংযোগসমূহ', 'বহিসংযোগসমূহ', 'আরওদেখুন', 'আরদেখুন', 'আরওপড়ুন',
  'অতিরিক্তপঠন', 'অতিরিক্ততথ্যসূত্র', 'আরওতথ্য', 'মন্তব্য',
  'references', 'reference', 'notes', 'footnotes', 'seealso', 'externallinks', 'externallink', 'furtherreading',
  'bibliography', 'sources', 'citations', 'notesandreferences', 'referencesandnotes',
];

/** `বহি: সংযোগ` → `বহিসংযোগ`, `আরো দেখুন` → `আরওদেখুন`: spaces, visarga and punctuation folded. */
const fold = (s: string) =>
  s.normalize('NFC').toLowerCase().replace(/[\s\u200c\u200d:ঃ\-–—.,;!?()]/g, '').replace(/^আরো(?:ও)?/, 'আরও');

const KEYS = new Set(APPENDIX.map(fold));

/** Whether a section heading names an appendix: `তথ্যসূত্র` → true, `ইতিহাস` → false. */
export function isAppendixHeading(title: string): boolean {
  const parts = title.split(/\s+(?:ও|এবং|and|&)\s+|[,&/]/i).map(fold).filter(Boolean);
  return parts.length > 0 && parts.every((p) => KEYS.has(p)) && !(parts.length === 1 && parts[0] === 'মন্তব্য');
}
