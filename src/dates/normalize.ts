// The matching copy: a canonical version of the input plus a map from every copied code unit back
// to the source range it came from, so that spans found in the copy map back exactly.
// The input is never changed. Besides the character rules of `canon`, the copy:
//   `&nbsp;` → space, `&ndash;`/`&mdash;` → dash                      (`২৮৭&nbsp;বিসি`)
//   `''`/`'''` quote runs, `[[`, `]]` and a piped link's target dropped (`[[আগস্ট ১৫|১৫ আগস্ট]]` → `১৫ আগস্ট`)
//   `<!-- … -->` dropped; `<br>` → newline; other tags → space; URLs → space (`…/2022/08/…` is no date)
//   citation templates dropped (`{{ওয়েব উদ্ধৃতি|…|সংগ্রহের-তারিখ=১৪ ডিসেম্বর ২০১৬}}` is metadata)
//   date templates rendered as the date they display (`{{জন্ম তারিখ|১৯৪৭|৯|২৮}}` → `২৮ সেপ্টেম্বর ১৯৪৭`)
//   circa wrappers read as `আনুমানিক` (`{{circa|খ্রিস্টপূর্ব ৪৮৪}}`), `{{mdash}}` as a dash.

import { BraceMatches } from './brace-matches.js';
import { canon, canonStep } from './canon.js';
import { parseDigits } from './digits.js';
import {
  CANONICAL_MONTH_NAMES,
  CIRCA_TEMPLATES,
  DASH_TEMPLATES,
  DATE_TEMPLATES,
  isCitationTemplate,
} from './lexicon.js';

/**
 * The matching copy and its offset map: copy unit `i` came from source `[startOf(i), endOf(i))`.
 * The map is kept as runs, one per piece the copy was built from (a stretch copied unit by unit, or
 * one replacement such as `&nbsp;` → ` `), and read by binary search: mentions are few, units many.
 */
export class Normalized {
  constructor(
    readonly text: string,
    /** Copy offset where each run begins, ascending. */
    private readonly runAt: number[],
    /** Source offset of each run's first unit. */
    private readonly runSrc: number[],
    /** Source end of a replacement run (all its units map to `[runSrc, runEnd)`), or -1 for a copied one. */
    private readonly runEnd: number[],
  ) {}

