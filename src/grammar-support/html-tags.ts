// The HTML tags MediaWiki's Sanitizer lets through, as written in wikitext: `<small>`, `</div>`,
// `<br />`, `<span title="[[ক]]">` (brackets in attributes are inert). A tag the Sanitizer refuses is
// text: `<img src=x>`, `<nav>`, `<meta property="ক">` (meta and link pass only with `itemprop`).
// Comments and nowiki inside a tag belong to it: `<div class="<!--x-->ক">`.

/** Sanitizer's allowed elements (and the preprocessor's noinclude/includeonly/onlyinclude). */
const NAMES =
  'abbr|b|bdi|bdo|big|blockquote|br|caption|center|cite|code|data|dd|del|dfn|div|dl|dt|em|font|h[1-6]|hr|i|ins|kbd|li|mark|ol|p|pre|q|rb|rp|rt|rtc|ruby|s|samp|small|span|strike|strong|sub|sup|table|td|th|time|tr|tt|u|ul|var|wbr|noinclude|includeonly|onlyinclude|meta|link';
const TAG = new RegExp(`</?(${NAMES})(?=[\\s/>])(?:[^<>]|<!--(?:[^-]|-(?!->))*-->|<nowiki>[^<]*</nowiki>)*>`, 'iy');

/** The length of the allowed HTML tag at `p` (0 when there is none): `<small>` → 7. */
export function htmlTagLength(s: string, p: number): number {
  TAG.lastIndex = p;
  if (!TAG.test(s)) return 0; // test, not exec: no match object for every `<` of a page
  const end = TAG.lastIndex;
  const c = s.charCodeAt(s.charCodeAt(p + 1) === 0x2f ? p + 2 : p + 1) | 0x20;
  if ((c === 0x6d || c === 0x6c) && META_OR_LINK.test(s.slice(p, end)) && !ITEMPROP.test(s.slice(p, end))) return 0;
  return end - p;
}
const META_OR_LINK = /^<\/?(?:meta|link)[\s/>]/i;
const ITEMPROP = /\sitemprop\s*=/i;
