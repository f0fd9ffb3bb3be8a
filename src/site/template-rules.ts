// What each bnwiki template shows a reader, as data: the classification table of the template census
// (`scripts/template-census.ts` counts the corpus against it). `{{রূপান্তর|১০০|km|mi}}` → family
// `convert`; `{{lang-fr|Paris}}` → `lang`; `{{সূত্র তালিকা}}` → `layout` (shows nothing in prose).
// Names are as `template.name` gives them; lookups ignore case, `_` and a টেমপ্লেট:/Template: prefix.
import { DATE_TEMPLATES, isCitation, isInfobox } from './templates.js';

/**
 * How a template renders in prose.
 * - Text families: `prose` (one argument's text), `symbol` (a fixed string), `date`, `convert`, `lang`
 *   (`ফরাসি: Paris`), `langIcon` (`(ইংরেজি)`), `ipa` (`[…]`), `ipac` (`/…/`), `flag` (the country's
 *   name), `flagCode` (`{{IND}}` → ভারত), `sort` (the text, never the key), `nts` (a number as bnwiki
 *   prints it), `list` (its items, one a line), `hlist` (items joined by ` · `), `ill` (the label),
 *   `frac`, `sci` (`১.৩৫{{e|১৮}}` → `১.৩৫×১০^১৮`), `nihongo`, `asOf`, `circa`, `isbn`, `coord`, `quote` (a block of its own).
 * - Data that belongs elsewhere (nothing in `text`): `citation`, `infobox`, `navbox` (navboxes,
 *   sidebars, sister-project and authority boxes), `lookup` (a number bnwiki looks up in data we do not
 *   have: `{{UN Population|Bangladesh}}`).
 * - Nothing a reader needs: `layout` (reference lists, columns, clears), `hatnote`, `maintenance`,
 *   `icon` (a flag or a picture without a name).
 */
export type TemplateFamily =
  | 'prose' | 'symbol' | 'date' | 'convert' | 'lang' | 'langIcon' | 'ipa' | 'ipac' | 'flag' | 'flagCode' | 'sort'
  | 'nts' | 'list' | 'hlist' | 'ill' | 'frac' | 'sci' | 'nihongo' | 'asOf' | 'circa' | 'isbn' | 'coord' | 'quote'
  | 'citation' | 'infobox' | 'navbox' | 'lookup' | 'layout' | 'hatnote' | 'maintenance' | 'icon';

export interface TemplateRule {
  family: TemplateFamily;
  /** `prose`/`quote`: the positional argument holding the text (named ones: `names`). */
  arg?: number;
  /** Named arguments that hold the text instead, tried first (`quote=`, `text=`, `lt=`). */
  names?: string[];
  /** `symbol`: the string shown; `lang`/`langIcon`: the language code; `flagCode`: the country code. */
  text?: string;
}

/** Families whose output is part of the text a reader reads. */
export const TEXT_FAMILIES: ReadonlySet<TemplateFamily> = new Set<TemplateFamily>([
  'prose', 'symbol', 'date', 'convert', 'lang', 'langIcon', 'ipa', 'ipac', 'flag', 'flagCode', 'sort', 'nts', 'list',
  'hlist', 'ill', 'frac', 'sci', 'nihongo', 'asOf', 'circa', 'isbn', 'coord', 'quote',
]);

