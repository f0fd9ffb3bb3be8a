// What a template shows a reader, by its family in the census table (src/site/template-rules.ts):
// `{{রূপান্তর|১০০|km|mi}}` → "১০০ কিলোমিটার (৬২ মাইল)", `{{lang-fr|Paris}}` → "ফরাসি: Paris",
// `{{sort|b|খ}}` → "খ", `{{সূত্র তালিকা}}` → nothing. Text the source does not hold is pinned to the
// template's first offset; argument text keeps its own offsets.
import type { Nodes, Template, TemplateArgument } from '../ast.js';
import { renderTemplateDate } from '../dates/date-templates.js';
import { toBengaliDigits } from '../dates/digits.js';
import { MONTH_NAMES } from '../dates/lexicon.js';
import { COUNTRY_CODES, LANGUAGE_NAMES, templateRule, TEXT_FAMILIES } from '../site/template-rules.js';
import { formatNumber, readNumber, renderConvert } from './convert.js';

/** Where rendered text goes (the plain-text collector). */
export interface Sink {
  /** Text copied from the source at `from`. */
  copy(text: string, from: number): void;
  /** Text the source does not hold, pinned to source offset `at`. */
  add(text: string, at: number): void;
  softBreak(at: number): void;
  /** Renders nodes as prose. */
  nodes(nodes: readonly Nodes[]): void;
  /** Renders an argument that may hold block markup (lists, paragraphs) as its own wikitext. */
  block(arg: TemplateArgument): void;
  /** The plain text of nodes, as a string. */
  textOf(nodes: readonly Nodes[]): string;
}

const start = (n: Nodes) => n.position!.start.offset!;

function positionals(t: Template): TemplateArgument[] {
  return t.children.filter((a) => a.name === undefined);
}

function named(t: Template, out: Sink): Record<string, string> {
  const r: Record<string, string> = {};
  for (const a of t.children) if (a.name !== undefined) r[a.name.trim()] = out.textOf(a.children).trim();
  return r;
}

/** The argument holding the text: the first non-empty named one of `names`, else positional `n`. */
function textArg(t: Template, n: number | undefined, names: string[] = []): TemplateArgument | undefined {
  for (const name of names) {
    const a = t.children.find((x) => x.name?.trim() === name);
    if (a?.children.some((c) => c.type !== 'text' || c.value.trim())) return a;
  }
  return n ? positionals(t)[n - 1] : undefined;
}

/** A list template's column count or width, `২`, `30em` (read trimmed: blanks on both sides of one regex backtracked). */
const COLUMN_SPEC = /^\d+(?:\.\d+)?\s*(?:em|px|%|ex)?$/;

const isEmpty = (a: TemplateArgument | undefined, out: Sink) => !a || !out.textOf(a.children).trim();

/** `{{coord|23|42|N|90|21|E}}` → "২৩°৪২′ উত্তর ৯০°২১′ পূর্ব"; decimal degrees take their sign as the side. */
function coordText(parts: string[]): string | undefined {
  const SIDES: Record<string, string> = { N: 'উত্তর', S: 'দক্ষিণ', E: 'পূর্ব', W: 'পশ্চিম' };
  const marks = ['°', '′', '″'];
  const out: string[] = [];
  let group: string[] = [];
  for (const p of parts) {
    if (SIDES[p.toUpperCase()]) {
      out.push(group.map((g, i) => g + (marks[i] ?? '')).join('') + ' ' + SIDES[p.toUpperCase()]);
      group = [];
    } else if (!Number.isNaN(readNumber(p))) group.push(p);
    else break;
  }
  if (!out.length && group.length === 2) {
    const [lat, lon] = group.map(readNumber);
    out.push(`${Math.abs(lat)}° ${lat < 0 ? SIDES.S : SIDES.N}`, `${Math.abs(lon)}° ${lon < 0 ? SIDES.W : SIDES.E}`);
  }
  return out.length ? toBengaliDigits(out.join(' ')) : undefined;
}

const end = (n: Nodes) => n.position!.end.offset!;

/**
 * Copies an argument that is one plain number (`1986`, `-89.2`) in Bengali digits, each mapped to its
 * own source character; with `shown`, only when the shown text starts with it. Returns the length
 * copied (0: not such an argument).
 */
function copyDigits(a: TemplateArgument, out: Sink, shown?: string): number {
  const only = a.children.length === 1 ? a.children[0] : undefined;
  if (only?.type !== 'text') return 0;
  const value = only.value.trim();
  if (!/^[-−]?[0-9০-৯.,]+$/.test(value)) return 0;
  const text = toBengaliDigits(value.replace(/^-/, '−'));
  if (shown !== undefined && !shown.startsWith(text)) return 0;
  out.copy(text, start(only) + only.value.indexOf(value));
  return text.length;
}

