// The HTML tags MediaWiki's Sanitizer lets through, as written in wikitext: `<small>`, `</div>`,
// `<br />`, `<span title="[[ক]]">` (brackets in attributes are inert). A tag the Sanitizer refuses is
// text: `<img src=x>`, `<nav>`, `<meta property="ক">` (meta and link pass only with `itemprop`).
// Comments and nowiki inside a tag belong to it: `<div class="<!--x-->ক">`.

/** Sanitizer's allowed elements (and the preprocessor's noinclude/includeonly/onlyinclude). */
const NAMES = 'abbr|b|bdi|bdo|big|blockquote|br|caption|center|cite|code|data|dd|del|dfn|div|dl|dt|em|font|h[1-6]|hr|i|ins|kbd|li|mark|ol|p|pre|q|rb|rp|rt|rtc|ruby|s|samp|small|span|strike|strong|sub|sup|table|td|th|time|tr|tt|u|ul|var|wbr|noinclude|includeonly|onlyinclude|meta|link';
const TAG = new RegExp(`</?(${NAMES})(?=[\\s/>])(?:[^<>]|<!--(?:[^-]|-(?!->))*-->|<nowiki>[^<]*</nowiki>)*>`, 'iy');

/** The length of the allowed HTML tag at `p` (0 when there is none): `<small>` → 7. */
export function htmlTagLength(s: string, p: number): number {
  TAG.lastIndex = p;
  const m = TAG.exec(s);
  if (!m) return 0;
  const name = m[1].toLowerCase();
  if ((name === 'meta' || name === 'link') && !/\sitemprop\s*=/i.test(m[0])) return 0;
  return TAG.lastIndex - p;
}