/** `{{nowrap|১৯৭১ সাল}}` → "১৯৭১ সাল": the positional argument shown. */
const PROSE: Record<string, number> = {
  Nowrap: 1, Nobr: 1, 'Nowrap begin': 0, Small: 1, 'ছোট': 1, Big: 1, 'বড়': 1, Em: 1, Strong: 1, Smaller: 1, Larger: 1,
  Text: 1, Nastaliq: 1, Script: 2, Bengali: 1, Noitalic: 1, 'Not a typo': 1, Sic: 1, Abbr: 1, 'Visible anchor': 1,
  Vanchor: 1, Keypress: 1, Kbd: 1, Code: 1, Mvar: 1, Var: 1, Math: 1, 'বাংলা': 1, Linktext: 1, Spaced: 1, Center: 1,
  'কেন্দ্র': 1, Bold: 1, Italic: 1, Color: 2, Colour: 2, 'Font color': 2, Sup: 1, Sub: 1, Smallsup: 1, Su: 1,
  Unicode: 1, Polytonic: 1, 'Rtl-lang': 2, Lang: 2, 'ভাষা': 2, Transl: 2, Transliteration: 2, 'In lang': 0,
  Audio: 2, 'Audio-es': 2, Listen: 0, 'শুনুন': 0, Legend: 2, Legend0: 2, 'Color box': 3, Raise: 2, Longitem: 1,
  Tooltip: 1, Hover: 1, Trim: 1, Ordinal: 1, Tl: 1, 'Wikt-lang': 3, Srlink: 2, 'Page number': 0, Chem: 1,
  Sigfig: 1, Round: 1, 'Lang-rtl': 2, Resize: 2, 'Nobold': 1, Serif: 1, Sans: 1, Mono: 1, 'Small caps': 1, Smallcaps: 1,
  'Abbrlink': 1, Gloss: 1, 'Wikisource-inline': 0, 'Wiktionary-inline': 0, 'অডিও': 2, IAST: 1, 'Section link': 2, Sc: 1,
  'Wikivoyage-inline': 0, Pronunciation: 0,
};

/** `{{!}}` → `|`, `{{snd}}` → ` – `, `{{'}}` → `'`. */
const SYMBOL: Record<string, string> = {
  '!': '|', '=': '=', Snd: ' – ', 'Spaced ndash': ' – ', Spnd: ' – ', Ndash: '–', Mdash: '—', '-': '', Dash: '–',
  Nbsp: '\u00a0', Middot: ' · ', '·': ' · ', Bull: ' • ', '•': ' • ', Sp: ' ', Spaces: ' ', "'": "'", '\\': ' / ',
  '\'s': "'s", Oiint: '∯', Oint: '∮', Pi: 'π', Hr: '', Clear: '', 'সরল রেখা': '', Parabr: '', '-)': ')', '(': '(',
  ')': ')', Times: '×', Minus: '−', 'Degree': '°', Shy: '', Zwsp: '', Ell: '…', 'Break': '', Void: '', Voidd: '',
};

/** `{{quote|…}}`, `{{cquote|…}}`, `{{উক্তি|…}}`: a block quotation (argument 1, or `text=`/`quote=`). */
const QUOTE = ['Quote', 'Cquote', 'উক্তি', 'উক্তি ২', 'Blockquote', 'Rquote', 'Quotation', 'Quote box', 'Quote frame', 'Centered pull quote', 'Pull quote', 'Poem quote', 'Verse translation'];

