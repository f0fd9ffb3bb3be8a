// Page titles as MediaWiki resolves them, shared by template names and link targets:
// `ওয়েব_উদ্ধৃতি` → `ওয়েব উদ্ধৃতি`, `  cite   web ` → `Cite web`, `বাংলাদেশ` stays as it is (no new string).

/**
 * A title that normalising leaves as it is: ASCII or Bengali without the characters NFC changes or
 * reorders (nukta, precomposed য়/ড়/ঢ়, ে + া/ৗ), single inner spaces only: `ওয়েব উদ্ধৃতি`, `Cite web`.
 */
const PLAIN_TITLE =
  /^[^\s_\u0080-\u0984\u09bc\u09dc\u09dd\u09df\u09fe\u0a00-\uffff](?:[^\s_\u0080-\u0984\u09bc\u09dc\u09dd\u09df\u09fe\u0a00-\uffff]| (?! |$))*$/;
/** `ে` + `া`/`ৗ`, which NFC composes into `ো`/`ৌ`. */
export const COMPOSES = /\u09c7[\u09be\u09d7]/;

/** `_` and runs of blanks to one space, trimmed: `ঢাকা__বিভাগ ` → `ঢাকা বিভাগ`. */
export function cleanTitle(s: string): string {
  return s.replace(/[_\s\u00a0]+/g, ' ').trim();
}

/** MediaWiki's resolved title text: NFC, `_`→space, spaces collapsed, trimmed, first Latin letter upper-cased. */
export function normalizeTitle(raw: string): string {
  return upperFirst(PLAIN_TITLE.test(raw) && !COMPOSES.test(raw) ? raw : cleanTitle(raw.normalize('NFC')));
}

/** `t.charAt(0).toUpperCase() + t.slice(1)`, without a new string when the first letter has no case (`ঢাকা`). */
export function upperFirst(t: string): string {
  const c = t.charCodeAt(0);
  if (c < 0x61 || (c > 0x7a && c < 0x80) || (c >= 0x980 && c <= 0x9ff)) return t;
  return t.charAt(0).toUpperCase() + t.slice(1);
}
