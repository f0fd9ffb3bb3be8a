// Dates of birth and death from templates: `{{জন্ম তারিখ ও বয়স|১৯৪০|১০|৯}}` → 1940-10-09 (birth);
// `{{মৃত্যু তারিখ ও বয়স|১৯৮০|১২|৮|১৯৪০|১০|৯}}` → death 1980-12-08 (the second triple, the birth date the age
// counts from, is not an event); a date written as text: `{{মৃত্যুর তারিখ ও বয়স|১৪ আগস্ট ১৯৪১|…}}`, `{{circa|…}}`.
// Bengali or ASCII digits; named arguments (`df=y`, `mf=yes`) are ignored.
import type { Template, TemplateArgument } from '../ast.js';
import type { DateMention, DateValue } from './types.js';
import { toAsciiDigits, toBengaliDigits } from './digits.js';
import { DATE_TEMPLATES } from '../site/templates.js';
import { extractDates } from './extract-dates.js';
import { MONTH_NAMES } from './lexicon.js';
import { maxDay } from './values.js';
import { stringifyAll } from '../stringify.js';

/** A comment, `<!-- ১৯৭১? -->`; an unclosed one runs to the end (as MediaWiki reads it: never a rescan per `<!--`). */
const COMMENT = /<!--[^]*?(?:-->|$)/g;

export interface TemplateDate {
  kind: 'birth' | 'death' | 'date';
  date: DateMention;
}

/** Positional arguments as trimmed ASCII-digit strings. */
function positionals(args: TemplateArgument[]): string[] {
  return args
    .filter((a) => a.name === undefined)
    .map((a) => toAsciiDigits(stringifyAll(a.children).replace(COMMENT, '').trim()));
}

/** A [year, month, day] triple of positional argument numbers read as a date value. */
function templateDate(p: string[], [y, m, d]: [number, number, number]): DateValue | null {
  const year = /^\d{1,4}$/.test(p[y - 1] ?? '') ? Number(p[y - 1]) : NaN;
  if (!Number.isFinite(year) || year === 0) return null;
  const month = /^\d{1,2}$/.test(p[m - 1] ?? '') ? Number(p[m - 1]) : undefined;
  const day = month !== undefined && /^\d{1,2}$/.test(p[d - 1] ?? '') ? Number(p[d - 1]) : undefined;
  const value: DateValue = {
    year,
    era: 'CE',
    calendar: 'gregorian',
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
  };
  if (month !== undefined) value.month = month;
  if (day !== undefined) value.day = day;
  if (
    (month !== undefined && (month < 1 || month > 12)) ||
    // `{{জন্ম তারিখ|১৮৬১|২|২৯}}`: 29 February only in a leap year
    (day !== undefined && month !== undefined && (day < 1 || day > maxDay('gregorian', year, month)))
  )
    value.invalid = true;
  return value;
}

/** What a reader sees of a date template (bnwiki's dmy format): `{{জন্ম তারিখ|১৮৬১|৫|৭}}` → "৭ মে ১৮৬১". */
export function renderTemplateDate(t: Template): string | undefined {
  const layout = DATE_TEMPLATES[t.name];
  const v = layout ? templateDate(positionals(t.children), layout.date) : null;
  if (!v || v.year === null) return undefined;
  const month = v.month !== undefined ? MONTH_NAMES[v.month - 1] : undefined;
  const parts = [v.day !== undefined && month ? String(v.day) : '', month ?? '', String(v.year)].filter(Boolean);
  return toBengaliDigits(parts.join(' '));
}

/** The birth/death dates a template states, or [] when it is not a date template. */
export function templateDates(t: Template, source: string): TemplateDate[] {
  const layout = DATE_TEMPLATES[t.name];
  if (!layout) return [];
  const start = t.position!.start.offset!;
  const end = t.position!.end.offset!;
  const p = positionals(t.children);
  const mention = (value: DateValue): DateMention => ({
    text: source.slice(start, end),
    start,
    end,
    value,
    approx: !!layout.approx,
    relative: false,
  });
  const own = templateDate(p, layout.date);
  const last = layout.end ? templateDate(p, layout.end) : null;
  // The death-and-age template's second triple is the birth date it counts the age from, not an event.
  if (own) return [{ kind: layout.kind, date: last ? { ...mention(own), rangeEnd: last } : mention(own) }];
  // A date written as text: `{{মৃত্যুর তারিখ ও বয়স|১৪ আগস্ট ১৯৪১|…}}`, `{{circa|খ্রিস্টপূর্ব ৪৮৪}}`
  const first = t.children.find((a) => a.name === undefined);
  const written = first ? extractDates(stringifyAll(first.children).replace(COMMENT, ''))[0] : undefined;
  if (!written || written.value.year === null) return [];
  const date = mention(written.value);
  if (written.rangeEnd) date.rangeEnd = written.rangeEnd;
  if (written.approx) date.approx = true;
  return [{ kind: layout.kind, date }];
}