const FAMILY_NAMES: Partial<Record<TemplateFamily, string[]>> = {
  convert: ['রূপান্তর', 'Convert', 'Cvt', 'Convinfobox', 'রূপান্তর২'],
  nts: ['Nts', 'Ntsh', 'Nts-', 'Formatnum', 'Fmt', 'Val'],
  sort: ['Sort', 'Sortname', 'Hs', 'Hidden sort key', 'Sort key', 'Sorttext'],
  list: ['Plainlist', 'Flatlist', 'Unbulleted list', 'Ubl', 'Ublist', 'Columns-list', 'কলামের তালিকা', 'Bulleted list', 'বুলেটকৃত তালিকা', 'Collapsible list', 'মসৃণতালিকা'],
  hlist: ['Hlist', 'Hlist-comma', 'Comma separated entries', 'Enum'],
  ill: ['Ill', 'Interlanguage link', 'Ill-wd', 'Interlanguage link multi', 'Link-interwiki', 'Illm', 'Iii'],
  frac: ['Frac', 'Sfrac', 'Fraction'],
  sci: ['E', 'Esp', 'Val/e', '×10'],
  nihongo: ['Nihongo', 'Nihongo2', 'Nihongo3'],
  asOf: ['As of', 'যাবৎ'],
  circa: ['C.', 'Circa', 'আনুমানিক', 'আনু.', 'Ca'],
  isbn: ['আইএসবিএন', 'ISBN', 'Isbn', 'ISSN', 'Doi', 'DOI', 'Issn'],
  coord: ['Coord', 'স্থানাঙ্ক', 'Coor dm', 'Coor title d', 'Coor d', 'Coor dms', 'Coor title dm', 'Coor title dms'],
  ipac: ['IPAc-en', 'IPAc', 'Pron-en'],
  flag: ['পতাকা', 'Noflag', 'Flag', 'Flagcountry', 'Flagu', 'Flag country', 'দেশের পতাকা', 'Flagdeco country', 'Country flag', 'Flag link'],
  icon: ['পতাকা আইকন', 'Flagicon', 'Flag icon', 'Flagdeco', 'Coat of arms', 'Increase', 'Decrease', 'Steady', 'DecreaseNeutral', 'IncreaseNeutral', 'Decrease Positive', 'Increase Negative', 'Color box', 'Yes', 'No', 'Spoken Wikipedia', 'Good article', 'ভালো নিবন্ধ', 'নির্বাচিত নিবন্ধ', 'Featured article', 'Pp-vandalism', 'Pp-meta', 'Pp-semi', 'Pp-protected', 'Pp-move-indef', 'Anchor', 'Anchors', 'Tocleft', 'Compact ToC', 'Horizontal TOC', 'TOC right', 'TOC left', 'TOC limit', 'Toc', 'Commons-inline'],
  lookup: ['UN Population', 'ইউএন জনসংখ্যা', 'Extent', 'Inflation', 'Inflation-fn', 'Inflation-year', 'উইকিউপাত্ত স্থানাঙ্ক', 'মুদ্রাস্ফীতি', 'IndiaCensusPop', 'Osmrelation-inline', 'OSM relation', 'মিলিয়ন থেকে কোটি', 'Wikidata', 'Marriage', 'Age', 'শতকরা হার', 'Percentage', 'Composition bar', 'Bar percent', 'Bar box', 'Bar chart', 'Pie chart', 'Historical populations', 'Life timeline', 'Chronology', 'Graph:Chart', 'Chart'],
  citation: ['বই উদ্ধৃতি', 'সাময়িকী উদ্ধৃতি', 'ওয়েব উদ্ধৃতি', 'সংবাদ উদ্ধৃতি', 'বিশ্বকোষ উদ্ধৃতি', 'সম্মেলন উদ্ধৃতি', 'Sfn', 'Sfnp', 'Sfnm', 'Harv', 'Harvnb', 'Harvp', 'Harvtxt', 'Refn', 'Efn', 'R', 'Rp', 'Ref', 'Cref', 'Cref2', 'Cnote2', 'Cnote2 Begin', 'Cnote2 End', 'NoteTag', 'NoteFoot', 'Ref label', 'Note label', 'Note', 'আধ্বব', 'ওয়েব আর্কাইভ', 'Webarchive', 'Wayback', 'Dmoz', 'DMOZ', 'Curlie', 'CIA World Factbook link', 'Gutenberg author', 'Wikisource author', 'Internet Archive author', 'Librivox author', 'Worldcat id', 'Internet Archive short film', 'IMDb name', 'আইএমডিবি নাম', 'MacTutor', 'MacTutor Biography', 'Guardiantopic', 'NYTtopic', 'C-SPAN', 'Charlie Rose view', 'TED', 'In Our Time', 'Find a Grave', 'Hansard-contribs', 'Goodreads author', 'IEP', 'ScienceWorldBiography', 'MathGenealogy', 'PM20', 'Discogs artist', 'রোলিং স্টোন শিল্পী', 'আলোসিনে নাম', 'মেটাক্রিটিক ব্যক্তি', 'রটেন টম্যাটোস ব্যক্তি', 'ওপেনকর্প', 'IMSLP', 'MuseumsWiki', 'Facebook User', 'ফেসবুক', 'টুইটার', 'ইউটিউব', 'ATP', 'ITF male profile', 'DavisCup player', 'ক্রিকইনফো', 'Official website', 'অফিসিয়াল ওয়েবসাইট', 'প্রাতিষ্ঠানিক ওয়েবসাইট', 'ওয়েবসাইট', 'ইউআরএল', 'URL', 'Url', 'বাংলাপিডিয়া', 'EB1911 poster', 'Wikisource1911Enc', 'Wikisource1911Enc Citation', 'Cite EB1911', 'Cite SEP', 'Cite SBDEL', 'Cite quran', 'Cite Americana', 'PDFlink', 'Wikiatlas', 'GeoGroupTemplate', 'Citation', 'Vcite', 'Sfn whitelist', 'Inconsistent citations', 'WVS', 'Sep entry', 'কার্লি', 'Quran-usc', 'Harvard citation no brackets', 'Loc', 'Ill-wd-ref', 'Primary sources', 'Wikisource William James', 'Greek Wikisource', 'Wikisourcelang', 'Rs', 'Ref-en'],
  navbox: ['Navboxes', 'Navbox', 'পরিভ্রমণ বাক্সসমূহ', 'কর্তৃপক্ষ নিয়ন্ত্রণ', 'Authority control', 'Portal', 'প্রবেশদ্বার', 'Portal bar', 'প্রবেশদ্বার দণ্ড', 'প্রবেশদ্বার দন্ড', 'Portalpar', 'Subject bar', 'বিষয় দণ্ড', 'Sister project links', 'Sisterlinks', 'সহপ্রকল্প সংযোগসমূহ', 'সহপ্রকল্প-সংযোগছক', 'Commons', 'কমন্স', 'Commons category', 'Commons Category', 'কমন্স বিষয়শ্রেণী', 'Wikiquote', 'উইকিউক্তি', 'Wikibooks', 'উইকিবই', 'উইকিপিডিয়া বই', 'Wikipedia books', 'Wikisource', 'Wikiversity', 'Wikiversity department', 'Wiktionary', 'উইকিঅভিধান', 'Wiktionarypar', 'Wikinews', 'Wikispecies', 'Wikivoyage', 'উইকিভ্রমণ', 'Meta', 'Wikimedia Foundation', 'Wikipedias', 'External media', 'S-start', 'S-end', 'S-ttl', 'S-bef', 'S-aft', 'S-off', 'S-inc', 'S-new', 'S-par', 'Succession box', 'বাক্স-ছক শুরু', 'বাক্স-ছক শেষ', 'Collapsed infobox section begin', 'Collapsed infobox section end', 'Tennis box', 'Performance key', 'Tennis record', 'Ahnentafel top', 'Ahnentafel-compact5', 'Ahnentafel bottom', 'Office-table', 'Geographic location', 'Geographic Location', 'বর্ণসূচী২', 'Unicode navigation', 'Contains special characters', 'Chess diagram small', 'Chess diagram', 'Multiple image', 'একাধিক চিত্র', 'Double image', 'Wide image', 'Gallery', 'Stack', 'Weather box', 'আবহাওয়া বাক্স', 'Geobox', 'Taxobox', 'Speciesbox', 'Clade', 'Plant classification', 'Fungus', 'NRDB species', 'টীকাযুক্ত চিত্র/বিলোপন', 'Largest cities', 'বৃহত্তম শহরসমূহ', 'Space double', 'Europe and seas labelled map', 'World map indicating continents', 'পরিভাষা-হেডার', 'OlympicEvent', 'Z148', 'Lookfrom', 'In title', 'Spoken Wikipedia', 'Noexternallanglinks', 'US state', 'Christmas', 'জাহাজ',
    'দেশের নিবন্ধ', 'দেশের', 'আফ্রিকা', 'ইউরোপ', 'এশিয়া', 'ওশেনিয়া', 'দক্ষিণ আমেরিকা', 'দক্ষিণ আমেরিকার ইতিহাস', 'উত্তর আমেরিকা',
    'সামাজিক ও রাজনৈতিক দর্শন', 'নীতিশাস্ত্র', 'জ্ঞানতত্ত্ব', 'দৃষ্টবাদ', 'প্রাক-সক্রেটিক্স', 'ইউরোপীয় ইউনিয়নের সদস্য', 'Five oceans',
    'Footer SolarSystem', 'Library resources box', 'Wikisource portal', 'Template group', 'অতিমহানগরী', 'এশিয়ার দেশ',
    'এশিয়ার রাষ্ট্রসমূহের রাজধানী', 'কম্পিউটার বিজ্ঞান', 'প্রচার মাধ্যম সংস্কৃতি', 'বিম্‌সটেক', 'শেখ মুজিবুর রহমান', 'সামাজিক বিজ্ঞান',
    'সার্ক', 'কমনওয়েলথ', 'হিন্দুশাস্ত্র', 'Continents of the world', 'Regions of the world'],
  layout: ['Div col', 'Div col end', 'Cols', 'Columns', 'Endplainlist', 'Endflatlist', 'সূত্র তালিকা', 'Reflist', 'Refs', 'তথ্যসূত্র', 'টীকা তালিকা', 'Notelist', 'Notes', 'Refbegin', 'Refend', 'Div col end', 'Col-begin', 'Col-end', 'Col-break', 'Col-2', 'Col-3', 'Col-4', 'MultiCol', 'ColBreak', 'EndMultiCol', 'Clear', 'Clr', 'Clearleft', 'Clearright', 'Sticky header', 'Static row numbers', 'Table alignment', 'Center top', 'Center bottom', 'Top', 'Bottom', 'Refstart', 'শিরোটীকা', 'Selfref', 'Short description', 'সংক্ষিপ্ত বিবরণ', 'DISPLAYTITLE', 'Italic title', 'Lowercase title', 'Use dmy dates', 'Use mdy dates', 'Use British English', 'Use Indian English', 'Engvar', 'Bots', 'Nobots', 'Sfrac/styles', 'Color strip',
    'সূত্র শুরু', 'সূত্র শেষ'],
  hatnote: ['মূল নিবন্ধ', 'মূল', 'Main', 'মূল তালিকা', 'Main list', 'আরও দেখুন', 'See also', 'Also', 'আরও', 'Further', 'Further2', 'Further information', 'অধিকতর', 'বিস্তারিত', 'Details', 'সম্পর্কে', 'About', 'For', 'জন্য', 'Other uses', 'Otheruses', 'অন্য ব্যবহার', 'অন্যব্যবহার', 'অন্যান্য ব্যবহার', 'Redirect', 'Redirect2', 'এর সাথে বিভ্রান্ত হবেন না', 'পুনর্নির্দেশ', 'পুনর্নির্দেশ-বহু', 'Distinguish', 'Distinguish2', 'দ্ব্যর্থতা নিরসন', 'Disambiguation', 'See', 'প্রধান', 'Hatnote', 'Selfref', 'Self-reference', 'Broader', 'Main article', 'Seealso'],
  maintenance: ['অসম্পূর্ণ', 'Stub', 'Citation needed', 'তথ্যসূত্র প্রয়োজন', 'উৎসহীন', 'Unreferenced', 'Cn', 'Fact', 'Clarify', 'স্পষ্ট করা প্রয়োজন', 'By whom', 'কার দ্বারা', 'Dead link', 'অকার্যকর সংযোগ', 'Request quotation', 'Tone', 'Copyedit', 'অনুলিপি সম্পাদনা', 'Refimprove', 'সূত্র উন্নতি', 'Expand', 'Expand section', 'Expand list', 'সম্প্রসারণ করুন', 'অনুচ্ছেদ সম্প্রসারণ', 'Merge from', 'Merge', 'Wikify', 'Underlinked', 'কম সংযুক্ত', 'Update after', 'হালনাগাদ', 'সত্যতা', 'যান্ত্রিক অনুবাদ', 'রুক্ষ অনুবাদ', 'পরিষ্করণ', 'বিশেষজ্ঞ', 'রচনা সংশোধন', 'ছোট নিবন্ধ', 'বাংলা নয়', 'সুরক্ষা', 'নির্দেশিকা', 'Verify', 'Which', 'When', 'Who', 'Dubious', 'Update', 'Cleanup', 'Peacock', 'Weasel', 'Original research', 'Pov', 'POV', 'Citation style', 'No footnotes', 'More footnotes', 'Globalize', 'Unbalanced', 'In use', 'Under construction', 'কাজ চলছে', 'Clarification needed', 'Page needed', 'Year needed', 'Full citation needed', 'গল্প', 'Better source', 'Cbignore', 'Bare URLs', 'Orphan', 'Dead end', 'Wikipedia books'],
};

