// Character references as MediaWiki's Sanitizer decodes them: every HTML5 named reference (the
// `entities` package's table, `;` required: `&eacute;` → é, `&acE;` → two code points), MediaWiki's own
// `&רלמ;` / `&رلم;` (U+200F), and numeric references to characters HTML allows:
// `&#2437;` → অ, while `&#00;`, `&#xD;`, `&#x7F;`, `&#128;`, `&#xFFFE;` stay literal text.
import { decodeHTMLStrict } from 'entities/decode';

/** MediaWiki's wikitext-only aliases of `&rlm;` (Sanitizer::$htmlEntityAliases). */
const ALIASES: Record<string, string> = { רלמ: '\u200f', رلم: '\u200f' };

/** Sanitizer::validateCodepoint: the characters a numeric reference may name. */
export function validCodePoint(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0x10ffff && (c & 0xfffe) !== 0xfffe)
  );
}

/** Decodes one entity as written (`&nbsp;`, `&#x985;`); undefined when MediaWiki would show it as text. */
export function decodeEntity(raw: string): string | undefined {
  const body = raw.slice(1, -1);
  if (body[0] !== '#') {
    const alias = ALIASES[body];
    if (alias !== undefined) return alias;
    const out = decodeHTMLStrict(raw);
    return out === raw ? undefined : out;
  }
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1).replace(/^0+(?=.)/, '');
  if (digits.length > 8) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  return Number.isFinite(code) && validCodePoint(code) ? String.fromCodePoint(code) : undefined;
}
