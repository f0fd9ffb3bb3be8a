// HTML entities that bnwiki articles use, as data: `&nbsp;` → U+00A0, `&#2437;` → `অ`.
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  deg: '\u00b0', lrm: '\u200e', rlm: '\u200f', zwnj: '\u200c', zwj: '\u200d', hellip: '\u2026', times: '\u00d7',
  copy: '\u00a9', reg: '\u00ae', laquo: '\u00ab', raquo: '\u00bb', minus: '\u2212', thinsp: '\u2009', ensp: '\u2002',
  emsp: '\u2003', shy: '\u00ad', middot: '\u00b7', bull: '\u2022', prime: '\u2032', Prime: '\u2033', frac12: '\u00bd',
  frac14: '\u00bc', frac34: '\u00be', plusmn: '\u00b1', divide: '\u00f7', sup2: '\u00b2', sup3: '\u00b3', micro: '\u00b5',
  para: '\u00b6', sect: '\u00a7', pound: '\u00a3', euro: '\u20ac', yen: '\u00a5', cent: '\u00a2', rarr: '\u2192',
  larr: '\u2190', harr: '\u2194', uarr: '\u2191', darr: '\u2193', hArr: '\u21d4', rArr: '\u21d2', infin: '\u221e',
  le: '\u2264', ge: '\u2265', ne: '\u2260', asymp: '\u2248', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c',
  rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e', dagger: '\u2020', Dagger: '\u2021', permil: '\u2030', trade: '\u2122',
  iexcl: '\u00a1', iquest: '\u00bf', ordm: '\u00ba', ordf: '\u00aa', not: '\u00ac', macr: '\u00af', acute: '\u00b4',
  cedil: '\u00b8', uml: '\u00a8', brvbar: '\u00a6', curren: '\u00a4', alpha: '\u03b1', beta: '\u03b2', gamma: '\u03b3',
  delta: '\u03b4', pi: '\u03c0', sigma: '\u03c3', mu: '\u03bc', lambda: '\u03bb', omega: '\u03c9', theta: '\u03b8',
};

/** Decodes one entity as written (`&nbsp;`, `&#x985;`); undefined when MediaWiki would show it as text. */
export function decodeEntity(raw: string): string | undefined {
  const body = raw.slice(1, -1);
  if (body[0] !== '#') return NAMED[body];
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}