/** `{{lang-fr|…}}` and the language-icon templates name languages by code. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'ইংরেজি', bn: 'বাংলা', fr: 'ফরাসি', de: 'জার্মান', ar: 'আরবি', fa: 'ফার্সি', ur: 'উর্দু', hi: 'হিন্দি', sa: 'সংস্কৃত',
  pt: 'পর্তুগিজ', es: 'স্পেনীয়', it: 'ইতালীয়', la: 'লাতিন', grc: 'প্রাচীন গ্রিক', 'grc-gre': 'প্রাচীন গ্রিক', el: 'গ্রিক',
  ru: 'রুশ', cs: 'চেক', dz: 'জংখা', ne: 'নেপালি', dv: 'দিবেহী', hy: 'আর্মেনীয়', be: 'বেলারুশীয়', nl: 'ওলন্দাজ',
  hu: 'হাঙ্গেরীয়', zh: 'চীনা', id: 'ইন্দোনেশীয়', ja: 'জাপানি', he: 'হিব্রু', 'he-n': 'হিব্রু', arc: 'আরামীয়',
  am: 'আমহারীয়', syr: 'সিরীয়', ps: 'পশতু', mr: 'মারাঠি', da: 'ডেনীয়', mkw: 'কিটুবা', ko: 'কোরীয়', tr: 'তুর্কি',
  pl: 'পোলীয়', sv: 'সুইডীয়', no: 'নরওয়েজীয়', fi: 'ফিনীয়', uk: 'ইউক্রেনীয়', ta: 'তামিল', te: 'তেলুগু', pa: 'পাঞ্জাবি',
  gu: 'গুজরাটি', or: 'ওড়িয়া', as: 'অসমীয়া', ml: 'মালয়ালম', kn: 'কন্নড়', si: 'সিংহলি', my: 'বর্মী', th: 'থাই',
  vi: 'ভিয়েতনামী', ms: 'মালয়', tl: 'তাগালোগ', sw: 'সোয়াহিলি', ro: 'রোমানীয়', bg: 'বুলগেরীয়', sr: 'সার্বীয়',
  hr: 'ক্রোয়েশীয়', sh: 'সার্বো-ক্রোয়েশীয়', sk: 'স্লোভাক', sl: 'স্লোভেনীয়', ka: 'জর্জীয়', ku: 'কুর্দি', bo: 'তিব্বতি',
  mn: 'মঙ্গোলীয়', uz: 'উজবেক', kk: 'কাজাখ', az: 'আজারবাইজানি', is: 'আইসল্যান্ডীয়', ga: 'আইরিশ', cy: 'ওয়েলশ',
  sq: 'আলবেনীয়', lt: 'লিথুয়ানীয়', lv: 'লাটভীয়', et: 'এস্তোনীয়', mt: 'মাল্টীয়', eo: 'এস্পেরান্তো', pi: 'পালি',
  wuu: 'উ চীনা', yue: 'ক্যান্টনীয়', hns: 'ক্যারিবীয় হিন্দুস্তানি', ota: 'উসমানীয় তুর্কি', sd: 'সিন্ধি', ks: 'কাশ্মীরি',
};

/** `{{IND}}` → ভারত: the three-letter country templates (flag and name). */
export const COUNTRY_CODES: Record<string, string> = {
  BGD: 'বাংলাদেশ', BAN: 'বাংলাদেশ', IND: 'ভারত', PAK: 'পাকিস্তান', NEP: 'নেপাল', BHU: 'ভুটান', LKA: 'শ্রীলঙ্কা', SRI: 'শ্রীলঙ্কা',
  MDV: 'মালদ্বীপ', MYA: 'মিয়ানমার', THA: 'থাইল্যান্ড', MYS: 'মালয়েশিয়া', SIN: 'সিঙ্গাপুর', IDN: 'ইন্দোনেশিয়া', TLS: 'পূর্ব তিমুর',
  CCK: 'কোকোস (কিলিং) দ্বীপপুঞ্জ', IOT: 'ব্রিটিশ ভারত মহাসাগরীয় অঞ্চল', AUS: 'অস্ট্রেলিয়া', ISR: 'ইসরায়েল', JOR: 'জর্ডান',
  SAU: 'সৌদি আরব', YEM: 'ইয়েমেন', OMA: 'ওমান', UAE: 'সংযুক্ত আরব আমিরাত', QAT: 'কাতার', BHR: 'বাহরাইন', KUW: 'কুয়েত',
  IRQ: 'ইরাক', IRN: 'ইরান', EGY: 'মিশর', SUD: 'সুদান', ERI: 'ইরিত্রিয়া', DJI: 'জিবুতি', SOM: 'সোমালিয়া', KEN: 'কেনিয়া',
  TZA: 'তানজানিয়া', MOZ: 'মোজাম্বিক', ZAF: 'দক্ষিণ আফ্রিকা', MDG: 'মাদাগাস্কার', MUS: 'মরিশাস', COM: 'কোমোরোস',
  SEY: 'সেশেল', ATF: 'ফরাসি দক্ষিণাঞ্চলীয় ও অ্যান্টার্কটিক ভূমি', FRA: 'ফ্রান্স', USA: 'মার্কিন যুক্তরাষ্ট্র', CAN: 'কানাডা',
  GRL: 'গ্রিনল্যান্ড', ISL: 'আইসল্যান্ড', NOR: 'নরওয়ে', RUS: 'রাশিয়া', CHN: 'চীন', JPN: 'জাপান', GBR: 'যুক্তরাজ্য',
  UK: 'যুক্তরাজ্য', GER: 'জার্মানি', DEU: 'জার্মানি', ITA: 'ইতালি', ESP: 'স্পেন', BRA: 'ব্রাজিল', ARG: 'আর্জেন্টিনা', MEX: 'মেক্সিকো',
  AFG: 'আফগানিস্তান', SUI: 'সুইজারল্যান্ড', SWE: 'সুইডেন', NZL: 'নিউজিল্যান্ড', ZIM: 'জিম্বাবুয়ে', WIN: 'ওয়েস্ট ইন্ডিজ',
};

