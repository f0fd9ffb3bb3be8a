// What `{{রূপান্তর}}` / `{{convert}}` / `{{cvt}}` show, from their arguments as plain strings:
// ["১০০", "km", "mi"] → "১০০ কিলোমিটার (৬২ মাইল)"; ["56.7", "C", "F"] → "৫৬.৭ ডিগ্রি সেলসিয়াস (১৩৪.১ °ফা)".
// A unit it does not know keeps its number and unit: ["৩০", "ফুট"] → "৩০ ফুট".
import { toAsciiDigits, toBengaliDigits } from '../dates/digits.js';
import { RANGE_WORDS, UNIT_ALIASES, UNIT_SCALES, UNITS, type Unit } from '../site/units.js';

/** `1234.5`, `-3`, `.5`, `2e6` (no two ways to split a run of digits: `\d+\.?\d*` backtracked on long runs). */
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** `1,234.5` / `১২৩৪.৫` / `−5` → a number, or NaN. */
export function readNumber(text: string): number {
  const t = toAsciiDigits(text).replace(/[,\s]/g, '').replace(/^[−–]/, '-');
  return NUMBER.test(t) ? Number(t) : NaN;
}

/** Digits after the decimal point of a number as written: `56.7` → 1. */
const decimalsOf = (text: string) => /\.(\d+)/.exec(toAsciiDigits(text))?.[1].length ?? 0;

/** Bengali digits with bnwiki's grouping (`#,##,##0.###`): 1234567.5 → "১২,৩৪,৫৬৭.৫". */
export function formatNumber(value: number, decimals = 0): string {
  const d = Math.max(0, decimals);
  const [int, frac] = Math.abs(value).toFixed(d).split('.');
  const grouped = int.length > 3 ? `${int.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ',')},${int.slice(-3)}` : int;
  const sign = value < 0 && Number(value.toFixed(d)) !== 0 ? '−' : '';
  return toBengaliDigits(sign + grouped + (frac ? `.${frac}` : ''));
}

/** A number as the editor wrote it, in Bengali digits with a real minus: `-89.2` → "−৮৯.২". */
const asWritten = (text: string) => toBengaliDigits(text.trim().replace(/^-/, '−'));

interface ScaledUnit {
  unit: Unit;
  /** `e6km` → 1e6, with the word bnwiki prints ("মিলিয়ন"). */
  scale: number;
  word: string;
}

/** `e6km`: a power of ten, then the unit. */
const SCALED_UNIT = /^(e\d+)(.+)$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function lookupUnit(code: string | undefined): ScaledUnit | undefined {
  if (!code) return undefined;
  const c = code.trim();
  // a line break cannot be in a scaled code (`.` stops at it): ruled out first, the regex never backtracks over it
  const m = LINE_BREAK.test(c) ? null : SCALED_UNIT.exec(c);
  const scale = m ? UNIT_SCALES[m[1]] : undefined;
  const base = m && scale ? m[2] : c;
  const unit = UNITS[base] ?? UNITS[UNIT_ALIASES[base] ?? ''];
  return unit ? { unit, scale: scale?.factor ?? 1, word: scale?.word ?? '' } : undefined;
}

/** Converts `value` from one unit to another of the same family. */
function convertValue(value: number, from: ScaledUnit, to: ScaledUnit): number {
  const base = value * from.scale * from.unit.factor + (from.unit.offset ?? 0);
  return (base - (to.unit.offset ?? 0)) / to.unit.factor / to.scale;
}

/** Decimals for a converted value: the input's precision shifted by the size of the conversion, two significant figures at least. */
function defaultDecimals(value: number, input: string, from: ScaledUnit, to: ScaledUnit): number {
  const ratio = (from.unit.factor * from.scale) / (to.unit.factor * to.scale);
  // A conversion to a smaller number (in → m) needs more decimals; to a larger one (m → ft) keeps the input's.
  const shift = Math.log10(ratio);
  let d = decimalsOf(input) - (shift < -1 ? Math.round(shift) : Math.trunc(shift));
  if (value !== 0) d = Math.max(d, 1 - Math.floor(Math.log10(Math.abs(value))));
  return d;
}

/** Rounds to `decimals` places (negative: tens, hundreds …) and formats. */
function rounded(value: number, decimals: number): string {
  if (decimals >= 0) return formatNumber(value, decimals);
  const step = 10 ** -decimals;
  return formatNumber(Math.round(value / step) * step, 0);
}