  /** The run that copy unit `i` belongs to. */
  private run(i: number): number {
    let lo = 0;
    let hi = this.runAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runAt[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Source offset where copy unit `i` comes from (`১৫ আগস্ট` of `[[আগস্ট ১৫|১৫ আগস্ট]]` → after the `|`). */
  startOf(i: number): number {
    const k = this.run(i);
    return this.runEnd[k]! < 0 ? this.runSrc[k]! + (i - this.runAt[k]!) : this.runSrc[k]!;
  }
  /** Source offset after what copy unit `i` comes from (the whole `&nbsp;` for its space). */
  endOf(i: number): number {
    const k = this.run(i);
    return this.runEnd[k]! < 0 ? this.runSrc[k]! + (i - this.runAt[k]!) + 1 : this.runEnd[k]!;
  }
  /** `startOf` of every copy unit, as an array (for tests and tools). */
  get start(): Int32Array {
    return Int32Array.from({ length: this.text.length }, (_, i) => this.startOf(i));
  }
  /** `endOf` of every copy unit, as an array (for tests and tools). */
  get end(): Int32Array {
    return Int32Array.from({ length: this.text.length }, (_, i) => this.endOf(i));
  }
}

/** Builds the copy piece by piece, with one map run per piece. */
class Builder {
  parts: string[] = [];
  runAt: number[] = [];
  runSrc: number[] = [];
  runEnd: number[] = [];
  n = 0;
  /** Appends `out`, every unit of it mapped to source `[s, e)`. */
  emit(out: string, s: number, e: number): void {
    if (!out) return;
    this.run(out, s, e);
  }
  /** Appends source `[from, to)` unchanged, unit by unit. */
  copy(src: string, from: number, to: number): void {
    this.run(src.slice(from, to), from, -1);
  }
  private run(out: string, s: number, e: number): void {
    this.parts.push(out);
    this.runAt.push(this.n);
    this.runSrc.push(s);
    this.runEnd.push(e);
    this.n += out.length;
  }
  done(): Normalized {
    return new Normalized(this.parts.join(''), this.runAt, this.runSrc, this.runEnd);
  }
}

/** Code units copied unchanged: not a trigger of the wikitext rules and not changed by `canonStep`. */
function plain(c: number): boolean {
  return PLAIN[c] === 1;
}
function plainRule(c: number): boolean {
  if (c < 0x80)
    return !(
      c === 0x26 ||
      c === 0x68 ||
      c === 0x2f ||
      c === 0x3c ||
      c === 0x27 ||
      c === 0x5b ||
      c === 0x5d ||
      c === 0x7b ||
      c === 0x7d ||
      (c >= 0x41 && c <= 0x5a)
    );
  if (c >= 0x0980 && c <= 0x09ff)
    return !(c === 0x09dc || c === 0x09dd || c === 0x09df || c === 0x09f0 || c === 0x09f7 || c === 0x09c7);
  return !(
    c === 0x00a0 ||
    c === 0x00ad ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x202f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `plainRule` as a table over the BMP (charCodeAt never exceeds 0xFFFF). */
const PLAIN = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) PLAIN[c] = plainRule(c) ? 1 : 0;

/** `plain`, plus `ে` (U+09C7) when it does not join the next sign (`ে` + `া`/`ৗ`): `canonStep` keeps it as is. */
function plainAt(s: string, i: number, c: number): boolean {
  if (c === 0x09c7) {
    const d = s.charCodeAt(i + 1);
    return d !== 0x09be && d !== 0x09d7;
  }
  return plain(c);
}

const ENTITY = /&(nbsp|ndash|mdash|minus|thinsp|ensp|emsp|#160|#8211|#8212);/y;
const ENTITY_OUT: Record<string, string> = {
  nbsp: ' ',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  '#160': ' ',
  ndash: '–',
  '#8211': '–',
  mdash: '—',
  '#8212': '—',
  minus: '-',
};
const URL = /(?:https?:)?\/\/[^\s\]|<>{}"]+/y;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,300}?>/y;
const LINK_TARGET = /\[\[([^[\]|{}\n]{1,255})\|/y;
const SIMPLE_TEMPLATE = /\{\{([^{}|]{1,80})((?:\|[^{}]*)?)\}\}/y;
/** `{{ জন্ম তারিখ |`: what stands between `{{` and the first `|` or `}` (no spaces around it in one regex: that backtracked). */
const TEMPLATE_NAME = /\{\{([^{}|]*)[|}]/y;
/** The longest template name looked up. */
const MAX_TEMPLATE_NAME = 80;

function lowerName(raw: string): string {
  return canon(raw.trim().replace(/_/g, ' ').replace(/\s+/g, ' '));
}

/** `{{জন্ম তারিখ ও বয়স|১৯৪৭|৯|২৮|df=y}}` → `২৮ সেপ্টেম্বর ১৯৪৭`; first y|m|d only (the rest is an age input). */
function renderDateTemplate(params: string): string | null {
  const nums: number[] = [];
  for (const p of params.split('|').slice(1)) {
    if (p.includes('=')) continue;
    const v = parseDigits(p.trim());
    if (Number.isNaN(v)) {
      if (p.trim() === '') continue;
      break;
    }
    nums.push(v);
    if (nums.length === 3) break;
  }
  const [y, m, d] = nums;
  if (y === undefined) return null;
  if (m === undefined || m < 1 || m > 12) return `${y} খ্রি.`;
  const month = CANONICAL_MONTH_NAMES[m - 1]!;
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/**
 * True when `normalize(text)` would return `text` itself with the identity offset map (copy unit `i`
 * from source `[i, i + 1)`), so the copy and its maps need not be built. Conservative: any character
 * that can start a rewrite (`&`, `<`, `''`, `[[`, `]]`, `{{`, `//`, `http`, ASCII capitals, the
 * code points `canonStep` changes) answers false. One pass, no allocation.
 */
export function isCanonical(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return false;
      if (c === 0x26 /* & */ || c === 0x3c /* < */) return false;
      if (
        (c === 0x27 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f) &&
        text.charCodeAt(i + 1) === c
      )
        return false;
      if (c === 0x68 /* h */ && text.startsWith('http', i)) return false;
    } else if (c >= 0x0980 && c <= 0x09ff) {
      if (c === 0x09dc || c === 0x09dd || c === 0x09df || c === 0x09f0 || c === 0x09f7) return false;
      if (c === 0x09c7) {
        const d = text.charCodeAt(i + 1);
        if (d === 0x09be || d === 0x09d7) return false;
      }
    } else if (
      c === 0x00a0 ||
      c === 0x00ad ||
      (c >= 0x2000 && c <= 0x200d) ||
      c === 0x202f ||
      c === 0x3000 ||
      c === 0xfeff
    )
      return false;
  }
  return true;
}

/**
 * Builds the matching copy of `text`. Linear: one pass, sticky regexes tried only at `&`, `h`/`/`, `<`,
 * `[`, `]`, `{`, `}` and `'`.
 */
export function normalize(text: string): Normalized {
  const b = new Builder();
  const pendingClose: number[] = []; // source offsets of `}}` to drop (closing a circa wrapper)
  const braces = new BraceMatches(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (plainAt(text, i, c)) {
      let k = i + 1;
      while (k < n && plainAt(text, k, text.charCodeAt(k))) k++;
      b.copy(text, i, k);
      i = k;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      // ASCII capitals, lower-cased as `canonStep` does (without its tuple)
      b.emit(String.fromCharCode(c + 32), i, i + 1);
      i++;
      continue;
    }
    if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m) {
        b.emit(ENTITY_OUT[m[1]!]!, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    } else if (c === 0x68 /* h */ || c === 0x2f /* / */) {
      if (text.startsWith('http', i) || text.startsWith('//', i)) {
        URL.lastIndex = i;
        const m = URL.exec(text);
        if (m && m[0].length > 8) {
          b.emit(' ', i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    } else if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (m) {
        b.emit(m[2]!.toLowerCase() === 'br' ? '\n' : ' ', i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    } else if (c === 0x27 /* ' */ && text.charCodeAt(i + 1) === 0x27) {
      let k = i;
      while (text.charCodeAt(k) === 0x27) k++;
      i = k; // bold/italic quote run
      continue;
    } else if (c === 0x5b /* [ */ && text.charCodeAt(i + 1) === 0x5b) {
      LINK_TARGET.lastIndex = i;
      const m = LINK_TARGET.exec(text);
      i += m ? m[0].length : 2; // `[[target|` or `[[`
      continue;
    } else if (c === 0x5d /* ] */ && text.charCodeAt(i + 1) === 0x5d) {
      i += 2;
      continue;
    } else if (c === 0x7d /* } */ && pendingClose.length && pendingClose[pendingClose.length - 1] === i) {
      pendingClose.pop();
      i += 2;
      continue;
    } else if (c === 0x7b /* { */ && text.charCodeAt(i + 1) === 0x7b) {
      const done = template(text, i, b, pendingClose, braces);
      if (done > i) {
        i = done;
        continue;
      }
    }
    const [out, used] = canonStep(text, i);
    b.emit(out, i, i + used);
    i += used;
  }
  return b.done();
}

/** Handles a template at `i`; returns the source offset to continue from, or `i` to copy it as text. */
function template(text: string, i: number, b: Builder, pendingClose: number[], braces: BraceMatches): number {
  TEMPLATE_NAME.lastIndex = i;
  const nm = TEMPLATE_NAME.exec(text);
  if (!nm || nm[1] === '' || nm[1]!.trim().length > MAX_TEMPLATE_NAME) return i;
  const name = lowerName(nm[1]!);
  if (isCitationTemplate(name)) {
    const end = braces.endOf(i);
    if (end > 0) {
      b.emit(' ', i, end);
      return end;
    }
    return i;
  }
  SIMPLE_TEMPLATE.lastIndex = i;
  const m = SIMPLE_TEMPLATE.exec(text);
  if (!m) return i;
  const end = i + m[0].length;
  if (DASH_TEMPLATES.has(name)) {
    b.emit('–', i, end);
    return end;
  }
  if (DATE_TEMPLATES.has(name)) {
    const out = renderDateTemplate(m[2]!);
    if (out) {
      b.emit(canon(out), i, end);
      return end;
    }
    return i;
  }
  if (CIRCA_TEMPLATES.has(name)) {
    // `{{c.|lk=no|২০৭০&nbsp;বিসিই}}`: the opening up to the last `|` reads as `আনুমানিক `, the body is copied.
    const body = i + 2 + m[1]!.length + m[2]!.lastIndexOf('|') + 1;
    b.emit(canon('আনুমানিক '), i, body);
    pendingClose.push(end - 2);
    return body;
  }
  return i;
}

/** Source span of copy span `[a, b)`: `[startOf(a), endOf(b - 1))`. */
export function toSource(norm: Normalized, a: number, b: number): [number, number] {
  return [norm.startOf(a), norm.endOf(b - 1)];
}