/** Redirects and spellings seen in the dump and the corpus, to the name the table uses. */
export const TEMPLATE_ALIASES: Record<string, string> = {
  'Lang-he-n': 'Lang-he', 'Lang-grc-gre': 'Lang-grc', 'IPA-en': 'IPA-en', 'Cite': 'Citation', 'Ill-wd': 'Ill',
  'বাংলাদেশের প্রতীক': 'বাংলাদেশের প্রতীক', 'Col-begin': 'Col-begin',
};

/**
 * Families by the shape of a name: `Lang-fr`, `IPA-bn`, `Fr icon`, `… উদ্ধৃতি`, `Cite …`, `তথ্যছক …`,
 * `…-অসম্পূর্ণ` / `… stub` (maintenance), `… sidebar` / `… navbox` / `… topics` / `… footer` (navbox),
 * `{{BGD}}` (a country code).
 */
function byShape(name: string): TemplateRule | undefined {
  let m = /^Lang-([a-z]{2,3}(?:-[a-z]+)?)$/i.exec(name);
  if (m) return { family: 'lang', text: m[1].toLowerCase() };
  m = /^([A-Z][a-z]{1,2}) icon$/.exec(name) ?? /^(En|Fr|De|Es|Pt|It|Ru|Ar|Bn|Hi|Ur|Ja|Zh)$/.exec(name);
  if (m) return { family: 'langIcon', text: m[1].toLowerCase() };
  if (/^IPA(?:-[a-z]{2,3})?$/i.test(name)) return name.length > 3 ? { family: 'ipa' } : { family: 'prose', arg: 1 };
  if (/^IPA/i.test(name)) return { family: 'prose', arg: 1 };
  if (isCitation(name)) return { family: 'citation' };
  if (isInfobox(name) || /(?:^|\s)infobox$|^তথ্যছক|ছক$/i.test(name)) return { family: 'infobox' };
  if (/অসম্পূর্ণ|[- ]stub$|^Pp-|^কাজ চলছে/i.test(name)) return { family: 'maintenance' };
  if (/(?:sidebar|navbox|footer|topics|nav|পার্শ্বদণ্ড|সমূহ|বিষয়াবলী|বিষয়াদি|বিষয়সমূহ|ফুটার|পরিভ্রমণ বাক্স)$/i.test(name)) return { family: 'navbox' };
  // The main page's boxes transclude other pages (`{{প্রধান পাতা নির্বাচিত নিবন্ধ}}`).
  if (/^প্রধান পাতা/.test(name)) return { family: 'navbox' };
  if (/^[A-Z]{3}$/.test(name) && COUNTRY_CODES[name]) return { family: 'flagCode', text: name };
  return undefined;
}

