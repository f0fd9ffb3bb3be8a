// A link's URL as MediaWiki writes it into `href` (Sanitizer::cleanUrl): character references decoded,
// characters IDNA ignores removed from the host, and what a URL may not hold percent-encoded:
// `http://x&amp;y` → `http://x&y`, `http://e&zwnj;xample.com/` → `http://example.com/`,
// `http://ক.org?a=1&vert;2` → `http://ক.org?a=1%7C2`, `irc://&#x0A;a` → `irc://%0Aa`.
import { decodeEntity } from '../grammar-support/entities.js';

const REFERENCE = /&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);/g;
/** Characters IDNA maps to nothing (soft hyphen, ZWJ/ZWNJ, variation selectors …). */
const IDN_IGNORED = /\u00ad|\u034f|\u1806|[\u180b-\u180d]|[\u200b-\u200d]|\u2060|[\ufe00-\ufe0f]|\ufeff/g;
const HOST = /^((?:[a-z][a-z0-9+.-]*:)?\/\/)([^/?#]*)/i;
const ESCAPED = /[\][<>"\x00-\x20\x7f|]/g;

/** `http://x&amp;y` → `http://x&y` (references MediaWiki would not decode stay as written). */
export function decodeUrlEntities(url: string): string {
  return url.includes('&') ? url.replace(REFERENCE, (e) => decodeEntity(e) ?? e) : url;
}

/** Sanitizer::cleanUrl on a decoded URL: IDN-ignored characters out of the host, then urlencode of `[]<>"|`, controls and space (`+`). */
export function cleanUrl(url: string): string {
  const host = HOST.exec(url);
  if (host && IDN_IGNORED.test(host[2])) url = host[1] + host[2].replace(IDN_IGNORED, '') + url.slice(host[0].length);
  IDN_IGNORED.lastIndex = 0;
  ESCAPED.lastIndex = 0;
  if (!ESCAPED.test(url)) return url;
  return url.replace(ESCAPED, (c) =>
    c === ' ' ? '+' : '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}