/** Appends what a reader sees of a template; false when its family shows nothing in prose. */
export function renderTemplate(t: Template, out: Sink): boolean {
  const rule = templateRule(t.name);
  if (!rule || !TEXT_FAMILIES.has(rule.family)) return false;
  const at = start(t);
  const args = positionals(t);
  const texts = () => args.map((a) => out.textOf(a.children).trim());
  switch (rule.family) {
    case 'prose': {
      const a = textArg(t, rule.arg, rule.names);
      if (a) out.nodes(a.children);
      return true;
    }
    case 'ill': {
      const a = textArg(t, rule.arg, rule.names);
      if (a) out.nodes(a.children);
      return true;
    }
    case 'quote': {
      const a = textArg(t, rule.arg, rule.names);
      out.softBreak(at);
      if (a) out.block(a);
      out.softBreak(at);
      return true;
    }
    case 'symbol':
      if (rule.text) out.add(rule.text, at);
      return true;
    case 'date': {
      const d = renderTemplateDate(t);
      if (d) out.add(d, at);
      return true;
    }
    case 'convert': {
      // The value as written maps to its own digits, the rest to the template's last character.
      // `{{cvt}}` is convert with `abbr=on`.
      const options = named(t, out);
      if (/^cvt$/i.test(t.name.trim())) options.abbr ??= 'on';
      const text = renderConvert(texts(), options);
      if (!text) return true;
      const value = args[0] && copyDigits(args[0], out, text);
      out.add(value ? text.slice(value) : text, value ? end(t) - 1 : at);
      return true;
    }
    case 'lang': {
      const name = LANGUAGE_NAMES[rule.text ?? ''];
      if (name) out.add(`${name}: `, at);
      if (args[0]) out.nodes(args[0].children);
      return true;
    }
    case 'langIcon': {
      const name = LANGUAGE_NAMES[rule.text ?? ''];
      if (name) out.add(`(${name})`, at);
      return true;
    }
    case 'ipa':
      if (!isEmpty(args[0], out)) {
        out.add('[', at);
        out.nodes(args[0].children);
        out.add(']', at);
      }
      return true;
    case 'ipac': {
      const LABELS = /^(?:lang|pron|local|us|uk|audio=.*|)$/i;
      const sounds = texts().filter((s) => !LABELS.test(s));
      if (sounds.length) out.add(`/${sounds.join('')}/`, at);
      return true;
    }
    case 'flag': {
      const name = t.children.find((a) => a.name?.trim() === 'name') ?? args[0];
      const code = name ? out.textOf(name.children).trim() : '';
      if (COUNTRY_CODES[code]) out.add(COUNTRY_CODES[code], at);
      else if (name) out.nodes(name.children);
      return true;
    }
    case 'flagCode':
      out.add(COUNTRY_CODES[rule.text ?? ''] ?? '', at);
      return true;
    case 'sort': {
      const n = t.name.trim().toLowerCase();
      if (n === 'sortname') {
        const [first, last] = args;
        if (first) out.nodes(first.children);
        if (first && last) out.add(' ', start(last));
        if (last) out.nodes(last.children);
      } else if (n === 'sort' || n === 'sorttext') {
        const shown = args[1] ?? args[0];
        if (shown) out.nodes(shown.children);
      }
      return true;
    }
    case 'nts': {
      const raw = texts()[0] ?? '';
      const value = readNumber(raw);
      if (!Number.isNaN(value)) out.add(formatNumber(value, /\.(\d+)/.exec(raw)?.[1].length ?? 0), at);
      else if (args[0]) out.nodes(args[0].children);
      return true;
    }
    case 'list':
      // `{{columns-list|2|…}}`: a column count or width is no item.
      for (const a of args) {
        if (COLUMN_SPEC.test(out.textOf(a.children).trim())) continue;
        out.softBreak(start(a));
        out.block(a);
        out.softBreak(start(a));
      }
      return true;
    case 'hlist':
      args.forEach((a, i) => {
        if (isEmpty(a, out)) return;
        if (i) out.add(' · ', start(a));
        out.nodes(a.children);
      });
      return true;
    case 'frac': {
      const p = texts();
      const text =
        p.length === 1
          ? `1⁄${p[0]}`
          : p.length === 2
            ? `${p[0]}⁄${p[1]}`
            : p.length >= 3
              ? `${p[0]} ${p[1]}⁄${p[2]}`
              : '';
      if (text) out.add(text, at);
      return true;
    }
    case 'sci': {
      const [exp] = texts();
      if (exp) out.add(`×১০^${toBengaliDigits(exp.replace(/^-/, '−'))}`, at);
      return true;
    }
    case 'nihongo': {
      const [en, native, romaji] = texts();
      const inner = [native, romaji].filter(Boolean).join(' ');
      const text = en ? (inner ? `${en} (${inner})` : en) : inner;
      if (text) out.add(text, at);
      return true;
    }
    case 'asOf': {
      // `{{As of|2016|6}}` → "জুন ২০১৬-এর হিসাব অনুযায়ী"; the year's digits map to the year's own.
      const [y, m] = texts();
      if (!y) return true;
      const month = MONTH_NAMES[readNumber(m ?? '') - 1];
      if (month) out.add(`${month} `, at);
      if (!copyDigits(args[0], out)) out.add(toBengaliDigits(y), at);
      out.add('-এর হিসাব অনুযায়ী', end(t) - 1);
      return true;
    }
    case 'circa': {
      out.add('আনুমানিক ', at);
      if (args[0] && !copyDigits(args[0], out)) out.nodes(args[0].children);
      return true;
    }
    case 'isbn': {
      const n = t.name.trim().toLowerCase();
      const prefix = n === 'issn' ? 'আইএসএসএন ' : n === 'doi' ? 'ডিওআই:' : 'আইএসবিএন ';
      const ids = texts().filter(Boolean);
      if (ids.length) out.add(prefix + ids.join(', '), at);
      return true;
    }
    case 'coord': {
      // `display=title` puts the coordinates by the page title, not in the prose.
      const display = named(t, out).display ?? 'inline';
      if (!/inline/i.test(display)) return true;
      const text = coordText(texts());
      if (text) out.add(text, at);
      return true;
    }
    default:
      return false;
  }
}