const key = (name: string) => name.replace(/^(?:টেমপ্লেট|Template)\s*:/i, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

function buildTable(): Map<string, TemplateRule> {
  const table = new Map<string, TemplateRule>();
  const set = (name: string, rule: TemplateRule) => table.set(key(name), rule);
  // Order: later families win, so the specific ones come last.
  for (const [family, names] of Object.entries(FAMILY_NAMES)) for (const n of names!) set(n, { family: family as TemplateFamily });
  for (const [n, arg] of Object.entries(PROSE)) set(n, { family: 'prose', arg });
  for (const [n, text] of Object.entries(SYMBOL)) set(n, { family: 'symbol', text });
  for (const n of QUOTE) set(n, { family: 'quote', arg: 1, names: ['quote', 'text', 'উক্তি', 'লেখা'] });
  for (const n of Object.keys(DATE_TEMPLATES)) set(n, { family: 'date' });
  // `{{circa|1900}}` is a date template too (for events), but shows its word: "আনুমানিক ১৯০০".
  for (const n of FAMILY_NAMES.circa!) set(n, { family: 'circa' });
  for (const n of FAMILY_NAMES.ill!) set(n, { family: 'ill', arg: 1, names: ['lt', 'label'] });
  set('Lang', { family: 'prose', arg: 2 });
  return table;
}

const TABLE = buildTable();

/** Rules already looked up, by the name as written (a dump repeats a few thousand names). */
const SEEN = new Map<string, TemplateRule | undefined>();

/** The rule for a template name, or undefined when the census has none: `Cvt` → `{ family: 'convert' }`. */
export function templateRule(name: string): TemplateRule | undefined {
  if (SEEN.has(name)) return SEEN.get(name);
  const alias = TEMPLATE_ALIASES[name];
  const rule = TABLE.get(key(name)) ?? (alias ? TABLE.get(key(alias)) : undefined) ?? byShape(name.trim());
  if (SEEN.size < 50_000) SEEN.set(name, rule);
  return rule;
}

/** Every name the table knows, for the census and the tests. */
export function knownTemplateNames(): string[] {
  return [...TABLE.keys()];
}
