// bnwiki template facts as data: which templates render prose or a symbol, which are infoboxes (date
// templates: site/date-templates.ts; citations: site/citations.ts). Names are as `template.name` gives them (trimmed, `_`→space,
// first Latin letter upper-cased, no টেমপ্লেট:/Template: prefix).

/**
 * Templates whose rendered text is prose, with the positional argument that holds it:
 * `{{lang|en|Bangladesh}}` → "Bangladesh", `{{nowrap|১৯৭১ সাল}}` → "১৯৭১ সাল".
 */
export const PROSE_TEMPLATES: Record<string, number> = {
  Lang: 2, 'ভাষা': 2, Transl: 2, Transliteration: 2, 'Lang-en': 1, 'Lang-bn': 1, 'Lang-ar': 1, 'Lang-fa': 1,
  'Lang-hi': 1, 'Lang-ur': 1, 'Lang-sa': 1,
  Nowrap: 1, Nobr: 1, 'Nowrap begin': 0, Small: 1, 'ছোট': 1, Big: 1, 'বড়': 1, Em: 1, Strong: 1, Smaller: 1,
  Larger: 1, 'Text': 1, Nastaliq: 1, 'Script': 2, 'Bengali': 1, 'Noitalic': 1, 'Not a typo': 1, Sic: 1, Ill: 1,
  'Interlanguage link': 1, 'Ill-wd': 1, Abbr: 1, 'Visible anchor': 1, Vanchor: 1, Keypress: 1, Kbd: 1, Code: 1,
  Mvar: 1, Var: 1, IPA: 1, 'IPA-bn': 1, Audio: 2, 'বাংলা': 1, Linktext: 1, Snd: 1, Spaced: 1, 'Quote': 1, 'উক্তি': 1,
  Blockquote: 1, 'Center': 1, 'কেন্দ্র': 1, 'Bold': 1, 'Italic': 1, 'Color': 2, 'Colour': 2, 'Font color': 2,
};

/** Templates that render a fixed character: `{{!}}` → `|`, `{{snd}}` → ` – `. */
export const SYMBOL_TEMPLATES: Record<string, string> = {
  '!': '|', '=': '=', Snd: ' – ', Spaced_ndash: ' – ', Ndash: '–', Mdash: '—', '-': '', Clear: '', 'সরল রেখা': '',
  Dash: '–', Nbsp: '\u00a0', 'Middot': ' · ', '·': ' · ', Bull: ' • ', '•': ' • ', Sp: ' ', 'Spaces': ' ',
};

/** `তথ্যছক ব্যক্তি`, `Infobox officeholder`, `Infobox`: the infoboxes. */
export function isInfobox(name: string): boolean {
  return /^(?:তথ্যছক|তথ্যবক্স|Infobox)(?:\s|$)/i.test(name);
}

// Date templates and citations have modules of their own; their names stay importable from here.
export { DATE_TEMPLATES, type DateTemplate } from './date-templates.js';
export { isCitation, isCitationDateField } from './citations.js';