/** `abbr=on` shows symbols for both, `off` names for both, the default a name in and a symbol out. */
function label(u: ScaledUnit, abbr: string | undefined, output: boolean): string {
  const symbol = abbr === 'on' || abbr === 'unit' || (output && abbr !== 'off' && abbr !== 'in');
  const name = symbol ? u.unit.symbol : u.unit.name;
  return u.word ? `${u.word} ${name}` : name;
}

/** `১০২৯` + `/কিমি২` → "১০২৯/কিমি২"; other units after a space. */
const unitAfter = (value: string, unit: string) => (unit.startsWith('/') ? value + unit : `${value} ${unit}`);

/**
 * The text of a convert template from its positional arguments (trimmed plain text) and named ones.
 * Returns undefined when there is no number to show.
 */
export function renderConvert(positional: string[], named: Record<string, string>): string | undefined {
  const p = positional.map((s) => s.trim());
  if (!p.length || !p[0]) return undefined;
  // A value that is not one number (`5–8`, `১/২`) keeps its text and its unit.
  if (Number.isNaN(readNumber(p[0]))) {
    const unit = lookupUnit(p[1]);
    return [asWritten(p[0]), unit ? label(unit, named.abbr?.trim(), false) : p[1]].filter(Boolean).join(' ');
  }
  // Values and the words between them: 1 | to | 3 | km.
  const values = [p[0]];
  const joins: string[] = [];
  let i = 1;
  while (RANGE_WORDS[p[i]] !== undefined && !Number.isNaN(readNumber(p[i + 1] ?? ''))) {
    joins.push(RANGE_WORDS[p[i]]);
    values.push(p[i + 1]);
    i += 2;
  }
  const unitCode = p[i];
  const from = lookupUnit(unitCode);
  const join = (parts: string[]) =>
    parts
      .map((v, k) => (k ? joins[k - 1] + v : v))
      .join('')
      .replace(/ +/g, ' ');
  const shown = join(values.map(asWritten));
  if (!from) return unitCode ? `${shown} ${unitCode}` : shown;
  const abbr = named.abbr?.trim();
  let input = unitAfter(shown, label(from, abbr, false));
  // What the rounding follows: each value as written, in its unit.
  const written = values.slice();
  let writtenUnit = from;
  // A value in two units (`5|ft|11|in`): the smaller unit's part joins the first (one value only).
  const minor = values.length === 1 && !Number.isNaN(readNumber(p[i + 1] ?? '')) ? lookupUnit(p[i + 2]) : undefined;
  if (minor && minor.unit.family === from.unit.family && minor.unit.factor < from.unit.factor) {
    input += ` ${unitAfter(asWritten(p[i + 1]), label(minor, abbr, false))}`;
    const total =
      readNumber(values[0]) +
      (readNumber(p[i + 1]) * minor.unit.factor * minor.scale) / (from.unit.factor * from.scale);
    values[0] = String(total);
    written[0] = p[i + 1];
    writtenUnit = minor;
    i += 2;
  }
  // The output units (`km/h mph`: two), then a rounding position.
  let outCodes: string | undefined = p[i + 1];
  let precision = p[i + 2];
  if (outCodes !== undefined && !Number.isNaN(readNumber(outCodes))) {
    precision = outCodes;
    outCodes = undefined;
  }
  const targets = (outCodes ? outCodes.split(/\s+/) : [from.unit.to ?? ''])
    .map(lookupUnit)
    .filter(
      (t): t is ScaledUnit =>
        !!t &&
        (t.unit.family === from.unit.family ||
          (t.unit.family.startsWith('temperature') && from.unit.family.startsWith('temperature'))),
    );
  if (!targets.length) return input;
  const sigfig = named.sigfig ? readNumber(named.sigfig) : NaN;
  const outputs = targets.map((to) => {
    const xs = values.map((v) => convertValue(readNumber(v), from, to));
    // One precision for a range: the finest any of its values needs.
    const d =
      precision !== undefined && !Number.isNaN(readNumber(precision))
        ? readNumber(precision)
        : Math.max(...xs.map((x, k) => defaultDecimals(x, written[k], writtenUnit, to)));
    const parts = xs.map((x) =>
      !Number.isNaN(sigfig) && x !== 0 ? rounded(x, sigfig - 1 - Math.floor(Math.log10(Math.abs(x)))) : rounded(x, d),
    );
    return unitAfter(join(parts), label(to, abbr, true));
  });
  const output = outputs.join('; ');
  const disp = named.disp?.trim();
  if (disp === 'out' || disp === 'output only') return output;
  if (disp === 'or') return `${input} বা ${output}`;
  if (named.order?.trim() === 'flip') return `${output} (${input})`;
  return `${input} (${output})`;
}
